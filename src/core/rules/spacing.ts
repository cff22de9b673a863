import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { isBreak, isDigit, isInlineSpace, isLetter, isLetterOrDigit, isLower, isUpper } from '../text/characters';
import { splitLines } from '../text/lines';
import { proseBlocks } from '../text/proseBlocks';
import { isBlankLine, leadingSpace, storyLines, trailingSpace } from '../text/storyLines';
import { isIndented } from '../text/whitespace';
import { oneFix } from './oneFix';

const BEFORE_PUNCTUATION = ',.;:?!';
const SENTENCE_END = '.?!';
/** A space just after these is not before punctuation; built once, as every run of spaces asks. */
const PUNCTUATION_BEFORE_SPACE = `${BEFORE_PUNCTUATION}…`;
/** `.`, `?`, `!` by code, so that the scan asks missingSpaceAfter only at a sentence's end. */
const isSentenceEnd = (code: number): boolean => code === 0x2e || code === 0x3f || code === 0x21;
/** `Contoso.Net`, `Booking.Com`: a company named after its web address. */
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'gov', 'edu', 'io', 'ai', 'co']);

const remove = ({ start, end }: Span, message: string, title: string): Report => oneFix({ start, end }, message, title, [{ start, end, text: '' }], true);

/** Whitespace at the edges of lines; a paragraph indent (a tab, two spaces or more) is layout, not a defect. */
function marginReports(text: string, line: Span): Report[] {
  if (line.end === line.start) return [];
  if (isBlankLine(text, line)) {
    for (let i = line.start; i < line.end; i++) if (!isInlineSpace(text.charCodeAt(i))) return [];
    return [remove(line, 'Whitespace on an empty line', 'Remove the whitespace')];
  }
  const reports: Report[] = [];
  const lead = leadingSpace(text, line);
  if (lead.end > lead.start && !(isIndented(text, line.start, line.end) && /^[ \t]+$/.test(text.slice(lead.start, lead.end)))) {
    reports.push(remove(lead, 'Whitespace at the start of the line', 'Remove the leading whitespace'));
  }
  const trail = trailingSpace(text, line);
  if (trail.end > trail.start) reports.push(remove(trail, 'Whitespace at the end of the line', 'Remove the trailing whitespace'));
  return reports;
}

/** Longer runs without a space are not words; bounding them keeps the scan linear. */
const MAX_WORD = 64;

/** The word (up to whitespace) that ends at `end`, or null when it is longer than a word. */
function wordBefore(text: string, end: number, floor: number): string | null {
  let i = end;
  while (i > floor && !isBreak(text[i - 1])) if (end - --i > MAX_WORD) return null;
  return text.slice(i, end);
}

/**
 * `said.The`: a sentence's closing mark glued to the next capital. Not initials and
 * abbreviations (`U.S.`, `Ph.D.`, `e.g.`), not names such as `ASP.NET`, not web addresses.
 */
function missingSpaceAfter(text: string, i: number, block: Span): boolean {
  const prev = text[i - 1];
  if (!SENTENCE_END.includes(text[i]!) || !isUpper(text[i + 1]) || !(isLower(prev) || isDigit(prev))) return false;
  const before = wordBefore(text, i, block.start);
  if (before === null || /[.@/:]/.test(before)) return false;
  let j = i + 1;
  while (j < block.end && isLetter(text[j])) j++;
  const after = text.slice(i + 1, j);
  if ('.@/'.includes(text[j] ?? ' ') && j < block.end) return false;
  return !/\p{Lu}/u.test(after.slice(1)) && !DOMAIN_ENDINGS.has(after.toLowerCase());
}

/**
 * Aligned columns (results, tables): two or more runs of three spaces or of tabs on one line.
 * Typing slips are mostly a doubled space, which this never excuses.
 */
function isTabular(text: string, line: Span): boolean {
  let runs = 0;
  for (let i = line.start; i < line.end; i++) {
    if (text[i] !== ' ' && text[i] !== '\t') continue;
    let j = i;
    while (j < line.end && (text[j] === ' ' || text[j] === '\t')) j++;
    const wide = j - i >= 3 || text.slice(i, j).includes('\t');
    if (wide && i > line.start && ++runs >= 2) return true;
    i = j;
  }
  return false;
}

function innerReports(text: string, block: Span, lineOf: (at: number) => Span, tabular: (line: Span) => boolean): Report[] {
  const reports: Report[] = [];
  for (let i = block.start; i < block.end; i++) {
    const code = text.charCodeAt(i);
    if (isSentenceEnd(code) && missingSpaceAfter(text, i, block)) {
      reports.push(oneFix({ start: i, end: i + 2 }, 'No space after the end of the sentence', 'Add a space', [{ start: i + 1, end: i + 1, text: ' ' }], true));
      continue;
    }
    if (!isInlineSpace(code)) continue;
    let j = i;
    while (j < block.end && isInlineSpace(text.charCodeAt(j))) j++;
    const run = { start: i, end: j };
    const line = lineOf(i);
    const atEdge = i === line.start || j >= line.end;
    const next = text[j]!;
    i = j - 1;
    // Columns are aligned on purpose: nothing between them is a typing slip.
    if (atEdge || tabular(line)) continue;
    // A space before an ellipsis (` ...`, `. . .`), a decimal (` .45`) or an emoticon is not before punctuation.
    const special = (next === '.' && (text[j + 1] === '.' || isDigit(text[j + 1]))) || (next === ':' && (isDigit(text[j + 1]) || ')('.includes(text[j + 1] ?? '')));
    const afterMark = PUNCTUATION_BEFORE_SPACE.includes(text[run.start - 1] ?? '');
    if (BEFORE_PUNCTUATION.includes(next) && !special && !afterMark) {
      // `word ,next`: the space sits on the wrong side of the mark; moving it fixes both at once.
      const glued = isLetterOrDigit(text[j + 1]);
      const edits = [{ ...run, text: '' }, ...(glued ? [{ start: j + 1, end: j + 1, text: ' ' }] : [])];
      reports.push(oneFix(run, `Space before "${next}"`, glued ? `Move the space after "${next}"` : 'Remove the space', edits, true));
    } else if (run.end - run.start >= 2 && /^[ \t\u00a0]+$/.test(text.slice(run.start, run.end))) {
      reports.push(oneFix(run, `${run.end - run.start} spaces between words`, 'Replace with one space', [{ ...run, text: ' ' }], true));
    }
  }
  return reports;
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description: 'Two spaces between words, a space before , . ; : ? !, no space after a sentence, whitespace at the start or end of a line.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
  },
  check({ text, stories }) {
    const lines = splitLines(text);
    let cursor = 0;
    // Blocks are visited in order, so the line of an offset is found by walking forward.
    const lineOf = (at: number): Span => {
      if (lines[cursor]!.start > at) cursor = 0;
      while (cursor < lines.length - 1 && lines[cursor]!.next <= at) cursor++;
      return lines[cursor]!;
    };
    // Each line is measured for columns once, however many runs of spaces it holds.
    const columns = new Map<number, boolean>();
    const tabular = (line: Span): boolean => columns.get(line.start) ?? columns.set(line.start, isTabular(text, line)).get(line.start)!;
    return stories.flatMap((story) => [
      ...storyLines(text, story).flatMap((line) => marginReports(text, line)),
      ...proseBlocks(story).flatMap((block) => innerReports(text, block, lineOf, tabular)),
    ]);
  },
};
