/** [A-Za-z] by code: the cues and roles looked up are ASCII words. */
export const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

const keyOf = (length: number, first: number): number => length * 0x80 + first;

/**
 * Whether `text` from `start` to `end` is one of `words`. The words are grouped by length and
 * first code unit, so that a word of the copy is compared in place with the few that could be
 * it, not sliced out.
 */
export function wordLookup(words: Iterable<string>): (text: string, start: number, end: number) => boolean {
  const byKey: (string[] | undefined)[] = [];
  let longest = 0;
  for (const word of words) {
    (byKey[keyOf(word.length, word.charCodeAt(0))] ??= []).push(word);
    longest = Math.max(longest, word.length);
  }
  return (text, start, end) => {
    if (end - start > longest) return false;
    const candidates = byKey[keyOf(end - start, text.charCodeAt(start))];
    if (candidates === undefined) return false;
    for (const word of candidates) if (text.startsWith(word, start)) return true;
    return false;
  };
}
