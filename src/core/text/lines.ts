import type { Span } from '../model/span';
import { CharScan, charSet } from './charScan';

/** A line without its terminator. */
export interface Line extends Span {
  /** Offset after the line terminator (the next line's start). */
  next: number;
}

const BREAK = charSet('\n\r');

/**
 * Calls `each` with every line, split at \n, \r\n and lone \r, in one pass and without building
 * the lines; from `from` (a line start) up to `to`.
 */
export function forEachLine(text: string, each: (start: number, end: number, next: number) => void, from: number, to: number): void {
  let start = from;
  let any = false;
  const breaks = new CharScan(BREAK, text, from, to);
  for (let i = breaks.next(from); i < to; i = breaks.next(start)) {
    const next = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    each(start, i, next);
    any = true;
    start = next;
  }
  if (start < to || !any) each(start, to, to);
}
