/** A range of UTF-16 code units in the document text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers (kept for readers of the JSON contract). */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
