import type { Edit } from '../findings/finding';
import type { Span } from '../model/span';

function isBlankChar(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\n';
}

/**
 * The edit that removes the whole line(s) holding `span` together with the blank lines after
 * it, or, at the end of the text, the blank lines before it: paragraph spacing stays as it was.
 */
export function lineRemoval(text: string, span: Span): Edit {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = span.end;
  while (end < text.length && isBlankChar(text[end])) end++;
  if (end < text.length) {
    // Back up to the start of the next line that has text.
    while (end > span.end && text[end - 1] !== '\n' && text[end - 1] !== '\r') end--;
    return { start, end, text: '' };
  }
  while (start > 0 && isBlankChar(text[start - 1])) start--;
  return { start, end: span.end, text: '' };
}
