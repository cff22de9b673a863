import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { parseStories } from '../../src/core/parse/document';

/** An item of a 1987 results feed: headline, then the body lines, each indented as the wire did. */
const item = (headline: string, ...body: string[]): string => `${headline}\n${body.map((l) => (l.startsWith('|') ? l.slice(1) : `    ${l}`)).join('\n')}\n Reuter\n`;

function read(text: string): { tables: string[][]; captions: (string | null)[]; paragraphs: string[]; subheads: (string | null)[] } {
  const story = parseStories(text)[0]!;
  return {
    tables: story.tables.map((t) => t.rows.map((r) => text.slice(r.start, r.end))),
    captions: story.tables.map((t) => t.caption?.text ?? null),
    paragraphs: story.sections.flatMap((s) => s.paragraphs.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '))),
    subheads: story.sections.map((s) => s.title?.text ?? null),
  };
}

describe('tables: agate is data, kept out of the paragraphs', () => {
  it('reads a results table, its labels between rows and the note after it', () => {
    const text = item(
      'HARTWELL FOODS <HWF> 4TH QTR NET',
      'TULSA, Okla., March 5 -',
      'Shr 41 cts vs 33 cts',
      'Net 2,140,000 vs 1,720,000',
      'Year',
      'Shr 1.52 dlrs vs 1.19 dlrs',
      'Avg shrs 5,218,000 vs 5,207,000',
      'NOTE: 1986 net includes a gain of 310,000 dlrs from the sale',
      '|of a warehouse.',
    );
    const r = read(text);
    assert.deepEqual(r.tables, [['Shr 41 cts vs 33 cts', 'Net 2,140,000 vs 1,720,000', 'Year', 'Shr 1.52 dlrs vs 1.19 dlrs', 'Avg shrs 5,218,000 vs 5,207,000']]);
    assert.deepEqual(r.paragraphs, ['TULSA, Okla., March 5 -', 'NOTE: 1986 net includes a gain of 310,000 dlrs from the sale of a warehouse.']);
  });

  it('takes figures spelled out, rows of one figure when two or more come together, and the caption after the dateline', () => {
    const text = item('GLENMORE MINES <GLM> YEAR LOSS', 'RENO, Nev., March 6 - Qtr ended Dec 31', 'Shr loss one ct', 'Net loss 186,000', 'Revs 10.7 mln');
    const r = read(text);
    assert.deepEqual(r.tables, [['Shr loss one ct', 'Net loss 186,000', 'Revs 10.7 mln']]);
    assert.deepEqual(r.captions, ['Qtr ended Dec 31']);
  });

  it('keeps the closing labels of a dividend (`Pay April One`) with its row', () => {
    const r = read(item('ORCHARD BANCORP <ORB> QTLY DIV', 'OMAHA, Neb., March 3 -', 'Qtly div 25 cts vs 25 cts', 'Pay April One', 'Record March 16'));
    assert.deepEqual(r.tables, [['Qtly div 25 cts vs 25 cts', 'Pay April One', 'Record March 16']]);
  });

  it('splits a column table from the wrapped prose above it, line by line', () => {
    const text = item(
      'OIL OUTPUT BY MEMBER',
      'VIENNA, March 5 - Output by member in February was as follows, in',
      '|mln bpd -',
      '| COUNTRY        CURRENT        FEBRUARY    QUOTA',
      '| ALGERIA        0.64           0.64        0.635',
      '| GABON          0.15           0.15        0.152',
    );
    const r = read(text);
    assert.deepEqual(r.tables, [['COUNTRY        CURRENT        FEBRUARY    QUOTA', 'ALGERIA        0.64           0.64        0.635', 'GABON          0.15           0.15        0.152']]);
    assert.deepEqual(r.paragraphs, ['VIENNA, March 5 - Output by member in February was as follows, in mln bpd -']);
  });

  it('reads a row the wire wrapped over two lines', () => {
    const r = read(item('SHELL <SC> FINAL DIV', 'LONDON, March 5 -', 'Final Shell Transport div 1.38 dlrs vs', '|1.65 dlrs', 'Net 12.6 mln vs 15.8 mln'));
    assert.equal(r.tables.length, 1);
    assert.equal(r.tables[0]!.length, 3);
  });

  it('leaves prose alone: a sentence that compares figures, a lone figure, a subhead after a table', () => {
    const prose = read(item('TRADE GAP NARROWS', 'WASHINGTON, March 5 - The gap narrowed to 10.4 billion dlrs vs 12.1 billion dlrs.', 'Exports rose 3.2 pct in the month.'));
    assert.deepEqual(prose.tables, []);
    const lone = read('Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools shut on Friday.\n\nClosed 212\n\nThe council said they would reopen on Monday.\n');
    assert.deepEqual(lone.tables, []);
    const subhead = read(
      'Results day\n\nLONDON, Jan 30 (Reuters) - The group reported its figures.\n\nRevenue 12.6 mln vs 15.8 mln\n\nWhat comes next\n\nThe board meets in March to decide on the dividend.\n',
    );
    assert.deepEqual(subhead.tables, [['Revenue 12.6 mln vs 15.8 mln']]);
    assert.deepEqual(subhead.subheads, [null, 'What comes next']);
  });

  it('gives no prose finding on a table, and no repetition for the rows and captions every results item shares', () => {
    const first = item('ACME MILLS <ACM> 1ST QTR NET', 'DALLAS, March 3 - Six months to December 31', 'Shr six cts vs five cts', 'Net 199,037 vs 135,587', 'Avg shrs 3.1 mln vs 2.5 mln');
    const second = item('BRISTOW TOOL <BTL> 1ST QTR NET', 'DALLAS, March 3 - Six months to December 31', 'Shr six cts vs five cts', 'Net 459,131 vs 289,433', 'Avg shrs 3.1 mln vs 2.5 mln');
    const text = `\x16\x16\x01f0001\x1freute\n\x02\n${first}\x03\n\x16\x16\x01f0002\x1freute\n\x02\n${second}\x03\n`;
    assert.equal(parseStories(text).length, 2);
    assert.deepEqual(analyze(text).findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), []);
  });
});
