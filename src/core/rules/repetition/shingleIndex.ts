import { grown } from './grown';
import type { Para } from './paragraphs';
import type { WordTable } from './words';

/** Words per shingle: the shortest run any repetition rule reports, so every such run holds a shingle. */
export const SHINGLE = 8;

/**
 * Places kept per shingle. A shingle seen more often is boilerplate, or a paragraph filed many
 * times whose later copies still meet this many earlier ones; the cap keeps the cost linear.
 */
const MAX_POSTINGS = 16;

const ROOT = 0x9e3779b1 | 0;
/** ROOT to the power SHINGLE - 1, mod 2^32: the weight of a shingle's first word. */
const ROOT_TOP = Array.from({ length: SHINGLE - 1 }).reduce<number>((x) => Math.imul(x, ROOT), 1);

/**
 * Hashes of the `count` shingles from word place g into `out`, each kept to 30 bits: a small
 * integer, never the table's empty mark (-1). The hash is the polynomial sum of the SHINGLE word
 * hashes times powers of ROOT (mod 2^32), so each is rolled from the one before: a word out, a
 * word in. Words hash by their form, so the same words hash alike in any table.
 */
export function hashShingles(words: WordTable, g: number, count: number, out: Int32Array): void {
  const { id, hash } = words;
  let h = 0;
  for (let j = g; j < g + SHINGLE - 1 && count > 0; j++) h = (Math.imul(h, ROOT) + hash[id[j]!]!) | 0;
  for (let at = 0; at < count; at++) {
    h = (Math.imul(h, ROOT) + hash[id[g + at + SHINGLE - 1]!]!) | 0;
    out[at] = h & 0x3fffffff;
    h = (h - Math.imul(hash[id[g + at]!]!, ROOT_TOP)) | 0;
  }
}

/** How many shingles a paragraph has. */
export const shingleCount = (p: Para): number => Math.max(0, p.wordCount - SHINGLE + 1);

/**
 * Shingle hash → latest global place, or -1: an open-addressing table (linear probing) over
 * typed arrays, a Map's behaviour without its boxing, as each word does a lookup. Keys and
 * values sit side by side and the table grows with the distinct shingles, not the words, so
 * that lookups stay in cache when copy repeats itself.
 */
class ShingleTable {
  /** Pairs of key and value; hashes are kept to 30 bits, so a key of -1 marks an empty slot. */
  private slots: Int32Array;
  private shift: number;
  private size = 0;

  /** Empty, in the slots of `spare` (emptied) when given. */
  constructor(spare?: ShingleTable) {
    this.slots = spare ? spare.slots.fill(-1) : new Int32Array(2 << 12).fill(-1);
    this.shift = spare ? spare.shift : 32 - 12;
  }

  /** Fibonacci hashing: the top bits of the product mix every bit of the key. */
  private slot(h: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    let i = (Math.imul(h, 0x9e3779b1) >>> this.shift) << 1;
    while (slots[i] !== -1 && slots[i] !== h) i = (i + 2) & mask;
    return i;
  }

  get(h: number): number {
    const i = this.slot(h);
    return this.slots[i] === h ? this.slots[i + 1]! : -1;
  }

  set(h: number, g: number): void {
    let i = this.slot(h);
    if (this.slots[i] !== h) {
      // Kept at most half full, so probes stay short.
      if (++this.size * 4 > this.slots.length) {
        this.grow();
        i = this.slot(h);
      }
      this.slots[i] = h;
    }
    this.slots[i + 1] = g;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.shift--;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === -1) continue;
      const j = this.slot(old[i]!);
      this.slots[j] = old[i]!;
      this.slots[j + 1] = old[i + 1]!;
    }
  }
}

/**
 * The maximal runs of identical words each paragraph shares with earlier paragraphs. One pass:
 * each paragraph looks its shingles up in an index of the earlier ones, then joins the index.
 * Hash hits are only seeds: a run is confirmed and extended word by word, so a hash collision
 * never makes a finding. Cost: words × MAX_POSTINGS lookups, plus the run lengths.
 *
 * The runs of the paragraph last read are kept in flat arrays, run i being `length[i]` words
 * at word `at[i]` of it and `from[i]` of paragraph `source[i]`: no object per run.
 */
