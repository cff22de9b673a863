import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { codeSet, INLINE_SPACES, isBreakCode, isDigitCode, isInlineSpace, isLetterCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from '../text/characters';
import { proseBlocks } from '../text/proseBlocks';
import { reportedMargins } from '../text/margins';
import { storyLines } from '../text/storyLines';
import { oneFix } from './oneFix';

// The scans read every character of the prose: they test character codes, never one-character strings.
const SPACE = 0x20;
const TAB = 9;
const NO_BREAK = 0xa0;
const FULL_STOP = 0x2e;
const COLON = 0x3a;

/** , . ; : ? ! */
const isBeforePunctuation = (code: number): boolean => code === 0x2c || code === FULL_STOP || code === 0x3b || code === COLON || code === 0x3f || code === 0x21;
/** `.`, `?`, `!`, so that the scan asks missingSpaceAfter only at a sentence's end. */
const isSentenceEnd = (code: number): boolean => code === FULL_STOP || code === 0x3f || code === 0x21;
const isLineBreak = (code: number): boolean => code === 10 || code === 13;
/** `Contoso.Net`, `Booking.Com`: a company named after its web address. */
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'gov', 'edu', 'io', 'ai', 'co']);

const remove = ({ start, end }: Span, message: string, title: string): Report => oneFix({ start, end }, message, title, [{ start, end, text: '' }], true);

/** Whether `text[start..end)` holds only the given codes (and is not empty). */
function onlyOf(text: string, start: number, end: number, a: number, b: number, c: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== a && code !== b && code !== c) return false;
  }
  return end > start;
}

const MARGIN_REPORTS = {
  'empty line': { message: 'Whitespace on an empty line', title: 'Remove the whitespace' },
  start: { message: 'Whitespace at the start of the line', title: 'Remove the leading whitespace' },
  end: { message: 'Whitespace at the end of the line', title: 'Remove the trailing whitespace' },
};

/** Longer runs without a space are not words; bounding them keeps the scan linear. */
const MAX_WORD = 64;

/** The word (up to whitespace) that ends at `end`, or null when it is longer than a word. */
function wordBefore(text: string, end: number, floor: number): string | null {
  let i = end;
  while (i > floor && !isBreakCode(text.charCodeAt(i - 1))) if (end - --i > MAX_WORD) return null;
  return text.slice(i, end);
}

/**
 * `said.The`: a sentence's closing mark glued to the next capital. Not initials and
 * abbreviations (`U.S.`, `Ph.D.`, `e.g.`), not names such as `ASP.NET`, not web addresses.
 */
function missingSpaceAfter(text: string, i: number, block: Span): boolean {
  const prev = text.charCodeAt(i - 1);
  if (!isUpperCode(text.charCodeAt(i + 1)) || !(isLowerCode(prev) || isDigitCode(prev))) return false;
  const before = wordBefore(text, i, block.start);
  if (before === null || /[.@/:]/.test(before)) return false;
  let j = i + 1;
  while (j < block.end && isLetterCode(text.charCodeAt(j))) j++;
  const after = text.slice(i + 1, j);
  const stop = text.charCodeAt(j);
  if ((stop === FULL_STOP || stop === 0x40 || stop === 0x2f) && j < block.end) return false;
  return !/\p{Lu}/u.test(after.slice(1)) && !DOMAIN_ENDINGS.has(after.toLowerCase());
}

/** The line around the scan and whether it is set in columns; found again only when the scan leaves it. */
interface CurrentLine extends Span {
  tabular: boolean;
}

/**
 * Aligned columns (results, tables): two or more runs of three spaces or of tabs on one line.
 * Typing slips are mostly a doubled space, which this never excuses. The line's end is found in
 * the same pass.
 */
function moveTo(text: string, at: number, line: CurrentLine): void {
  if (at >= line.start && at <= line.end) return;
  let start = at;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  let runs = 0;
  let i = start;
  for (; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (code !== SPACE && code !== TAB) continue;
    const from = i;
    let tab = false;
    for (; i < text.length && ((code = text.charCodeAt(i)) === SPACE || code === TAB); i++) tab ||= code === TAB;
    if ((i - from >= 3 || tab) && from > start) runs++;
    i--;
  }
  line.start = start;
  line.end = i;
  line.tabular = runs >= 2;
}

/** Inline spaces and sentence ends, the only characters the scan stops at: one table lookup, built from a literal (cheap at load). */
const isStop = codeSet(`${INLINE_SPACES}.?!`);

function innerReports(text: string, block: Span, line: CurrentLine, reports: Report[]): void {
  for (let i = block.start; i < block.end; i++) {
    const code = text.charCodeAt(i);
    if (!isStop(code)) continue;
    if (isSentenceEnd(code)) {
      if (missingSpaceAfter(text, i, block)) {
        reports.push(oneFix({ start: i, end: i + 2 }, 'No space after the end of the sentence', 'Add a space', [{ start: i + 1, end: i + 1, text: ' ' }], true));
      }
      continue;
    }
    let j = i;
    while (j < block.end && isInlineSpace(text.charCodeAt(j))) j++;
    const start = i;
    i = j - 1;
    const next = text.charCodeAt(j);
    // One space before a word, by far the most common run, is never reported.
    if (j - start === 1 && !isBeforePunctuation(next)) continue;
    // A run at a line's edge is marginReports' to judge; none holds a line break.
    if (start === 0 || isLineBreak(text.charCodeAt(start - 1)) || j >= text.length || isLineBreak(text.charCodeAt(j))) continue;
    const after = text.charCodeAt(j + 1);
    const before = text.charCodeAt(start - 1);
    // A space before an ellipsis (` ...`, `. . .`), a decimal (` .45`) or an emoticon is not before
    // punctuation; nor is one after punctuation.
    const special =
      (next === FULL_STOP && (after === FULL_STOP || isDigitCode(after))) || (next === COLON && (isDigitCode(after) || after === 0x29 || after === 0x28 || Number.isNaN(after)));
    const beforeMark = isBeforePunctuation(next) && !special && !(isBeforePunctuation(before) || before === 0x2026);
    const doubled = !beforeMark && j - start >= 2 && onlyOf(text, start, j, SPACE, TAB, NO_BREAK);
    if (!beforeMark && !doubled) continue;
    // Columns are aligned on purpose: nothing between them is a typing slip. Asked last, as it reads the whole line.
    moveTo(text, start, line);
    if (line.tabular) continue;
    const run = { start, end: j };
    if (beforeMark) {
      // `word ,next`: the space sits on the wrong side of the mark; moving it fixes both at once.
      const mark = text[j]!;
      const glued = isLetterOrDigitCode(after);
      const edits = glued ? [{ start, end: j, text: '' }, { start: j + 1, end: j + 1, text: ' ' }] : [{ start, end: j, text: '' }];
      reports.push(oneFix(run, `Space before "${mark}"`, glued ? `Move the space after "${mark}"` : 'Remove the space', edits, true));
    } else {
      reports.push(oneFix(run, `${j - start} spaces between words`, 'Replace with one space', [{ start, end: j, text: ' ' }], true));
    }
  }
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description: 'Two spaces between words, a space before , . ; : ? !, no space after a sentence, whitespace at the start or end of a line.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    const line: CurrentLine = { start: -1, end: -1, tabular: false };
    for (const story of stories) {
      for (const l of storyLines(text, story)) {
        for (const m of reportedMargins(text, l)) reports.push(remove(m, MARGIN_REPORTS[m.where].message, MARGIN_REPORTS[m.where].title));
      }
      for (const block of proseBlocks(story)) innerReports(text, block, line, reports);
    }
    return reports;
  },
};
