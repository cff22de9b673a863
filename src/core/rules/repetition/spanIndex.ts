import type { Person, Quotation } from '../../model/quote';
import type { Span } from '../../model/span';
import { runCache } from '../../text/runCache';

/** Places kept below a start in one sort key: 2^22, so that any start below 2^31 keeps the key an exact integer. */
const PLACE_BITS = 22;

/**
 * The indices of the spans by start, ties in list order. Most lists come in text order and are
 * only checked; the others are sorted as numbers (start and index in one key), as a typed array
 * sorted with a comparator calls it through a slow path.
 */
function orderByStart(spans: readonly Span[]): Int32Array {
  const n = spans.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && spans[i]!.start < spans[i - 1]!.start) sorted = false;
  }
  if (sorted) return order;
  if (n >= 1 << PLACE_BITS) return order.sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = spans[i]!.start * (1 << PLACE_BITS) + i;
  keys.sort();
  for (let i = 0; i < n; i++) order[i] = keys[i]! % (1 << PLACE_BITS);
  return order;
}

/**
 * Spans sorted by start with the running maximum of their ends, so that "which span holds or
 * overlaps this one" is a binary search and a short walk instead of a scan of every quotation:
 * the repetition rules ask it once per finding, and a 1 MB basket has thousands of both.
 */
class SortedSpans {
  /** Indices into the original list, by start. */
  readonly order: Int32Array;
  readonly starts: Int32Array;
  /** The largest end among the first i + 1 spans in `order`. */
  readonly maxEnd: Int32Array;

  constructor(spans: readonly Span[]) {
    this.order = orderByStart(spans);
    this.starts = this.order.map((i) => spans[i]!.start);
    this.maxEnd = new Int32Array(spans.length);
    let max = -1;
    this.order.forEach((i, k) => (this.maxEnd[k] = max = Math.max(max, spans[i]!.end)));
  }

  /** How many spans start at or before `at` (`strict`: before it). */
  countStarting(at: number, strict: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < at || (!strict && this.starts[mid] === at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const byQuotes = runCache<Quotation[], { inner: SortedSpans; outer: SortedSpans }>();

function quoteIndex(quotes: Quotation[]): { inner: SortedSpans; outer: SortedSpans } {
  let index = byQuotes.get(quotes);
  if (!index) byQuotes.set(quotes, (index = { inner: new SortedSpans(quotes.map((q) => q.inner)), outer: new SortedSpans(quotes) }));
  return index;
}

/** The first quotation, in the list's order, whose words hold `s`: what `quotes.find` would give. */
export function firstHolding(quotes: Quotation[], s: Span): Quotation | undefined {
  const inner = quoteIndex(quotes).inner;
  const { order, maxEnd } = inner;
  let best = -1;
  // Walk back over the quotations starting at or before s while one of them may still reach its end.
  for (let k = inner.countStarting(s.start, false) - 1; k >= 0 && maxEnd[k]! >= s.end; k--) {
    const i = order[k]!;
    if (s.end <= quotes[i]!.inner.end && (best < 0 || i < best)) best = i;
  }
  return best < 0 ? undefined : quotes[best];
}

/** Whether any quotation, marks included, overlaps `s`. */
export function overlapsAny(quotes: Quotation[], s: Span): boolean {
  const outer = quoteIndex(quotes).outer;
  const k = outer.countStarting(s.end, true);
  return k > 0 && outer.maxEnd[k - 1]! > s.start;
}

const byPeople = runCache<Person[], { spans: Span[]; sorted: SortedSpans }>();

/** Whether a mention of anyone, other than a pronoun, lies within `s`. */
export function namedWithin(people: Person[], s: Span): boolean {
  let index = byPeople.get(people);
  if (!index) {
    const spans = people.flatMap((p) => p.mentions.filter((m) => m.kind !== 'pronoun'));
    byPeople.set(people, (index = { spans, sorted: new SortedSpans(spans) }));
  }
  const { spans, sorted } = index;
  for (let k = sorted.countStarting(s.start, true); k < spans.length && sorted.starts[k]! <= s.end; k++) {
    if (spans[sorted.order[k]!]!.end <= s.end) return true;
  }
  return false;
}
