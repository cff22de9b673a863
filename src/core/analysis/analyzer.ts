import { DEFAULT_CONFIG, type StyleConfig } from '../config/styleConfig';
import type { Finding } from '../findings/finding';
import type { Rule, RuleHistory } from '../findings/rule';
import { FindingShift } from '../findings/shift';
import type { Person, Quotation, StrayMark } from '../model/quote';
import { shiftStory } from '../model/shift';
import type { Story } from '../model/story';
import { type KindedLine, kindLines, kindLinesAfterEdit, type LineKind } from '../parse/lineKinds';
import { normaliseResidue } from '../parse/residue';
import { splitStories } from '../parse/stories';
import { joinStories, type Placement } from '../quotes/joinStories';
import { descriptorFits, type StoryQuotes } from '../quotes/speakers';
import { RULES } from '../rules';
import { notText } from '../rules/notText';
import { looksLikeBinary } from '../text/binary';
import { unchangedEnds } from '../text/unchangedEnds';
import { ignoredKeys, type RuleError, runRules } from './ruleRun';
import { analyseStory, type Settings } from './storyAnalysis';

export interface Analysis {
  readonly text: string;
  readonly stories: readonly Story[];
  readonly quotes: readonly Quotation[];
  readonly people: readonly Person[];
  readonly strays: readonly StrayMark[];
  readonly findings: readonly Finding[];
  readonly errors: readonly RuleError[];
}

interface Entry {
  /** The story's text, its own copy: the key it is kept by. */
  text: string;
  /** The kinds the document's split gave its lines: the same text between SOH and STX reads as wire lines. */
  kinds: readonly LineKind[];
  /** Where `story` and `findings` lie now; they are moved when the story is found elsewhere. */
  base: number;
  story: Story;
  findings: Finding[];
  /** The story's quotations and people, offsets from its start: joined with the other stories' for every document. */
  quotes: StoryQuotes;
  /** What the last join made of them where the story lay then. */
  placement: Placement | null;
  errors: RuleError[];
}

/** A story of a document: its entry, and where it lies. */
interface Part {
  entry: Entry;
  base: number;
  end: number;
}

function sameKinds(kinds: readonly LineKind[], lines: readonly KindedLine[]): boolean {
  if (kinds.length !== lines.length) return false;
  for (let i = 0; i < lines.length; i++) if (kinds[i] !== lines[i]!.kind) return false;
  return true;
}

/**
 * A copy of part of a text that holds nothing else. A slice of a long string keeps the whole of
 * it alive in V8, so every story kept would keep the document version it was read in. Joining
 * two halves builds a new flat string: a slice of a joined string would be a view again, whose
 * characters V8 reads more slowly (a third, in a loop over the sample), and every rule reads
 * every character of its story.
 */
function ownCopy(text: string, start: number, end: number): string {
  const middle = (start + end) >> 1;
  return [text.slice(start, middle), text.slice(middle, end)].join('');
}

