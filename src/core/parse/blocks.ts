import type { Span } from '../model/span';
import { isIndented } from '../text/whitespace';
import { matchDateline } from './dateline';
import type { KindedLine } from './lineKinds';

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

/** Splits a run of text lines into paragraphs: at indents, at a dateline, or line by line when not wrapped. */
function paragraphsOf(text: string, run: KindedLine[], out: Block[]): void {
  const unwrapped = run.length > 1 && run.some((l) => l.end - l.start > WRAP_WIDTH);
  let current: KindedLine[] = [];
  for (const line of run) {
    const opens =
      current.length > 0 &&
      (unwrapped || isIndented(text, line.start, line.end) || matchDateline(text, line.content.start, line.content.end) !== null);
    if (opens) {
      out.push(blockOf('text', current));
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) out.push(blockOf('text', current));
}

export function blocksOf(text: string, lines: KindedLine[]): Block[] {
  const out: Block[] = [];
  let run: KindedLine[] = [];
  const endRun = (): void => {
    if (run.length > 0) paragraphsOf(text, run, out);
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'text') {
      run.push(line);
      continue;
    }
    endRun();
    if (line.kind === 'note' || line.kind === 'rule') out.push(blockOf(line.kind, [line]));
  }
  endRun();
  return out;
}
