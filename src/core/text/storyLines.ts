import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { isControl, isInlineSpace } from './characters';
import { forEachLine, type Line } from './lines';
import { runCache } from './runCache';

/** The lines already found, by story: several rules walk the same story's lines. */
const cache = runCache<Story, { text: string; lines: readonly Line[] }>();

/**
 * The lines of a story that hold prose or blank space: wire header, notes and trailer lines,
 * page furniture and tables are left out, since their layout belongs to the wire format, the
 * scrape or the columns.
 * Found once per story and text in a run of the rules; the array is shared, not to be changed.
 */
export function storyLines(text: string, story: Story): readonly Line[] {
  const known = cache.get(story);
  if (known?.text === text) return known.lines;
  const excluded: Span[] = [...story.wireLines, ...story.residue, ...story.tables].sort((a, b) => a.start - b.start);
  const kept: Line[] = [];
  let k = 0;
  forEachLine(
    text,
    (start, end, next) => {
      while (k < excluded.length && excluded[k]!.end < start) k++;
      const ex = excluded[k];
      if (!(ex && ex.start <= end && ex.end >= start)) kept.push({ start, end, next });
    },
    story.start,
    story.end,
  );
  cache.set(story, { text, lines: kept });
  return kept;
}

/** Whitespace at a line's edge; a control character there belongs to a wire format and stops it. */
export const isMarginSpace = (code: number): boolean => isInlineSpace(code) || (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0x2060;

/** The whitespace that opens a line (empty when the line opens with text or a control character). */
export function leadingSpace(text: string, line: Span): Span {
  let i = line.start;
  while (i < line.end && isMarginSpace(text.charCodeAt(i))) i++;
  return { start: line.start, end: i };
}

/** The whitespace that closes a line. */
export function trailingSpace(text: string, line: Span): Span {
  let i = line.end;
  while (i > line.start && isMarginSpace(text.charCodeAt(i - 1))) i--;
  return { start: i, end: line.end };
}

/** Whether the line is empty or holds only whitespace and control characters. */
export function isBlankLine(text: string, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (!isMarginSpace(code) && !isControl(code)) return false;
  }
  return true;
}
