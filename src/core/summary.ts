import type { Analysis } from './analyze';
import { startingBefore, storyAt, storyReach } from './model/storyAt';
import { countWords } from './text/countWords';

export interface Summary {
  /** The story summed up (from 0), and how many the document has. */
  story: number;
  stories: number;
  words: number;
  quotes: number;
  findings: number;
  /** Findings in the whole document. */
  allFindings: number;
}

/**
 * What the status bar tells an editor at a glance about the story at `offset` (in a basket,
 * the one being read). The text between two stories (an end marker) counts with the story
 * before it, so that the stories' findings add up to the document's.
 */
export function summarize(analysis: Analysis, offset = 0): Summary {
  const { text, stories, quotes, findings } = analysis;
  const k = storyAt(stories, offset);
  const story = stories[k];
  const { from, to } = story ? storyReach(stories, k) : { from: 0, to: Infinity };
  let count = 0;
  if (story) {
    for (const part of [story.headline, story.standfirst]) if (part) count += countWords(text, part.start, part.end);
    for (const section of story.sections) {
      if (section.title) count += countWords(text, section.title.start, section.title.end);
      for (const p of section.paragraphs) count += countWords(text, p.start, p.end);
    }
  }
  const first = startingBefore(quotes, from);
  const last = startingBefore(quotes, to);
  return {
    story: k,
    stories: stories.length,
    words: count,
    quotes: last - first,
    findings: startingBefore(findings, to) - startingBefore(findings, from),
    allFindings: findings.length,
  };
}
