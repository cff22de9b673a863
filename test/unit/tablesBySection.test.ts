import * as assert from 'node:assert/strict';
import { parseStories } from '../../src/core/parse/document';
import { tablesBySection } from '../../src/core/model/tablesBySection';
import { readFixture } from './fixtures';

/** Each section's text up to where it ends with its tables, and the first row of each of its tables. */
function placed(text: string): { sections: [string, string[]][]; loose: string[] } {
  const story = parseStories(text)[0]!;
  const firstRow = (t: { rows: { start: number; end: number }[] }) => text.slice(t.rows[0]!.start, t.rows[0]!.end);
  const { sections, loose } = tablesBySection(story);
  return {
    sections: sections.map((s) => [text.slice(s.section.start, s.end).replace(/\s+/g, ' '), s.tables.map(firstRow)]),
    loose: loose.map(firstRow),
  };
}

describe('tables by section: where the outline and folding place a table', () => {
  it('keeps a table between two paragraphs in their section, which ends where it did', () => {
    const text = readFixture('agencies/reuters-1987-feed.txt');
    const results = parseStories(text)[1]!;
    const [only] = tablesBySection(results).sections;
    assert.deepEqual(only!.tables, results.tables);
    assert.equal(only!.end, results.sections[0]!.end);
  });

  it('gives a table after the last paragraph to that section, not to the subhead below it, and stretches the section over it', () => {
    const text = 'Results day\n\nLONDON, Jan 30 (Reuters) - The group reported its figures.\n\nRevenue 12.6 mln vs 15.8 mln\n\nWhat comes next\n\nThe board meets in March.\n';
    assert.deepEqual(placed(text), {
      sections: [
        ['LONDON, Jan 30 (Reuters) - The group reported its figures. Revenue 12.6 mln vs 15.8 mln', ['Revenue 12.6 mln vs 15.8 mln']],
        ['What comes next The board meets in March.', []],
      ],
      loose: [],
    });
  });

  it('leaves a table before every section on its own, also in a story of a table only', () => {
    const rows = '    Shr 41 cts vs 33 cts\n    Net 2,140,000 vs 1,720,000\n';
    assert.deepEqual(placed(`HARTWELL FOODS <HWF> 4TH QTR NET\n${rows}    The company said the year was its best.\n Reuter\n`), {
      sections: [['The company said the year was its best.', []]],
      loose: ['Shr 41 cts vs 33 cts'],
    });
    assert.deepEqual(placed(`HARTWELL FOODS <HWF> 4TH QTR NET\n${rows} Reuter\n`), { sections: [], loose: ['Shr 41 cts vs 33 cts'] });
  });
});
