import { isLetterOrDigit } from '../text/characters';
import { isApostropheMark } from './apostropheMark';
import { isSpaceLike } from '../text/whitespace';

/**
 * A quote mark read in place, packed in one number: a file of nothing but marks has a million,
 * and an object each made most of the pairing's time. 0 is no mark.
 */
export type PackedMark = number;

export const OPEN = 1;
export const CLOSE = 2;
const EITHER = 3;
/** Marks pair only within their family: double, single (headlines), ANPA's `` '' (and '' ''). */
export const DOUBLE = 0;
export const SINGLE = 1;
export const ANPA = 2;

const pack = (role: number, family: number, length: number): PackedMark => role | (family << 2) | (length << 4);
export const roleOf = (m: PackedMark): number => m & 3;
export const familyOf = (m: PackedMark): number => (m >> 2) & 3;
export const lengthOf = (m: PackedMark): number => m >> 4;

/** ( [ { — – - / */
const isBeforeOpening = (c: number): boolean => c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
/** . , ; : ! ? … ) ] */
const isClosingPunctuation = (c: number): boolean =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x29 || c === 0x5d;

const SPACE = 0x20;

/** Which way a straight mark of `length` characters faces, from the characters around it. */
function flank(text: string, at: number, length: number, start: number, end: number): number {
  const prev = at > start ? text.charCodeAt(at - 1) : SPACE;
  const next = at + length < end ? text.charCodeAt(at + length) : SPACE;
  const spaceBefore = isSpaceLike(prev) || isBeforeOpening(prev);
  const spaceAfter = isSpaceLike(next);
  if (spaceBefore && !spaceAfter) return OPEN;
  if (!spaceBefore && spaceAfter) return CLOSE;
  if (!spaceBefore && (isClosingPunctuation(prev) || isClosingPunctuation(next))) return CLOSE;
  return EITHER;
}

const NUMBER = /\p{N}/u;

/**
 * A single mark that opens or closes a quotation in a headline. Between two letters it is an
 * apostrophe (`Russia’s`, `don’t`); at a word's edge it may be either (`others’`), so the
 * pairing keeps single marks only when they pair up. A right mark ’ never opens, and a mark
 * before a digit elides a century (`’90s`, `'16 race`). 0 when it is no quote mark.
 */
function singleRole(text: string, at: number, start: number, end: number): number {
  const prev = at > start ? text[at - 1] : undefined;
  const next = at + 1 < end ? text[at + 1] : undefined;
  const letterBefore = isLetterOrDigit(prev);
  const letterAfter = isLetterOrDigit(next);
  if (letterBefore && letterAfter) return 0;
  if (!letterBefore && letterAfter) return text[at] === '’' || NUMBER.test(next!) ? 0 : OPEN;
  if ((letterBefore || (prev !== undefined && isClosingPunctuation(prev.charCodeAt(0)))) && !letterAfter) return CLOSE;
  return 0;
}

/** The quote mark at `i` in the span from `start` to `end`, or 0. */
export function markAt(text: string, i: number, start: number, end: number, headline: boolean): PackedMark {
  const c = text.charCodeAt(i);
  if (c === 0x22) return isApostropheMark(text, i, end) ? 0 : pack(flank(text, i, 1, start, end), DOUBLE, 1);
  if (c === 0x201c || c === 0x201e || c === 0xab) return pack(OPEN, DOUBLE, 1);
  if (c === 0x201d || c === 0xbb) return pack(CLOSE, DOUBLE, 1);
  // A backtick pair may end past the span, as it always could.
  if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) return pack(OPEN, ANPA, 2);
  // Two apostrophes close ANPA's `` ; some feeds write every quotation as ''...'' and open with them too.
  if (c === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < end) return pack(flank(text, i, 2, start, end) === OPEN ? OPEN : CLOSE, ANPA, 2);
  if (headline && (c === 0x27 || c === 0x2018 || c === 0x2019)) {
    const role = singleRole(text, i, start, end);
    return role === 0 ? 0 : pack(role, SINGLE, 1);
  }
  return 0;
}
