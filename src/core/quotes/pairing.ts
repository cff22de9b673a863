import type { Span } from '../model/span';
import type { StrayMark } from '../model/quote';
import type { Container } from './containers';
import { CharScan, charSet } from '../text/charScan';
import { isTrimSpace } from '../text/whitespace';
import { ANPA, CLOSE, DOUBLE, familyOf, lengthOf, markAt, OPEN, roleOf, SINGLE } from './marks';

/** Makes the caller's object for a quotation found by pairing marks, so that no intermediate one is made per quotation. */
export type QuoteMaker<T extends Span> = (start: number, end: number, inner: Span, container: Container, continues: boolean) => T;

/** Whether a container opens with an opening double or ANPA mark (`` or '' ): the next paragraph of a running quote. */
function opensWithQuote(text: string, c: Container | undefined): boolean {
  if (!c) return false;
  const ch = text.charCodeAt(c.start);
  return ch === 0x22 || ch === 0x201c || ch === 0xab || ch === 0x201e || ((ch === 0x60 || ch === 0x27) && text.charCodeAt(c.start + 1) === ch);
}

function innerOf(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && isTrimSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** " ' ` « » and ‘ to „: the first code unit of every mark markAt reads, found by a scan as nearly every character is none. */
const MAY_BE_MARK = charSet('"\'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e');

const byStart = (a: Span, b: Span): number => a.start - b.start;

/** Sorts by start unless already sorted, as it nearly always is: the check is one pass, the sort many comparisons. */
export function sortByStart<T extends Span>(list: T[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.start < list[i - 1]!.start) {
      list.sort(byStart);
      return;
    }
  }
}

/** Appends the spans of the lists, each in order of start, to `out` in order of start, and empties the lists. */
function mergeInto<T extends Span>(lists: T[][], out: T[]): void {
  const next = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const head = lists[k]![next[k]!];
      if (head && (best < 0 || head.start < lists[best]![next[best]!]!.start)) best = k;
    }
    if (best < 0) break;
    out.push(lists[best]![next[best]!++]!);
  }
  for (const list of lists) list.length = 0;
}

/**
 * Pairs the marks of each container into quotations. A quotation still open at the end of a
 * paragraph whose successor opens with a mark runs on (the multi-paragraph convention); any
 * other unpaired double mark is stray. Unpaired single marks are apostrophes.
 */
export function pairQuotes<T extends Span>(text: string, containers: Container[], make: QuoteMaker<T>): { quotes: T[]; strays: StrayMark[] } {
  const quotes: T[] = [];
  const strays: StrayMark[] = [];
  // The pending opening mark of each family (double, single, ANPA): its offset, or -1, and its length.
  const openAt = [-1, -1, -1];
  const openLength = [0, 0, 0];
  // A container's quotations and strays by family: each family's come in order, and merging them
  // puts the container's in order without sorting (a file of marks interleaves the families).
  const quoted: T[][] = [[], [], []];
  const stray: StrayMark[][] = [[], [], []];
  let runningOn = false;
  const marks = CharScan.across(MAY_BE_MARK, text, containers);

  containers.forEach((container, index) => {
    openAt.fill(-1);
    let continues = runningOn && opensWithQuote(text, container);
    runningOn = false;
    const add = (family: number, at: number, length: number, closeAt: number, closeEnd: number): void => {
      quoted[family]!.push(make(at, closeEnd, innerOf(text, at + length, closeAt), container, continues && at === container.start));
      continues = false;
    };
    const { start, end, headline } = container;
    for (let i = marks.next(start); i < end; i = marks.next(i + 1)) {
      const mark = markAt(text, i, start, end, headline);
      if (mark === 0) continue;
      const family = familyOf(mark);
      const length = lengthOf(mark);
      const role = roleOf(mark);
      const pending = openAt[family]!;
      if (pending >= 0 && role !== OPEN) {
        add(family, pending, openLength[family]!, i, i + length);
        openAt[family] = -1;
      } else if (role === CLOSE) {
        if (family !== SINGLE) stray[family]!.push({ start: i, end: i + length, side: 'closing' });
      } else {
        if (pending >= 0 && family !== SINGLE) stray[family]!.push({ start: pending, end: pending + openLength[family]!, side: 'opening' });
        openAt[family] = i;
        openLength[family] = length;
      }
      i += length - 1;
    }
    for (const family of [DOUBLE, ANPA]) {
      const pending = openAt[family]!;
      if (pending < 0) continue;
      if (opensWithQuote(text, containers[index + 1]) && !headline) {
        add(family, pending, openLength[family]!, end, end);
        runningOn = true;
      } else {
        stray[family]!.push({ start: pending, end: pending + openLength[family]!, side: 'opening' });
      }
    }
    mergeInto(quoted, quotes);
    mergeInto(stray, strays);
  });
  return { quotes, strays };
}
