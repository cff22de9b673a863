import type { Edit } from './finding';

/**
 * One list of edits against `text` that does what `first` and then `second` do: `first` sorted
 * and disjoint against `text`, `second` sorted and disjoint against the text `first` gives, and
 * `result` the text `second` gives. Edits of the two lists that overlap or touch become one,
 * whose text is taken from `result`; the text between them is left alone, so that an editor
 * keeps its cursor, folds and marks there.
 */
export function composeEdits(first: readonly Edit[], second: readonly Edit[], result: string): Edit[] {
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  // How far the edits taken so far of each list moved the text after them.
  let shiftFirst = 0;
  let shiftSecond = 0;
  // Where the next edit of each list lies in the text between the two lists.
  const startOf = (k: number): number => (k === 0 ? first[i]!.start + shiftFirst : second[j]!.start);
  const next = (): number => (j >= second.length || (i < first.length && startOf(0) <= startOf(1)) ? 0 : 1);
  while (i < first.length || j < second.length) {
    const start = startOf(next());
    const firstBefore = shiftFirst;
    const secondBefore = shiftSecond;
    let end = start;
    do {
      if (next() === 0) {
        const e = first[i++]!;
        end = Math.max(end, e.start + shiftFirst + e.text.length);
        shiftFirst += e.text.length - (e.end - e.start);
      } else {
        const e = second[j++]!;
        end = Math.max(end, e.end);
        shiftSecond += e.text.length - (e.end - e.start);
      }
    } while ((i < first.length || j < second.length) && startOf(next()) <= end);
    out.push({ start: start - firstBefore, end: end - shiftFirst, text: result.slice(start + secondBefore, end + shiftSecond) });
  }
  return out;
}
