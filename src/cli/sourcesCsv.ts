import type { SourcesJson } from '../core/json/sourcesJson';

/** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const record = (fields: string[]): string => fields.map(field).join(',');

/** Names a spreadsheet formula can use as they are: lower case, no spaces. */
export const CSV_HEADER = record(['file', 'story', 'headline', 'source', 'kind', 'title', 'quotes', 'quoted_words', 'share', 'first_line']);

/** One record per story and source, the share unrounded for the spreadsheet to sum; a story that quotes no one has none. */
export function sourcesCsv(doc: SourcesJson): string[] {
  return doc.stories.flatMap((story) =>
    story.sources.map((s) =>
      record([doc.file, String(story.story), story.headline ?? '', s.name, s.kind, s.title ?? '', String(s.quotes), String(s.quotedWords), String(s.share), String(s.firstLine)]),
    ),
  );
}
