import type { Edit } from '../findings/finding';
import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { codeSet, isBreakCode, isLetterOrDigitCode, isQuoteMarkCode, isTerminalCode, QUOTE_MARKS, TERMINAL } from '../text/characters';
import { proseBlocks, type ProseBlock } from '../text/proseBlocks';
import { firstFrom, isSlashCode, punctuationOf } from '../text/punctuation';
import { oneFix } from './oneFix';

const isCloser = codeSet(`${QUOTE_MARKS})]`);
/** What a stray mark may follow besides a letter or digit. */
const isAfterWord = codeSet(`${QUOTE_MARKS})]${TERMINAL}`);
const BACKSLASH = 0x5c;

/** Longer runs without a space are not words (encoded data, long addresses); bounding them keeps the scan linear. */
const MAX_WORD = 64;

/** The run of non-whitespace before `at`, within the block, or null when it is longer than a word. */
function wordBefore(text: string, at: number, block: Span): string | null {
  let start = at;
  while (start > block.start && !isBreakCode(text.charCodeAt(start - 1))) if (at - --start > MAX_WORD) return null;
  return text.slice(start, at);
}

/** A web address, a path or a slug (`tass.com/`, `http://`, `Economy/Trade/`), a single-letter form (`w/`). */
function isAddressLike(before: string): boolean {
  return /:\/\/|^www\.|@|[/\\|]|\.\p{L}/u.test(before) || before.length === 1;
}

/** Whether only closing quotes and brackets follow `at` up to the end of the block. */
function endsBlock(text: string, at: number, block: Span): boolean {
  for (let i = at; i < block.end; i++) if (!isCloser(text.charCodeAt(i))) return false;
  return true;
}

// Spans and edits are made only for a finding: a file dense with marks makes none for most.
const span = (i: number): Span => ({ start: i, end: i + 1 });
const remove = (i: number): Edit[] => [{ start: i, end: i + 1, text: '' }];

/** Every character here is read by code (NaN past the block's edge): a file of slashes asks this of every one. */
function strayAt(text: string, i: number, block: ProseBlock): Report | null {
  const mark = text.charCodeAt(i);
  const prev = i > block.start ? text.charCodeAt(i - 1) : NaN;
  const next = i + 1 < block.end ? text.charCodeAt(i + 1) : NaN;
  if (mark === BACKSLASH && isQuoteMarkCode(next)) {
    // `\"`: an escape left by a conversion from JSON or a CMS.
    return oneFix(span(i), 'Stray backslash before a quote mark', 'Remove the backslash', remove(i), true);
  }
  const prevBreak = isBreakCode(prev);
  const afterWord = !prevBreak && (isLetterOrDigitCode(prev) || isAfterWord(prev));
  // Neither after a space nor after a word: inside a run of marks (`//`), the common case in a file of them.
  if (!prevBreak && !afterWord) return null;
  const char = text[i]!;
  if (prevBreak && isBreakCode(next)) {
    if (block.kind === 'byline') return null;
    const after = Number.isNaN(next) ? span(i) : { start: i, end: i + 2 };
    return oneFix(after, `Stray "${char}" standing alone between words`, `Remove "${char}"`, [{ ...after, text: '' }], false);
  }
  if (!afterWord || !(isBreakCode(next) || isCloser(next))) return null;
  const word = wordBefore(text, i, block);
  if (word === null || isAddressLike(word)) return null;
  if (endsBlock(text, i + 1, block)) {
    // The mark stands where the sentence ends: a paragraph needs its full stop, a headline none.
    if (block.kind !== 'paragraph' || isTerminalCode(prev)) return oneFix(span(i), `Stray "${char}" at the end`, `Remove "${char}"`, remove(i), true);
    return oneFix(span(i), `Stray "${char}" where the sentence ends`, 'Replace with a full stop', [{ start: i, end: i + 1, text: '.' }], true);
  }
  return oneFix(span(i), `Stray "${char}" after a word`, `Remove "${char}"`, remove(i), false);
}

export const strayPunctuation: Rule = {
  meta: {
    id: 'stray-punctuation',
    description: 'A slash, backslash or pipe stuck to the end of a word (`groundless/`) or standing alone between words.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    const { slashes } = punctuationOf(text, stories);
    for (const story of stories) {
      // The lead's block starts after the dateline, whose slashes are the agency's (`/TASS/`).
      for (const block of proseBlocks(text, story)) {
        for (let k = firstFrom(slashes, block.start); k < slashes.length && slashes[k]! < block.end; k++) {
          const i = slashes[k]!;
          // A mark after a mark (`//`) is neither after a word nor after a space: only an escaped quote (`\"`) counts there.
          if (text.charCodeAt(i) !== BACKSLASH && i > block.start && isSlashCode(text.charCodeAt(i - 1))) continue;
          const report = strayAt(text, i, block);
          if (report) reports.push(report);
        }
      }
    }
    return reports;
  },
};
