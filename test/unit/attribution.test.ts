import assert from 'node:assert/strict';
import { type Analysis, analyze } from '../../src/core/analyze';
import type { SourceKind } from '../../src/core/model/quote';

/**
 * Who said it, pattern by pattern, as real copy writes attribution (issue 19). Every story is
 * written for this table in the style of AP, Reuters, AFP and newspaper copy; every expected
 * value was read off the case's text by hand. A row is the quotation's first words, then its
 * speaker's name and kind, and the words that name them in this attribution (null when the
 * speaker comes from a neighbour, or when there is none).
 */
type Row = [opening: string, speaker: string | null, kind: SourceKind | null, source: string | null];

interface Case {
  name: string;
  text: string;
  rows: Row[];
  /** How many unattributed-quote findings the story raises; 0 unless given. */
  unattributed?: number;
}

const story = (dateline: string, ...paragraphs: string[]): string => `Headline of the story\n\n${dateline} ${paragraphs.join('\n\n')}\n`;
const AP = 'CHICAGO (AP) —';
const REUTERS = 'LONDON, May 4 (Reuters) -';

const CASES: Case[] = [
  // Any verb after a quotation's comma attributes it.
  {
    name: 'any verb after a quotation: fumed, gushed, implored, interjected, replied',
    text: story(
      AP,
      'City Council member Dan Kessler and Mayor Grace Okafor clashed over the budget on Tuesday.',
      '"This is a budget written for the donors," Mr. Kessler fumed.',
      '"It is the best budget this city has seen in twenty years," Ms. Okafor gushed.',
      '"You had a month," aide Dana Ruiz replied, and Ms. Ruiz left the room.',
      '"Not with the numbers you sent," he interjected.',
    ),
    rows: [
      ['This is a budget', 'Dan Kessler', 'person', 'Mr. Kessler'],
      ['It is the best', 'Grace Okafor', 'person', 'Ms. Okafor'],
      ['You had a month', 'Dana Ruiz', 'person', 'aide Dana Ruiz'],
      ['Not with the numbers', 'Dan Kessler', 'person', 'he'],
    ],
  },
  {
    name: 'an unnamed source by its role',
    text: story(AP, 'Aldermen met behind closed doors.', '"Give us one more week to read it," the alderman implored.'),
    rows: [['Give us one more', 'the alderman', 'unnamed', 'the alderman']],
  },
  {
    name: 'a doubled verb, a wire typo',
    text: story(REUTERS, '"Rates will stay where they are until the autumn," said said Thomas Ellis, chief economist at Harlow Bank.'),
    rows: [['Rates will stay', 'Thomas Ellis', 'person', 'Thomas Ellis']],
  },
  // The subject of a sentence that holds a partial quotation is its source.
  {
    name: 'the subject of a sentence with a partial quotation',
    text: story(
      AP,
      'The governor attacked the "dishonest" press for its "fake surveys" at a rally on Friday.',
      'The speaker is urging members to "vote their conscience on this one."',
      'Randall Ortiz dismissed that notion, calling it "illogical."',
    ),
    rows: [
      ['dishonest', 'the governor', 'unnamed', 'The governor'],
      ['fake surveys', 'the governor', 'unnamed', 'The governor'],
      ['vote their conscience', 'the speaker', 'unnamed', 'The speaker'],
      ['illogical', 'Randall Ortiz', 'person', 'Randall Ortiz'],
    ],
  },
  {
    name: 'the agent of a passive of naming, not its subject',
    text: story(AP, 'The deal came to be known by critics as "the worst bargain in the history of the state."'),
    rows: [['the worst bargain', 'critics', 'group', 'critics']],
  },
  {
    name: 'a thing as subject speaks for no one',
    text: story(AP, 'During the hearing, the new rules were described as "a burden that small farms cannot carry."'),
    rows: [['a burden that small', null, null, null]],
    unattributed: 1,
  },
  // Organisations, documents, groups and unnamed people.
  {
    name: 'organisations',
    text: story(
      REUTERS,
      'Harlow Bank cut its forecast for growth on Monday.',
      '"The outlook has darkened since the spring," the bank said.',
      '"We stand by our reporting," the broadcaster said in a statement.',
      'The influential daily wrote that the minister had "lost the confidence of his own party."',
      '"The minister will respond in due course," his office said.',
    ),
    rows: [
      ['The outlook has darkened', 'Harlow Bank', 'organisation', 'the bank'],
      ['We stand by our', 'the broadcaster', 'organisation', 'the broadcaster'],
      ['lost the confidence', 'the influential daily', 'organisation', 'The influential daily'],
      ['The minister will respond', 'his office', 'organisation', 'his office'],
    ],
  },
  {
    name: 'the company is the organisation the story is about',
    text: story(
      REUTERS,
      'Halvorsen Foods said on Tuesday it would close two plants in Ohio.',
      '"This was a painful decision," the company said.',
    ),
    rows: [['This was a painful', 'Halvorsen Foods', 'organisation', 'the company']],
  },
  {
    name: 'documents',
    text: story(
      AP,
      '"Oversight of the program was inadequate from the start," the report said.',
      'The memo says the agency "never tested the system before launch."',
      '"The defendant knew of the defect," the court filing says.',
      '"Spending rose faster than revenue in every quarter," the audit says.',
    ),
    rows: [
      ['Oversight of the program', 'the report', 'document', 'the report'],
      ['never tested the system', 'the memo', 'document', 'The memo'],
      ['The defendant knew', 'the court filing', 'document', 'the court filing'],
      ['Spending rose faster', 'the audit', 'document', 'the audit'],
    ],
  },
  {
    name: 'groups and unnamed people',
    text: story(
      REUTERS,
      '"The market had priced in a cut," analysts said.',
      'Economists said the figures were "worse than anyone expected."',
      '"Nobody wants to sell at these levels," a trader said.',
      '"We were not consulted at all," one delegate said.',
      '"The talks are at a standstill," said a senior official.',
    ),
    rows: [
      ['The market had priced', 'analysts', 'group', 'analysts'],
      ['worse than anyone', 'Economists', 'group', 'Economists'],
      ['Nobody wants to sell', 'a trader', 'unnamed', 'a trader'],
      ['We were not consulted', 'one delegate', 'unnamed', 'one delegate'],
      ['The talks are at', 'a senior official', 'unnamed', 'a senior official'],
    ],
  },
  // Names as copy writes them.
  {
    name: 'honorifics, titles, party tags and suffixes',
    text: story(
      AP,
      'The Rev. Joan Pike led the vigil outside the church on Sunday night.',
      '"We are here to grieve together," Mrs. Pike said.',
      '"This bill is a disgrace," Sen. Ann Walsh (D-Ore.) said.',
      '"We will not back down," said Rep. Luis Ortega Jr. (R-Texas).',
    ),
    rows: [
      ['We are here to grieve', 'Joan Pike', 'person', 'Mrs. Pike'],
      ['This bill is a disgrace', 'Ann Walsh', 'person', 'Sen. Ann Walsh (D-Ore.)'],
      ['We will not back down', 'Luis Ortega Jr.', 'person', 'Rep. Luis Ortega Jr. (R-Texas)'],
    ],
  },
  {
    name: 'occupations before the name, possessive affiliations',
    text: story(
      REUTERS,
      '"Children notice far more than adults think," psychologist Ellen Brandt said.',
      '"We knocked on every door in the county," campaign staffer Omar Haddad said.',
      '"Sterling will struggle this quarter," Barclays\' Hinton said.',
      '"The yen is undervalued," Nomura\'s Tanaka said.',
    ),
    rows: [
      ['Children notice far more', 'Ellen Brandt', 'person', 'psychologist Ellen Brandt'],
      ['We knocked on every', 'Omar Haddad', 'person', 'campaign staffer Omar Haddad'],
      ['Sterling will struggle', 'Hinton', 'person', "Barclays' Hinton"],
      ['The yen is undervalued', 'Tanaka', 'person', "Nomura's Tanaka"],
    ],
  },
  {
    name: 'long descriptions between a name and its verb, as X puts it, X, of Y, said',
    text: story(
      'SEOUL, March 3 (Reuters) -',
      '"The North is testing how far it can go," Lena Park, a fellow at a defence think tank in Seoul that advises the government, puts it.',
      'As Park puts it, "nobody in this city is sleeping well."',
      '"We expect another launch within weeks," Kim Min-jun, of Yonsei University, said.',
    ),
    rows: [
      ['The North is testing', 'Lena Park', 'person', 'Lena Park'],
      ['nobody in this city', 'Lena Park', 'person', 'Park'],
      ['We expect another launch', 'Kim Min-jun', 'person', 'Kim Min-jun'],
    ],
  },
  // Layouts.
  {
    name: 'a roundup of reactions, one outlet per line',
    text: story(
      AP,
      'Reaction to the ruling came quickly.',
      'Maria Lopez, The Daily Star: "It is a good day for the rule of law."',
      'Tom Reyes, Channel 5: "The court has spoken, and we must respect it."',
    ),
    rows: [
      ['It is a good day', 'Maria Lopez', 'person', 'Maria Lopez'],
      ['The court has spoken', 'Tom Reyes', 'person', 'Tom Reyes'],
    ],
  },
  {
    name: 'a headline or roundup line that names the speaker and the topic: `Clinton on Trump:`',
    text:
      'Clinton on Trump: "He does not get it"\n\n' +
      `${AP} Hillary Clinton spoke to supporters in Ohio on Tuesday.\n\n` +
      'Senator Mark Eden on the budget deal: "We gave up too much for too little."\n',
    rows: [
      ['He does not get it', 'Hillary Clinton', 'person', 'Clinton'],
      ['We gave up too much', 'Mark Eden', 'person', 'Senator Mark Eden'],
    ],
  },
  {
    name: 'a headline that opens with its speaker and a colon gives them its partial quotations',
    text:
      "Governor Reyes: Budget Plan 'Dead on Arrival,' Talks 'Going Nowhere Fast'\n\n" +
      `${AP} Governor Ana Reyes rejected the plan on Monday.\n`,
    rows: [
      ['Dead on Arrival', 'Ana Reyes', 'person', 'Governor Reyes'],
      ['Going Nowhere Fast', 'Ana Reyes', 'person', 'Governor Reyes'],
    ],
  },
  {
    name: 'the attribution is the sentence before, a split quotation, later quotations of the paragraph',
    text: story(
      REUTERS,
      'Fund manager Helen Marsh predicted a rate cut by spring. "Nobody is talking about a slowdown, but it is coming," she said.',
      '"Inflation is falling," Marsh said. "Wages are flat. The bank will have to move."',
      'Investors are cautious, said Marsh, who called the market "nervous" and the outlook "murky."',
    ),
    rows: [
      ['Nobody is talking', 'Helen Marsh', 'person', 'she'],
      ['Inflation is falling', 'Helen Marsh', 'person', 'Marsh'],
      ['Wages are flat', 'Helen Marsh', 'person', null],
      ['nervous', 'Helen Marsh', 'person', 'who'],
      ['murky', 'Helen Marsh', 'person', 'who'],
    ],
  },
  {
    name: 'the sentence before a quotation names its speaker',
    text: story(REUTERS, 'Marsh predicted a rate cut by spring. "Nobody is talking about a slowdown yet."'),
    rows: [['Nobody is talking', 'Marsh', 'person', 'Marsh']],
  },
  // Pronouns with agreement.
  {
    name: 'she and he by what the copy tells, never by a first name',
    text: story(
      AP,
      'Rep. Jordan Blake met Sen. Alex Rivera on Monday.',
      'Mrs. Blake said the meeting was useful. "We agreed on more than we expected," she said.',
      '"Nothing has been decided," he said.',
    ),
    rows: [
      ['We agreed on more', 'Jordan Blake', 'person', 'she'],
      ['Nothing has been decided', 'Alex Rivera', 'person', 'he'],
    ],
  },
  {
    name: 'they for a group, it for an organisation, no one when nothing fits',
    text: story(
      REUTERS,
      'Union leaders met the board of Harlow Bank on Friday.',
      '"We will strike if we have to," they said.',
      '"It has made a fair offer," it said in a statement.',
    ),
    rows: [
      ['We will strike', 'Union leaders', 'group', 'they'],
      ['It has made a fair', 'Harlow Bank', 'organisation', 'it'],
    ],
  },
  {
    name: 'a pronoun that fits no one gives no speaker',
    text: story(AP, 'The storm hit the coast overnight. "We lost everything in an hour," she said.'),
    rows: [['We lost everything', null, null, 'she']],
  },
  // Quoted names, titles, slogans and terms are no statements.
  {
    name: 'titles, slogans, signs and terms need no speaker, at any length',
    text: story(
      AP,
      'The network renewed "Game of Thrones" for another season.',
      'Supporters waved signs reading "Yes We Can Do It Again This Year" outside the hall.',
      'Critics say the deal was a "quid pro quo arrangement between two old friends" from the start.',
      'The plan, called "Fresh Start for Every Family in the State", goes to a vote next week.',
    ),
    rows: [
      ['Game of Thrones', 'the network', 'organisation', 'The network'],
      ['Yes We Can', 'Supporters', 'group', 'Supporters'],
      ['quid pro quo', 'Critics', 'group', 'Critics'],
      ['Fresh Start for Every', null, null, null],
    ],
  },
  {
    name: 'a work cited with its author after it, as a roundup lists articles, is no statement',
    text: story(
      AP,
      'Reading list for the week ahead.',
      '"Harbour council puts off ferry fare rise until the summer," by the Herald\'s Ann Holt: the vote is now set for June.',
      '"Growers count the cost of a late frost in the orchards," by Tom Reyes.',
    ),
    rows: [
      ['Harbour council puts off', null, null, null],
      ['Growers count the cost', null, null, null],
    ],
  },
  {
    name: 'a quotation with its source in brackets after it, as digests cite outlets, is not reported',
    text: story(AP, 'The morning digest.', 'FERRY FARES ON HOLD "The council wants more time to hear from the islanders before any vote." [Harbour Herald.]'),
    rows: [['The council wants more', null, null, null]],
  },
  {
    name: 'an unattributed statement is still reported',
    text: story(AP, 'The rules take effect in March.', '"It will change everything for small farmers across the country."'),
    rows: [['It will change everything', null, null, null]],
    unattributed: 1,
  },
];

