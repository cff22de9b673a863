import type { Span } from '../model/span';
import { codeSet, isBreakCode, isDigitCode, isLetterCode, isLetterOrDigitCode, QUOTE_MARKS } from '../text/characters';
import { CharScan, charSet } from '../text/charScan';
import { isApostropheMark } from './apostropheMark';

/**
 * The quotation marks and apostrophes of prose with their style, for the quote-style rule. A
 * story dense with marks has a million: each is one number (offset, length and style packed,
 * for texts under 512 M characters), and the conversions write their edits without an object
 * per mark in between.
 */
export type StyledMark = number;

const CURLY_BIT = 1;
const PAIR_BIT = 2;

export const markStart = (m: StyledMark): number => m >> 2;
export const markEnd = (m: StyledMark): number => markStart(m) + (m & PAIR_BIT ? 2 : 1);
export const isCurlyMark = (m: StyledMark): boolean => (m & CURLY_BIT) !== 0;

const QUOTE_MARK = charSet(QUOTE_MARKS);

const BACKTICK = 0x60;
const SINGLE = 0x27;
const DOUBLE = 0x22;

/** “ ” ‘ ’ */
const isCurly = (c: number): boolean => c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;

/** A digit at `i`; nothing outside the text is one. */
const isDigitAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));

/** `6'2"`: feet and inches are primes, not quotation marks. */
function isPrime(text: string, at: number): boolean {
  if (text.charCodeAt(at) === SINGLE) return isDigitAt(text, at - 1) && isDigitAt(text, at + 1);
  return isDigitAt(text, at - 1) && text.charCodeAt(at - 2) === SINGLE && isDigitAt(text, at - 3);
}

/**
 * The marks of spans of prose in one typed list (no span holds more marks than characters), and
 * where each span's marks end in it. ANPA's `` and '' count as one straight mark.
 */
export function styledMarks(text: string, spans: readonly Span[]): { marks: Int32Array; ends: number[] } {
  let size = 0;
  for (const span of spans) size += span.end - span.start;
  const marks = new Int32Array(size);
  const ends: number[] = [];
  let n = 0;
  // Most characters are no quote mark of any style: skipped by a scan.
  const scan = CharScan.across(QUOTE_MARK, text, spans);
  for (const span of spans) {
    for (let i = scan.next(span.start); i < span.end; i = scan.next(i + 1)) {
      const c = text.charCodeAt(i);
      if ((c === BACKTICK && text.charCodeAt(i + 1) === BACKTICK) || (c === SINGLE && text.charCodeAt(i + 1) === SINGLE && i + 1 < span.end)) {
        marks[n++] = i * 4 + PAIR_BIT;
        i++;
      } else if ((c === DOUBLE || c === SINGLE) && !isPrime(text, i) && !(c === DOUBLE && isApostropheMark(text, i, span.end))) marks[n++] = i * 4;
      else if (isCurly(c)) marks[n++] = i * 4 + CURLY_BIT;
    }
    ends.push(n);
  }
  return { marks: marks.subarray(0, n), ends };
}

/** The straight form of a curly mark. */
export const straightOf = (text: string, m: StyledMark): string => (text.charCodeAt(markStart(m)) === 0x201c || text.charCodeAt(markStart(m)) === 0x201d ? '"' : "'");

/** Words that start with an elided letter: `’em`, `’til`, `’90s` take an apostrophe, not an opening mark. */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 'round', 'nuff', 'ere']);
const opensAfter = codeSet('([{—–-/“‘"');

/** A mark the model knows to open (1) or close (2) a quotation, by offset; 0 where it does not know. */
export type KnownRoles = Uint8Array;
export const KNOWN_OPEN = 1;
export const KNOWN_CLOSE = 2;

/** The curly forms, and whether each conversion is certain: {@link curlyOf} answers with an index into both. */
export const CURLY = ['“', '”', '‘', '’'] as const;
const OPENING_DOUBLE = 0;
const CLOSING_DOUBLE = 1;
const OPENING_SINGLE = 2;
const APOSTROPHE = 3;
/** Added to a curly form's index when the conversion is not certain. */
export const UNCERTAIN = 4;

/** The last single mark of the span that ends a word (a closing mark or an apostrophe), or -1. */
export function lastClosingSingle(text: string, span: Span): number {
  for (let i = span.end - 1; i > span.start; i--) {
    if (text.charCodeAt(i) === SINGLE && !isBreakCode(text.charCodeAt(i - 1)) && !(i + 1 < text.length && isLetterOrDigitCode(text.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/**
 * The curly form of a straight mark, as an index into {@link CURLY}, plus {@link UNCERTAIN} when
 * not certain. A double mark takes the role the quotation model gave it, else the one its
 * neighbours show; a single mark is an apostrophe (`don’t`, `Russia’s`, `’90s`, `’em`) unless it
 * opens a word and a closing mark follows (`lastClosing`, from {@link lastClosingSingle}, asked
 * only then: it reads the block from its end).
 */
export function curlyOf(text: string, m: StyledMark, block: Span, known: KnownRoles | null, lastClosing: () => number): number {
  const start = markStart(m);
  const end = markEnd(m);
  if (m & PAIR_BIT) return text.charCodeAt(start) === BACKTICK ? OPENING_DOUBLE : CLOSING_DOUBLE;
  // NaN outside the block: a break, and no letter, digit or character that opens.
  const prev = start > block.start ? text.charCodeAt(start - 1) : NaN;
  const next = end < block.end ? text.charCodeAt(end) : NaN;
  const prevBreak = isBreakCode(prev);
  const nextBreak = isBreakCode(next);
  const opensWord = (prevBreak || opensAfter(prev)) && !nextBreak;
  const closesWord = !prevBreak && (nextBreak || !isLetterOrDigitCode(next));
  if (text.charCodeAt(start) === DOUBLE) {
    const told = known ? known[start]! : 0;
    const role = told !== 0 ? told : opensWord && !closesWord ? KNOWN_OPEN : closesWord && !opensWord ? KNOWN_CLOSE : 0;
    const form = role === KNOWN_CLOSE || (role === 0 && nextBreak) ? CLOSING_DOUBLE : OPENING_DOUBLE;
    return role === 0 ? form + UNCERTAIN : form;
  }
  if (!opensWord || isDigitCode(next)) return prevBreak && nextBreak ? APOSTROPHE + UNCERTAIN : APOSTROPHE;
  let j = end;
  while (j < block.end && isLetterCode(text.charCodeAt(j))) j++;
  if (ELISIONS.has(text.slice(end, j).toLowerCase())) return APOSTROPHE;
  return lastClosing() > start ? OPENING_SINGLE : APOSTROPHE + UNCERTAIN;
}
