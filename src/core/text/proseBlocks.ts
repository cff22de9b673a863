import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { runCache } from './runCache';
import { trimSpan } from './whitespace';

export type BlockKind = 'headline' | 'standfirst' | 'byline' | 'subhead' | 'paragraph';

/** A span of a story's prose, as the story model delimits it. */
export interface ProseBlock extends Span {
  kind: BlockKind;
}

/** Several rules read the blocks of every story: each story's are built once per run of the rules. */
const cache = runCache<Story, readonly ProseBlock[]>();

/**
 * Headline, standfirst, byline, subheads and paragraphs of a story, in document order; the lead
 * from its first word after the dateline, which is the wire's form, not prose. Shared: copy
 * before changing.
 */
export function proseBlocks(text: string, story: Story): readonly ProseBlock[] {
  const known = cache.get(story);
  if (known) return known;
  const blocks: ProseBlock[] = [];
  const add = (span: Span | null, kind: BlockKind): void => {
    if (span && span.end > span.start) blocks.push({ start: span.start, end: span.end, kind });
  };
  add(story.headline, 'headline');
  add(story.standfirst, 'standfirst');
  add(story.byline, 'byline');
  for (const section of story.sections) {
    add(section.title, 'subhead');
    section.paragraphs.forEach((p) => add(p === story.lead && story.dateline ? trimSpan(text, story.dateline.end, p.end) : p, 'paragraph'));
  }
  blocks.sort((a, b) => a.start - b.start);
  cache.set(story, blocks);
  return blocks;
}
