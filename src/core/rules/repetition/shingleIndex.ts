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

  /** Hash of the SHINGLE words from global position g, kept to 30 bits: small integers are map keys V8 handles fastest. */
  shingle(g: number): number {
    let h = 0;
    for (let j = g; j < g + SHINGLE; j++) h = (Math.imul(h, 0x9e3779b1) + this.hash[this.id[j]!]!) | 0;
    return h & 0x3fffffff;
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
  const head = new Map<number, number>();
  const next = new Int32Array(id.length).fill(-1);
  const depth = new Uint8Array(id.length);
  const paraAt = new Int32Array(id.length);
  paras.forEach((p) => paraAt.fill(p.index, base[p.index]!, base[p.index]! + p.words.length));

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
    const shingles: number[] = [];
    for (let at = 0; at + SHINGLE <= p.words.length; at++) shingles.push(words.shingle(gp + at));
    const runs: Run[] = [];
    // Where the run last found on each diagonal (global place minus position here) ends.
    const reached = new Map<number, number>();
    shingles.forEach((h, at) => {
      for (let g = head.get(h) ?? -1; g >= 0; g = next[g]!) {
        if ((reached.get(g - at) ?? -1) > at) continue;
        const run = extend(p, at, g);
        if (run.length >= SHINGLE) runs.push(run);
        reached.set(g - at, run.at + run.length);
      }
    });
    shingles.forEach((h, at) => {
      const prev = head.get(h);
      if (prev !== undefined && depth[prev]! >= MAX_POSTINGS) return;
      next[gp + at] = prev ?? -1;
      depth[gp + at] = prev === undefined ? 1 : depth[prev]! + 1;
      head.set(h, gp + at);
    });
    return runs;
  });
}
