import type { Edit, Finding, Fix, Related } from './finding';

/**
 * Copies of one story's findings moved by `delta` characters. Lists that findings share (one
 * fix correcting every mention, one list of related marks) stay shared in the copies.
 */
export class FindingShift {
  private readonly copies = new Map<readonly unknown[], readonly unknown[]>();

  constructor(private readonly delta: number) {}

  private list<T>(items: readonly T[], move: (item: T) => T): readonly T[] {
    if (items.length === 0) return items;
    let copy = this.copies.get(items) as readonly T[] | undefined;
    if (copy === undefined) {
      copy = items.map(move);
      this.copies.set(items, copy);
    }
    return copy;
  }

  private readonly related = (r: Related): Related => ({ ...r, start: r.start + this.delta, end: r.end + this.delta });
  private readonly edit = (e: Edit): Edit => ({ ...e, start: e.start + this.delta, end: e.end + this.delta });
  private readonly fix = (f: Fix): Fix => ({ ...f, edits: this.list(f.edits, this.edit) as Edit[] });

  finding(f: Finding): Finding {
    return {
      ...f,
      start: f.start + this.delta,
      end: f.end + this.delta,
      related: this.list(f.related, this.related),
      fixes: this.list(f.fixes, this.fix),
    };
  }
}
