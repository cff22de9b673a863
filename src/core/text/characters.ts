/** Character classes the hygiene rules share, by UTF-16 code unit or one-character string. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Each test looks at one character, so none of these can backtrack. ASCII, most of the text,
 * is decided by its code: the rules call these for every character, and a Unicode regex per
 * character dominated their time.
 */
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

export function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? isAsciiDigit(code) || isAsciiUpper(code) || isAsciiLower(code) : LETTER_OR_DIGIT.test(c);
}
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? isAsciiUpper(code) || isAsciiLower(code) : LETTER.test(c);
}
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? isAsciiUpper(code) : UPPER.test(c);
}
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? isAsciiLower(code) : LOWER.test(c);
}
export function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? isAsciiDigit(code) : DIGIT.test(c);
}

/** A C0 or C1 control character other than tab and the line breaks. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);
}

/** A character that spaces words on one line: space, tab and the Unicode space separators. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Whitespace of any kind, line breaks included, or no character at all (the edge of a span). */
export function isBreak(c: string | undefined): boolean {
  return c === undefined || c === '\n' || c === '\r' || isInlineSpace(c.charCodeAt(0));
}

/** Quotation marks of every style, ANPA's backtick included. */
export const QUOTE_MARKS = '"\'“”‘’«»„`';

/** Punctuation that ends a sentence. */
export const TERMINAL = '.?!…';
