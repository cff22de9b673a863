import { DEFAULT_CONFIG, type StyleConfig } from '../config/styleConfig';
import type { Finding } from '../findings/finding';
import type { Rule } from '../findings/rule';
import { FindingShift } from '../findings/shift';
import type { Person, Quotation, StrayMark } from '../model/quote';
import { shiftStory } from '../model/shift';
import type { Story } from '../model/story';
import type { KindedLine, LineKind } from '../parse/lineKinds';
import { normaliseResidue } from '../parse/residue';
import { splitStories } from '../parse/stories';
import { joinStories } from '../quotes/joinStories';
import { descriptorFits } from '../quotes/speakers';
import { RULES } from '../rules';
import { notText } from '../rules/notText';
import { looksLikeBinary } from '../text/binary';
import { ignoredKeys, type RuleError, runRules } from './ruleRun';
import { analyseStory, type Settings, type StoryAnalysis } from './storyAnalysis';

export interface Analysis {
  text: string;
  stories: Story[];
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
  findings: Finding[];
  errors: RuleError[];
}

/** A story's findings and model where one document has it. */
interface Placed {
  base: number;
  story: Story;
  findings: Finding[];
}

interface Entry {
  /** The kinds the document's split gave its lines: the same text between SOH and STX reads as wire lines. */
  kinds: readonly LineKind[];
  analysis: StoryAnalysis;
  /** Where it was placed last, kept for a document that still has it there. */
  placed: Placed | null;
}

function sameKinds(kinds: readonly LineKind[], lines: readonly KindedLine[]): boolean {
  if (kinds.length !== lines.length) return false;
  for (let i = 0; i < lines.length; i++) if (kinds[i] !== lines[i]!.kind) return false;
  return true;
}

function place(entry: Entry, base: number): Placed {
  if (entry.placed?.base === base) return entry.placed;
  const { story, findings } = entry.analysis;
  const shift = new FindingShift(base);
  entry.placed = base === 0 ? { base, story, findings } : { base, story: shiftStory(story, base), findings: findings.map((f) => shift.finding(f)) };
  return entry.placed;
}

/**
 * Analyses the versions of one document as it is edited. A document is its stories: each one
 * is analysed on its own text, with the rules that read one story, and kept by that text, so
 * after an edit only the story edited is read again; the others are moved to where they now
 * lie. Then the people of all stories are joined and the rules that compare stories run on the
 * whole. The result is the same as a first analysis of the text, whatever came before.
 */
export class Analyzer {
  private readonly settings: Settings;
  private readonly documentRules: readonly Rule[];
  /** Each rule's place in the list: findings at equal spans are listed in this order. */
  private readonly rank: ReadonlyMap<string, number>;
  /** Each story of the latest document by its text. */
  private stories = new Map<string, Entry>();
  /** How many stories the latest analysis read anew; it kept the others. */
  read = 0;

  constructor(
    rules: readonly Rule[] = RULES,
    private readonly config: StyleConfig = DEFAULT_CONFIG,
  ) {
    this.settings = {
      config,
      storyRules: rules.filter((r) => r.meta.scope === 'story'),
      // The desk's page-furniture phrases are compared as whole lines, like the built-in ones.
      residue: new Set(config.residue.map(normaliseResidue)),
      verbs: new Set(config.speechVerbs.map((v) => v.toLowerCase())),
      ignored: ignoredKeys(config),
    };
    this.documentRules = rules.filter((r) => r.meta.scope === 'document');
    this.rank = new Map(rules.map((r, i) => [r.meta.id, i]));
  }

  analyze(text: string): Analysis {
    if (looksLikeBinary(text)) {
      this.stories.clear();
      this.read = 0;
      const errors: RuleError[] = [];
      const model = { text, stories: [], quotes: [], people: [], strays: [] };
      return { ...model, findings: runRules([notText], { ...model, config: this.config }, new Set(), errors), errors };
    }
    const parts = this.storiesOf(text);
    const placed = parts.map(({ entry, base }) => place(entry, base));
    const stories = placed.map((p) => p.story);
    const model = { text, stories, ...joinStories(parts.map(({ entry, base }) => ({ quotes: entry.analysis.quotes, delta: base }))) };
    const errors: RuleError[] = [];
    const whole = runRules(this.documentRules, { ...model, config: this.config }, this.settings.ignored, errors);
    const findings = this.merge(placed, whole);
    return { ...model, findings, errors: this.errorsOf(parts.map((p) => p.entry.analysis.errors), errors) };
  }

  /** The document's stories, each found in the latest document's or analysed anew; only these are kept. */
  private storiesOf(text: string): { entry: Entry; base: number }[] {
    const fits = descriptorFits();
    const kept = new Map<string, Entry>();
    this.read = 0;
    const parts = splitStories(text).map((lines) => {
      const base = lines[0]!.start;
      const own = text.slice(base, lines[lines.length - 1]!.next);
      let entry = kept.get(own) ?? this.stories.get(own);
      if (entry === undefined || !sameKinds(entry.kinds, lines)) {
        entry = { kinds: lines.map((l) => l.kind), analysis: analyseStory(own, lines, base, this.settings, fits), placed: null };
        this.read++;
      }
      if (!kept.has(own)) kept.set(own, entry);
      return { entry, base };
    });
    this.stories = kept;
    return parts;
  }

  private readonly before = (a: Finding, b: Finding): number =>
    a.start - b.start || a.end - b.end || this.rank.get(a.rule)! - this.rank.get(b.rule)!;

  /** The stories' findings, each story's in order and the stories in text order, merged with the document rules'. */
  private merge(placed: readonly Placed[], whole: Finding[]): Finding[] {
    if (placed.length === 1 && whole.length === 0) return placed[0]!.findings.slice();
    const fromStories: Finding[] = [];
    for (const p of placed) for (const f of p.findings) fromStories.push(f);
    // Only empty spans where one story ends and the next begins can be out of order: sorted then (stably).
    for (let i = 1; i < fromStories.length; i++) {
      if (this.before(fromStories[i - 1]!, fromStories[i]!) > 0) {
        fromStories.sort(this.before);
        break;
      }
    }
    whole.sort(this.before);
    if (whole.length === 0) return fromStories;
    const out: Finding[] = [];
    let j = 0;
    for (const f of fromStories) {
      while (j < whole.length && this.before(whole[j]!, f) < 0) out.push(whole[j++]!);
      out.push(f);
    }
    while (j < whole.length) out.push(whole[j++]!);
    return out;
  }

  /** One error per rule that threw, in the rules' order, though it may have thrown in every story. */
  private errorsOf(fromStories: readonly RuleError[][], fromDocument: readonly RuleError[]): RuleError[] {
    const first = new Map<string, RuleError>();
    for (const list of [...fromStories, fromDocument]) for (const e of list) if (!first.has(e.rule)) first.set(e.rule, e);
    return [...first.values()].sort((a, b) => (this.rank.get(a.rule) ?? -1) - (this.rank.get(b.rule) ?? -1));
  }
}
