import { flaggedSentence, normaliseForIgnore } from './config/ignore';
import { DEFAULT_CONFIG, type StyleConfig } from './config/styleConfig';
import type { Finding } from './findings/finding';
import type { Report, Rule, RuleContext } from './findings/rule';
import type { Person, Quotation, StrayMark } from './model/quote';
import type { Story } from './model/story';
import { parseStories } from './parse/document';
import { readQuotes } from './quotes/speakers';
import { RULES } from './rules';
import { notText } from './rules/notText';
import { looksLikeBinary } from './text/binary';

/** A rule that threw: the others still report; the adapters tell the user once. */
export interface RuleError {
  rule: string;
  message: string;
}

export interface Analysis {
  text: string;
  stories: Story[];
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
  findings: Finding[];
  errors: RuleError[];
}

/** The findings of one rule with its configured severity; a rule that throws gives none. */
function run(rule: Rule, context: RuleContext, errors: RuleError[]): Finding[] {
  const setting = context.config.rules[rule.meta.id];
  if (setting === 'off') return [];
  try {
    // The reports are the rule's own fresh objects: completed in place rather than copied.
    const findings = rule.check(context) as Finding[];
    for (const f of findings) {
      f.rule = rule.meta.id;
      // A rule may lower one finding's severity (a stock phrase); the setting replaces the default.
      f.severity = (f as Report).severity ?? setting ?? rule.meta.defaultSeverity;
    }
    return findings;
  } catch (e) {
    errors.push({ rule: rule.meta.id, message: e instanceof Error ? e.message : String(e) });
    return [];
  }
}

/** Text → story model → quotes and people → rules → findings: the one data flow every adapter reads. */
export function analyze(text: string, rules: readonly Rule[] = RULES, config: StyleConfig = DEFAULT_CONFIG): Analysis {
  if (looksLikeBinary(text)) {
    const errors: RuleError[] = [];
    const model = { text, stories: [], quotes: [], people: [], strays: [] };
    return { ...model, findings: run(notText, { ...model, config }, errors), errors };
  }
  const stories = parseStories(text, config.residue);
  const verbs = new Set(config.speechVerbs.map((v) => v.toLowerCase()));
  const model = { text, stories, ...readQuotes(text, stories, verbs) };
  const context: RuleContext = { ...model, config };
  const errors: RuleError[] = [];
  const ignored = new Set(config.ignore.map((i) => `${i.rule}\n${normaliseForIgnore(i.text)}`));
  const findings = rules
    .flatMap((rule) => run(rule, context, errors))
    .filter((f) => ignored.size === 0 || !ignored.has(`${f.rule}\n${normaliseForIgnore(flaggedSentence(text, stories, f.start))}`))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...model, findings, errors };
}
