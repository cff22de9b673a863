import type { RuleContext } from '../../findings/rule';
import type { Span } from '../../model/span';
import { runCache } from '../../text/runCache';
import { unchangedEnds } from '../../text/unchangedEnds';
import { type Found, type Reading, reread } from './earlierReading';
import { FromRuns } from './fromRuns';
import { parasOf, type Para } from './paragraphs';
import { SHINGLE, SharedRuns } from './shingleIndex';
import { KeyGroups } from './keyGroups';

/** Shorter paragraphs ("He declined to comment.") repeat by chance. */
const MIN_DUPLICATE_WORDS = 3;
/** Earlier copies a finding names and points at; a paragraph filed a hundred times needs no more. */
const MAX_COPIES = 5;

/** Text shared by a paragraph and an earlier one, as spans in each. */
export interface Copy {
  para: Para;
  /** The shared text in the earlier paragraph. */
  span: Span;
  /** The shared text in the later paragraph. */
  at: Span;
}

export interface Duplicate {
  para: Para;
  /** Earlier paragraphs with the same text, first copy first (the first MAX_COPIES). */
  earlier: Para[];
}

export interface NearDuplicate {
  para: Para;
  /** Earlier paragraphs it repeats, in document order, each with the runs it takes from them. */
  sources: { para: Para; copies: Copy[] }[];
  shared: number;
  /** Every word of it is found in earlier paragraphs: removing it loses nothing. */
  redundant: boolean;
}

export interface Passage extends Span {
  para: Para;
  words: number;
  copies: Copy[];
}

export interface StoryRepeat {
  story: number;
  source: number;
  paragraphs: (Duplicate | NearDuplicate)[];
}

export interface Repetitions {
  duplicates: Duplicate[];
  nearDuplicates: NearDuplicate[];
  passages: Passage[];
  stories: StoryRepeat[];
}

/** The earlier story that a story repeats paragraph for paragraph, if any. */
function storyRepeats(paras: Para[], repeated: Map<number, Duplicate | NearDuplicate>): StoryRepeat[] {
  const byStory = new Map<number, Para[]>();
  for (const p of paras) {
    if (p.wordCount < MIN_DUPLICATE_WORDS) continue;
    const list = byStory.get(p.story);
    if (list) list.push(p);
    else byStory.set(p.story, [p]);
  }
  const out: StoryRepeat[] = [];
  for (const [story, ps] of byStory) {
    const found = ps.map((p) => repeated.get(p.index));
    if (found.some((f) => f === undefined)) continue;
    const reps = found as (Duplicate | NearDuplicate)[];
    const sources = new Set(reps.flatMap((r) => ('earlier' in r ? [r.earlier[0]!.story] : r.sources.map((s) => s.para.story))));
    const [source] = sources;
    if (sources.size === 1 && source !== story) out.push({ story, source: source!, paragraphs: reps });
  }
  return out;
}

/** Where the rules keep their reading in an analyzer's history. */
const READING = {};

/** What a paragraph finds in the index of the paragraphs before it. */
function lookUp(p: Para, runs: SharedRuns, fromRuns: FromRuns, minWords: number): Found {
  runs.read(p, true);
  const near = fromRuns.nearDuplicate(p);
  // Runs are found through shingles, so no passage is shorter than one.
  return { near, passages: near ? [] : fromRuns.passagesOf(p, Math.max(SHINGLE, minWords)) };
}

function findRepetitions(context: RuleContext): Repetitions {
  const { text, history } = context;
  const before = history?.get(READING) as Reading | undefined;
  const ends = before ? unchangedEnds(before.text, text) : { prefix: 0, suffix: 0 };
  const earlier = before && { paras: before.paras, words: before.words, ...ends, delta: text.length - before.text.length, spare: before.spare };
  const { paras, words } = parasOf(text, context.stories, earlier);
  // After an edit, what the paragraphs the edit cannot have touched found in the version before.
  const { original, found: reused } = before ? reread(before, text, paras, words, ends) : { original: [], found: [] };
  // An unchanged paragraph's normalised text, if the earlier reading had it.
  const known = (p: Para): Uint16Array | undefined => {
    const o = original[p.index];
    return o && before!.groups.unitsOf(o.index);
  };
  const found: (Found | undefined)[] = new Array(paras.length);
  const runs = new SharedRuns(paras, words, before?.runs);
  const fromRuns = new FromRuns(paras, words, runs);
  // Paragraphs are normalised only once another shares their signature: few ever are.
  const unkeyed = new Map<number, Para[]>();
  const groups = new KeyGroups(context.text);
  const duplicates: Duplicate[] = [];
  const nearDuplicates: NearDuplicate[] = [];
  const passages: Passage[] = [];
  for (const p of paras) {
    const pending = unkeyed.get(p.signature);
    if (pending === undefined) {
      unkeyed.set(p.signature, [p]);
    } else {
      for (const q of pending) groups.of(q, known(q)).push(q);
      pending.length = 0;
      const copies = groups.of(p, known(p));
      const earlier = copies.slice(0, MAX_COPIES);
      copies.push(p);
      if (earlier.length > 0 && p.wordCount >= MIN_DUPLICATE_WORDS) {
        duplicates.push({ para: p, earlier });
        // A duplicate's runs go unused: it only joins the index.
        runs.read(p, false);
        continue;
      }
    }
    let f = reused[p.index];
    // A paragraph whose finds are known only joins the index.
    if (f) runs.read(p, false);
    else f = lookUp(p, runs, fromRuns, context.config.minPassageWords);
    found[p.index] = f;
    if (f.near) nearDuplicates.push(f.near);
    else passages.push(...f.passages);
  }
  // Only the arrays of the table before: the table itself would keep that version's text alive.
  const spare = before && { start: before.words.start, end: before.words.end, id: before.words.id };
  history?.set(READING, { text, paras, words, groups, found, runs, spare } satisfies Reading);
  const repeated = new Map<number, Duplicate | NearDuplicate>([...duplicates, ...nearDuplicates].map((r) => [r.para.index, r]));
  const stories = storyRepeats(paras, repeated);
  const inStory = new Set(stories.map((s) => s.story));
  return {
    duplicates: duplicates.filter((d) => !inStory.has(d.para.story)),
    nearDuplicates: nearDuplicates.filter((d) => !inStory.has(d.para.story)),
    passages,
    stories,
  };
}

/** The three rules read one analysis of the same context. */
const cache = runCache<RuleContext, Repetitions>();

export function repetitionsOf(context: RuleContext): Repetitions {
  let r = cache.get(context);
  if (!r) {
    r = findRepetitions(context);
    cache.set(context, r);
  }
  return r;
}
