import type { KindedLine } from './lineKinds';

/** The lines of one story, in order. */
export type StoryLines = KindedLine[];

/** A wire header (SOH to STX) rarely runs longer; past this, a missing STX is assumed. */
const MAX_HEADER_LINES = 8;

function hasProse(lines: StoryLines): boolean {
  return lines.some((l) => l.kind === 'text' || l.kind === 'note');
}

/**
 * Splits a document, given as its lines (from kindLines), into stories at wire control
 * characters, end markers and wire headers. Lines that carry no prose (a trailer after ETX, a
 * time stamp) stay with the story before. The lines are not changed: a line read as part of a
 * wire header is replaced by a copy of the kind `wire`, as the same lines may be split again
 * after an edit.
 */
export function splitStories(lines: readonly KindedLine[]): StoryLines[] {
  const segments: StoryLines[] = [];
  let current: StoryLines = [];
  let prose = false;
  let closed = false;
  let headerLines = -1;

  const flush = (): void => {
    if (current.length > 0) segments.push(current);
    current = [];
    prose = false;
    closed = false;
  };

  for (let line of lines) {
    if (line.soh) {
      if (prose || closed) flush();
      headerLines = 0;
    } else if (line.kind === 'header' && (prose || closed)) {
      flush();
    } else if (closed && (line.kind === 'text' || line.kind === 'note' || line.kind === 'rule')) {
      flush();
    }

    if (line.stx) headerLines = -1;
    else if (headerLines >= 0) {
      // Between SOH and STX every line is header.
      headerLines += line.count;
      if (headerLines > MAX_HEADER_LINES) headerLines = -1;
      else if (line.kind !== 'blank' && line.kind !== 'header' && line.kind !== 'wire') line = { ...line, kind: 'wire' };
    }

    current.push(line);
    if (line.kind === 'text' || line.kind === 'note') prose = true;
    if (line.etx || line.kind === 'end') closed = true;
  }
  flush();
  return mergeProseless(segments);
}

function append(to: StoryLines, lines: StoryLines): void {
  for (const line of lines) to.push(line);
}

function mergeProseless(segments: StoryLines[]): StoryLines[] {
  const out: StoryLines[] = [];
  let pending: StoryLines = [];
  for (const seg of segments) {
    // Appended line by line: spreading a long segment into push() passes every line as an argument.
    if (hasProse(seg)) {
      out.push(pending.length > 0 ? pending.concat(seg) : seg);
      pending = [];
    } else if (out.length > 0) {
      append(out[out.length - 1]!, seg);
    } else {
      append(pending, seg);
    }
  }
  // A document of blank lines only (an empty file) holds no story at all.
  if (pending.some((l) => l.kind !== 'blank')) out.push(pending);
  return out;
}
