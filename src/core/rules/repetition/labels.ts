import type { Span } from '../../model/span';
import type { Story } from '../../model/story';
import { firstWords } from '../../text/firstWords';
import { isTrimSpace, trimSpan } from '../../text/whitespace';
import type { Para } from './paragraphs';

/** "paragraph 2", or "paragraph 2 of story 1" when it lies in another story than `from`. */
export function paraName(p: Para, from: Para): string {
  return p.story === from.story ? `paragraph ${p.number}` : `paragraph ${p.number} of story ${p.story + 1}`;
}

const joined = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "paragraphs 2 and 3", "paragraphs 2 and 5 of story 1", or each named when stories mix. */
export function paraList(ps: Para[], from: Para): string {
  if (ps.length === 1) return paraName(ps[0]!, from);
  const story = ps[0]!.story;
  if (ps.some((p) => p.story !== story)) return joined(ps.map((p) => paraName(p, from)));
  const where = story === from.story ? '' : ` of story ${story + 1}`;
  return `paragraphs ${joined(ps.map((p) => String(p.number)))}${where}`;
}

/** The quote marks an opening leaves out: " “ ” ‘ ’ ' « » „ */
const QUOTE_MARKS = new Set([0x22, 0x201c, 0x201d, 0x2018, 0x2019, 0x27, 0xab, 0xbb, 0x201e]);

/** The first words of a span, to name a passage or paragraph in a message: its text without leading quote marks. */
export function opening(text: string, start: number, end: number, words = 6): string {
  let i = start;
  while (i < end && (isTrimSpace(text.charCodeAt(i)) || QUOTE_MARKS.has(text.charCodeAt(i)))) i++;
  return firstWords(text, i, end, words);
}

/**
 * A paragraph as a finding shows it: a lead from its first word after the dateline, which is the
 * wire's and never compared, so that a later version's report starts on the text it repeats.
 */
export function shownSpan(text: string, stories: readonly Story[], p: Para): Span {
  const story = stories[p.story];
  if (!story?.dateline || story.lead?.start !== p.start) return { start: p.start, end: p.end };
  const words = trimSpan(text, story.dateline.end, p.end);
  return words.end > words.start ? words : { start: p.start, end: p.end };
}
