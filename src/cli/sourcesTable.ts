import type { SourcesJson } from '../core/json/sourcesJson';
import { FIGURES, SOURCE_HEADERS, sourceCells, storySummary, storyTitle } from './sourcesCells';

/** Characters, not UTF-16 units, so that a name in Cyrillic or with accents lines up. */
const width = (cell: string): number => [...cell].length;

/** Rows of cells as columns two spaces apart, figures aligned right, indented under their story. */
function columns(rows: string[][]): string[] {
  const widths = SOURCE_HEADERS.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r) => {
    const cells = r.map((cell, i) => {
      const pad = ' '.repeat(widths[i]! - width(cell));
      return FIGURES[i] ? pad + cell : cell + pad;
    });
    return ('  ' + cells.join('  ')).trimEnd();
  });
}

/** The file, then each story: its headline, its summary and a table of its sources. */
export function sourcesTable(doc: SourcesJson): string[] {
  const lines = [doc.file];
  if (doc.stories.length === 0) lines.push('', 'No story.');
  for (const story of doc.stories) {
    lines.push('', storyTitle(story), storySummary(story));
    if (story.sources.length > 0) lines.push('', ...columns([SOURCE_HEADERS, ...story.sources.map(sourceCells)]));
  }
  return lines;
}
