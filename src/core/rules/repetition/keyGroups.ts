import { FNV_OFFSET, fnvStep } from './chars';
import { normalisedUnits } from './normalisedUnits';
import type { Para } from './paragraphs';

/**
 * Paragraphs grouped by normalised text. Each group's text is kept as code units in one pool,
 * found by a hash and compared there: no string per paragraph keyed (a basket keys most of its
 * paragraphs, and each key lived to the end of the analysis, copied by every collection).
 */
export class KeyGroups {
  /** Grown as groups are added: most documents, a single story, need only a few kilobytes. */
  private pool = new Uint16Array(1 << 12);
  private used = 0;
  /** Per group: where its text lies in the pool, its paragraphs, and the next group of the same hash (or -1). */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly members: Para[][] = [];
  private readonly next: number[] = [];
  /** Hash of a text → the latest group with that hash. */
  private readonly latest = new Map<number, number>();
  /** Per paragraph index: the group its text was found in. */
  private readonly groupOf = new Map<number, number>();

  constructor(private readonly text: string) {}

  /** The normalised text of a paragraph looked up here (a view into the pool), if it was. */
  unitsOf(index: number): Uint16Array | undefined {
    const g = this.groupOf.get(index);
    return g === undefined ? undefined : this.pool.subarray(this.from[g]!, this.to[g]!);
  }

  /**
   * The paragraphs so far added whose normalised text is that of `p`: a list to add to. `known`
   * is that text when it is known already (the same paragraph in an earlier version).
   */
  of(p: Para, known?: Uint16Array): Para[] {
    const g = this.group(known ?? normalisedUnits(this.text, p.start, p.end));
    this.groupOf.set(p.index, g);
    return this.members[g]!;
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
    this.latest.set(h, this.members.length);
    this.members.push([]);
    return this.members.length - 1;
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
