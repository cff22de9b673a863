import type { Span } from '../model/span';
import { forEachLine, type Line } from '../text/lines';
import { trimSpan } from '../text/whitespace';
import { isAnpaNote, isEndMarker, isRuleLine, isWireHeader, isWireTrailer } from './wireLines';

/**
 * - text: prose (headline, paragraph or subhead material)
 * - note: an ANPA `^...<` line (may hold the headline or byline)
 * - header: a wire header line, which opens a story
 * - wire: a trailer, time stamp or any line between SOH and STX
 * - rule: a `___` section separator
 * - end: an end-of-story marker
 */
export type LineKind = 'blank' | 'text' | 'note' | 'header' | 'wire' | 'rule' | 'end';

export interface KindedLine extends Line {
  kind: LineKind;
  /** The line without surrounding whitespace and control characters. */
  content: Span;
  /** Wire control characters on the line. */
  soh: boolean;
  stx: boolean;
  etx: boolean;
}

/** Long lines are prose; the recognisers only look at short ones. */
const MAX_MARKUP_LINE = 200;

function kindOf(text: string, content: Span): LineKind {
  if (content.start === content.end) return 'blank';
  if (content.end - content.start > MAX_MARKUP_LINE) return 'text';
  const s = text.slice(content.start, content.end);
  if (isEndMarker(s)) return 'end';
  if (isRuleLine(s)) return 'rule';
  if (isWireHeader(s)) return 'header';
  if (isWireTrailer(s)) return 'wire';
  if (isAnpaNote(s)) return 'note';
  return 'text';
}

const SOH = 1;
const STX = 2;
const ETX = 3;
const EOT = 4;

/** Every line with its kind and the wire control characters on it. */
export function kindLines(text: string): KindedLine[] {
  const lines: KindedLine[] = [];
  forEachLine(text, (start, end, next) => {
    const content = trimSpan(text, start, end);
    let soh = false;
    let stx = false;
    let etx = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c > EOT) continue;
      if (c === SOH) soh = true;
      else if (c === STX) stx = true;
      else if (c === ETX || c === EOT) etx = true;
    }
    // One literal of one shape per line, with no Line object in between: spreading objects here cost more than the rest of the parse.
    lines.push({ start, end, next, content, kind: kindOf(text, content), soh, stx, etx });
  });
  return lines;
}