/** The story and its findings at `base`, moved there (as copies) from where they were last. */
function placed(entry: Entry, base: number): { story: Story; findings: Finding[] } {
  if (entry.base !== base) {
    const delta = base - entry.base;
    const shift = new FindingShift((offset) => offset + delta);
    entry.story = shiftStory(entry.story, delta);
    entry.findings = entry.findings.map((f) => shift.finding(f));
    entry.base = base;
  }
  return { story: entry.story, findings: entry.findings };
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
  private fresh = 0;
  /** What the document rules kept from the latest version. */
  private readonly history: RuleHistory = new Map();
  /**
   * The latest version, its lines as kindLines read them and where its stories lay: the next
   * version takes the lines and stories an edit left alone by their place.
   */
  private latest: { text: string; lines: readonly KindedLine[]; parts: readonly Part[] } | null = null;

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
    // analyze() asks whether the text is binary before all else: on text, not-text would only ask again.
    this.documentRules = rules.filter((r) => r.meta.scope !== 'story' && r !== notText);
    this.rank = new Map(rules.map((r, i) => [r.meta.id, i]));
  }

  /** How many stories the latest analysis read anew; it kept the others. */
  get read(): number {
    return this.fresh;
  }

  analyze(text: string): Analysis {
    if (looksLikeBinary(text)) {
      this.stories.clear();
      this.history.clear();
      this.latest = null;
      this.fresh = 0;
      const errors: RuleError[] = [];
      const model = { text, stories: [], quotes: [], people: [], strays: [] };
      return { ...model, findings: runRules([notText], { ...model, config: this.config }, new Set(), errors), errors };
    }
    const parts = this.storiesOf(text);
    // In order: a story found twice in the document is moved from its first place to its second.
    const here = parts.map(({ entry, base }) => placed(entry, base));
    const stories = here.map((p) => p.story);
    const model = { text, stories, ...joinStories(parts.map(({ entry, base }) => ({ quotes: entry.quotes, delta: base, kept: entry }))) };
    const errors: RuleError[] = [];
    const whole = runRules(this.documentRules, { ...model, config: this.config, history: this.history }, this.settings.ignored, errors);
    return { ...model, findings: this.merge(here, whole), errors: this.errorsOf(parts.map((p) => p.entry.errors), errors) };
  }

  /** The document's stories, each found in the latest document's or analysed anew; only these are kept. */
  private storiesOf(text: string): Part[] {
    const fits = descriptorFits();
    const kept = new Map<string, Entry>();
    this.fresh = 0;
    const latest = this.latest;
    const ends = latest && unchangedEnds(latest.text, text);
    const all = latest && ends ? kindLinesAfterEdit(text, latest.text, latest.lines, ends) : kindLines(text);
    const before = latest?.parts ?? [];
    const delta = latest ? text.length - latest.text.length : 0;
    let k = 0;
    /** The entry of the story that lay at `at` before, `length` long, or undefined. */
    const lay = (at: number, length: number): Entry | undefined => {
      while (k < before.length && before[k]!.base < at) k++;
      const part = before[k];
      return part && part.base === at && part.end - part.base === length ? part.entry : undefined;
    };
    const parts = splitStories(all).map((lines) => {
      const base = lines[0]!.start;
      const end = lines[lines.length - 1]!.next;
      // A story wholly in the text the edit left alone is the one that lay there: found by its place, its text not hashed.
      const unchanged = !ends ? -1 : end <= ends.prefix ? base : base >= text.length - ends.suffix ? base - delta : -1;
      let entry = unchanged >= 0 ? lay(unchanged, end - base) : undefined;
      if (entry === undefined) {
        const own = text.slice(base, end);
        entry = kept.get(own) ?? this.stories.get(own);
      }
      if (entry === undefined || !sameKinds(entry.kinds, lines)) {
        const copy = ownCopy(text, base, end);
        entry = { text: copy, kinds: lines.map((l) => l.kind), base: 0, placement: null, ...analyseStory(copy, lines, base, this.settings, fits) };
        this.fresh++;
      }
      if (!kept.has(entry.text)) kept.set(entry.text, entry);
      return { entry, base, end };
    });
    this.stories = kept;
    this.latest = { text, lines: all, parts };
    return parts;
  }

  private readonly before = (a: Finding, b: Finding): number =>
    a.start - b.start || a.end - b.end || this.rank.get(a.rule)! - this.rank.get(b.rule)!;

  /** The stories' findings, each story's in order and the stories in text order, merged with the document rules'. */
  private merge(stories: readonly { findings: Finding[] }[], whole: Finding[]): Finding[] {
    if (stories.length === 1 && whole.length === 0) return stories[0]!.findings.slice();
    const fromStories: Finding[] = [];
    for (const s of stories) for (const f of s.findings) fromStories.push(f);
    // Only empty spans where one story ends and the next begins can be out of order: sorted then (stably).
    for (let i = 1; i < fromStories.length; i++) {
      if (this.before(fromStories[i - 1]!, fromStories[i]!) > 0) {
        fromStories.sort(this.before);
        break;
      }
    }
    // `whole` is in this order already: by span, then in the rules' order.
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
    return [...first.values()].sort((a, b) => this.rank.get(a.rule)! - this.rank.get(b.rule)!);
  }
}
