import * as assert from 'node:assert/strict';
import type { Story } from '../../src/core/model/story';
import { parseStories } from '../../src/core/parse/document';
import { readFixture } from './fixtures';

interface ExpectedDateline {
  text: string;
  place: string | null;
  date: string | null;
  agency: string | null;
}

interface ExpectedStory {
  headline: string | null;
  standfirst?: string;
  byline?: string;
  dateline: ExpectedDateline | null;
  /** Per section: its title (null for the first, or after a `___` rule) and its paragraph count. */
  sections: Array<[string | null, number]>;
  /** Lines that must be wire matter, kept out of the prose. */
  wire?: string[];
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function checkStory(text: string, story: Story, expected: ExpectedStory): void {
  assert.equal(story.headline?.text ?? null, expected.headline, 'headline');
  assert.equal(story.standfirst?.text ?? null, expected.standfirst ?? null, 'standfirst');
  assert.equal(story.byline?.text ?? null, expected.byline ?? null, 'byline');
  const d = story.dateline;
  assert.deepEqual(d && { text: d.text, place: d.place, date: d.date, agency: d.agency }, expected.dateline, 'dateline');
  assert.deepEqual(
    story.sections.map((s) => [s.title?.text ?? null, s.paragraphs.length]),
    expected.sections,
    'sections',
  );
  const wire = story.wireLines.map((w) => slice(text, w));
  for (const line of expected.wire ?? []) assert.ok(wire.includes(line), `wire line ${JSON.stringify(line)} in ${JSON.stringify(wire)}`);

  // Every reported text is exactly what its offsets slice.
  for (const span of [story.headline, story.standfirst, story.byline, story.dateline, ...story.residue]) {
    if (span) assert.equal(slice(text, span), span.text);
  }
  for (const section of story.sections) if (section.title) assert.equal(slice(text, section.title), section.title.text);
  if (d) {
    // The lead is the first paragraph and opens with the dateline.
    assert.equal(story.lead, story.sections[0]?.paragraphs[0]);
    assert.equal(story.lead?.start, d.start);
  } else {
    assert.equal(story.lead, null);
  }
}

const SINGLE: Record<string, ExpectedStory> = {
  'agencies/ap.txt': {
    headline: 'Subway fare rise approved after heated transit board meeting',
    byline: 'By MARIA DELGADO',
    dateline: { text: 'NEW YORK (AP) —', place: 'NEW YORK', date: null, agency: 'AP' },
    sections: [
      [null, 3],
      ['What riders will pay', 2],
    ],
  },
  'agencies/ap-old.txt': {
    headline: 'Italian firefighters contain blaze in Tuscan pine forest',
    dateline: { text: 'GROSSETO, Italy (AP) --', place: 'GROSSETO, Italy', date: null, agency: 'AP' },
    sections: [[null, 5]],
  },
  'agencies/reuters.txt': {
    headline: 'Bank of England holds rates, signals cuts may come later in year',
    standfirst: 'Policymakers split 6-3 as inflation eases more slowly than hoped',
    dateline: { text: 'LONDON, Jan 30 (Reuters) -', place: 'LONDON', date: 'Jan 30', agency: 'Reuters' },
    sections: [
      [null, 3],
      ['MARKET REACTION', 3],
    ],
  },
  'agencies/reuters-nocity.txt': {
    headline: 'Oil prices edge up as supply worries offset demand concerns',
    dateline: { text: 'Jan 30 (Reuters) -', place: null, date: 'Jan 30', agency: 'Reuters' },
    sections: [[null, 4]],
  },
  'agencies/reuters-1987.txt': {
    headline: 'BRAZIL COCOA HARVEST DELAYED BY RAINS',
    dateline: { text: 'SALVADOR, Feb 26 -', place: 'SALVADOR', date: 'Feb 26', agency: null },
    sections: [[null, 4]],
    wire: ['REUTER'],
  },
  'agencies/afp.txt': {
    headline: 'France unveils plan to train 10,000 more nurses by 2030',
    dateline: { text: 'PARIS, Jan 30, 2026 (AFP) -', place: 'PARIS', date: 'Jan 30, 2026', agency: 'AFP' },
    sections: [
      [null, 3],
      ["'Too little, too late'", 3],
    ],
    wire: ['cv/ach/jm'],
  },
  'agencies/dpa.txt': {
    headline: "Germany's rail operator promises fewer delays after record year",
    standfirst: 'Deutsche Bahn says it will spend billions on track renewal',
    dateline: { text: 'Berlin (dpa) -', place: 'Berlin', date: null, agency: 'dpa' },
    sections: [
      [null, 3],
      ['Strikes and storms', 2],
    ],
  },
  'agencies/kyodo.txt': {
    headline: 'Saitama to open new disaster response center',
    dateline: { text: 'SAITAMA, Japan, Dec. 9 Kyodo -', place: 'SAITAMA, Japan', date: 'Dec. 9', agency: 'Kyodo' },
    sections: [[null, 4]],
    wire: ['==Kyodo'],
  },
  'agencies/aap.txt': {
    headline: 'Sydney ferry services resume after week-long strike',
    dateline: { text: 'Sydney, July 30 AAP -', place: 'Sydney', date: 'July 30', agency: 'AAP' },
    sections: [
      [null, 4],
      ['Back on the water', 2],
    ],
    wire: ['AAP dh/jc'],
  },
  'anpa.txt': {
    headline: 'River Plate wins title on final day',
    byline: 'By CARLOS MENDEZ',
    dateline: { text: 'BUENOS AIRES, Argentina (AP) _', place: 'BUENOS AIRES, Argentina', date: null, agency: 'AP' },
    // The `___` rule opens a section without a title.
    sections: [
      [null, 4],
      [null, 2],
    ],
    wire: [
      'a0582',
      'r s BC-SOC--Argentina-River 11-13 0412',
      '^BC-SOC--Argentina-River<',
      '^Eds: APNewsNow. With AP Photos.<',
      '^AP Sports Writer=',
      '___',
      '^CAP-WF-11-13-13 1509GMT<',
    ],
  },
  'iptc7901.txt': {
    headline: 'Exports fall for third month as demand from China weakens',
    dateline: { text: 'Berlin (dpa) -', place: 'Berlin', date: null, agency: 'dpa' },
    sections: [[null, 4]],
    wire: [
      'dpa0143 3 wi 412 dpa 0578',
      'Germany/Economy/Trade/',
      'Note to editors: Detailed tables follow at 1100 GMT. This note is',
      'not for publication.',
      'dpa ks yyzz',
      '281530 Nov 26',
    ],
  },
  'crlf.txt': {
    headline: 'Senate passes stopgap bill to avert shutdown',
    standfirst: 'Measure funds the government through March 14',
    dateline: { text: 'WASHINGTON (AP) —', place: 'WASHINGTON', date: null, agency: 'AP' },
    sections: [
      [null, 2],
      ['What comes next', 2],
    ],
  },
  'bom.txt': {
    headline: 'Kremlin says no date set for summit',
    dateline: { text: 'MOSCOW, March 29. /TASS/.', place: 'MOSCOW', date: 'March 29', agency: 'TASS' },
    sections: [[null, 3]],
  },
  'no-blank-lines.txt': {
    headline: 'Water restrictions imposed in southern Spain as heatwave drags on',
    dateline: { text: 'SEVILLE, Spain (AP) —', place: 'SEVILLE, Spain', date: null, agency: 'AP' },
    sections: [
      [null, 3],
      ['Farmers count the cost', 2],
    ],
  },
};

describe('formats: one story per fixture', () => {
  for (const [name, expected] of Object.entries(SINGLE)) {
    it(name, () => {
      const text = readFixture(name);
      const stories = parseStories(text);
      assert.equal(stories.length, 1, 'stories');
      checkStory(text, stories[0]!, expected);
    });
  }

  it('kyodo.txt: indented paragraphs, hard-wrapped lines joined', () => {
    const text = readFixture('agencies/kyodo.txt');
    const paragraphs = parseStories(text)[0]!.sections[0]!.paragraphs.map((p) => slice(text, p));
    assert.equal(
      paragraphs[1],
      'The center, to be built next to the prefectural office, will house\n' +
        'about 120 staff and a backup communications system that can run for\n' +
        '72 hours without outside power.',
    );
    assert.ok(paragraphs[3]!.endsWith('several rivers to overflow.'));
  });

  it('iptc7901.txt: the headline loses its ` =`, the body ends before the editors\' note', () => {
    const text = readFixture('iptc7901.txt');
    const story = parseStories(text)[0]!;
    const last = story.sections[0]!.paragraphs[3]!;
    assert.equal(slice(text, last), '"The export engine is stuck in low gear," said Anna Weiss, chief\neconomist at Rheinbank in Frankfurt.');
  });

  it('anpa.txt: the lead paragraph starts after the tab, and the story spans the whole file', () => {
    const text = readFixture('anpa.txt');
    const story = parseStories(text)[0]!;
    assert.equal(story.start, 0);
    assert.equal(story.end, text.length);
    assert.equal(text[story.lead!.start - 1], '\t');
  });

  it('empty.txt: no story', () => {
    assert.deepEqual(parseStories(readFixture('empty.txt')), []);
  });
});

describe('formats: a basket of three stories', () => {
  const text = readFixture('basket.txt');
  const stories = parseStories(text);

  it('splits at the end marker and at the control character', () => {
    assert.equal(stories.length, 3);
    assert.equal(stories[0]!.start, 0);
    assert.equal(stories[0]!.end, stories[1]!.start);
    assert.equal(stories[1]!.end, stories[2]!.start);
    assert.equal(stories[2]!.end, text.length);
  });

  it('gives each story its own headline, dateline and sections', () => {
    checkStory(text, stories[0]!, {
      headline: 'Storm closes schools across northern Scotland',
      dateline: { text: 'EDINBURGH, Jan 30 (Reuters) -', place: 'EDINBURGH', date: 'Jan 30', agency: 'Reuters' },
      sections: [[null, 3]],
      wire: ['ENDS'],
    });
    checkStory(text, stories[1]!, {
      headline: 'Dutch court orders recount in Utrecht council vote',
      dateline: { text: 'THE HAGUE, Jan 30 (Reuters) -', place: 'THE HAGUE', date: 'Jan 30', agency: 'Reuters' },
      sections: [
        [null, 2],
        ['Recount moved to town hall', 2],
      ],
    });
    checkStory(text, stories[2]!, {
      headline: 'Spanish airport strike called off after late-night deal',
      dateline: { text: 'MADRID, Jan 30 (Reuters) -', place: 'MADRID', date: 'Jan 30', agency: 'Reuters' },
      sections: [[null, 2]],
    });
  });
});

describe('formats: a raw Reuters feed of 1987, control characters and all', () => {
  const text = readFixture('agencies/reuters-1987-feed.txt');
  const stories = parseStories(text);

  it('reads one story per item, the routing line of ENQ characters opening the item it precedes', () => {
    assert.equal(stories.length, 4);
    for (const story of stories) assert.equal(text.charCodeAt(story.start), 0x05);
    assert.equal(stories[3]!.end, text.length);
    assert.deepEqual(
      stories.map((s) => slice(text, s.wireLines[0]!)),
      ['F', 'F', 'C G', 'RM'],
    );
  });

  it('gives each item its headline, byline and dateline as the wire keyed them', () => {
    assert.deepEqual(
      stories.map((s) => [s.headline?.text ?? null, s.byline?.text ?? null, s.dateline?.place ?? null, s.dateline?.date ?? null]),
      [
        ['HARBORVIEW MILLS <HVM> SEES HIGHER 1987 OUTPUT', 'By Dana Whitlock, Reuters', 'Portland', 'March 5'],
        ['LAKELAND FOODS INC <LKF> 4TH QTR NET', null, 'TULSA, Okla.', 'March 5'],
        // A flash: the headline alone, without the asterisks that mark it.
        ['GRAIN SHIPMENTS TO GULF PORTS HALTED BY FOG - OFFICIAL', null, null, null],
        ['OPEC OUTPUT SEEN ABOVE CEILING IN FEBRUARY', null, 'VIENNA', 'March 5'],
      ],
    );
  });

  it('keeps the results table apart from the paragraphs, labels and all', () => {
    const results = stories[1]!;
    assert.deepEqual(
      results.tables.map((t) => [t.rows.length, slice(text, t.rows[0]!), slice(text, t.rows.at(-1)!)]),
      [[9, 'Shr 41 cts vs 33 cts', 'Avg shrs 5,218,000 vs 5,207,000']],
    );
    assert.deepEqual(
      results.sections.flatMap((s) => s.paragraphs.map((p) => slice(text, p).slice(0, 24))),
      ['TULSA, Okla., March 5 -', 'NOTE: 1986 net includes '],
    );
  });
});

describe('formats: bylines as old feeds keyed them', () => {
  for (const byline of ['By Dana Whitlock, Reuters', 'by Dana Whitlock, Reuters', "BY TOM O'NEILL, REUTERS"]) {
    it(JSON.stringify(byline), () => {
      const text = `\x16\x16\x01f0001\x1freute\nr f BC-MILLS   03-05 0020\n\x02\nMILLS SEES HIGHER OUTPUT\n    ${byline}\n    NEW YORK, March 5 - Output will rise, the company said.\n Reuter\n\x03\n`;
      assert.equal(parseStories(text)[0]!.byline?.text, byline);
    });
  }
});
