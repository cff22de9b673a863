import type { Span } from '../../model/span';

/** A word of a paragraph with its place in the text and the form compared across copies. */
export interface Word extends Span {
  norm: string;
}

/** Letters or digits, with apostrophes inside ("don't", "Russia’s"); hyphens and dashes split. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of `span`. */
export function wordsOf(text: string, span: Span): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = span.start;
  // Paragraphs end at a line end, so no word runs past `span.end`.
  for (let m = WORD.exec(text); m !== null && m.index < span.end; m = WORD.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase().replace(/[’ʼ]/g, "'") });
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
