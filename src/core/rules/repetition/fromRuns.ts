import type { Span } from '../../model/span';
import type { Para } from './paragraphs';
import type { Copy, NearDuplicate, Passage } from './repetitions';
import { SHINGLE, type SharedRuns } from './shingleIndex';
import type { WordTable } from './words';

/** A near-duplicate shares at least this part of its words, and of the words of the paragraphs it repeats. */
const NEAR_SHARE = 0.5;

/**
 * Near-duplicates and passages from the runs a paragraph shares with earlier ones. The runs are
 * grouped by source in scratch arrays kept from one paragraph to the next.
 */
export class FromRuns {
  /** The sources of the current paragraph's runs, in the order of their first run. */
  private sources: number[] = [];
  /** Per paragraph: the paragraph whose runs last met it as a source, and its place in `sources`. */
  private readonly metBy: Int32Array;
  private readonly slotOf: Int32Array;
  /** Run indices grouped by source (by place in the paragraph within each), group j from `groupStart[j]`. */
  private order = new Int32Array(64);
  private groupStart = new Int32Array(64);
  private cursor = new Int32Array(64);
  /** Per group: at least its gain (sum of run lengths, then its last gain). */
  private bound = new Int32Array(64);
  private before = new Int32Array(64);
  /** Per word of the current paragraph: whether a chosen run covers it. */
  private covered = new Uint8Array(64);

  constructor(
    private readonly paras: Para[],
    private readonly words: WordTable,
    private readonly runs: SharedRuns,
  ) {
    this.metBy = new Int32Array(paras.length).fill(-1);
    this.slotOf = new Int32Array(paras.length);
  }

  private spanOf(p: Para, at: number, length: number): Span {
    return { start: this.words.start[p.first + at]!, end: this.words.end[p.first + at + length - 1]! };
  }

  private copyOf(p: Para, i: number): Copy {
    const { source, at, from, length } = this.runs;
    const q = this.paras[source[i]!]!;
    return { para: q, span: this.spanOf(q, from[i]!, length[i]!), at: this.spanOf(p, at[i]!, length[i]!) };
  }

  /** Groups the runs of `p` by source; returns how many sources. */
  private group(p: Para): number {
    const { count, source } = this.runs;
    const sources: number[] = [];
    this.sources = sources;
    if (this.order.length < count) this.order = new Int32Array(count * 2);
    if (this.groupStart.length <= count) {
      this.groupStart = new Int32Array(count * 2 + 1);
      this.cursor = new Int32Array(count * 2 + 1);
      this.bound = new Int32Array(count * 2 + 1);
    }
    const { metBy, slotOf, order, groupStart } = this;
    for (let i = 0; i < count; i++) {
      const s = source[i]!;
      if (metBy[s] !== p.index) {
        metBy[s] = p.index;
        slotOf[s] = sources.length;
        groupStart[sources.length] = 0;
        sources.push(s);
      }
      groupStart[slotOf[s]!]++;
    }
    // Counts to starts, then a stable counting sort of the runs by their source's slot.
    let sum = 0;
    for (let j = 0; j < sources.length; j++) {
      const size = groupStart[j]!;
      groupStart[j] = sum;
      this.cursor[j] = sum;
      sum += size;
    }
    groupStart[sources.length] = sum;
    for (let i = 0; i < count; i++) order[this.cursor[slotOf[source[i]!]!]!++] = i;
    // Runs come nearly in order of place (one extended back past a shingle the index did not
    // keep comes late): an insertion sort per group.
    const { at } = this.runs;
    for (let j = 0; j < sources.length; j++) {
      for (let k = groupStart[j]! + 1; k < groupStart[j + 1]!; k++) {
        const r = order[k]!;
        let l = k;
        for (; l > groupStart[j]! && at[order[l - 1]!]! > at[r]!; l--) order[l] = order[l - 1]!;
        order[l] = r;
      }
    }
    return sources.length;
  }

