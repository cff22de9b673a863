import type { Edit } from '../findings/finding';
import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { isBreak, isLetterOrDigit, QUOTE_MARKS, TERMINAL } from '../text/characters';
import { proseBlocks, type ProseBlock } from '../text/proseBlocks';
import { oneFix } from './oneFix';

/** Characters conversion and typing leave behind that never end a word in prose. */
export const STRAY_MARKS = '/\\|';
const CLOSERS = `${QUOTE_MARKS})]`;
/** What a stray mark may follow besides a letter or digit; built once, as the scan asks for every mark. */
const AFTER_WORD = `${CLOSERS}${TERMINAL}`;

/** Longer runs without a space are not words (encoded data, long addresses); bounding them keeps the scan linear. */
const MAX_WORD = 64;

/** The codes of STRAY_MARKS: the scan asks this of every character of the prose. */
const isStrayMark = (code: number): boolean => code === 0x2f || code === 0x5c || code === 0x7c;

/** The run of non-whitespace before `at`, within the block, or null when it is longer than a word. */
function wordBefore(text: string, at: number, block: Span): string | null {
  let start = at;
  while (start > block.start && !isBreak(text[start - 1])) if (at - --start > MAX_WORD) return null;
  return text.slice(start, at);
}

/** A web address, a path or a slug (`tass.com/`, `http://`, `Economy/Trade/`), a single-letter form (`w/`). */
function isAddressLike(before: string): boolean {
  return /:\/\/|^www\.|@|[/\\|]|\.\p{L}/u.test(before) || before.length === 1;
}

/** Whether only closing quotes and brackets follow `at` up to the end of the block. */
function endsBlock(text: string, at: number, block: Span): boolean {
  for (let i = at; i < block.end; i++) if (!CLOSERS.includes(text[i]!)) return false;
  return true;
}

// Spans and edits are made only for a finding: a file dense with marks makes none for most.
const span = (i: number): Span => ({ start: i, end: i + 1 });
const remove = (i: number): Edit[] => [{ start: i, end: i + 1, text: '' }];

function strayAt(text: string, i: number, block: ProseBlock): Report | null {
  const mark = text[i]!;
  const prev = i > block.start ? text[i - 1] : undefined;
  const next = i + 1 < block.end ? text[i + 1] : undefined;
  if (mark === '\\' && next !== undefined && QUOTE_MARKS.includes(next)) {
    // `\"`: an escape left by a conversion from JSON or a CMS.
    return oneFix(span(i), 'Stray backslash before a quote mark', 'Remove the backslash', remove(i), true);
  }
  if (isBreak(prev) && isBreak(next)) {
    if (block.kind === 'byline') return null;
    const after = next === undefined ? span(i) : { start: i, end: i + 2 };
    return oneFix(after, `Stray "${mark}" standing alone between words`, `Remove "${mark}"`, [{ ...after, text: '' }], false);
  }
  const afterWord = isLetterOrDigit(prev) || (prev !== undefined && AFTER_WORD.includes(prev) && prev !== '(');
  if (!afterWord || !(isBreak(next) || CLOSERS.includes(next!))) return null;
  const word = wordBefore(text, i, block);
  if (word === null || isAddressLike(word)) return null;
  if (endsBlock(text, i + 1, block)) {
    // The mark stands where the sentence ends: a paragraph needs its full stop, a headline none.
    if (block.kind !== 'paragraph' || TERMINAL.includes(prev!)) return oneFix(span(i), `Stray "${mark}" at the end`, `Remove "${mark}"`, remove(i), true);
    return oneFix(span(i), `Stray "${mark}" where the sentence ends`, 'Replace with a full stop', [{ start: i, end: i + 1, text: '.' }], true);
  }
  return oneFix(span(i), `Stray "${mark}" after a word`, `Remove "${mark}"`, remove(i), false);
}

export const strayPunctuation: Rule = {
  meta: {
    id: 'stray-punctuation',
    description: 'A slash, backslash or pipe stuck to the end of a word (`groundless/`) or standing alone between words.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    for (const story of stories) {
      const dateline = story.dateline;
      for (const block of proseBlocks(story)) {
        for (let i = block.start; i < block.end; i++) {
          if (!isStrayMark(text.charCodeAt(i)) || (dateline && i >= dateline.start && i < dateline.end)) continue;
          const report = strayAt(text, i, block);
          if (report) reports.push(report);
        }
      }
    }
    return reports;
  },
};
