import { isLetterOrDigitCode, isUpperCode } from '../text/characters';
import type { Span } from '../model/span';

export interface Token extends Span {
  /** The word without a possessive `’s`, a closing apostrophe or a sentence's full stop. */
  word: string;
}

/** Abbreviations whose full stop belongs to the word. */
const KEEPS_DOT = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Sgt|Maj|Prof|Rev|St|Jr|Sr|\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;

// A word is [\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*, read by hand: ASCII by its code, the rest of
// the basic plane by a table (the shared categories for a start, the answers WORD_PART gave
// once for a part), astral code points by the sticky patterns, which test in place without a
// match array or a slice.
const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{L}\p{M}\p{N}’]/uy;

/** ASCII by one look-up: 1 for a letter or digit (a word's start or part), 2 for `.`, `'` and `-` (a part only), else 0. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : ".'-".includes(String.fromCharCode(c)) ? 2 : 0;

/**
 * The length (1, or 2 for a surrogate pair) of the non-ASCII code point at `i` if it is in the
 * class (`inPlane` for the basic plane, `pattern` past it), else 0. The span ends at `end`: a
 * pair cut there, like any lone half, is no letter.
 */
function codePointIn(pattern: RegExp, inPlane: (c: number) => boolean, text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return inPlane(c) ? 1 : 0;
  if (c >= 0xdc00) return 0;
  // A high surrogate: a code point only with its low half, inside the span.
  if (i + 1 >= end || !isLowSurrogate(text.charCodeAt(i + 1))) return 0;
  pattern.lastIndex = i;
  return pattern.test(text) ? 2 : 0;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * What WORD_PART answered for each code unit of the basic plane, outside the surrogates:
 * 0 not asked yet, 1 no, 2 yes. Text in other scripts asks about the same characters again
 * and again; a look-up in a table is far cheaper than a pattern.
 */
const PART_ANSWERS = new Uint8Array(0x10000);

function isWordPartCode(c: number): boolean {
  let answer = PART_ANSWERS[c]!;
  if (answer === 0) {
    WORD_PART.lastIndex = 0;
    answer = WORD_PART.test(String.fromCharCode(c)) ? 2 : 1;
    PART_ANSWERS[c] = answer;
  }
  return answer === 2;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/**
 * Where the word read from `start` to `end` ends: without a possessive `’s`, else one closing
 * apostrophe or hyphen, then without full stops that no abbreviation keeps.
 */
export function wordEnd(text: string, start: number, end: number): number {
  let e = end;
  const last = text.charCodeAt(e - 1);
  const before = e - start > 1 ? text.charCodeAt(e - 2) : 0;
  if (last === 0x73 && (before === APOSTROPHE || before === RIGHT_QUOTE)) e -= 2;
  else if (last === APOSTROPHE || last === RIGHT_QUOTE || last === HYPHEN) e--;
  if (e > start && text.charCodeAt(e - 1) === DOT && !KEEPS_DOT.test(text.slice(start, e))) {
    while (e > start && text.charCodeAt(e - 1) === DOT) e--;
  }
  return e;
}

/**
 * The words of a span with their offsets, read in one pass over the characters. `wanted`, when
 * given, is asked about each word as read (before {@link wordEnd}); a word it refuses is passed
 * over without being cut out, so that a reader of names makes no object for the other words.
 */
export function tokenize(text: string, start: number, end: number, wanted?: (text: string, start: number, end: number) => boolean): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const first = c < 0x80 ? ASCII_WORD[c]! & 1 : codePointIn(WORD_START, isLetterOrDigitCode, text, i, end);
    if (first === 0) {
      i++;
      continue;
    }
    const from = i;
    i += first;
    while (i < end) {
      const d = text.charCodeAt(i);
      const n = d < 0x80 ? (ASCII_WORD[d] === 0 ? 0 : 1) : codePointIn(WORD_PART, isWordPartCode, text, i, end);
      if (n === 0) break;
      i += n;
    }
    if (wanted && !wanted(text, from, i)) continue;
    const to = wordEnd(text, from, i);
    if (to > from) tokens.push({ start: from, end: to, word: text.slice(from, to) });
  }
  return tokens;
}

/** Whether a word starts with a capital: ASCII decided at once, the rest by its Unicode category. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return c < 0xd800 || c > 0xdfff ? isUpperCode(c) : UPPER_START.test(word);
}
const UPPER_START = /^\p{Lu}/u;

const LOWER = /\p{Ll}/u;
/** All capitals, as in a dateline's place or an acronym. */
export function isShouted(word: string): boolean {
  if (word.length <= 1) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x80) return !LOWER.test(word.slice(i));
  }
  return true;
}
