import type { SourcesJson } from '../core/json/sourcesJson';
import { FIGURES, SOURCE_HEADERS, sourceCells, storySummary, storyTitle } from './sourcesCells';

/** Backslashes before what Markdown would read as markup or a cell's end, so names show as written. */
const escape = (text: string): string => text.replace(/[\\`*_~[\]<>|&]/g, '\\$&');

const row = (cells: string[]): string => `| ${cells.map(escape).join(' | ')} |`;

/** Figures aligned right, as in the plain table. */
const DELIMITER = `| ${FIGURES.map((figure) => (figure ? '---:' : '---')).join(' | ')} |`;

/** A heading for the file, then for each story a heading, its summary and a table of its sources. */
export function sourcesMarkdown(doc: SourcesJson): string[] {
  const lines = [`## ${escape(doc.file)}`];
  if (doc.stories.length === 0) lines.push('', 'No story.');
  for (const story of doc.stories) {
    lines.push('', `### ${escape(storyTitle(story))}`, '', storySummary(story));
    if (story.sources.length > 0) lines.push('', row(SOURCE_HEADERS), DELIMITER, ...story.sources.map((s) => row(sourceCells(s))));
  }
  return lines;
}
