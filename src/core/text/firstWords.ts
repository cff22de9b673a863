import { isTrimSpace } from './whitespace';

/**
 * The first `count` words of a span, split at white space (JavaScript's `\s`) and joined by one
 * space, with `…` when more follow: how an editor names a paragraph or passage. Only the words
 * shown are read, a character at a time, as every paragraph of a basket may be named.
 */
export function firstWords(text: string, start: number, end: number, count: number): string {
  let i = start;
  const shown: string[] = [];
  while (shown.length <= count) {
    while (i < end && isTrimSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isTrimSpace(text.charCodeAt(i))) i++;
    shown.push(text.slice(from, i));
  }
  return shown.length <= count ? shown.join(' ') : `${shown.slice(0, count).join(' ')}…`;
}
