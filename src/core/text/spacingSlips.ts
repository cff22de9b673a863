import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { codeTable, INLINE_SPACES, isBreakCode, isDigitCode, isInlineSpace, isLetterCode, isLetterOrDigitCode, isLowerCode, isUpperCode } from './characters';
import { charClass, CharScan, type ScanSet } from './charScan';
import { proseBlocks } from './proseBlocks';
import { runCache } from './runCache';
import { isBlankLine, isMarginSpace, leadingSpace, storyLines, trailingSpace } from './storyLines';
import { isIndented } from './whitespace';

/**
 * A spacing slip in a story: whitespace at a line's edge (a margin), spaces before a
 * punctuation mark or doubled between words, or no space after a sentence's end. The spacing
 * rule reports each; invisible-character leaves alone the special spaces inside the whitespace
 * ones, which spacing reports whole, so that no character is reported twice.
 */
export type Slip =
  | (Span & { kind: 'margin'; where: 'empty line' | 'start' | 'end' })
  | (Span & { kind: 'before mark'; mark: string; glued: boolean })
  | (Span & { kind: 'doubled' })
  | (Span & { kind: 'no space after' });

type Margin = Slip & { kind: 'margin' };

// The scans read much of the prose: they test character codes, never one-character strings.
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

/** Whether `text[start..end)` holds only the given codes (and is not empty). */
function onlyOf(text: string, start: number, end: number, a: number, b: number, c: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== a && code !== b && code !== c) return false;
  }
  return end > start;
}

const NONE: readonly Margin[] = [];

/** A plain space or tab: whitespace holding one is a spacing slip, not only an invisible character. */
function holdsPlainSpace(text: string, { start, end }: Span): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB) return true;
  }
  return false;
}

/**
 * The whitespace at a line's edges that is a spacing slip: a whole line of whitespace, or the
 * whitespace that opens or closes a line of text, when it holds a plain space or tab. A paragraph
 * indent (a tab, two spaces or more) is layout, not a slip, and so is any whitespace around a
 * dateline that opens or ends its line: the wire's layout, not prose. Edge whitespace made only
 * of special and zero-width spaces is invisible-character's, which names each one.
 */
function marginsOf(text: string, line: Span, dateline: Span | null): readonly Margin[] {
  if (line.end === line.start) return NONE;
  if (isBlankLine(text, line)) {
    // A control character makes it a wire format's line: left alone.
    const margin = leadingSpace(text, line);
    return margin.end === line.end && holdsPlainSpace(text, line) ? [{ kind: 'margin', start: line.start, end: line.end, where: 'empty line' }] : NONE;
  }
  let out: Margin[] | null = null;
  const lead = leadingSpace(text, line);
  const indent = (isIndented(text, line.start, line.end) && onlyOf(text, lead.start, lead.end, SPACE, TAB, TAB)) || lead.end === dateline?.start;
  if (holdsPlainSpace(text, lead) && !indent) out = [{ kind: 'margin', ...lead, where: 'start' }];
  const trail = trailingSpace(text, line);
  if (holdsPlainSpace(text, trail) && trail.start !== dateline?.end) (out ??= []).push({ kind: 'margin', ...trail, where: 'end' });
  return out ?? NONE;
}

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

/**
 * Whether a run of spaces lies in a line's edge whitespace (zero-width spaces count): that is a
 * margin, judged line by line, never also a slip inside the line. No run holds a line break.
 */
function atLineEdge(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && isMarginSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0 || isLineBreak(text.charCodeAt(i - 1))) return true;
  let k = end;
  while (k < text.length && isMarginSpace(text.charCodeAt(k))) k++;
  return k >= text.length || isLineBreak(text.charCodeAt(k));
}

/**
 * Where the scan stops: a sentence's end, and an inline space followed by another or by a mark.
 * So a run of spaces is met at its start, unless it is one space before anything but a mark, by
 * far the most common run, which is never reported.
 */
export const SLIP_STOPS: ScanSet = {
  pattern: new RegExp(`[.?!]|${charClass(INLINE_SPACES)}(?=${charClass(`${INLINE_SPACES},.;:?!`)})`, 'g'),
  chars: codeTable(`${INLINE_SPACES}.?!`),
  around: (text, i, end) => {
    if (isSentenceEnd(text.charCodeAt(i))) return true;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
    return isInlineSpace(next) || isBeforePunctuation(next);
  },
};

function innerSlips(text: string, block: Span, line: CurrentLine, slips: Slip[], stops: CharScan): void {
  for (let i = stops.next(block.start); i < block.end; i = stops.next(i + 1)) {
    const code = text.charCodeAt(i);
    if (isSentenceEnd(code)) {
      if (missingSpaceAfter(text, i, block)) {
        slips.push({ kind: 'no space after', start: i, end: i + 2 });
      }
      continue;
    }
    let j = i;
    while (j < block.end && isInlineSpace(text.charCodeAt(j))) j++;
    const start = i;
    i = j - 1;
    const next = text.charCodeAt(j);
    // One space before a word, by far the most common run, is never reported (the scan passes it, but at a block's end).
    if (j - start === 1 && !isBeforePunctuation(next)) continue;
    if (atLineEdge(text, start, j)) continue;
    const after = text.charCodeAt(j + 1);
    const before = text.charCodeAt(start - 1);
    // A space before an ellipsis (` ...`, `. . .`), a decimal (` .45`) or an emoticon is not before
    // punctuation; nor is one after punctuation.
    const special =
      (next === FULL_STOP && (after === FULL_STOP || isDigitCode(after) || (after === SPACE && text.charCodeAt(j + 2) === FULL_STOP))) || (next === COLON && (isDigitCode(after) || after === 0x29 || after === 0x28 || Number.isNaN(after)));
    const beforeMark = isBeforePunctuation(next) && !special && !(isBeforePunctuation(before) || before === 0x2026);
    const doubled = !beforeMark && j - start >= 2 && onlyOf(text, start, j, SPACE, TAB, NO_BREAK);
    if (!beforeMark && !doubled) continue;
    // Columns are aligned on purpose: nothing between them is a typing slip. Asked last, as it reads the whole line.
    moveTo(text, start, line);
    if (line.tabular) continue;
    slips.push(beforeMark ? { kind: 'before mark', start, end: j, mark: text[j]!, glued: isLetterOrDigitCode(after) } : { kind: 'doubled', start, end: j });
  }
}

/** The slips already found, by story: spacing and invisible-character read them alike. */
const cache = runCache<Story, { text: string; slips: readonly Slip[] }>();

/** A story's spacing slips: the margins line by line, then the slips inside its prose. */
export function spacingSlips(text: string, story: Story): readonly Slip[] {
  const known = cache.get(story);
  if (known?.text === text) return known.slips;
  const slips: Slip[] = [];
  for (const l of storyLines(text, story)) slips.push(...marginsOf(text, l, story.dateline));
  const line: CurrentLine = { start: -1, end: -1, tabular: false };
  const stops = new CharScan(SLIP_STOPS, text, story.start, story.end);
  for (const block of proseBlocks(text, story)) innerSlips(text, block, line, slips, stops);
  cache.set(story, { text, slips });
  return slips;
}