export class SharedRuns {
  count = 0;
  source = new Int32Array(64);
  at = new Int32Array(64);
  from = new Int32Array(64);
  length = new Int32Array(64);
  /** The index: the latest place of each shingle, chained to the earlier places. */
  private readonly head: ShingleTable;
  private readonly next: Int32Array;
  private readonly depth: Uint8Array;
  private readonly paraAt: Int32Array;
  /**
   * Where the run last found on each diagonal (global place minus position here) ends, for the
   * paragraph whose index `reachedBy` holds: a diagonal is g - at + longest, so never negative,
   * and the stamp spares clearing the arrays for each paragraph.
   */
  private readonly reachedEnd: Int32Array;
  private readonly reachedBy: Int32Array;
  private readonly longest: number;
  private shingles = new Int32Array(64);

  /** `spare` is an index no longer needed: its arrays are used again when large enough, as a new index of a large text costs megabytes. */
  constructor(
    private readonly paras: Para[],
    private readonly words: WordTable,
    spare?: SharedRuns,
  ) {
    const n = words.length;
    this.longest = paras.reduce((m, p) => Math.max(m, p.wordCount), 0);
    // Not so large that a document cut down to a page keeps its former size.
    const fits = spare !== undefined && spare.next.length >= n && spare.next.length <= 2 * n + 4096 && spare.reachedBy.length >= n + this.longest;
    // Room to grow a little, so that typing does not need new arrays at each word.
    const size = n + (n >> 4);
    this.head = new ShingleTable(fits ? spare.head : undefined);
    this.next = fits ? spare.next : new Int32Array(size);
    this.depth = fits ? spare.depth : new Uint8Array(size);
    this.paraAt = fits ? spare.paraAt : new Int32Array(size);
    this.reachedEnd = fits ? spare.reachedEnd : new Int32Array(size + this.longest);
    this.reachedBy = (fits ? spare.reachedBy : new Int32Array(size + this.longest)).fill(-1);
    for (const p of paras) this.paraAt.fill(p.index, p.first, p.first + p.wordCount);
  }

  /** Reads the runs of `p` into the arrays (unless `find` is false), then indexes it; every paragraph must come, in order. */
  read(p: Para, find: boolean): void {
    const count = shingleCount(p);
    if (this.shingles.length < count) this.shingles = new Int32Array(count * 2);
    const { shingles, head, next, depth, reachedBy, reachedEnd, longest } = this;
    hashShingles(this.words, p.first, count, shingles);
    this.count = 0;
    for (let at = 0; find && at < count; at++) {
      for (let g = head.get(shingles[at]!); g >= 0; g = next[g]!) {
        const d = g - at + longest;
        if (reachedBy[d] === p.index && reachedEnd[d]! > at) continue;
        reachedBy[d] = p.index;
        reachedEnd[d] = this.extend(p, at, g);
      }
    }
    for (let at = 0; at < count; at++) {
      const g = p.first + at;
      const prev = head.get(shingles[at]!);
      if (prev >= 0 && depth[prev]! >= MAX_POSTINGS) continue;
      next[g] = prev;
      depth[g] = prev < 0 ? 1 : depth[prev]! + 1;
      head.set(shingles[at]!, g);
    }
  }

  /** The maximal run of equal words through position `at` of p and global place g, kept when a shingle long; returns where it ends in p. */
  private extend(p: Para, at: number, g: number): number {
    const id = this.words.id;
    const q = this.paras[this.paraAt[g]!]!;
    const gp = p.first;
    const gq = q.first;
    let a = at;
    let f = g - gq;
    while (a > 0 && f > 0 && id[gp + a - 1] === id[gq + f - 1]) {
      a--;
      f--;
    }
    let length = 0;
    while (a + length < p.wordCount && f + length < q.wordCount && id[gp + a + length] === id[gq + f + length]) length++;
    if (length >= SHINGLE) this.push(q.index, a, f, length);
    return a + length;
  }

  private push(source: number, at: number, from: number, length: number): void {
    if (this.count === this.source.length) {
      const size = this.count * 2;
      this.source = grown(this.source, size);
      this.at = grown(this.at, size);
      this.from = grown(this.from, size);
      this.length = grown(this.length, size);
    }
    this.source[this.count] = source;
    this.at[this.count] = at;
    this.from[this.count] = from;
    this.length[this.count++] = length;
  }
}
