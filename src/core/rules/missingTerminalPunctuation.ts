import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { isBreakCode, isInlineSpace, isQuoteMarkCode, TERMINAL } from '../text/characters';
import { invisibleAt } from '../text/invisibles';
import { isSlashCode } from '../text/punctuation';

/** A paragraph may also end on a colon that introduces what follows, or a dash that breaks off speech. */
const CLOSING = `${TERMINAL}:—–`;

/** The last character before `at` that is no space or quote mark, or '' when there is none after `from`. */
function lastCharBefore(text: string, from: number, at: number): string {
  let i = at - 1;
  while (i >= from && (isInlineSpace(text.charCodeAt(i)) || isQuoteMarkCode(text.charCodeAt(i)))) i--;
  return i >= from ? text[i]! : '';
}

/**
 * The finding for a paragraph that ends without closing punctuation, or null. A full stop goes
 * inside closing quote marks (AP style) and after a closing bracket; a stray mark where the
 * sentence ends (`groundless/`) is replaced, as the stray-punctuation rule does.
 */
function check(text: string, p: Span): Report | null {
  let q = p.end;
  // Closing marks, and whatever invisible-character and spacing will remove, come after the sentence's end.
  while (q > p.start && (isQuoteMarkCode(text.charCodeAt(q - 1)) || isInlineSpace(text.charCodeAt(q - 1)) || invisibleAt(text.charCodeAt(q - 1)))) q--;
  let last = q - 1;
  if (text[last] === ')' || text[last] === ']') {
    // A paragraph in brackets (`(Reporting by ...)`) is a note, complete as it is.
    if (text[p.start] === '(' || text[p.start] === '[') return null;
    // A source in brackets after the sentence, as digests cite (`... the rules.” [CNN]`), closes nothing itself.
    const open = text[last] === ']' ? text.lastIndexOf('[', last) : -1;
    const cited = open > p.start && CLOSING.includes(lastCharBefore(text, p.start, open));
    last = cited ? open : last - 1;
    // `(... she said.")`: closing marks inside the bracket come after the sentence's end too.
    while (last > p.start && (isQuoteMarkCode(text.charCodeAt(last)) || isInlineSpace(text.charCodeAt(last)) || (cited && text[last] === '['))) last--;
  }
  if (last < p.start || CLOSING.includes(text[last]!)) return null;
  const stray = isSlashCode(text.charCodeAt(last));
  // A stray mark standing alone takes the space before it along: `groundless /` becomes `groundless.`.
  let from = last;
  while (stray && from > p.start && isInlineSpace(text.charCodeAt(from - 1))) from--;
  if (stray && CLOSING.includes(text[from - 1] ?? '')) return null;
  let word = last;
  while (word > p.start && !isBreakCode(text.charCodeAt(word - 1))) word--;
  const at = text[q - 1] === ')' || text[q - 1] === ']' ? q : last + 1;
  // A comma or semicolon where the paragraph stops gives way to the full stop.
  const weak = text[last] === ',' || text[last] === ';';
  const edit = stray ? { start: from, end: last + 1, text: '.' } : weak ? { start: last, end: last + 1, text: TERMINAL.includes(text[last - 1] ?? '') ? '' : '.' } : { start: at, end: at, text: '.' };
  return {
    start: word,
    end: p.end,
    message: 'This paragraph ends without closing punctuation',
    related: [],
    fixes: [{ title: 'Add a full stop', safe: true, edits: [edit] }],
  };
}

/** Whether the paragraph ends with the caption of the table under it: words, not a sentence. */
const endsInCaption = (story: Story, p: Span): boolean => story.tables.some((t) => t.caption !== null && t.caption.end === p.end);

export const missingTerminalPunctuation: Rule = {
  meta: {
    id: 'missing-terminal-punctuation',
    description: 'A body paragraph that ends without a full stop, question or exclamation mark (headlines, standfirsts, subheads and datelines excluded).',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories }) {
    return stories.flatMap((story) =>
      story.sections.flatMap((section) =>
        section.paragraphs.flatMap((p) => {
          // A lead that holds only its dateline has no sentence to close.
          if (story.dateline && story.dateline.start === p.start && story.dateline.end >= p.end) return [];
          if (endsInCaption(story, p)) return [];
          const report = check(text, p);
          return report ? [report] : [];
        }),
      ),
    );
  },
};
