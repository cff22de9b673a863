import type { Sentence } from '../model/story';
import { isSpaceLike, trimSpan } from '../text/whitespace';
import { abbreviationEndsAt } from './abbreviations';
import { isDigitCode, isTerminalCode, isUpperCode, TERMINAL } from '../text/characters';
import { CharScan, charSet } from '../text/charScan';

// Sentence splitting reads much of the copy: the tests are on character codes,
// not on sets of one-character strings. Single marks are left out: they are mostly apostrophes.
const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKTICK = 0x60; // `
const FULL_STOP = 0x2e;

/** What may follow a terminal inside its sentence: " ” ’ ' ) ] » */
const isAfterTerminal = (c: number): boolean =>
  c === STRAIGHT || c === 0x201d || c === 0x2019 || c === APOSTROPHE || c === 0x29 || c === 0x5d || c === 0xbb;

/** What may open a sentence besides a capital or a digit: " “ ‘ ' ( [ « ` */
const isStarter = (c: number): boolean =>
  c === STRAIGHT || c === 0x201c || c === 0x2018 || c === APOSTROPHE || c === 0x28 || c === 0x5b || c === 0xab || c === BACKTICK;

/** What the scans stop at: a mark markAt may count (and the straight double mark), or a terminal. */
const QUOTE = 1;
const STOP = 2;
const KINDS = new Uint8Array(0x10000);
const QUOTES = [STRAIGHT, APOSTROPHE, BACKTICK, 0x201c, 0x201d, 0x201e, 0xab, 0xbb];
for (const c of QUOTES) KINDS[c] = QUOTE;
for (let k = 0; k < TERMINAL.length; k++) KINDS[TERMINAL.charCodeAt(k)] = STOP;
/** Either kind, for the splitting scan. */
const MARK_OR_STOP = charSet(String.fromCharCode(...QUOTES) + TERMINAL);

/** +1 for an opening mark at i (“ « „ or ANPA's ``), -1 for a closing one (” » or ''), 0 otherwise. */
function markAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x201c || c === 0xab || c === 0x201e || (c === BACKTICK && text.charCodeAt(i + 1) === BACKTICK)) return 1;
  if (c === 0x201d || c === 0xbb || (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE)) return -1;
  return 0;
}

/** Whether the quotation marks of the span pair up; if not, quotes cannot guide splitting. */
function quotesBalance(text: string, start: number, end: number): boolean {
  let straight = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (KINDS[c] !== QUOTE) continue;
    if (c === STRAIGHT) {
      straight++;
      continue;
    }
    const m = markAt(text, i);
    depth += m;
    if (m !== 0 && (c === BACKTICK || c === APOSTROPHE)) i++;
  }
  return straight % 2 === 0 && depth === 0;
}

/** Whether a sentence may start with the character at `k`: a capital, a digit or an opening mark. */
function startsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (isStarter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  // One code unit: a lone half of a surrogate pair is no capital.
  return isUpperCode(c) || isDigitCode(c);
}

/**
 * Splits a paragraph into sentences. A sentence ends at . ? ! or … (with any closing quotes
 * or brackets) followed by space and a capital, a digit or an opening mark; not after an
 * abbreviation or initial, and not inside a quotation whose marks balance in the paragraph.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  // Whether quotes guide splitting is asked only when a split falls inside a quotation.
  let quoteAware: boolean | undefined;
  let depth = 0;
  let sentenceStart = start;
  const scan = new CharScan(MARK_OR_STOP, text, start, end);
  for (let i = scan.next(start); i < end; i = scan.next(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === STRAIGHT) depth = depth > 0 ? depth - 1 : depth + 1;
    const m = markAt(text, i);
    if (m !== 0) {
      depth = Math.max(0, depth + m);
      if (c === BACKTICK || c === APOSTROPHE) i++;
      continue;
    }
    if (!isTerminalCode(c)) continue;
    if (c === FULL_STOP && abbreviationEndsAt(text, i, start)) continue;

    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (!isTerminalCode(d) && !isAfterTerminal(d)) break;
      if (d === STRAIGHT || markAt(text, j) < 0) depth = Math.max(0, depth - 1);
      j += d === APOSTROPHE && text.charCodeAt(j + 1) === APOSTROPHE ? 2 : 1;
    }
    let k = j;
    while (k < end && isSpaceLike(text.charCodeAt(k))) k++;
    i = j - 1;
    if (k === j || k >= end) continue;
    if (!startsSentence(text, k)) continue;
    if (depth > 0 && (quoteAware ??= quotesBalance(text, start, end))) continue;
    sentences.push(trimSpan(text, sentenceStart, j));
    sentenceStart = k;
  }
  const last = trimSpan(text, sentenceStart, end);
  if (last.end > last.start) sentences.push(last);
  return sentences;
}
