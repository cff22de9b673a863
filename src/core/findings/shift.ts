import type { Edit, Finding, Fix, Related } from './finding';

/**
 * Copies of findings with every offset moved by `move`: one story's findings placed elsewhere,
 * or a document's findings after an edit. Lists that findings share (one fix correcting every
 * mention, one list of related marks) stay shared in the copies.
 */
export class FindingShift {
  private readonly copies = new Map<readonly unknown[], readonly unknown[]>();

  constructor(private readonly move: (offset: number) => number) {}

  private list<T>(items: readonly T[], move: (item: T) => T): readonly T[] {
    if (items.length === 0) return items;
    let copy = this.copies.get(items) as readonly T[] | undefined;
    if (copy === undefined) {
      copy = items.map(move);
      this.copies.set(items, copy);
    }
    return copy;
  }

  private readonly related = (r: Related): Related => ({ ...r, start: this.move(r.start), end: this.move(r.end) });
  private readonly edit = (e: Edit): Edit => ({ ...e, start: this.move(e.start), end: this.move(e.end) });
  private readonly fix = (f: Fix): Fix => ({ ...f, edits: this.list(f.edits, this.edit) as Edit[] });

  finding(f: Finding): Finding {
    return {
      ...f,
      start: this.move(f.start),
      end: this.move(f.end),
      related: this.list(f.related, this.related),
      fixes: this.list(f.fixes, this.fix),
    };
  }
}
