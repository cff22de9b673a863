import type { SourceJson, StorySourcesJson } from '../core/json/sourcesJson';

/** The columns of a table of sources, as a reader sees them. */
export const SOURCE_HEADERS = ['Source', 'Kind', 'Title', 'Quotes', 'Words', 'Share', 'First line'];

/** Which columns hold figures, to be aligned right. */
export const FIGURES = SOURCE_HEADERS.map((_, i) => i >= 3);

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Whitespace as one space, so that a hard-wrapped headline stays on its line of the table. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function sourceCells(s: SourceJson): string[] {
  return [s.name, s.kind, s.title ?? '-', String(s.quotes), String(s.quotedWords), percent(s.share), String(s.firstLine)];
}

export const storyTitle = (story: StorySourcesJson): string =>
  story.headline === null ? `Story ${story.story} (no headline)` : `Story ${story.story}: ${oneLine(story.headline)}`;

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What the desk asks of a story first: how much is quoted, and can we name who says it? */
export function storySummary(story: StorySourcesJson): string {
  if (story.quotes === 0) return 'No quotations.';
  const quotes = `${count(story.quotes, 'quote')} (${story.unattributed} unattributed), ${count(story.quotedWords, 'quoted word')}`;
  return `${quotes}; ${count(story.named, 'source')} named, ${story.unnamed} unnamed (${percent(story.unnamedShare)} of quoted words)`;
}
