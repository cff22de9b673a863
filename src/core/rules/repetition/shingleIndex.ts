import type { Para } from './paragraphs';

/** Words per shingle: the shortest run any repetition rule reports, so every such run holds a shingle. */
export const SHINGLE = 8;

/**
 * Places kept per shingle. A shingle seen more often is boilerplate, or a paragraph filed many
 * times whose later copies still meet this many earlier ones; the cap keeps the cost linear.
 */
const MAX_POSTINGS = 16;

/** Identical words shared by two paragraphs, at word positions `at` (later) and `from` (earlier). */
export interface Run {
  /** The earlier paragraph. */
  source: number;
  at: number;
  from: number;
  length: number;
}

/** Stable 32-bit hash of a word (FNV-1a over UTF-16 units). */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every word of every paragraph in one flat array of interned ids, so comparing words is comparing numbers. */
class Words {
  readonly id: Int32Array;
  readonly hash: number[] = [];
  /** Where each paragraph's words begin in `id`. */
  readonly base: number[] = [];

  constructor(paras: Para[]) {
    const ids = new Map<string, number>();
    this.id = new Int32Array(paras.reduce((n, p) => n + p.words.length, 0));
    let g = 0;
    for (const p of paras) {
      this.base.push(g);
      for (const w of p.words) {
        let id = ids.get(w.norm);
        if (id === undefined) {
          id = ids.size;
          ids.set(w.norm, id);
          this.hash.push(wordHash(w.norm));
        }
        this.id[g++] = id;
      }
    }
  }

  /** Hash of the SHINGLE words from global position g, kept to 30 bits: a small integer, never the table's empty mark (-1). */
  shingle(g: number): number {
    let h = 0;
    for (let j = g; j < g + SHINGLE; j++) h = (Math.imul(h, 0x9e3779b1) + this.hash[this.id[j]!]!) | 0;
    return h & 0x3fffffff;
  }
}

/**
 * Shingle hash → latest global place, or -1: an open-addressing table (linear probing) over
 * typed arrays, a Map's behaviour without its boxing and rehashing, as each word does a lookup.
 */
class ShingleTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  /** Room for `capacity` keys at most half full, so probes stay short. */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    // Hashes are kept to 30 bits, so -1 is free to mark an empty slot.
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
  }

  private slot(h: number): number {
    // Fibonacci hashing: the top bits of the product mix every bit of the key.
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== -1 && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  get(h: number): number {
    const i = this.slot(h);
    return this.keys[i] === h ? this.values[i]! : -1;
  }

  set(h: number, g: number): void {
    const i = this.slot(h);
    this.keys[i] = h;
    this.values[i] = g;
  }
}

/**
 * For each paragraph, the maximal runs of identical words it shares with earlier paragraphs.
 * One pass: each paragraph looks its shingles up in an index of the earlier ones, then joins
 * the index. Hash hits are only seeds: a run is confirmed and extended word by word, so a hash
 * collision never makes a finding. Cost: words × MAX_POSTINGS lookups, plus the run lengths.
 */
export function sharedRuns(paras: Para[]): Run[][] {
  const words = new Words(paras);
  const { id, base } = words;
  // The index: the latest place of each shingle, chained to the earlier places (flat arrays, so a
  // 10 MB basket makes no garbage per word).
  const head = new ShingleTable(id.length);
  const next = new Int32Array(id.length).fill(-1);
  const depth = new Uint8Array(id.length);
  const paraAt = new Int32Array(id.length);
  paras.forEach((p) => paraAt.fill(p.index, base[p.index]!, base[p.index]! + p.words.length));
  // Where the run last found on each diagonal (global place minus position here) ends, for the
  // paragraph whose index `reachedBy` holds: a diagonal is g - at + longest, so never negative,
  // and the stamp spares clearing the arrays for each paragraph.
  const longest = paras.reduce((n, p) => Math.max(n, p.words.length), 0);
  const reachedEnd = new Int32Array(id.length + longest);
  const reachedBy = new Int32Array(id.length + longest).fill(-1);
  let shingles = new Int32Array(0);

  /** The maximal run of equal words through position `at` of p and global position g. */
  const extend = (p: Para, at: number, g: number): Run => {
    const q = paras[paraAt[g]!]!;
    const gp = base[p.index]!;
    const gq = base[q.index]!;
    let a = at;
    let f = g - gq;
    while (a > 0 && f > 0 && id[gp + a - 1] === id[gq + f - 1]) {
      a--;
      f--;
    }
    let length = 0;
    while (a + length < p.words.length && f + length < q.words.length && id[gp + a + length] === id[gq + f + length]) length++;
    return { source: q.index, at: a, from: f, length };
  };

  return paras.map((p) => {
    const gp = base[p.index]!;
    const count = Math.max(0, p.words.length - SHINGLE + 1);
    if (shingles.length < count) shingles = new Int32Array(Math.max(count, shingles.length * 2));
    for (let at = 0; at < count; at++) shingles[at] = words.shingle(gp + at);
    const runs: Run[] = [];
    for (let at = 0; at < count; at++) {
      for (let g = head.get(shingles[at]!); g >= 0; g = next[g]!) {
        const d = g - at + longest;
        if (reachedBy[d] === p.index && reachedEnd[d]! > at) continue;
        const run = extend(p, at, g);
        if (run.length >= SHINGLE) runs.push(run);
        reachedBy[d] = p.index;
        reachedEnd[d] = run.at + run.length;
      }
    }
    for (let at = 0; at < count; at++) {
      const h = shingles[at]!;
      const prev = head.get(h);
      if (prev >= 0 && depth[prev]! >= MAX_POSTINGS) continue;
      next[gp + at] = prev;
      depth[gp + at] = prev < 0 ? 1 : depth[prev]! + 1;
      head.set(h, gp + at);
    }
    return runs;
  });
}
