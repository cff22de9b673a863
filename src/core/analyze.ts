import type { Finding } from './findings/finding';
import type { Rule } from './findings/rule';
import type { Person, Quotation, StrayMark } from './model/quote';
import type { Story } from './model/story';
import { parseStories } from './parse/document';
import { readQuotes } from './quotes/speakers';
import { RULES } from './rules';

export interface Analysis {
  text: string;
  stories: Story[];
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
  findings: Finding[];
}

/** Text → story model → quotes and people → rules → findings: the one data flow every adapter reads. */
export function analyze(text: string, rules: readonly Rule[] = RULES): Analysis {
  const stories = parseStories(text);
  const context = { text, stories, ...readQuotes(text, stories) };
  const findings = rules
    .flatMap((rule) => rule.check(context).map((r) => ({ ...r, rule: rule.meta.id, severity: r.severity ?? rule.meta.defaultSeverity })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...context, findings };
}
