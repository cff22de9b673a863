import * as assert from 'node:assert/strict';
import { matchDateline } from '../../src/core/parse/dateline';

/** Paragraph openings, and the dateline each carries: [text, place, date, agency]. */
const POSITIVE: Array<[string, string, string | null, string | null, string | null]> = [
  ['MOSCOW, March 29. /TASS/. Moscow is ready', 'MOSCOW, March 29. /TASS/.', 'MOSCOW', 'March 29', 'TASS'],
  ['NEW YORK (AP) — The board voted', 'NEW YORK (AP) —', 'NEW YORK', null, 'AP'],
  ['GROSSETO, Italy (AP) -- Firefighters on Sunday', 'GROSSETO, Italy (AP) --', 'GROSSETO, Italy', null, 'AP'],
  ['BUENOS AIRES, Argentina (AP) _ River Plate won', 'BUENOS AIRES, Argentina (AP) _', 'BUENOS AIRES, Argentina', null, 'AP'],
  ['WINSTON-SALEM, N.C. (AP) — A judge ruled', 'WINSTON-SALEM, N.C. (AP) —', 'WINSTON-SALEM, N.C.', null, 'AP'],
  ['ST. LOUIS (AP) — Police said', 'ST. LOUIS (AP) —', 'ST. LOUIS', null, 'AP'],
  ['LONDON, Jan 30 (Reuters) - The Bank of England', 'LONDON, Jan 30 (Reuters) -', 'LONDON', 'Jan 30', 'Reuters'],
  ['THE HAGUE, Jan 30 (Reuters) - A Dutch court', 'THE HAGUE, Jan 30 (Reuters) -', 'THE HAGUE', 'Jan 30', 'Reuters'],
  ['Jan 30 (Reuters) - Oil prices rose', 'Jan 30 (Reuters) -', null, 'Jan 30', 'Reuters'],
  ['SALVADOR, Feb 26 - Heavy rains', 'SALVADOR, Feb 26 -', 'SALVADOR', 'Feb 26', null],
  ['Toronto, March 2 - The province said', 'Toronto, March 2 -', 'Toronto', 'March 2', null],
  ['Oklahoma City, March 3 -', 'Oklahoma City, March 3 -', 'Oklahoma City', 'March 3', null],
  ['PORTLAND, Ore., Feb 26 - A timber company', 'PORTLAND, Ore., Feb 26 -', 'PORTLAND, Ore.', 'Feb 26', null],
  ['ANGLETON, Tex. March 3 - Shares rose', 'ANGLETON, Tex. March 3 -', 'ANGLETON, Tex.', 'March 3', null],
  ['GARY, IND., March 4- Shr loss', 'GARY, IND., March 4-', 'GARY, IND.', 'March 4', null],
  ['LONDON, MARCH 3 - The group said', 'LONDON, MARCH 3 -', 'LONDON', 'MARCH 3', null],
  ['ATLANTA , March 3 - A keying slip', 'ATLANTA , March 3 -', 'ATLANTA', 'March 3', null],
  ['CHICAGO, March 4, - A keying slip', 'CHICAGO, March 4, -', 'CHICAGO', 'March 4', null],
  ['DETROIT, March 4 -General Motors said', 'DETROIT, March 4 -', 'DETROIT', 'March 4', null],
  ['WOODBRIDGE, N.J. - The chain said', 'WOODBRIDGE, N.J. -', 'WOODBRIDGE, N.J.', null, null],
  ['****LONDON, March 5 - India bought sugar', '****LONDON, March 5 -', 'LONDON', 'March 5', null],
  ['DALLAS, March  5 - A keying slip', 'DALLAS, March  5 -', 'DALLAS', 'March  5', null],
  ['CLEVELAND - The party opened its convention on Monday with a speech', 'CLEVELAND -', 'CLEVELAND', null, null],
  ['SALT LAKE CITY -- The council voted', 'SALT LAKE CITY --', 'SALT LAKE CITY', null, null],
  ['BOISE, Idaho, MArch 3 - A keying slip', 'BOISE, Idaho, MArch 3 -', 'BOISE, Idaho', 'MArch 3', null],
  ['WASHINGTON — The Senate passed', 'WASHINGTON —', 'WASHINGTON', null, null],
  ['PARIS, Jan 30, 2026 (AFP) - The French government', 'PARIS, Jan 30, 2026 (AFP) -', 'PARIS', 'Jan 30, 2026', 'AFP'],
  ["Berlin (dpa) - Germany's national rail operator", 'Berlin (dpa) -', 'Berlin', null, 'dpa'],
  ['Zürich (dpa) - Swiss voters', 'Zürich (dpa) -', 'Zürich', null, 'dpa'],
  ['SAITAMA, Japan, Dec. 9 Kyodo - Saitama Prefecture', 'SAITAMA, Japan, Dec. 9 Kyodo -', 'SAITAMA, Japan', 'Dec. 9', 'Kyodo'],
  ['Sydney, July 30 AAP - Ferries returned', 'Sydney, July 30 AAP -', 'Sydney', 'July 30', 'AAP'],
];

/** Paragraph openings that carry no dateline. */
const NEGATIVE: string[] = [
  '',
  'The Senate passed a stopgap spending bill late Friday.',
  'WASHINGTON Post reported that the talks had stalled.',
  'A - B',
  'Berlin - the city has changed since reunification.',
  'Moscow, March 29 was a cold day.',
  'NEW YORK (AP) The dash is missing.',
  'LONDON-based lenders said rates would fall.',
  'NEW YORK',
  '(AP) — no place',
  '"We are ready," Lavrov said.',
  'Jan 30 - Oil prices rose.',
  'March 29 was a Tuesday.',
  'Officials March 3 - a typo of a schedule.',
  'In Toronto, March 2 was mild.',
  'PERU SUGAR HARVEST SEEN LOWER -- USDA',
  'CHINA ADDS, CANCELS WHEAT COMMITMENTS - USDA',
  'FED SETS RATE - OFFICIAL',
  'NOTE - The figures below are provisional and may be revised later',
  'He said - and meant it - that he would stay.',
  'BREAKING — Quake hits the coast',
  'NOTE - see the earlier story',
];

describe('matchDateline', () => {
  for (const [paragraph, text, place, date, agency] of POSITIVE) {
    it(`finds ${JSON.stringify(text)}`, () => {
      const d = matchDateline(paragraph, 0, paragraph.length);
      assert.deepEqual(d, { start: 0, end: text.length, text, place, date, agency });
    });
  }

  for (const paragraph of NEGATIVE) {
    it(`finds none in ${JSON.stringify(paragraph)}`, () => {
      assert.equal(matchDateline(paragraph, 0, paragraph.length), null);
    });
  }

  it('reports offsets into the whole text for a paragraph that starts later', () => {
    const text = 'Headline\n\nLONDON, Jan 30 (Reuters) - The Bank of England kept rates on hold.';
    const start = text.indexOf('LONDON');
    const d = matchDateline(text, start, text.length);
    assert.equal(d?.start, start);
    assert.equal(text.slice(d!.start, d!.end), 'LONDON, Jan 30 (Reuters) -');
  });

  it('does not look past the end of the paragraph', () => {
    const text = 'NEW YORK (AP) — rest';
    assert.equal(matchDateline(text, 0, 'NEW YORK (AP)'.length), null);
  });
});
