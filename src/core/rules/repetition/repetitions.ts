import type { RuleContext } from '../../findings/rule';
import type { Span } from '../../model/span';
import { parasOf, type Para } from './paragraphs';
import { normalisedText } from './words';
import { type Run, SHINGLE, sharedRuns } from './shingleIndex';

/** Shorter paragraphs ("He declined to comment.") repeat by chance. */
const MIN_DUPLICATE_WORDS = 3;
/** Earlier copies a finding names and points at; a paragraph filed a hundred times needs no more. */
const MAX_COPIES = 5;
/** A near-duplicate shares at least this part of its words, and of the words of the paragraphs it repeats. */
const NEAR_SHARE = 0.5;

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
  paras: Para[];
  duplicates: Duplicate[];
  nearDuplicates: NearDuplicate[];
  passages: Passage[];
  stories: StoryRepeat[];
}

const spanOf = (p: Para, at: number, length: number): Span => ({ start: p.words[at]!.start, end: p.words[at + length - 1]!.end });

function copyOf(paras: Para[], p: Para, run: Run): Copy {
  const q = paras[run.source]!;
  return { para: q, span: spanOf(q, run.from, run.length), at: spanOf(p, run.at, run.length) };
}

/** Earlier paragraphs, best first, that together cover most of `p`; each adds a run's worth of words. */
function nearDuplicate(paras: Para[], p: Para, runs: Run[]): NearDuplicate | null {
  const n = p.words.length;
  if (n < SHINGLE) return null;
  const covered = new Uint8Array(n);
  const bySource = new Map<number, Run[]>();
  for (const r of runs) {
    const list = bySource.get(r.source);
    if (list) list.push(r);
    else bySource.set(r.source, [r]);
  }
  const gain = (rs: Run[]): number => {
    let g = 0;
    for (const r of rs) for (let i = r.at; i < r.at + r.length; i++) g += covered[i] === 0 ? 1 : 0;
    return g;
  };
  const chosen: number[] = [];
  // Alike as wholes: the shared words are most of this paragraph and most of the paragraphs it
  // repeats (up to some greedy prefix of them); otherwise it is a passage repeated in another.
  let alike = false;
  let shared = 0;
  let sourceWords = 0;
  for (;;) {
    let best = -1;
    let bestGain = SHINGLE - 1;
    for (const [source, rs] of bySource) {
      const g = chosen.includes(source) ? 0 : gain(rs);
      if (g > bestGain) [best, bestGain] = [source, g];
    }
    if (best < 0) break;
    chosen.push(best);
    for (const r of bySource.get(best)!) covered.fill(1, r.at, r.at + r.length);
    shared += bestGain;
    sourceWords += paras[best]!.words.length;
    alike ||= shared >= n * NEAR_SHARE && shared >= sourceWords * NEAR_SHARE;
  }
  if (!alike) return null;
  for (const r of runs) covered.fill(1, r.at, r.at + r.length);
  return {
    para: p,
    sources: chosen.sort((a, b) => a - b).map((s) => ({ para: paras[s]!, copies: bySource.get(s)!.map((r) => copyOf(paras, p, r)) })),
    shared,
    redundant: covered.every((c) => c === 1),
  };
}

/** Runs of `minWords` or more, overlapping runs (one passage found in several places) joined. */
function passagesOf(paras: Para[], p: Para, runs: Run[], minWords: number): Passage[] {
  const long = runs.filter((r) => r.length >= minWords).sort((a, b) => a.at - b.at);
  const passages: Passage[] = [];
  let current: { at: number; end: number; runs: Run[] } | null = null;
  const close = (): void => {
    if (current) passages.push({ ...spanOf(p, current.at, current.end - current.at), para: p, words: current.end - current.at, copies: current.runs.map((r) => copyOf(paras, p, r)) });
  };
  for (const r of long) {
    if (current && r.at < current.end) {
      current.end = Math.max(current.end, r.at + r.length);
      current.runs.push(r);
    } else {
      close();
      current = { at: r.at, end: r.at + r.length, runs: [r] };
    }
  }
  close();
  return passages;
}

/** The earlier story that a story repeats paragraph for paragraph, if any. */
function storyRepeats(paras: Para[], repeated: Map<number, Duplicate | NearDuplicate>): StoryRepeat[] {
  const byStory = new Map<number, Para[]>();
  for (const p of paras) {
    if (p.words.length < MIN_DUPLICATE_WORDS) continue;
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

function findRepetitions(context: RuleContext): Repetitions {
  const paras = parasOf(context.text, context.stories);
  const runs = sharedRuns(paras);
  // Paragraphs are normalised only once another shares their signature: few ever are.
  const unkeyed = new Map<string, Para[]>();
  const byKey = new Map<string, Para[]>();
  const keyed = (p: Para): Para[] => {
    const key = normalisedText(context.text.slice(p.start, p.end));
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    return list;
  };
  const duplicates: Duplicate[] = [];
  const nearDuplicates: NearDuplicate[] = [];
  const passages: Passage[] = [];
  for (const p of paras) {
    const pending = unkeyed.get(p.signature);
    if (pending === undefined) {
      unkeyed.set(p.signature, [p]);
    } else {
      for (const q of pending) keyed(q).push(q);
      pending.length = 0;
      const copies = keyed(p);
      const earlier = copies.slice(0, MAX_COPIES);
      copies.push(p);
      if (earlier.length > 0 && p.words.length >= MIN_DUPLICATE_WORDS) {
        duplicates.push({ para: p, earlier });
        continue;
      }
    }
    const near = nearDuplicate(paras, p, runs[p.index]!);
    if (near) nearDuplicates.push(near);
    // Runs are found through shingles, so no passage is shorter than one.
    else passages.push(...passagesOf(paras, p, runs[p.index]!, Math.max(SHINGLE, context.config.minPassageWords)));
  }
  const repeated = new Map<number, Duplicate | NearDuplicate>([...duplicates, ...nearDuplicates].map((r) => [r.para.index, r]));
  const stories = storyRepeats(paras, repeated);
  const inStory = new Set(stories.map((s) => s.story));
  return {
    paras,
    duplicates: duplicates.filter((d) => !inStory.has(d.para.story)),
    nearDuplicates: nearDuplicates.filter((d) => !inStory.has(d.para.story)),
    passages,
    stories,
  };
}

/** The three rules read one analysis of the same context. */
const cache = new WeakMap<RuleContext, Repetitions>();

export function repetitionsOf(context: RuleContext): Repetitions {
  let r = cache.get(context);
  if (!r) {
    r = findRepetitions(context);
    cache.set(context, r);
  }
  return r;
}