const opening = (a: Analysis, i: number): string => a.text.slice(a.quotes[i]!.inner.start, a.quotes[i]!.inner.end);

describe('attribution on the patterns of real copy', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      const rows = a.quotes.map((q, i): Row => {
        const p = q.speaker === null ? null : a.people[q.speaker]!;
        const row = c.rows.find((r) => opening(a, i).startsWith(r[0]));
        return [row ? row[0] : opening(a, i), p ? p.name : null, p ? p.kind : null, q.source ? a.text.slice(q.source.start, q.source.end) : null];
      });
      assert.deepEqual(rows, c.rows);
      assert.equal(a.findings.filter((f) => f.rule === 'unattributed-quote').length, c.unattributed ?? 0);
    });
  }

  it('takes no company or agency named in passing for a person', () => {
    const a = analyze(
      story(
        REUTERS,
        'Shares of Halvorsen Foods rose after Merrill Lynch and Co raised its rating, said Jane Roe, an analyst at Morgan Grenfell.',
        'The company hired Financial Communications to handle the offer.',
      ),
    );
    const persons = a.people.filter((p) => p.kind === 'person').map((p) => p.name);
    for (const firm of ['Merrill Lynch', 'Morgan Grenfell', 'Financial Communications', 'Halvorsen Foods']) assert.ok(!persons.includes(firm), `${firm} in ${persons.join(', ')}`);
    assert.ok(persons.includes('Jane Roe'), persons.join(', '));
  });

  it('never gives an organisation a title', () => {
    const a = analyze(story(REUTERS, 'Harlow Bank Chief Executive Ann Cole spoke first.', '"Our results speak for themselves," Harlow Bank said.'));
    const bank = a.people.find((p) => p.kind === 'organisation');
    assert.ok(bank, a.people.map((p) => `${p.name} (${p.kind})`).join(', '));
    assert.equal(bank.title, null);
  });
});
