import type { Edit, Finding } from './finding';

/** Two insertions at one point conflict too: their order would be a guess. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

const before = (a: Edit, b: Edit): number => a.start - b.start || a.end - b.end;

/** Edits kept sorted and disjoint; a candidate can only overlap its neighbours. */
class DisjointEdits {
  readonly edits: Edit[] = [];

  private indexOf(e: Edit): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.edits[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  fits(e: Edit): boolean {
    const i = this.indexOf(e);
    return ![this.edits[i - 1], this.edits[i]].some((k) => k !== undefined && overlaps(k, e));
  }

  add(e: Edit): void {
    this.edits.splice(this.indexOf(e), 0, e);
  }
}

/** Edits in document order without those that overlap an earlier one (duplicates included). */
export function orderedEdits(edits: Edit[]): Edit[] {
  const kept = new DisjointEdits();
  for (const e of [...edits].sort(before)) if (kept.fits(e)) kept.add(e);
  return kept.edits;
}

/**
 * The edits of the first safe fix of each finding, a whole fix dropped when any of its edits
 * overlaps an edit already taken: one pass of fix-all, in document order.
 */
export function safeFixEdits(findings: readonly Finding[]): Edit[] {
  const kept = new DisjointEdits();
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe && !f.snippet);
    if (!fix || !fix.edits.every((e) => kept.fits(e)) || orderedEdits(fix.edits).length < fix.edits.length) continue;
    fix.edits.forEach((e) => kept.add(e));
  }
  return kept.edits;
}

/** Applies edits, ordered and without overlaps, in one pass over the text. */
export function applyEdits(text: string, edits: Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of orderedEdits(edits)) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
