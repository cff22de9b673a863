/** Character classes the hygiene rules share, by UTF-16 code unit or one-character string. */

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const NUMBER = /\p{N}/u;

const F_LETTER = 1;
const F_UPPER = 2;
const F_LOWER = 4;
const F_DIGIT = 8;
const F_NUMBER = 16;
const F_KNOWN = 128;

/**
 * The Unicode categories of each UTF-16 code unit, found once per code unit on first sight: the
 * rules and the sentence splitter ask them of every character, and a Unicode regex per character
 * dominated their time. Filled lazily: loading the module allocates 64 KB and tests nothing. A lone surrogate
 * has no category, as the patterns see it.
 */
const CATEGORIES = new Uint8Array(0x10000);

function categoriesOf(code: number): number {
  const c = String.fromCharCode(code);
  const flags =
    F_KNOWN |
    (LETTER.test(c) ? F_LETTER : 0) |
    (UPPER.test(c) ? F_UPPER : 0) |
    (LOWER.test(c) ? F_LOWER : 0) |
    (DIGIT.test(c) ? F_DIGIT : 0) |
    (NUMBER.test(c) ? F_NUMBER : 0);
  CATEGORIES[code] = flags;
  return flags;
}

// NaN, past either end of the text, is no character.
const categories = (code: number): number => CATEGORIES[code] || (code >= 0 && code <= 0xffff ? categoriesOf(code) : 0);

/** By UTF-16 code unit (`text.charCodeAt(i)`; NaN past the end is no character): \p{L} or \p{N}. */
export const isLetterOrDigitCode = (code: number): boolean => (categories(code) & (F_LETTER | F_NUMBER)) !== 0;
/** \p{L} */
export const isLetterCode = (code: number): boolean => (categories(code) & F_LETTER) !== 0;
/** \p{Lu} */
export const isUpperCode = (code: number): boolean => (categories(code) & F_UPPER) !== 0;
/** \p{Ll} */
export const isLowerCode = (code: number): boolean => (categories(code) & F_LOWER) !== 0;
/** \p{Nd} */
export const isDigitCode = (code: number): boolean => (categories(code) & F_DIGIT) !== 0;

// The string forms take one character (`text[i]`); a longer string is tested whole, as before.
export function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c.length === 1 || c.charCodeAt(0) < 0x80 ? isLetterOrDigitCode(c.charCodeAt(0)) : LETTER.test(c) || NUMBER.test(c);
}
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c.length === 1 || c.charCodeAt(0) < 0x80 ? isLetterCode(c.charCodeAt(0)) : LETTER.test(c);
}
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c.length === 1 || c.charCodeAt(0) < 0x80 ? isLowerCode(c.charCodeAt(0)) : LOWER.test(c);
}
export function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  return c.length === 1 || c.charCodeAt(0) < 0x80 ? isDigitCode(c.charCodeAt(0)) : DIGIT.test(c);
}

/** A C0 or C1 control character other than tab and the line breaks. */
export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);
}

/** isInlineSpace's characters as a literal, for tables built without testing every code. */
export const INLINE_SPACES = ' \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';

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

/** isBreak by code unit (`text.charCodeAt(i)`): NaN, past either end of the text, is no character. */
export function isBreakCode(code: number): boolean {
  return Number.isNaN(code) || code === 10 || code === 13 || isInlineSpace(code);
}

/**
 * Membership in a set of characters by code unit, as one table lookup: for scans that compare
 * codes instead of one-character strings. NaN (past the text's edge) is in no set.
 */
export function codeSet(chars: string): (code: number) => boolean {
  const table = codeTable(chars);
  return (code) => table[code] === 1;
}

/** The codes of `chars` as a table: 1 at each, 0 (or past its end, undefined) elsewhere. */
export function codeTable(chars: string): Uint8Array {
  let max = 0;
  for (let i = 0; i < chars.length; i++) max = Math.max(max, chars.charCodeAt(i));
  const table = new Uint8Array(max + 1);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Quotation marks of every style, ANPA's backtick included. */
export const QUOTE_MARKS = '"\'“”‘’«»„`';
/** QUOTE_MARKS by code. */
export const isQuoteMarkCode = codeSet(QUOTE_MARKS);

/** Punctuation that ends a sentence. */
export const TERMINAL = '.?!…';
/** TERMINAL by code. */
export const isTerminalCode = codeSet(TERMINAL);
