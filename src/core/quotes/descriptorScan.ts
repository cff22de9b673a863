import { ROLE_NOUNS } from '../people/vocabulary';
import { isLetterCode } from '../text/characters';
import { isTrimSpace } from '../text/whitespace';
import { isAsciiLetter, wordLookup } from '../text/wordLookup';

/**
 * The DESCRIPTOR pattern of sources.ts read by hand, word by word: the pattern tried its role
 * alternation at up to five places after every determiner, which cost more than the rest of
 * the people's reading. Every step of the pattern is forced (a word ends at white space, a role
 * is a whole run of letters and hyphens), so a scan that takes the longest run at each step
 * finds what the pattern finds.
 */

const ASTRAL_LETTER = /\p{L}/uy;

/** The length of the letter (\p{L}) code point at `i` inside the span, else 0; a pair cut at `end` is no letter. */
function letterAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c < 0xd800 || c > 0xdfff) return isLetterCode(c) ? 1 : 0;
  if (c >= 0xdc00 || i + 1 >= end) return 0;
  ASTRAL_LETTER.lastIndex = i;
  return ASTRAL_LETTER.test(text) ? 2 : 0;
}

/** Whether a letter ends at `i` (the pattern's `(?<![\p{L}])`), nothing before `start` counting. */
function letterBefore(text: string, i: number, start: number): boolean {
  if (i <= start) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0xdc00 || c > 0xdfff) return letterAt(text, i - 1, i) === 1;
  return i - 2 >= start && letterAt(text, i - 2, i) === 2;
}

/**
 * The ends of the runs of `[\p{L}-]` (a role) and of `[\p{L}’'.-]` (a word) from `i`, in one
 * pass: the first ends at the first apostrophe or full stop of the second. Written to `RUN`.
 */
const RUN = { role: 0, word: 0 };
function runsFrom(text: string, i: number, end: number): void {
  let role = -1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d) {
      i++;
      continue;
    }
    if (c === 0x2019 || c === 0x27 || c === 0x2e) {
      if (role < 0) role = i;
      i++;
      continue;
    }
    const n = letterAt(text, i, end);
    if (n === 0) break;
    i += n;
  }
  RUN.role = role < 0 ? i : role;
  RUN.word = i;
}

/** Whether the run from `start` to `end` is a role noun. */
const isRole = wordLookup(ROLE_NOUNS);

/** The end of the determiner word at `i` (`[Tt]he`, `[Aa]n?`, `[Oo]ne`, `[Aa]nother`), else -1; compared by code, as most words are no determiner. */
function determinerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  const next = text.charCodeAt(i + 1);
  if (c === 0x74) return next === 0x68 && text.charCodeAt(i + 2) === 0x65 ? i + 3 : -1;
  if (c === 0x6f) return next === 0x6e && text.charCodeAt(i + 2) === 0x65 ? i + 3 : -1;
  if (c !== 0x61) return -1;
  if (next !== 0x6e) return i + 1;
  return text.startsWith('other', i + 2) && isTrimSpace(text.charCodeAt(i + 7)) ? i + 7 : i + 2;
}

const skipSpace = (text: string, i: number, end: number): number => {
  while (i < end && isTrimSpace(text.charCodeAt(i))) i++;
  return i;
};

/** The end of the descriptor that starts at `i` inside the span, else -1. */
function descriptorEnd(text: string, i: number, start: number, end: number): number {
  const d = determinerEnd(text, i);
  if (d < 0 || d >= end || !isTrimSpace(text.charCodeAt(d)) || letterBefore(text, i, start)) return -1;
  let p = skipSpace(text, d, end);
  for (let words = 0; ; words++) {
    runsFrom(text, p, end);
    const role = RUN.role;
    if (role > p && isRole(text, p, role)) return role;
    if (words === 4) return -1;
    const word = RUN.word;
    if (word === p || word >= end || !isTrimSpace(text.charCodeAt(word))) return -1;
    p = skipSpace(text, word, end);
  }
}

/** The descriptors of a span, left to right and not overlapping, as the pattern with the `g` flag finds them. */
export function descriptorsIn(text: string, start: number, end: number, found: (at: number, end: number) => void): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) {
      i++;
      continue;
    }
    // An ASCII word: only its first letter may start a determiner.
    let j = i + 1;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
    const e = (c === 0x74 || c === 0x61 || c === 0x6f) && j - i <= 7 ? descriptorEnd(text, i, start, end) : -1;
    if (e >= 0) found(i, e);
    i = e >= 0 ? e : j;
  }
}
