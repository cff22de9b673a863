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
