import type { Span } from '../model/span';

/** A line without its terminator. */
export interface Line extends Span {
  /** Offset after the line terminator (the next line's start). */
  next: number;
}

/**
 * Calls `each` with every line, split at \n, \r\n and lone \r, in one pass and without building
 * the lines; from `from` (a line start) up to `to`.
 */
export function forEachLine(text: string, each: (start: number, end: number, next: number) => void, from: number, to: number): void {
  let start = from;
  let any = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      each(start, i, next);
      any = true;
      start = next;
      i = next - 1;
    }
  }
  if (start < to || !any) each(start, to, to);
}
