import type { Edit } from '../../findings/finding';
import type { Quotation } from '../../model/quote';
import type { Span } from '../../model/span';
import { lineRemoval } from '../../text/lineRemoval';
import type { Para } from './paragraphs';
import { firstHolding } from './spanIndex';

const hasWord = (text: string, start: number, end: number): boolean => /[\p{L}\p{N}]/u.test(text.slice(start, end));

/** Whole sentences of the paragraph that the span covers, words and all, or null. */
function wholeSentences(text: string, para: Para, span: Span): Span | null {
  const inside = para.sentences.filter((s) => s.start < span.end && span.start < s.end);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last || hasWord(text, first.start, span.start) || hasWord(text, span.end, last.end)) return null;
  return { start: first.start, end: last.end };
}

/** Whether the character is one of `set`, read in place rather than through a slice of the rest of the text. */
const charIn = (set: string, c: string | undefined): boolean => c !== undefined && set.includes(c);

/** Spaces and tabs only: a removal never joins lines. */
const isGap = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * The edit that removes a repeated passage from its paragraph and leaves clean spacing: whole
 * sentences when it covers them, else a whole quotation when it fills one (keeping the full stop
 * that closed the sentence inside the marks), else exactly its words. Only repeated words go.
 */
export function passageRemoval(text: string, para: Para, span: Span, quotes: Quotation[]): Edit {
  const sentences = wholeSentences(text, para, span);
  if (sentences && sentences.start === para.start && sentences.end === para.end) return lineRemoval(text, para);
  let { start, end } = sentences ?? span;
  let replacement = '';
  const quote = sentences ? undefined : firstHolding(quotes, { start, end });
  if (quote && !hasWord(text, quote.inner.start, start) && !hasWord(text, end, quote.inner.end)) {
    replacement = /[.?!]/.exec(text.slice(end, quote.inner.end))?.[0] ?? '';
    ({ start, end } = quote);
    if (replacement && charIn('.?!,;:', text[end])) replacement = '';
  }
  if (start > para.start && isGap(text[start - 1])) {
    while (start > para.start && isGap(text[start - 1])) start--;
    // "A, passage, B" keeps one comma; "A, passage." keeps the full stop alone.
    if (!replacement && start > para.start && charIn(',;:', text[start - 1])) {
      if (charIn(',;:', text[end])) end++;
      else if (charIn('.?!', text[end])) start--;
    }
  } else {
    while (end < para.end && isGap(text[end])) end++;
  }
  return { start, end, text: replacement };
}
