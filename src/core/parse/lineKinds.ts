import type { Span } from '../model/span';
import type { Line } from '../text/lines';
import type { Ends } from '../text/unchangedEnds';
import { isTrimSpace, trimSpan } from '../text/whitespace';
import { isAnpaNote, isEndMarker, isRuleLine, isWireHeader, isWireTrailer } from './wireLines';

/**
 * - text: prose (headline, paragraph or subhead material)
 * - note: an ANPA `^...<` line (may hold the headline or byline)
 * - header: a wire header line, which opens a story (an item's routing line of ENQ
 *   characters and desk letters too)
 * - wire: a trailer, time stamp or any line between SOH and STX
 * - rule: a `___` section separator
 * - end: an end-of-story marker
 */
export type LineKind = 'blank' | 'text' | 'note' | 'header' | 'wire' | 'rule' | 'end';

export interface KindedLine extends Line {
  kind: LineKind;
  /** The line without surrounding whitespace and control characters. */
  content: Span;
  /** How many lines this stands for: blank lines in a row without control characters are one. */
  count: number;
  /** Wire control characters on the line. */
  soh: boolean;
  stx: boolean;
  etx: boolean;
}

/** Long lines are prose; the recognisers only look at short ones. */
const MAX_MARKUP_LINE = 200;
/** The longest end marker that opens with a capital: `ENDITEM`. */
const MAX_CAPITAL_MARKER = 7;
/** The longest trailer that opens with a small letter: slashed initials such as `abcde-abcde/abcde/abcde/abcde`. */
const MAX_SMALL_TRAILER = 29;

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** A digit where an IPTC header's sequence number may start, after two to six letters and a space. */
function digitNearStart(text: string, start: number, end: number): boolean {
  for (let i = start + 2; i < end && i <= start + 7; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether any recogniser could match: what their patterns require of the first and last
 * characters. Most lines are prose that opens with a letter, and the patterns cost far more
 * than these tests; a line that passes is still decided by the patterns alone.
 */
function mayBeMarkup(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const length = end - start;
  if (isAsciiUpper(first)) {
    const last = text.charCodeAt(end - 1);
    // An end marker; an ANPA trailer's zone or `<`; an IPTC header; AAP's initials.
    return length <= MAX_CAPITAL_MARKER || last === 0x54 || last === 0x43 || last === 0x3c || digitNearStart(text, start, end) || text.startsWith('AAP ', start);
  }
  if (isAsciiLower(first)) {
    const second = text.charCodeAt(start + 1);
    // Initials; an ANPA story number or header; an IPTC header.
    return length <= MAX_SMALL_TRAILER || isAsciiDigit(second) || isTrimSpace(second) || digitNearStart(text, start, end);
  }
  // ( = - # _ ^ and digits open the other markers; nothing else does.
  return isAsciiDigit(first) || first === 0x28 || first === 0x3d || first === 0x2d || first === 0x23 || first === 0x5f || first === 0x5e;
}

function kindOf(text: string, start: number, end: number): LineKind {
  if (start === end) return 'blank';
  if (end - start > MAX_MARKUP_LINE || !mayBeMarkup(text, start, end)) return 'text';
  const s = text.slice(start, end);
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

/** Line breaks other than \n and the wire control characters: rare, so a pattern finds them, not a test per character. */
const RARE_STOP = /[\r\x01-\x05]/g;

/**
 * Appends to `lines` every line from `start` (a line start: split at \n, \r\n and lone \r) with
 * its kind and the wire control characters on it, in one pass, up to the end of the text or a
 * line start where `stop` says to; returns where it stopped.
 */
function scanLines(text: string, start: number, lines: KindedLine[], stop: (at: number) => boolean): number {
  const n = text.length;
  const nextRare = (from: number): number => {
    RARE_STOP.lastIndex = from;
    return RARE_STOP.test(text) ? RARE_STOP.lastIndex - 1 : n;
  };
  // The next \n and the next rare stop at or after the scan (n when there is none): each is searched for once.
  let newline = -1;
  let rare = nextRare(start);
  do {
    if (newline < start) {
      newline = text.indexOf('\n', start);
      if (newline < 0) newline = n;
    }
    let soh = false;
    let stx = false;
    let etx = false;
    let enq = false;
    let end = newline;
    for (; rare < newline; rare = nextRare(rare + 1)) {
      const c = text.charCodeAt(rare);
      if (c === 13) {
        end = rare;
        break;
      }
      if (c === SOH) soh = true;
      else if (c === STX) stx = true;
      else if (c === ETX || c === EOT) etx = true;
      // ENQ: the routing line before an item's header, its desk letters no prose.
      else enq = true;
    }
    const next = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end < n ? end + 1 : end;
    if (rare < next) rare = nextRare(next);
    const content = trimSpan(text, start, end);
    const kind = enq ? 'header' : kindOf(text, content.start, content.end);
    const last = lines[lines.length - 1];
    if (kind === 'blank' && !soh && !stx && !etx && last?.kind === 'blank' && !last.soh && !last.stx && !last.etx) {
      // A page of blank lines is one object, not thousands: only their number matters (in a wire header).
      last.end = end;
      last.next = next;
      last.content = content;
      last.count++;
    } else {
      // One literal of one shape per line: spreading objects here cost more than the rest of the parse.
      lines.push({ start, end, next, content, kind, count: 1, soh, stx, etx });
    }
    start = next;
  } while (start < n && !stop(start));
  return start;
}

/** Every line of a text with its kind. */
export function kindLines(text: string): KindedLine[] {
  const lines: KindedLine[] = [];
  scanLines(text, 0, lines, () => false);
  return lines;
}

/** A line `delta` characters later (earlier when negative). */
export function movedLine(l: KindedLine, delta: number): KindedLine {
  const content = { start: l.content.start + delta, end: l.content.end + delta };
  return { start: l.start + delta, end: l.end + delta, next: l.next + delta, content, kind: l.kind, count: l.count, soh: l.soh, stx: l.stx, etx: l.etx };
}

/**
 * The lines of `text`, an edit of `before` whose lines were `old` (as kindLines gave them): the
 * lines the edit left alone are taken from `old` (moved when after it), the others read. A
 * line's kind depends on its own characters alone, but a run of blank lines may reach into the
 * edit, so the lines taken at either side of it end and start with one that is not blank.
 */
export function kindLinesAfterEdit(text: string, before: string, old: readonly KindedLine[], { prefix, suffix }: Ends): KindedLine[] {
  let kept = 0;
  while (kept < old.length && old[kept]!.next < prefix) kept++;
  while (kept > 0 && old[kept - 1]!.kind === 'blank') kept--;
  const lines = old.slice(0, kept);
  const delta = text.length - before.length;
  const unchanged = text.length - suffix;
  let k = kept;
  // Stops at a line in the unchanged end where an old line, not blank, started.
  const stop = (at: number): boolean => {
    if (at < unchanged) return false;
    while (k < old.length && old[k]!.start < at - delta) k++;
    return k < old.length && old[k]!.start === at - delta && old[k]!.kind !== 'blank';
  };
  const end = scanLines(text, kept > 0 ? old[kept - 1]!.next : 0, lines, stop);
  if (end < text.length) for (; k < old.length; k++) lines.push(movedLine(old[k]!, delta));
  return lines;
}
