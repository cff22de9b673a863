import { grown } from './grown';

/** Words a run of an alignment has at least: shorter runs of common words ("of the", "he said") line up by chance. */
export const ALIGNED_RUN = 3;

/**
 * The most words two word sequences have in the same order, counted only in runs of ALIGNED_RUN
 * identical words or more (LCSk+, Benson et al. 2016), and those runs. A word changed, dropped or
 * added between two runs costs only itself, where a shingle index loses every shingle across it.
 *
 * Sparse, after Pavetić et al. 2017: only the places where both have the same ALIGNED_RUN words
 * (windows) are visited, in order, each taking the best alignment that ends before it (a
 * prefix maximum over columns, in a Fenwick tree) or going on from the window one word back on
 * its diagonal. Cost: the two lengths, plus the common windows times the log of a length; two
 * paragraphs in other words have few.
 *
 * The runs found are kept in flat arrays: run r is `length[r]` words at word `at[r]` of a and
 * `from[r]` of b, in order. Scratch arrays are kept from one alignment to the next.
 */
export class AlignedRuns {
  count = 0;
  at = new Int32Array(16);
  from = new Int32Array(16);
  length = new Int32Array(16);
  /** b's windows by hash: per bucket its first place + 1 (0 for none), chained in order. */
  private buckets = new Int32Array(0);
  private chain = new Int32Array(0);
  /** The common windows, by place in a then b: where, the most words an alignment ending with it holds, and how. */
  private windowA = new Int32Array(64);
  private windowB = new Int32Array(64);
  private words = new Int32Array(64);
  /** The window whose alignment it goes on from, or -1. */
  private after = new Int32Array(64);
  /** Whether it goes on one word from the window a word back on its diagonal, rather than after a window that ends before it. */
  private onward = new Uint8Array(64);
  /** Fenwick tree over b's places: the most words of a window ending there or before, and which window. */
  private treeWords = new Int32Array(0);
  private treeWindow = new Int32Array(0);

  /** Aligns the n words at `a` of `id` with the m words at `b`; returns how many words the runs hold. */
  align(id: Int32Array, a: number, n: number, b: number, m: number): number {
    this.count = 0;
    const windows = this.windowsOf(id, a, n, b, m);
    if (windows === 0) return 0;
    const k = ALIGNED_RUN;
    const { windowA, windowB, words, after, onward, treeWords, treeWindow } = this;
    treeWords.fill(0, 0, m + 1);
    treeWindow.fill(-1, 0, m + 1);
    let most = 0;
    let last = -1;
    /** Windows [inTree, ...) are not yet in the tree; [rowBefore, row) are those of the row before. */
    let inTree = 0;
    let rowBefore = 0;
    let row = 0;
    while (row < windows) {
      const i = windowA[row]!;
      // Windows that end before row i in a may come before those of row i.
      for (; inTree < windows && windowA[inTree]! + k <= i; inTree++) {
        for (let e = windowB[inTree]! + k; e <= m; e += e & -e) {
          if (words[inTree]! > treeWords[e]!) {
            treeWords[e] = words[inTree]!;
            treeWindow[e] = inTree;
          }
        }
      }
      let end = row;
      while (end < windows && windowA[end] === i) end++;
      const hasBefore = rowBefore < row && windowA[rowBefore] === i - 1;
      let u = rowBefore;
      for (let s = row; s < end; s++) {
        const j = windowB[s]!;
        let best = 0;
        let from = -1;
        for (let e = j; e > 0; e -= e & -e) {
          if (treeWords[e]! > best) {
            best = treeWords[e]!;
            from = treeWindow[e]!;
          }
        }
        words[s] = best + k;
        after[s] = from;
        onward[s] = 0;
        if (hasBefore) {
          while (u < row && windowB[u]! < j - 1) u++;
          if (u < row && windowB[u] === j - 1 && words[u]! + 1 > words[s]!) {
            words[s] = words[u]! + 1;
            after[s] = u;
            onward[s] = 1;
          }
        }
        if (words[s]! > most) {
          most = words[s]!;
          last = s;
        }
      }
      rowBefore = row;
      row = end;
    }
    // Read back from the last window: a window gone on from adds its last word, one started adds all.
    for (let s = last; s >= 0; s = after[s]!) {
      if (onward[s]) this.add(windowA[s]! + k - 1, windowB[s]! + k - 1, 1);
      else this.add(windowA[s]!, windowB[s]!, k);
    }
    this.at.subarray(0, this.count).reverse();
    this.from.subarray(0, this.count).reverse();
    this.length.subarray(0, this.count).reverse();
    return most;
  }

  /** The places where a and b have the same ALIGNED_RUN words, by place in a then in b, into the window arrays; returns how many. */
  private windowsOf(id: Int32Array, a: number, n: number, b: number, m: number): number {
    const k = ALIGNED_RUN;
    if (n < k || m < k) return 0;
    let bits = 4;
    while (1 << bits < 2 * m) bits++;
    if (this.buckets.length < 1 << bits) this.buckets = new Int32Array(1 << bits);
    if (this.chain.length < m) this.chain = new Int32Array(2 * m);
    if (this.treeWords.length <= m) {
      this.treeWords = new Int32Array(2 * m + 1);
      this.treeWindow = new Int32Array(2 * m + 1);
    }
    const { buckets, chain } = this;
    buckets.fill(0, 0, 1 << bits);
    const bucket = (g: number): number => {
      let h = 0;
      for (let w = g; w < g + k; w++) h = Math.imul(h, 0x9e3779b1) + id[w]!;
      return Math.imul(h, 0x85ebca77) >>> (32 - bits);
    };
    const same = (x: number, y: number): boolean => {
      for (let w = 0; w < k; w++) if (id[x + w] !== id[y + w]) return false;
      return true;
    };
    // From the end, so that each chain runs in order.
    for (let j = m - k; j >= 0; j--) {
      const h = bucket(b + j);
      chain[j] = buckets[h]!;
      buckets[h] = j + 1;
    }
    let count = 0;
    for (let i = 0; i <= n - k; i++) {
      const x = a + i;
      for (let t = buckets[bucket(x)]!; t !== 0; t = chain[t - 1]!) {
        if (!same(x, b + t - 1)) continue;
        if (count === this.windowA.length) this.growWindows(count * 2);
        this.windowA[count] = i;
        this.windowB[count++] = t - 1;
      }
    }
    return count;
  }

  private growWindows(size: number): void {
    this.windowA = grown(this.windowA, size);
    this.windowB = grown(this.windowB, size);
    this.words = grown(this.words, size);
    this.after = grown(this.after, size);
    const onward = new Uint8Array(size);
    onward.set(this.onward);
    this.onward = onward;
  }

  /** Adds words read backwards: joined to the run after them in the text when they meet it in both. */
  private add(at: number, from: number, length: number): void {
    const r = this.count - 1;
    if (r >= 0 && this.at[r] === at + length && this.from[r] === from + length) {
      this.at[r] = at;
      this.from[r] = from;
      this.length[r]! += length;
      return;
    }
    if (this.count === this.at.length) {
      this.at = grown(this.at, this.count * 2);
      this.from = grown(this.from, this.count * 2);
      this.length = grown(this.length, this.count * 2);
    }
    this.at[this.count] = at;
    this.from[this.count] = from;
    this.length[this.count++] = length;
  }
}
