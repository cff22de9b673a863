import type { Span } from '../model/span';
import type { StrayMark } from '../model/quote';
import type { Container } from './containers';
import { isTrimSpace } from '../text/whitespace';
import { type Mark, marksIn } from './marks';

/** A quotation found by pairing marks, before attribution. */
export interface RawQuote extends Span {
  inner: Span;
  container: Container;
  continues: boolean;
}

/** Whether a container opens with an opening double or ANPA mark: the next paragraph of a running quote. */
function opensWithQuote(text: string, c: Container | undefined): boolean {
  if (!c) return false;
  const ch = text[c.start];
  return ch === '"' || ch === '“' || ch === '«' || ch === '„' || (ch === '`' && text[c.start + 1] === '`');
}

function innerOf(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && isTrimSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Pairs the marks of each container into quotations. A quotation still open at the end of a
 * paragraph whose successor opens with a mark runs on (the multi-paragraph convention); any
 * other unpaired double mark is stray. Unpaired single marks are apostrophes.
 */
export function pairQuotes(text: string, containers: Container[]): { quotes: RawQuote[]; strays: StrayMark[] } {
  const quotes: RawQuote[] = [];
  const strays: StrayMark[] = [];
  let runningOn = false;

  containers.forEach((container, index) => {
    const open: Partial<Record<Mark['family'], Mark>> = {};
    let continues = runningOn && opensWithQuote(text, container);
    runningOn = false;
    const add = (o: Mark, closeAt: number, closeEnd: number): void => {
      const first = o.at === container.start;
      quotes.push({ start: o.at, end: closeEnd, inner: innerOf(text, o.at + o.length, closeAt), container, continues: continues && first });
      continues = false;
    };
    for (const mark of marksIn(text, container.start, container.end, container.headline)) {
      const pending = open[mark.family];
      const closes = pending !== undefined && (mark.role === 'close' || mark.role === 'either');
      if (closes) {
        add(pending, mark.at, mark.at + mark.length);
        // Cleared, not deleted: deleting a key turns the object into a slow dictionary.
        open[mark.family] = undefined;
      } else if (mark.role === 'close') {
        if (mark.family !== 'single') strays.push({ start: mark.at, end: mark.at + mark.length, side: 'closing' });
      } else {
        if (pending && pending.family !== 'single') strays.push({ start: pending.at, end: pending.at + pending.length, side: 'opening' });
        open[mark.family] = mark;
      }
    }
    for (const family of ['double', 'anpa'] as const) {
      const pending = open[family];
      if (!pending) continue;
      if (opensWithQuote(text, containers[index + 1]) && !container.headline) {
        add(pending, container.end, container.end);
        runningOn = true;
      } else {
        strays.push({ start: pending.at, end: pending.at + pending.length, side: 'opening' });
      }
    }
  });
  quotes.sort((a, b) => a.start - b.start);
  strays.sort((a, b) => a.start - b.start);
  return { quotes, strays };
}
