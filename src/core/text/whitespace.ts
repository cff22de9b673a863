import type { Span } from '../model/span';

/** Space-like characters wire copy carries, no-break and control characters from wire formats included. */
export function isSpaceLike(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** The span without leading and trailing space-like characters (empty spans keep their start). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceLike(text.charCodeAt(start))) start++;
  while (end > start && isSpaceLike(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Whether a line starts with a tab or two spaces: the paragraph indent of ANPA, Kyodo and IPTC copy. */
export function isIndented(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 9) return end > start;
  return c === 32 && start + 1 < end && (text.charCodeAt(start + 1) === 32 || text.charCodeAt(start + 1) === 9);
}

/** The white space of JavaScript's `\s` and `String.prototype.trim`: narrower than isSpaceLike (no controls, no zero-width space). */
export function isTrimSpace(code: number): boolean {
  // ASCII, most of any copy, settled in three comparisons at most.
  if (code < 0x80) return code === 0x20 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.slice(start, end).trim() === ''`, without the copy. */
export function isTrimBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}
