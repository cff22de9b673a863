import type { Sentence } from '../model/story';
import { isSpaceLike, trimSpan } from '../text/whitespace';
import { abbreviationEndsAt } from './abbreviations';
import { CLOSING, OPENING, STRAIGHT } from './quoteMarks';

const TERMINAL = new Set(['.', '?', '!', '…']);
const AFTER_TERMINAL = new Set(['"', '”', '’', "'", ')', ']', '»']);
const UPPER_OR_DIGIT = /[\p{Lu}\p{Nd}]/u;
const STARTERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '`']);

/** +1 for an opening mark at i, -1 for a closing one, 0 otherwise; ANPA's `` and '' count once. */
function markAt(text: string, i: number): number {
  const c = text[i]!;
  if (OPENING.has(c) || (c === '`' && text[i + 1] === '`')) return 1;
  if (CLOSING.has(c) || (c === "'" && text[i + 1] === "'")) return -1;
  return 0;
}

/** Whether the quotation marks of the span pair up; if not, quotes cannot guide splitting. */
function quotesBalance(text: string, start: number, end: number): boolean {
  let straight = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === STRAIGHT) {
      straight++;
      continue;
    }
    const m = markAt(text, i);
    depth += m;
    if (m !== 0 && (c === '`' || c === "'")) i++;
  }
  return straight % 2 === 0 && depth === 0;
}

/**
 * Splits a paragraph into sentences. A sentence ends at . ? ! or … (with any closing quotes
 * or brackets) followed by space and a capital, a digit or an opening mark; not after an
 * abbreviation or initial, and not inside a quotation whose marks balance in the paragraph.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  const quoteAware = quotesBalance(text, start, end);
  let depth = 0;
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === STRAIGHT) depth = depth > 0 ? depth - 1 : depth + 1;
    const m = markAt(text, i);
    if (m !== 0) {
      depth = Math.max(0, depth + m);
      if (c === '`' || c === "'") i++;
      continue;
    }
    if (!TERMINAL.has(c)) continue;
    if (c === '.' && abbreviationEndsAt(text, i, start)) continue;

    let j = i + 1;
    while (j < end && (TERMINAL.has(text[j]!) || AFTER_TERMINAL.has(text[j]!))) {
      if (text[j] === STRAIGHT || markAt(text, j) < 0) depth = Math.max(0, depth - 1);
      j += text[j] === "'" && text[j + 1] === "'" ? 2 : 1;
    }
    let k = j;
    while (k < end && isSpaceLike(text.charCodeAt(k))) k++;
    const next = text[k];
    i = j - 1;
    if (k === j || k >= end || next === undefined) continue;
    if (!UPPER_OR_DIGIT.test(next) && !STARTERS.has(next)) continue;
    if (quoteAware && depth > 0) continue;
    sentences.push(trimSpan(text, sentenceStart, j));
    sentenceStart = k;
  }
  const last = trimSpan(text, sentenceStart, end);
  if (last.end > last.start) sentences.push(last);
  return sentences;
}
