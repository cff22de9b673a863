import type { Span } from '../model/span';
import { isIndented } from '../text/whitespace';
import { matchDateline } from './dateline';
import type { KindedLine } from './lineKinds';
import { isColumnLine } from './tables';

/**
 * A unit of the story between separators: a paragraph-like run of text lines, an ANPA note
 * line, or a section rule. Wire, header, end and blank lines separate blocks.
 */
export interface Block extends Span {
  kind: 'text' | 'note' | 'rule';
  lines: KindedLine[];
}

/** Lines longer than this were not hard-wrapped: each is a paragraph of its own. */
const WRAP_WIDTH = 100;

function blockOf(kind: Block['kind'], lines: KindedLine[]): Block {
  return { kind, lines, start: lines[0]!.content.start, end: lines[lines.length - 1]!.content.end };
}

/** Where a line ends a sentence, or a quotation or bracket that closes one. */
const SENTENCE_END = /[.!?:;"”'’)\]]$/;

/**
 * Whether `line` goes on with `prev` among lines that are each a paragraph: both short, `prev`
 * ending mid-sentence and `line` opening on a small letter or a figure. A note hard-wrapped into
 * copy whose paragraphs are long lines (`Editor's note: ... was an adviser⏎to the committee`).
 */
function wrappedOn(text: string, prev: KindedLine, line: KindedLine): boolean {
  if (prev.end - prev.start > WRAP_WIDTH || line.end - line.start > WRAP_WIDTH) return false;
  const first = text.charCodeAt(line.content.start);
  const opensLow = (first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39);
  return opensLow && !SENTENCE_END.test(text.slice(prev.content.end - 1, prev.content.end));
}

/**
 * Splits the run of text lines `lines[from..to)` into paragraphs: at indents, at a dateline, or
 * line by line when not wrapped; a line of columns stands alone, as tables are not wrapped
 * prose. Each paragraph's lines are sliced once, at its exact size.
 */
function paragraphsOf(text: string, lines: KindedLine[], from: number, to: number, out: Block[]): void {
  if (to <= from) return;
  let unwrapped = false;
  if (to - from > 1) for (let i = from; i < to && !unwrapped; i++) unwrapped = lines[i]!.end - lines[i]!.start > WRAP_WIDTH;
  let first = from;
  let columns = isColumnLine(text, lines[from]!.content.start, lines[from]!.content.end);
  for (let i = from + 1; i < to; i++) {
    const line = lines[i]!;
    const wasColumns = columns;
    columns = isColumnLine(text, line.content.start, line.content.end);
    const split = (unwrapped && !wrappedOn(text, lines[i - 1]!, line)) || columns || wasColumns;
    if (split || isIndented(text, line.start, line.end) || matchDateline(text, line.content.start, line.content.end) !== null) {
      out.push(blockOf('text', lines.slice(first, i)));
      first = i;
    }
  }
  out.push(blockOf('text', lines.slice(first, to)));
}

export function blocksOf(text: string, lines: KindedLine[]): Block[] {
  const out: Block[] = [];
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'text') continue;
    paragraphsOf(text, lines, run, i, out);
    run = i + 1;
    if (line.kind === 'note' || line.kind === 'rule') out.push(blockOf(line.kind, [line]));
  }
  paragraphsOf(text, lines, run, lines.length, out);
  return out;
}
