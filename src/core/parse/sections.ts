import type { Paragraph, Section } from '../model/story';
import type { TextSpan } from '../model/span';
import { textSpan } from '../model/span';
import { trimSpan } from '../text/whitespace';
import type { Block } from './blocks';
import { matchDateline } from './dateline';
import { isByline, unwrapped, wordCount } from './front';
import { splitSentences } from './sentences';

const MAX_SUBHEAD_WORDS = 12;
/** A subhead ends in a letter, digit or closing single mark, never in sentence punctuation. */
const SUBHEAD_END = /[\p{L}\p{N}'’)]$/u;
const SUBHEAD_START = /^[\p{Lu}\p{N}'‘]/u;

/** AFP frames its subheads in dashes: `- 'Too little, too late' -`; the title is what they frame. */
function unframed(text: string, title: TextSpan): TextSpan {
  const s = title.text;
  if (s.length < 5 || !/^[-–—] /.test(s) || !/ [-–—]$/.test(s)) return title;
  const t = trimSpan(text, title.start + 2, title.end - 2);
  return textSpan(text, t.start, t.end);
}

/** The subhead's title if the block is one, else null. */
function subheadTitle(text: string, block: Block): TextSpan | null {
  if (block.kind !== 'text' || block.lines.length > 1) return null;
  const line = unwrapped(text, block);
  const title = unframed(text, line);
  const s = title.text;
  if (s.length === 0 || s.length > 100 || wordCount(s) > MAX_SUBHEAD_WORDS) return null;
  // The dashes mark a subhead on their own, even one that asks a question.
  const framed = title !== line;
  if (!framed && (!SUBHEAD_END.test(s) || !SUBHEAD_START.test(s))) return null;
  return matchDateline(text, block.start, block.end) === null && !isByline(text, block) ? title : null;
}

export function paragraphOf(text: string, block: Block): Paragraph {
  return { start: block.start, end: block.end, sentences: splitSentences(text, block.start, block.end) };
}

/**
 * Groups the body's blocks into sections: a subhead (a short line without closing punctuation
 * between two paragraphs) or a `___` rule opens a new one.
 */
export function sectionsOf(text: string, body: Block[]): Section[] {
  const sections: Section[] = [];
  let title: TextSpan | null = null;
  let paragraphs: Paragraph[] = [];
  const close = (): void => {
    if (paragraphs.length === 0 && title === null) return;
    const start = title?.start ?? paragraphs[0]!.start;
    const end = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]!.end : title!.end;
    sections.push({ start, end, title, paragraphs });
    title = null;
    paragraphs = [];
  };
  body.forEach((block, i) => {
    if (block.kind === 'rule') {
      if (paragraphs.length > 0) close();
      return;
    }
    const subhead = paragraphs.length > 0 && body[i + 1]?.kind === 'text' ? subheadTitle(text, block) : null;
    if (subhead) {
      close();
      title = subhead;
      return;
    }
    paragraphs.push(paragraphOf(text, block));
  });
  close();
  return sections;
}
