import type { Edit } from '../findings/finding';
import type { Report, Rule, RuleContext } from '../findings/rule';
import type { Story } from '../model/story';
import type { Span } from '../model/span';
import { isControl, isDigit, isInlineSpace, isLetter } from '../text/characters';
import { CharScan } from '../text/charScan';
import { codePoint, INVISIBLE_CHARS, invisibleAt, type Invisible } from '../text/invisibles';
import { spacingSlips } from '../text/spacingSlips';
import { storyLines } from '../text/storyLines';
import { oneFix } from './oneFix';

const NO_BREAK = new Set([0xa0, 0x202f, 0x2007, 0x2009, 0x200a]);
const CURRENCY = '$€£¥₽₹№';

/**
 * A no-break or thin space where typography wants one: inside a number (`10 000`), between a
 * number and its unit (`5 km`, `20 %`), after a currency sign, inside French guillemets.
 */
function typographicSpace(prev: string | undefined, next: string | undefined): boolean {
  if (isDigit(prev) && (isDigit(next) || isLetter(next) || next === '%')) return true;
  if (prev !== undefined && CURRENCY.includes(prev) && isDigit(next)) return true;
  return prev === '«' || (next !== undefined && '»;:?!'.includes(next));
}

const beyondLatin = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) > 0x24f && !isInlineSpace(c.charCodeAt(0));
const rightToLeft = (c: string | undefined): boolean => {
  const code = c?.charCodeAt(0) ?? 0;
  return (code >= 0x590 && code <= 0x8ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
};

/** Characters that are invisible by design in some scripts: joiners in Persian, Indic and emoji, marks in right-to-left text. */
function meaningful(code: number, prev: string | undefined, next: string | undefined): boolean {
  if (code === 0x200c || code === 0x200d) return beyondLatin(prev) || beyondLatin(next);
  if (code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return rightToLeft(prev) || rightToLeft(next);
  }
  if (code === 0x3000) return beyondLatin(prev) || beyondLatin(next);
  return NO_BREAK.has(code) && typographicSpace(prev, next);
}

/**
 * The whitespace the spacing rule reports in a story, by start: it reports each run whole, so
 * the special spaces inside are not reported again here (unless spacing is turned off).
 */
function spacedOf({ text, config }: RuleContext, story: Story): readonly Span[] {
  if (config.rules['spacing'] === 'off') return [];
  return spacingSlips(text, story)
    .filter((s) => s.kind !== 'no space after')
    .sort((a, b) => a.start - b.start);
}

/** Whether one of the spans, sorted and apart, holds `at`. */
function covered(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > at;
}

/** Whether the run of spaces from `at` holds a plain space or tab, which stays when the special ones go. */
function runHoldsPlainSpace(text: string, at: number, end: number): boolean {
  for (let i = at; i < end && isInlineSpace(text.charCodeAt(i)); i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 9) return true;
  }
  return false;
}

function fixOf(at: number, char: Invisible, code: number, alone: boolean, between: boolean): { title: string; edit: Edit } {
  // Between two spaces it goes with one of them, so that removing it leaves no double space.
  const remove = { title: `Remove the ${char.name}`, edit: { start: at, end: at + (between ? 2 : 1), text: '' } };
  // A space-like character between two words stands for a space, the first of a run of special
  // spaces for the run; at a line's edge, beside a plain space or after another it only adds one.
  if ((char.kind === 'space' || isControl(code)) && alone) return { title: 'Replace with a normal space', edit: { start: at, end: at + 1, text: ' ' } };
  return remove;
}

export const invisibleCharacter: Rule = {
  meta: {
    id: 'invisible-character',
    description: 'No-break spaces where a normal space belongs, zero-width characters, soft hyphens, byte-order marks and control characters inside the prose.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check(context) {
    const { text, stories } = context;
    const reports: Report[] = [];
    for (const story of stories) {
      // Read at the story's first invisible character: most stories have none.
      let spaced: readonly Span[] | null = null;
      const invisibles = new CharScan(INVISIBLE_CHARS, text, story.start, story.end);
      for (const line of storyLines(text, story)) {
        // Control characters at a line's edge are wire-format structure (STX before a headline, ETX).
        let first = line.start;
        while (first < line.end && (isControl(text.charCodeAt(first)) || isInlineSpace(text.charCodeAt(first)) || invisibleAt(text.charCodeAt(first)))) first++;
        let last = line.end;
        while (last > first && (isControl(text.charCodeAt(last - 1)) || isInlineSpace(text.charCodeAt(last - 1)) || invisibleAt(text.charCodeAt(last - 1)))) last--;
        for (let i = invisibles.next(line.start); i < line.end; i = invisibles.next(i + 1)) {
          const code = text.charCodeAt(i);
          const char = invisibleAt(code)!;
          if (covered((spaced ??= spacedOf(context, story)), i)) continue;
          const inText = i >= first && i < last;
          if (isControl(code) && !inText) continue;
          const prev = i > line.start ? text[i - 1] : undefined;
          const next = i + 1 < line.end ? text[i + 1] : undefined;
          if (meaningful(code, prev, next)) continue;
          const space = (c: string | undefined): boolean => c !== undefined && isInlineSpace(c.charCodeAt(0));
          const alone = inText && !space(prev) && (char.kind === 'space' ? !runHoldsPlainSpace(text, i, line.end) : !space(next));
          // After a plain space, which no fix removes, the space after it can go too.
          const { title, edit } = fixOf(i, char, code, alone, inText && (prev === ' ' || prev === '\t') && next === ' ');
          reports.push(oneFix({ start: i, end: i + 1 }, `Invisible character: ${char.name} (${codePoint(code)})`, title, [edit], true));
        }
      }
    }
    return reports;
  },
};