  /** Earlier paragraphs, best first, that together cover most of `p`; each adds a run's worth of words. */
  nearDuplicate(p: Para): NearDuplicate | null {
    const n = p.wordCount;
    if (n < SHINGLE) return null;
    const { at, length } = this.runs;
    const groups = this.group(p);
    const { sources, order, groupStart, bound } = this;
    if (this.covered.length < n) this.covered = new Uint8Array(2 * n);
    const covered = this.covered.fill(0, 0, n);
    // Covered words before each position, so that a run's gain is two reads, not a count of its words.
    if (this.before.length <= n) this.before = new Int32Array(2 * n + 2);
    const before = this.before.fill(0, 0, n + 1);
    // The words of p a group's runs cover and no chosen group does: runs that overlap here (a
    // passage the source holds twice) count their words once.
    const gain = (j: number): number => {
      let g = 0;
      let reach = 0;
      for (let k = groupStart[j]!; k < groupStart[j + 1]!; k++) {
        const r = order[k]!;
        const start = Math.max(at[r]!, reach);
        const end = at[r]! + length[r]!;
        if (end <= start) continue;
        g += end - start - (before[end]! - before[start]!);
        reach = end;
      }
      return g;
    };
    // A group's gain only falls as words are covered: its last gain bounds the next, and spares
    // counting a group that cannot beat the best so far (ties go to the earlier group).
    for (let j = 0; j < groups; j++) {
      bound[j] = 0;
      for (let k = groupStart[j]!; k < groupStart[j + 1]!; k++) bound[j] += length[order[k]!]!;
    }
    const chosen: number[] = [];
    // Alike as wholes: the shared words are most of this paragraph and most of the paragraphs it
    // repeats (up to some greedy prefix of them); otherwise it is a passage repeated in another.
    let alike = false;
    let shared = 0;
    let sourceWords = 0;
    for (;;) {
      let best = -1;
      let bestGain = SHINGLE - 1;
      for (let j = 0; j < groups; j++) {
        if (bound[j]! <= bestGain) continue;
        const g = (bound[j] = gain(j));
        if (g > bestGain) {
          best = j;
          bestGain = g;
        }
      }
      if (best < 0) break;
      chosen.push(best);
      bound[best] = 0;
      for (let k = groupStart[best]!; k < groupStart[best + 1]!; k++) covered.fill(1, at[order[k]!]!, at[order[k]!]! + length[order[k]!]!);
      for (let i = 0; i < n; i++) before[i + 1] = before[i]! + covered[i]!;
      shared += bestGain;
      sourceWords += this.paras[sources[best]!]!.wordCount;
      alike ||= shared >= n * NEAR_SHARE && shared >= sourceWords * NEAR_SHARE;
    }
    if (!alike) return null;
    for (let r = 0; r < this.runs.count; r++) covered.fill(1, at[r]!, at[r]! + length[r]!);
    const copiesOf = (j: number): Copy[] => {
      const copies: Copy[] = [];
      for (let k = groupStart[j]!; k < groupStart[j + 1]!; k++) copies.push(this.copyOf(p, order[k]!));
      return copies;
    };
    return {
      para: p,
      sources: chosen.sort((a, b) => sources[a]! - sources[b]!).map((j) => ({ para: this.paras[sources[j]!]!, copies: copiesOf(j) })),
      shared,
      // No uncovered word among the first n (the scratch array runs on past them).
      redundant: covered.lastIndexOf(0, n - 1) < 0,
    };
  }

  /** Runs of `minWords` or more, overlapping runs (one passage found in several places) joined. */
  passagesOf(p: Para, minWords: number): Passage[] {
    const { at, length } = this.runs;
    const long: number[] = [];
    for (let r = 0; r < this.runs.count; r++) if (length[r]! >= minWords) long.push(r);
    long.sort((a, b) => at[a]! - at[b]!);
    const passages: Passage[] = [];
    let current: { at: number; end: number; runs: number[] } | null = null;
    const close = (): void => {
      if (current) passages.push({ ...this.spanOf(p, current.at, current.end - current.at), para: p, words: current.end - current.at, copies: current.runs.map((r) => this.copyOf(p, r)) });
    };
    for (const r of long) {
      if (current && at[r]! < current.end) {
        current.end = Math.max(current.end, at[r]! + length[r]!);
        current.runs.push(r);
      } else {
        close();
        current = { at: at[r]!, end: at[r]! + length[r]!, runs: [r] };
      }
    }
    close();
    return passages;
  }
}
