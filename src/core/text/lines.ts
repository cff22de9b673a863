import type { Span } from '../model/span';

/** A line without its terminator. */
export interface Line extends Span {
  /** Offset after the line terminator (the next line's start). */
  next: number;
}

/** Splits at \n, \r\n and lone \r, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length });
  return lines;
}
