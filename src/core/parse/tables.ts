import type { TextSpan } from '../model/span';
import type { Table } from '../model/story';
import { trimSpan } from '../text/whitespace';
import type { Block } from './blocks';
import { matchDateline } from './dateline';
import { wordCount } from './front';

/*
 * Agate: the results and price tables of wire copy (`Shr 1.07 dlrs vs 88 cts`, `Net 12.6 mln vs
 * 15.8 mln`, columns of figures aligned with runs of spaces). They are data, not sentences: the
 * story keeps them apart from its paragraphs, so that no prose rule reads them.
 */

/** Rows are short: a line of a table fits the wire's 69 columns, a few over for slips. */
const MAX_ROW = 90;
/** A label between rows (`Year`, `Nine mths`, `Pay April One`) is a few words at most. */
const MAX_LABEL_WORDS = 5;
/** A line of one figure and its label (`Net loss 186,000`, `Qtr ended Jan 31`). */
const MAX_FIGURE_WORDS = 8;
const MAX_VS_ROW_WORDS = 14;

/** A figure compared with another: `12 cts vs 9 cts`, `loss 2.1 mln vs profit 3.4 mln`, `six cts vs five cts`. */
const VS_ROW = /\S \bvs\.? \S/;
/** A gap between columns: two spaces or more, after a character that does not end a sentence. */
const COLUMN_GAP = /[^\s.!?:;,"”'’)] {2,}(?=\S)/g;
/** Agate spells out figures under ten: `Shr loss one ct`. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|nil)\b/i;
const SENTENCE_END = /[.!?:;,"”’]$/;

/** Whether the line holds at least three columns: two gaps of spaces between them. */
export function isColumnLine(text: string, start: number, end: number): boolean {
  const gap = text.indexOf('  ', start);
  if (gap < 0 || gap >= end) return false;
  const line = text.slice(start, end);
  COLUMN_GAP.lastIndex = 0;
  return COLUMN_GAP.exec(line) !== null && COLUMN_GAP.exec(line) !== null;
}

/**
 * What a line is to a table: a row (figures compared with `vs`, or columns), a figure with its
 * label, a label, or none of these. `line` is the text of the span, its breaks made spaces when
 * it runs over several lines.
 */
function lineRole(text: string, start: number, end: number, line = text.slice(start, end)): Role {
  if (line.length > MAX_ROW || SENTENCE_END.test(line)) return 'prose';
  if (isColumnLine(text, start, end)) return 'rows';
  const words = wordCount(line);
  if (VS_ROW.test(line) && words <= MAX_VS_ROW_WORDS) return 'rows';
  if (FIGURE.test(line) && words <= MAX_FIGURE_WORDS) return 'figures';
  return words <= MAX_LABEL_WORDS ? 'label' : 'prose';
}

type Role = 'rows' | 'figures' | 'label' | 'prose';

/** What a block is to a table: a label or a figure when it is one line, rows when every line is one. */
function roleOf(text: string, block: Block): Role {
  if (block.kind !== 'text' || matchDateline(text, block.start, block.end) !== null) return 'prose';
  if (block.lines.length === 1) return lineRole(text, block.lines[0]!.content.start, block.lines[0]!.content.end);
  if (block.lines.every((l) => lineRole(text, l.content.start, l.content.end) === 'rows')) return 'rows';
  // A row the wire wrapped (`Final div 1.38 dlrs vs⏎1.65 dlrs`) is read whole; a label never wraps.
  const role = lineRole(text, block.start, block.end, text.slice(block.start, block.end).replace(/\s+/g, ' '));
  return role === 'rows' || role === 'figures' ? role : 'prose';
}

/** A caption says what the table under it holds (`Qtr ended Jan 31`): a few words, no sentence. */
const MAX_CAPTION_WORDS = 8;

/** The caption in the block just before a table, after the dateline when the block opens with one. */
function captionOf(text: string, block: Block): TextSpan | null {
  if (block.kind !== 'text') return null;
  const from = matchDateline(text, block.start, block.end)?.end ?? block.start;
  const words = trimSpan(text, from, block.end);
  const caption = text.slice(words.start, words.end);
  return caption !== '' && !SENTENCE_END.test(caption) && wordCount(caption) <= MAX_CAPTION_WORDS ? { ...words, text: caption } : null;
}

/**
 * The tables among a story's body blocks, and the blocks that remain prose. A table is a run of
 * blocks of rows, figures and labels with a block of rows or two of figures in it. Labels do not
 * open a table, nor close one the body goes on after (`Year` between rows joins, a subhead
 * after a table stays a subhead; `Pay April One` at the end joins).
 */
export function tablesOf(text: string, body: readonly Block[]): { prose: Block[]; tables: Table[] } {
  const roles = body.map((b) => roleOf(text, b));
  const prose: Block[] = [];
  const tables: Table[] = [];
  let i = 0;
  while (i < body.length) {
    if (roles[i] === 'prose' || roles[i] === 'label') {
      prose.push(body[i++]!);
      continue;
    }
    let end = i;
    while (end < body.length && roles[end] !== 'prose') end++;
    let last = end;
    if (end < body.length) while (roles[last - 1] === 'label') last--;
    const run = body.slice(i, last);
    const rows = roles.slice(i, last);
    if (rows.includes('rows') || rows.filter((r) => r === 'figures').length >= 2) {
      const before = body[i - 1];
      tables.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        rows: run.flatMap((b) => b.lines.map((l) => ({ start: l.content.start, end: l.content.end }))),
        caption: before && roles[i - 1] !== 'label' ? captionOf(text, before) : null,
      });
    } else {
      prose.push(...run);
    }
    for (let k = last; k < end; k++) prose.push(body[k]!);
    i = end;
  }
  return { prose, tables };
}
