import { FNV_OFFSET, fnvStep } from './chars';
import { normalisedUnits } from './normalisedUnits';
import type { Para } from './paragraphs';

/**
 * Paragraphs grouped by normalised text. Each group's text is kept as code units in one pool,
 * found by a hash and compared there: no string per paragraph keyed (a basket keys most of its
 * paragraphs, and each key lived to the end of the analysis, copied by every collection).
 *
 * The groups of one version of a document go on into the next: a paragraph the edit left alone
 * joins the group it was in, by number, without its text being read, hashed or compared again.
 */
export class KeyGroups {
  /** Grown as groups are added: most documents, a single story, need only a few kilobytes. */
  private pool: Uint16Array;
  private used: number;
  /** Per group: where its text lies in the pool, and the next group of the same hash (or -1). */
  private readonly from: number[];
  private readonly to: number[];
  private readonly next: number[];
  /** Hash of a text → the latest group with that hash. */
  private readonly latest: Map<number, number>;
  /** Per group: this version's paragraphs in it, made when the first comes. */
  private readonly members: (Para[] | undefined)[] = [];
  /** How many groups this version has paragraphs in. */
  private live = 0;
  /** Per paragraph index: the group its text was found in, or -1. */
  private readonly groupOf: Int32Array;
  /** The same for the version before, while this one is read; null when the groups started afresh. */
  private earlier: Int32Array | null;

  /**
   * The groups of a version of `paragraphs` paragraphs, going on from those of the version
   * before unless fewer than half of them were still in use: the texts of paragraphs an edit
   * replaced are dropped then, so typing never grows the pool without bound.
   */
  constructor(
    private readonly text: string,
    paragraphs: number,
    before?: KeyGroups,
  ) {
    this.groupOf = new Int32Array(paragraphs).fill(-1);
    const go = before !== undefined && 2 * before.live >= before.from.length;
    this.pool = go ? before.pool : new Uint16Array(1 << 12);
    this.used = go ? before.used : 0;
    this.from = go ? before.from : [];
    this.to = go ? before.to : [];
    this.next = go ? before.next : [];
    this.latest = go ? before.latest : new Map();
    this.earlier = go ? before.groupOf : null;
    // The version before is done with: it keeps nothing of this one alive, nor this one of the one before it.
    if (before) before.earlier = null;
  }

  /**
   * The paragraphs so far added whose normalised text is that of `p`: a list to add to.
   * `original` is p's unchanged copy in the version before, if it has one.
   */
  of(p: Para, original?: Para): Para[] {
    const known = original && this.earlier ? this.earlier[original.index]! : -1;
    const g = known >= 0 ? known : this.group(normalisedUnits(this.text, p.start, p.end));
    this.groupOf[p.index] = g;
    let list = this.members[g];
    if (list === undefined) {
      list = this.members[g] = [];
      this.live++;
    }
    return list;
  }

  private group(units: Uint16Array): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < units.length; i++) h = fnvStep(h, units[i]!);
    // Kept to 30 bits: a small integer, never a boxed number, as a Map key.
    h &= 0x3fffffff;
    const head = this.latest.get(h) ?? -1;
    for (let g = head; g >= 0; g = this.next[g]!) if (this.holds(g, units)) return g;
    if (this.used + units.length > this.pool.length) {
      const pool = new Uint16Array(2 * (this.used + units.length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(units, this.used);
    this.from.push(this.used);
    this.used += units.length;
    this.to.push(this.used);
    this.next.push(head);
    this.latest.set(h, this.from.length - 1);
    return this.from.length - 1;
  }

  /** Whether group g's text is `units`: a hash match is only a hint. */
  private holds(g: number, units: Uint16Array): boolean {
    const from = this.from[g]!;
    if (this.to[g]! - from !== units.length) return false;
    const pool = this.pool;
    for (let i = 0; i < units.length; i++) if (pool[from + i] !== units[i]) return false;
    return true;
  }
}
