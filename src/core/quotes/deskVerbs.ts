import type { Span } from '../model/span';
import type { Attribution } from './attribution';
import { SOURCE } from './sources';

/**
 * Attribution by the desk's own speech verbs (style file `speechVerbs`, "quipped"). The verbs
 * are data: the patterns below take any lower-case word in the cue's place, and the word is
 * then looked up in the desk's list; nothing from the file is compiled into a pattern.
 */
const WORD = '(\\p{Ll}[\\p{Ll}\\-]{1,30})(?![\\p{L}])';
const AFTER = new RegExp(`^[\\s,;:—–\\-]*(${SOURCE})\\s+${WORD}`, 'du');
const BEFORE = new RegExp(`(?<![\\p{L}])(${SOURCE})\\s+${WORD}`, 'dgu');
/** As for the built-in cues, only the words near a quotation speak for it. */
const WINDOW = 160;

const spanOf = (from: number, m: RegExpExecArray, group: number): Span => ({ start: from + m.indices![group]![0], end: from + m.indices![group]![1] });

/** Whether the span holds one of the verbs as a word: the patterns run only then. */
function mentionsVerb(segment: string, verbs: ReadonlySet<string>): boolean {
  return segment.split(/[^\p{L}\-]+/u).some((w) => verbs.has(w));
}

export function deskAttribution(text: string, quote: Span, from: number, to: number, verbs: ReadonlySet<string>): Attribution | null {
  if (verbs.size === 0) return null;
  const after = text.slice(quote.end, Math.min(to, quote.end + WINDOW));
  if (mentionsVerb(after, verbs)) {
    const m = AFTER.exec(after);
    if (m && verbs.has(m[2]!)) return { source: spanOf(quote.end, m, 1), cue: spanOf(quote.end, m, 2) };
  }
  const start = Math.max(from, quote.start - WINDOW);
  const before = text.slice(start, quote.start);
  if (!mentionsVerb(before, verbs)) return null;
  let found: Attribution | null = null;
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(before); m; m = BEFORE.exec(before)) {
    if (verbs.has(m[2]!)) found = { source: spanOf(start, m, 1), cue: spanOf(start, m, 2) };
  }
  return found;
}
