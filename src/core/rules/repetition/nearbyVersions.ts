import type { Span } from '../../model/span';
import { ALIGNED_RUN, AlignedRuns } from './alignedRuns';
import type { Para } from './paragraphs';
import type { Copy, NearDuplicate } from './repetitions';
import type { WordTable } from './words';

/**
 * Paragraphs before a paragraph, in its story, that it is aligned with. A paragraph rewritten
 * with its earlier version left in stays close to it; further off, or in another story, a
 * paragraph that shares only short runs with another is a restatement or the wire's formula
 * (`The selling concession is 1-3/8 pct`), and only runs of SHINGLE words count there.
 */
export const NEARBY = 8;

/** Fewest words a paragraph and its earlier version share: in shorter ones half the words line up by chance. */
const MIN_SHARED = 10;
/** Longer paragraphs are not aligned: where few words repeat (a table read as prose), the windows two share grow as the product of their lengths. */
const MAX_WORDS = 400;
/** A version shares at least this part of its words, and of the words of the paragraph it repeats. */
const SHARE = 0.5;
/**
 * Most places two paragraphs have the same ALIGNED_RUN words, per word of the two, for them to be
 * aligned: a rewrite has fewer than one (0.36 at most in PolNeAR's), a phrase repeated all
 * through both has as many as the product of their lengths, and so would its alignment's cost.
 */
const WINDOWS_PER_WORD = 2;

const ROOT = 0x9e3779b1 | 0;

/**
 * Another version of a paragraph a few paragraphs before it: the two aligned word for word,
 * with words changed, dropped or added between runs of ALIGNED_RUN words or more. Pairs are
 * aligned only when the words that lie in runs of ALIGNED_RUN words found in both (by hashes
 * of those runs, so a collision only lets a pair through to the alignment) are enough.
 */
export class NearbyVersions {
  private readonly aligned = new AlignedRuns();
  /** Per paragraph, once asked for: the sorted hashes of its runs of ALIGNED_RUN words, and its figures. */
  private readonly runHashes: (Int32Array | undefined)[];
  private readonly figures: (number[] | undefined)[];
  private hashes = new Int32Array(64);

  constructor(
    private readonly text: string,
    private readonly paras: Para[],
    private readonly words: WordTable,
  ) {
    this.runHashes = new Array(paras.length);
    this.figures = new Array(paras.length);
  }

  /** The hashes of the runs of ALIGNED_RUN words of p, in order, into `out`; returns how many. */
  private hashRuns(p: Para, out: Int32Array): number {
    const { id, hash } = this.words;
    const count = p.wordCount - ALIGNED_RUN + 1;
    for (let at = 0; at < count; at++) {
      let h = 0;
      for (let g = p.first + at; g < p.first + at + ALIGNED_RUN; g++) h = (Math.imul(h, ROOT) + hash[id[g]!]!) | 0;
      out[at] = h;
    }
    return Math.max(0, count);
  }

  private sortedHashes(q: Para): Int32Array {
    let sorted = this.runHashes[q.index];
    if (!sorted) {
      sorted = new Int32Array(Math.max(0, q.wordCount - ALIGNED_RUN + 1));
      this.hashRuns(q, sorted);
      this.runHashes[q.index] = sorted.sort();
    }
    return sorted;
  }

  /** How many words of p lie in a run of ALIGNED_RUN words that q has too: no alignment of the two shares more. */
  private bound(hashes: Int32Array, count: number, q: Para): number {
    const sorted = this.sortedHashes(q);
    let words = 0;
    let coveredTo = 0;
    for (let at = 0; at < count; at++) {
      if (!has(sorted, hashes[at]!)) continue;
      words += at + ALIGNED_RUN - Math.max(at, coveredTo);
      coveredTo = at + ALIGNED_RUN;
    }
    return words;
  }

  /** The places p and q have the same run hash, counted up to one more than `most`. */
  private commonWindows(hashes: Int32Array, count: number, q: Para, most: number): number {
    const sorted = this.sortedHashes(q);
    let windows = 0;
    for (let at = 0; at < count && windows <= most; at++) {
      for (let i = firstAtLeast(sorted, hashes[at]!); i < sorted.length && sorted[i] === hashes[at]; i++) windows++;
    }
    return windows;
  }

  /**
   * An earlier version of p among the NEARBY paragraphs before it in its story, or null: the one
   * whose runs of ALIGNED_RUN words cover most of p (the nearest of equals), aligned alone, so
   * that a paragraph costs one alignment however alike its neighbours are.
   */
  versionOf(p: Para): NearDuplicate | null {
    const n = p.wordCount;
    if (n < MIN_SHARED || n > MAX_WORDS) return null;
    if (this.hashes.length < n) this.hashes = new Int32Array(2 * n);
    const count = this.hashRuns(p, this.hashes);
    let source: Para | null = null;
    let most = 0;
    for (let i = p.index - 1; i >= 0 && i >= p.index - NEARBY && this.paras[i]!.story === p.story; i--) {
      const q = this.paras[i]!;
      const m = q.wordCount;
      const needed = Math.max(MIN_SHARED, SHARE * n, SHARE * m, most + 1);
      if (m < needed || n < needed || m > MAX_WORDS || figuresDiffer(this.figuresOf(p), this.figuresOf(q))) continue;
      const bound = this.bound(this.hashes, count, q);
      if (bound >= needed) {
        source = q;
        most = bound;
      }
    }
    if (!source) return null;
    const m = source.wordCount;
    const limit = WINDOWS_PER_WORD * (n + m);
    if (this.commonWindows(this.hashes, count, source, limit) > limit) return null;
    const shared = this.aligned.align(this.words.id, p.first, n, source.first, m);
    if (shared < Math.max(MIN_SHARED, SHARE * n, SHARE * m)) return null;
    const copies: Copy[] = [];
    for (let r = 0; r < this.aligned.count; r++) copies.push(this.copyOf(p, source, r));
    return { para: p, sources: [{ para: source, copies }], shared, redundant: shared === n };
  }

  /** The ids of the words of p that hold a digit: its figures, dates and years. */
  private figuresOf(p: Para): number[] {
    const known = this.figures[p.index];
    if (known) return known;
    const { start, end, id } = this.words;
    const out: number[] = [];
    for (let g = p.first; g < p.first + p.wordCount; g++) {
      for (let c = start[g]!; c < end[g]!; c++) {
        const u = this.text.charCodeAt(c);
        if (u >= 0x30 && u <= 0x39) {
          out.push(id[g]!);
          break;
        }
      }
    }
    this.figures[p.index] = out;
    return out;
  }

  private spanOf(p: Para, at: number, length: number): Span {
    return { start: this.words.start[p.first + at]!, end: this.words.end[p.first + at + length - 1]! };
  }

  private copyOf(p: Para, q: Para, r: number): Copy {
    const { at, from, length } = this.aligned;
    return { para: q, span: this.spanOf(q, from[r]!, length[r]!), at: this.spanOf(p, at[r]!, length[r]!) };
  }
}

/**
 * Whether each of two paragraphs gives a figure the other does not: two statements of different
 * facts in one formula (a results note for the quarter and for the year), not two versions of
 * one. A version that only drops a figure is still one.
 */
const figuresDiffer = (a: number[], b: number[]): boolean => a.some((x) => !b.includes(x)) && b.some((x) => !a.includes(x));

/** Where h is, or would be, in the sorted array: a binary search. */
function firstAtLeast(sorted: Int32Array, h: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the sorted array holds h. */
function has(sorted: Int32Array, h: number): boolean {
  const at = firstAtLeast(sorted, h);
  return at < sorted.length && sorted[at] === h;
}
