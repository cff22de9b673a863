import type { Severity } from '../../findings/finding';
import type { RuleContext } from '../../findings/rule';
import type { Quotation } from '../../model/quote';
import type { Span } from '../../model/span';
import { CUE } from '../../quotes/cues';
import type { Para } from './paragraphs';
import type { Copy } from './repetitions';
import { firstHolding, namedWithin, overlapsAny } from './spanIndex';

/** An attribution clause longer than this is more than a stock phrase. */
const STOCK_WORDS = 20;
const CUE_WORD = new RegExp(`(?<![\\p{L}])${CUE}(?![\\p{L}])`, 'u');

/** How a finding's severity and message change when the repeated words are quoted or an attribution. */
export interface Tone {
  severity?: Severity;
  note: string;
}

/** The one quotation whose words hold every span, or null. */
function quotationHolding(quotes: Quotation[], spans: Span[]): Quotation | null {
  const q = firstHolding(quotes, spans[0]!);
  return q && spans.every((s) => q.inner.start <= s.start && s.end <= q.inner.end) ? q : null;
}

const adjacent = (a: Para, b: Para): boolean => a.story === b.story && Math.abs(a.number - b.number) === 1;

/**
 * Both copies quote the same speaker: a story may recap an earlier quotation on purpose, so the
 * finding is lowered, unless a single quotation is not all it is or the copies sit in consecutive
 * paragraphs, where a merge is the likelier cause.
 */
export function quotedTone({ quotes, people }: RuleContext, para: Para, copies: Copy[]): Tone | null {
  const later = quotationHolding(quotes, copies.map((c) => c.at));
  if (!later || later.speaker === null) return null;
  const sources = new Set(copies.map((c) => c.para.index));
  const earlier = sources.size === 1 ? quotationHolding(quotes, copies.map((c) => c.span)) : null;
  const name = people[later.speaker]!.name;
  if (!earlier || earlier.speaker !== later.speaker) return null;
  if (adjacent(para, copies[0]!.para)) return { note: `; both copies quote ${name}` };
  return { severity: 'info', note: `; both copies are quotations of ${name}: a deliberate recap?` };
}

/**
 * An attribution repeated outside quotations ("Russian Foreign Minister Sergey Lavrov said in an
 * interview with ...") is a stock phrase: worth a look, not a pasting error.
 */
export function stockTone({ text, quotes, people }: RuleContext, at: Span, words: number, copies: Copy[]): Tone | null {
  if (words > STOCK_WORDS || [at, ...copies.map((c) => c.span)].some((s) => overlapsAny(quotes, s))) return null;
  const named = namedWithin(people, at);
  if (!named || !CUE_WORD.test(text.slice(at.start, at.end))) return null;
  return { severity: 'hint', note: ': a stock attribution, worth varying?' };
}
