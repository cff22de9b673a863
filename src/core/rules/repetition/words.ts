import type { Span } from '../../model/span';

/** A word of a paragraph with its place in the text and the form compared across copies. */
export interface Word extends Span {
  norm: string;
}

/**
 * Letters or digits, with apostrophes inside ("don't", "Russia’s"); hyphens and dashes split:
 * the regex /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*\/u, scanned by hand because
 * every paragraph is read word by word and a match object per word was most of the cost.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per BMP code unit: 0 not yet asked, 1 a word character, 2 not; filled as characters are met. */
const bmpClass = new Uint8Array(0x10000);

/** The length (0, 1 or 2 code units) of the word character at i, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    // A lone surrogate is a code point of its own, never a letter.
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (bmpClass[c] === 0) bmpClass[c] = WORD_CHAR.test(text[i]!) ? 1 : 2;
  return bmpClass[c] === 1 ? 1 : 0;
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x02bc;

/** The words of `span`. */
export function wordsOf(text: string, span: Span): Word[] {
  const words: Word[] = [];
  let i = span.start;
  while (i < span.end) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      // Step over a whole surrogate pair, as the regex steps by code point.
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = i;
    let curly = false;
    // Paragraphs end at a line end, so no word runs past `span.end`.
    for (let n = first; n > 0; n = wordCharAt(text, i)) {
      if (n === 1 && text.charCodeAt(i) === 0x02bc) curly = true;
      i += n;
      const c = text.charCodeAt(i);
      if (isApostrophe(c) && wordCharAt(text, i + 1) > 0) {
        if (c !== 0x27) curly = true;
        i++;
      }
    }
    const lower = text.slice(start, i).toLowerCase();
    words.push({ start, end: i, norm: curly ? lower.replace(/[’ʼ]/g, "'") : lower });
  }
  return words;
}

/**
 * A paragraph's text as compared for exact duplicates: case, whitespace (no-break spaces
 * included), quote style and dashes do not count; words and other punctuation do.
 */
export function normalisedText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′ʼ`]/g, "'")
    .replace(/[“”„‟″«»]|''/g, '"')
    // Every dash, spaced or not, written as `--` or ANPA's ` _ `, is one dash; a hyphen stays.
    .replace(/[\s\u00a0]*(?:[‒–—―−]|--)[\s\u00a0]*|[\s\u00a0]+[-‐‑_][\s\u00a0]+/g, '—')
    .replace(/[\s\u00a0\u202f\u200b\ufeff]+/g, ' ')
    .trim();
}
