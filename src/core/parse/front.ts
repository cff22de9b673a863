import type { TextSpan } from '../model/span';
import { textSpan } from '../model/span';
import { isTrimSpace, trimSpan } from '../text/whitespace';
import type { Block } from './blocks';

/** `By Jane Roe, Reuters`; old feeds keyed `by` and `BY` too. */
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’\- ]*(?:,|$)/u;
/** A flash, a headline sent alone ahead of its story, opens with a run of asterisks: `******FED SETS ...`. */
const FLASH_MARK = /^\*{3,} */;
/** ANPA notes that are not the headline: slugs, editors' notes, photo lines, credits. */
const NOT_HEADLINE_NOTE = /^\^(?:[A-Z]{2,}-|.*\bBC-|Eds?:|Editors?\b|With\b|AP Photos?\b|Photos?\b|Laserphotos?\b|By\s)|=$/;
const IPTC_HEADLINE_END = /\s+=$/;

/** The words of `s` (runs between \s), as `s.split(/\s+/).filter(Boolean).length` counts them, without the array. */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isTrimSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The text of a block without ANPA's `^` and `<`/`=` or IPTC's ` =` around it. */
export function unwrapped(text: string, block: Block): TextSpan {
  let { start, end } = block;
  if (block.kind === 'note') {
    start++;
    end--;
  } else {
    // Only a line that ends in `=` can; most blocks are long paragraphs.
    const m = text.charCodeAt(end - 1) === 0x3d && end > start ? IPTC_HEADLINE_END.exec(text.slice(start, end)) : null;
    if (m) end -= m[0].length;
  }
  const t = trimSpan(text, start, end);
  const flash = isFlash(text, block) ? FLASH_MARK.exec(text.slice(t.start, t.end))![0].length : 0;
  return textSpan(text, t.start + flash, t.end);
}

/** Whether the block is a flash: a headline alone, after the asterisks that mark it. */
export function isFlash(text: string, block: Block): boolean {
  return block.kind === 'text' && text.startsWith('***', block.start);
}

export function isByline(text: string, block: Block): boolean {
  const s = unwrapped(text, block).text;
  return BYLINE.test(s) && wordCount(s) <= 8;
}

/** A line that can stand as a headline when no dateline confirms the front matter. */
export function looksLikeHeadline(text: string, block: Block): boolean {
  if (block.lines.length > 2) return false;
  const s = unwrapped(text, block).text;
  if (s.length === 0 || s.length > 200 || wordCount(s) > 25) return false;
  return !/[.,;:]$/.test(s) && !/^["“«‘'(]/.test(s);
}

export function anpaHeadline(text: string, notes: Block[]): Block | undefined {
  return notes.find((b) => !NOT_HEADLINE_NOTE.test(text.slice(b.start, b.end)));
}
