import type { RuleContext } from '../../findings/rule';
import type { Span } from '../../model/span';
import { runCache } from '../../text/runCache';
import { unchangedEnds } from '../../text/unchangedEnds';
import { type Found, type Reading, reread } from './earlierReading';
import { FromRuns } from './fromRuns';
import { NearbyVersions } from './nearbyVersions';
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

/**
 * The earlier story that a story repeats paragraph for paragraph, if any: every paragraph of it
 * long enough to count is repeated, and one earlier story holds a copy of each (the first such
 * story, when an item was filed three times). A story's paragraphs lie together in `paras`, in order.
 */
function storyRepeats(paras: Para[], repeated: readonly (Duplicate | NearDuplicate | undefined)[]): StoryRepeat[] {
  const out: StoryRepeat[] = [];
  let i = 0;
  while (i < paras.length) {
    const story = paras[i]!.story;
    const reps: (Duplicate | NearDuplicate)[] = [];
    let whole = true;
    /** The stories that hold a copy of every paragraph so far; null before the first. */
    let sources: Set<number> | null = null;
    for (; i < paras.length && paras[i]!.story === story; i++) {
      const p = paras[i]!;
      if (!whole || p.wordCount < MIN_DUPLICATE_WORDS) continue;
      const r = repeated[p.index];
      if (r === undefined) {
        whole = false;
        continue;
      }
      reps.push(r);
      const from = 'earlier' in r ? r.earlier.map((q) => q.story) : r.sources.map((s) => s.para.story);
      sources = sources === null ? new Set(from) : new Set(from.filter((s) => sources!.has(s)));
    }
    const source = sources === null ? undefined : Math.min(...[...sources].filter((s) => s !== story));
    if (whole && reps.length > 0 && source !== undefined && Number.isFinite(source)) out.push({ story, source, paragraphs: reps });
  }
  return out;
}

/** Where the rules keep their reading in an analyzer's history. */
const READING = {};

/** What a paragraph finds in the index of the paragraphs before it, and among the few before it in its story. */
function lookUp(p: Para, runs: SharedRuns, fromRuns: FromRuns, nearby: NearbyVersions, minWords: number): Found {
  runs.read(p, true);
  const near = fromRuns.nearDuplicate(p) ?? nearby.versionOf(p);
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
  const found: (Found | undefined)[] = new Array(paras.length);
  const runs = new SharedRuns(paras, words, before?.runs);
  const fromRuns = new FromRuns(paras, words, runs);
  const nearby = new NearbyVersions(text, paras, words);
  // Paragraphs are normalised only once another shares their signature: few ever are. The first
  // with a signature waits here until a second comes (null once it has been normalised).
  const unkeyed = new Map<number, Para | null>();
  const groups = new KeyGroups(context.text, paras.length, before?.groups);
  const duplicates: Duplicate[] = [];
  const nearDuplicates: NearDuplicate[] = [];
  const passages: Passage[] = [];
  for (const p of paras) {
    const pending = unkeyed.get(p.signature);
    if (pending === undefined) {
      unkeyed.set(p.signature, p);
    } else {
      if (pending !== null) {
        groups.of(pending, original[pending.index]).push(pending);
        unkeyed.set(p.signature, null);
      }
      const copies = groups.of(p, original[p.index]);
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
    else f = lookUp(p, runs, fromRuns, nearby, context.config.minPassageWords);
    found[p.index] = f;
    if (f.near) nearDuplicates.push(f.near);
    else passages.push(...f.passages);
  }
  // Only the arrays of the table before: the table itself would keep that version's text alive.
  const spare = before && { start: before.words.start, end: before.words.end, id: before.words.id };
  history?.set(READING, { text, paras, words, groups, found, runs, spare } satisfies Reading);
  const repeated: (Duplicate | NearDuplicate | undefined)[] = new Array(paras.length);
  for (const r of duplicates) repeated[r.para.index] = r;
  for (const r of nearDuplicates) repeated[r.para.index] = r;
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
