import type { Span } from '../model/span';
import type { Story } from '../model/story';

/** A span that holds prose: the headline, the standfirst, or a body paragraph. */
export interface Container extends Span {
  /** Headlines and standfirsts follow headline conventions (single marks, `Lavrov: "..."`). */
  headline: boolean;
}

/** The prose of a story in reading order. */
export function containersOf(story: Story): Container[] {
  const front = [story.headline, story.standfirst].filter((s): s is NonNullable<typeof s> => s !== null);
  return [
    ...front.map((s) => ({ start: s.start, end: s.end, headline: true })),
    ...story.sections.flatMap((section) => section.paragraphs.map((p) => ({ start: p.start, end: p.end, headline: false }))),
  ];
}
