import assert from 'node:assert/strict';
import { type Analysis, analyze } from '../../src/core/analyze';
import { readFixture, SAMPLE } from './fixtures';

/**
 * Who said what, case by case. Each story is invented in the style of AP, Reuters or AFP copy;
 * every expected value was written from the case's text by hand. `source` is the mention that
 * attributes the quotation as written (title included), `cue` the verb or phrase; a quotation
 * that takes its speaker from a neighbour (split quotes, multi-paragraph quotes) has neither.
 */
interface ExpectedQuote {
  /** The words inside the marks. */
  inner: string;
  speaker: string | null;
  source: string | null;
  cue: string | null;
  continues?: boolean;
}

interface ExpectedPerson {
  name: string;
  title: string | null;
  /** Aliases that must be among the person's aliases. */
  aliases: string[];
}

interface Case {
  name: string;
  text: string;
  quotes: ExpectedQuote[];
  people?: ExpectedPerson[];
  /** Rule id and the text each finding covers, in order; checked for the two quote rules. */
  findings?: [string, string][];
}

const inherited = (inner: string, speaker: string, continues = false): ExpectedQuote => ({ inner, speaker, source: null, cue: null, continues });

const CASES: Case[] = [
  {
    name: 'source then cue after the quotation, AP day after the verb',
    text:
      'WASHINGTON (AP) — The Senate will vote next week on a $40 billion disaster aid package, Majority Leader Tom Reyes said Tuesday.\n\n' +
      '"We have the votes, and we will pass it before the recess," Reyes said Tuesday.\n',
    quotes: [{ inner: 'We have the votes, and we will pass it before the recess,', speaker: 'Tom Reyes', source: 'Reyes', cue: 'said' }],
    people: [{ name: 'Tom Reyes', title: 'Majority Leader', aliases: ['Reyes'] }],
  },
  {
    name: 'cue then source after the quotation, Reuters appositive after the name',
    text:
      "STOCKHOLM, Feb 3 (Reuters) - Sweden's central bank held its key rate at 2.25% on Thursday, as expected.\n\n" +
      '"Inflation is coming down, but the krona remains a worry," said Anna Berg, chief economist at Nordbank in Stockholm.\n\n' +
      '"We still see one more cut this year," Berg told Reuters.\n',
    quotes: [
      { inner: 'Inflation is coming down, but the krona remains a worry,', speaker: 'Anna Berg', source: 'Anna Berg', cue: 'said' },
      { inner: 'We still see one more cut this year,', speaker: 'Anna Berg', source: 'Berg', cue: 'told' },
    ],
  },
  {
    name: 'source and cue before the quotation with a colon',
    text:
      'KYIV, Ukraine (AP) — Ukrainian President Petro Marchenko said Monday he was ready to meet his Russian counterpart.\n\n' +
      'Marchenko said: "I will go anywhere, at any time, if it brings peace closer."\n',
    quotes: [{ inner: 'I will go anywhere, at any time, if it brings peace closer.', speaker: 'Petro Marchenko', source: 'Marchenko', cue: 'said' }],
    people: [{ name: 'Petro Marchenko', title: 'Ukrainian President', aliases: ['Marchenko'] }],
  },
  {
    name: 'partial quotation after "said that"',
    text:
      'BRUSSELS (AP) — EU Trade Commissioner Ines Varga said that the bloc was "ready to respond firmly and proportionately" to the new tariffs.\n',
    quotes: [{ inner: 'ready to respond firmly and proportionately', speaker: 'Ines Varga', source: 'EU Trade Commissioner Ines Varga', cue: 'said' }],
    people: [{ name: 'Ines Varga', title: 'EU Trade Commissioner', aliases: [] }],
  },
  {
    name: 'a split quotation and a pronoun in the next paragraph',
    text:
      'NEW ORLEANS (AP) — Residents of the Lower Ninth Ward returned Sunday to find their homes under a foot of mud.\n\n' +
      '"We are not going anywhere," said Lucille Boudreaux, 71, standing on her porch. "This is our home, and we will rebuild it."\n\n' +
      '"My mother built this house with her own hands," she said.\n',
    quotes: [
      { inner: 'We are not going anywhere,', speaker: 'Lucille Boudreaux', source: 'Lucille Boudreaux', cue: 'said' },
      inherited('This is our home, and we will rebuild it.', 'Lucille Boudreaux'),
      { inner: 'My mother built this house with her own hands,', speaker: 'Lucille Boudreaux', source: 'she', cue: 'said' },
    ],
    findings: [],
  },
  {
    name: '"according to X" after a partial quotation and "according to him" before one',
    text:
      "ISLAMABAD, March 4 (Reuters) - Pakistan's army said on Monday it had killed 12 militants in a raid near the Afghan border.\n\n" +
      'The militants had been planning "a major attack on security forces in the coming days," according to army spokesman Maj. Gen. Ahmed Qureshi.\n\n' +
      'Qureshi said troops had recovered weapons and explosives. According to him, the operation "will continue until the area is completely cleared."\n',
    quotes: [
      { inner: 'a major attack on security forces in the coming days,', speaker: 'Ahmed Qureshi', source: 'army spokesman Maj. Gen. Ahmed Qureshi', cue: 'according to' },
      { inner: 'will continue until the area is completely cleared.', speaker: 'Ahmed Qureshi', source: 'him', cue: 'According to' },
    ],
    people: [{ name: 'Ahmed Qureshi', title: 'Maj. Gen.', aliases: ['Qureshi'] }],
  },
  {
    name: '"told reporters" before and after the quotation',
    text:
      'LOS ANGELES (AP) — Mayor Lisa Chen told reporters Friday that the city "will rebuild every single home that was lost in this fire."\n\n' +
      '"We expect the first permits to go out next month," Chen told reporters at City Hall.\n',
    quotes: [
      { inner: 'will rebuild every single home that was lost in this fire.', speaker: 'Lisa Chen', source: 'Mayor Lisa Chen', cue: 'told reporters' },
      { inner: 'We expect the first permits to go out next month,', speaker: 'Lisa Chen', source: 'Chen', cue: 'told reporters' },
    ],
    people: [{ name: 'Lisa Chen', title: 'Mayor', aliases: ['Chen'] }],
  },
  {
    name: '"said in a statement"',
    text:
      "BERLIN, May 12 (Reuters) - Germany's interior ministry banned a far-right group on Wednesday.\n\n" +
      '"Those who attack our democracy will face the full force of the law," Interior Minister Karl Huber said in a statement.\n',
    quotes: [
      { inner: 'Those who attack our democracy will face the full force of the law,', speaker: 'Karl Huber', source: 'Interior Minister Karl Huber', cue: 'said in a statement' },
    ],
    people: [{ name: 'Karl Huber', title: 'Interior Minister', aliases: [] }],
  },
  {
    name: '"wrote on Twitter" with a split quotation, and "tweeted" after an appositive',
    text:
      "LISBON, Portugal (AP) — Portugal's prime minister welcomed the deal on Saturday.\n\n" +
      '"Today Europe showed it can stand together," Prime Minister Ana Sousa wrote on Twitter. "Now the hard work begins."\n\n' +
      '"The deal is a disaster for American workers," Sen. Josh Keller, R-Mo., tweeted.\n',
    quotes: [
      { inner: 'Today Europe showed it can stand together,', speaker: 'Ana Sousa', source: 'Prime Minister Ana Sousa', cue: 'wrote on Twitter' },
      inherited('Now the hard work begins.', 'Ana Sousa'),
      { inner: 'The deal is a disaster for American workers,', speaker: 'Josh Keller', source: 'Sen. Josh Keller', cue: 'tweeted' },
    ],
  },
  {
    name: 'a paragraph-opening quotation after a sentence that names its speaker with a colon',
    text:
      'DES MOINES, Iowa (AP) — Gov. Rick Dalton told a packed union hall on Thursday night why he had vetoed the bill:\n\n' +
      '"It was written by lobbyists, for lobbyists, and I was not going to sign it."\n\n' +
      'Dalton put it more bluntly to reporters afterward:\n\n' +
      '"Nobody in this state asked for that bill. Nobody."\n',
    quotes: [
      { inner: 'It was written by lobbyists, for lobbyists, and I was not going to sign it.', speaker: 'Rick Dalton', source: 'Gov. Rick Dalton', cue: 'told' },
      { inner: 'Nobody in this state asked for that bill. Nobody.', speaker: 'Rick Dalton', source: 'Dalton', cue: 'put it' },
    ],
    findings: [],
  },
  {
    name: 'AP lower-case titles before a name',
    text:
      'DETROIT (AP) — Workers at three auto plants walked off the job Monday.\n\n' +
      '"The strike will go on until the company comes back to the table," union official Dean Hollis said outside the Warren plant.\n\n' +
      '"I have never seen the line this long," said retiree Walter Kowalski, who worked at the plant for 31 years.\n',
    quotes: [
      { inner: 'The strike will go on until the company comes back to the table,', speaker: 'Dean Hollis', source: 'union official Dean Hollis', cue: 'said' },
      { inner: 'I have never seen the line this long,', speaker: 'Walter Kowalski', source: 'retiree Walter Kowalski', cue: 'said' },
    ],
    people: [
      { name: 'Dean Hollis', title: 'union official', aliases: [] },
      { name: 'Walter Kowalski', title: 'retiree', aliases: [] },
    ],
  },
  {
    name: 'appositives, and a descriptor that fits an abbreviated title',
    text:
      'WASHINGTON (AP) — "This bill protects families who have waited far too long," Sen. Maria Lopez, D-N.M., said Wednesday.\n\n' +
      'Lopez, a former prosecutor, said the vote "was never in doubt."\n\n' +
      '"We did our job," the senator said.\n\n' +
      "Russia's envoy to the United Nations, Ivan Sorokin, said: \"We will study the text carefully.\"\n",
    quotes: [
      { inner: 'This bill protects families who have waited far too long,', speaker: 'Maria Lopez', source: 'Sen. Maria Lopez', cue: 'said' },
      { inner: 'was never in doubt.', speaker: 'Maria Lopez', source: 'Lopez', cue: 'said' },
      { inner: 'We did our job,', speaker: 'Maria Lopez', source: 'the senator', cue: 'said' },
      { inner: 'We will study the text carefully.', speaker: 'Ivan Sorokin', source: 'Ivan Sorokin', cue: 'said' },
    ],
    people: [{ name: 'Maria Lopez', title: 'Sen.', aliases: ['Lopez', 'the senator'] }],
  },
  {
    name: 'pronouns resolve to the most recent speaker they fit',
    text:
      'GENEVA (AP) — Iranian Foreign Minister Ali Tavakoli and his French counterpart, Claire Dubois, met for three hours on Monday.\n\n' +
      '"The door to diplomacy is still open," Tavakoli told reporters afterward. "But it will not stay open forever," he said.\n\n' +
      'Dubois was more cautious. "We are not there yet," she said.\n\n' +
      'Tavakoli left before Dubois spoke to the press. "The sanctions must go first," he said.\n',
    quotes: [
      { inner: 'The door to diplomacy is still open,', speaker: 'Ali Tavakoli', source: 'Tavakoli', cue: 'told reporters' },
      { inner: 'But it will not stay open forever,', speaker: 'Ali Tavakoli', source: 'he', cue: 'said' },
      { inner: 'We are not there yet,', speaker: 'Claire Dubois', source: 'she', cue: 'said' },
      { inner: 'The sanctions must go first,', speaker: 'Ali Tavakoli', source: 'he', cue: 'said' },
    ],
    people: [
      { name: 'Ali Tavakoli', title: 'Iranian Foreign Minister', aliases: ['Tavakoli'] },
      { name: 'Claire Dubois', title: null, aliases: ['Dubois'] },
    ],
  },
  {
    name: 'words inside a quotation never attribute it',
    text:
      'THE HAGUE, Netherlands (AP) — Dutch Finance Minister Pieter Smit defended the budget on Tuesday.\n\n' +
      '"As Chancellor Weber said last week, nobody wins a trade war," Smit said. "Nobody wins, as President Morel told us in Paris, and everyone loses," he added.\n\n' +
      '"I agree with every word President Morel said in Paris," he said.\n',
    quotes: [
      { inner: 'As Chancellor Weber said last week, nobody wins a trade war,', speaker: 'Pieter Smit', source: 'Smit', cue: 'said' },
      { inner: 'Nobody wins, as President Morel told us in Paris, and everyone loses,', speaker: 'Pieter Smit', source: 'he', cue: 'added' },
      { inner: 'I agree with every word President Morel said in Paris,', speaker: 'Pieter Smit', source: 'he', cue: 'said' },
    ],
  },
  {
    name: 'a quotation running over three paragraphs',
    text:
      'HOUSTON (AP) — Floodwaters began to recede Wednesday in the east of the city.\n\n' +
      '"We knew the water was rising," said Maria Santos, who runs a bakery on Main Street. "By midnight it was at the door.\n\n' +
      '"By morning the whole street was a river.\n\n' +
      '"We lost everything in one night."\n\n' +
      'Santos said she would reopen once the power was back.\n',
    quotes: [
      { inner: 'We knew the water was rising,', speaker: 'Maria Santos', source: 'Maria Santos', cue: 'said' },
      inherited('By midnight it was at the door.', 'Maria Santos'),
      inherited('By morning the whole street was a river.', 'Maria Santos', true),
      inherited('We lost everything in one night.', 'Maria Santos', true),
    ],
    findings: [],
  },
  {
    name: 'single quotes nested in double ones, and a headline in single quotes',
    text:
      "Diaz: 'We have nowhere to go'\n\n" +
      'CHICAGO (AP) — "He knocked on my door and said, \'You have 24 hours to get out,\'" said tenant Rosa Diaz, 62.\n',
    quotes: [
      { inner: 'We have nowhere to go', speaker: 'Rosa Diaz', source: 'Diaz', cue: ':' },
      { inner: "He knocked on my door and said, 'You have 24 hours to get out,'", speaker: 'Rosa Diaz', source: 'tenant Rosa Diaz', cue: 'said' },
    ],
    findings: [],
  },
  {
    name: 'apostrophes are not quote marks, in headlines or in the body',
    text:
      'Envoy says ’90s-style meddling in others’ affairs must end\n\n' +
      'MOSCOW (AP) — Russia’s envoy to the United Nations, Ivan Sorokin, said Friday that the West “can’t keep meddling in others’ matters” and that “the ’90s are over.”\n',
    quotes: [
      { inner: 'can’t keep meddling in others’ matters', speaker: 'Ivan Sorokin', source: 'Ivan Sorokin', cue: 'said' },
      { inner: 'the ’90s are over.', speaker: 'Ivan Sorokin', source: 'Ivan Sorokin', cue: 'said' },
    ],
    findings: [],
  },
  {
    name: 'a headline quotation in curly single marks with an apostrophe inside',
    text: 'Lavrov: ‘Russia’s patience is running out’\n\nMOSCOW, March 2. /TASS/. Russian Foreign Minister Sergey Lavrov spoke to reporters on Thursday.\n',
    quotes: [{ inner: 'Russia’s patience is running out', speaker: 'Sergey Lavrov', source: 'Lavrov', cue: ':' }],
  },
  {
    name: 'ANPA `` and \'\' marks',
    text:
      '\u0016\u0016\u0001a0311\nr p BC-Eu-Farm-Protest 02-05 0236\n\u0002^Farmers block Brussels streets<\n^By LORNE COOK=\n^Associated Press=\n' +
      '\tBRUSSELS (AP) _ Thousands of farmers drove tractors into central Brussels on Thursday.\n' +
      "\t``We can't live on these prices,'' said Jan De Smet, a dairy farmer from Flanders. ``Our children won't take over the farm.''\n" +
      '\tThe European Commission said it would propose changes next month.\n\u0003\n',
    quotes: [
      { inner: "We can't live on these prices,", speaker: 'Jan De Smet', source: 'Jan De Smet', cue: 'said' },
      inherited("Our children won't take over the farm.", 'Jan De Smet'),
    ],
    findings: [],
  },
  {
    name: "a newspaper feed's '' and '' marks, a quotation running over two paragraphs",
    text:
      'Jobs report lifts Democrats\n\n' +
      "The economy added 240,000 jobs in March, more than forecast.\n\n" +
      "''We may finally be seeing wages pick up, and that would be a very big story,'' the economist Lena Marsh wrote on her blog.\n\n" +
      "''Good news for the country is bad news for the opposition.\n\n" +
      "''It takes away their best argument,'' she added.\n",
    quotes: [
      { inner: 'We may finally be seeing wages pick up, and that would be a very big story,', speaker: 'Lena Marsh', source: 'the economist Lena Marsh', cue: 'wrote' },
      inherited('Good news for the country is bad news for the opposition.', 'Lena Marsh'),
      { inner: 'It takes away their best argument,', speaker: 'Lena Marsh', source: 'she', cue: 'added', continues: true },
    ],
    findings: [],
  },
  {
    name: 'curly double marks, Reuters style',
    text:
      'TOKYO, June 2 (Reuters) - Japan’s top currency diplomat warned on Monday against speculative moves in the yen.\n\n' +
      '“We are watching the market with a high sense of urgency,” Vice Finance Minister Kenji Mori told reporters.\n',
    quotes: [{ inner: 'We are watching the market with a high sense of urgency,', speaker: 'Kenji Mori', source: 'Vice Finance Minister Kenji Mori', cue: 'told reporters' }],
    people: [{ name: 'Kenji Mori', title: 'Vice Finance Minister', aliases: [] }],
  },
  {
    name: 'guillemets',
    text:
      'PARIS, Jan 30, 2026 (AFP) - French President Emmanuel Morel on Friday called for a European response to the crisis.\n\n' +
      '«Europe must speak with one voice, or it will not be heard,» Morel said at the Elysee Palace.\n',
    quotes: [{ inner: 'Europe must speak with one voice, or it will not be heard,', speaker: 'Emmanuel Morel', source: 'Morel', cue: 'said' }],
    people: [{ name: 'Emmanuel Morel', title: 'French President', aliases: ['Morel'] }],
  },
  {
    name: 'unnamed sources are people named by their descriptor',
    text:
      'WASHINGTON (AP) — The United States is weighing new sanctions on Venezuela, officials said Monday.\n\n' +
      '"All options remain on the table," a State Department spokesman said, speaking on condition of anonymity.\n\n' +
      '"We expect a decision within days," U.S. officials told reporters.\n\n' +
      '"The talks have not collapsed," said one Western diplomat in Caracas.\n',
    quotes: [
      { inner: 'All options remain on the table,', speaker: 'a State Department spokesman', source: 'a State Department spokesman', cue: 'said' },
      { inner: 'We expect a decision within days,', speaker: 'U.S. officials', source: 'U.S. officials', cue: 'told reporters' },
      { inner: 'The talks have not collapsed,', speaker: 'one Western diplomat in Caracas', source: 'one Western diplomat in Caracas', cue: 'said' },
    ],
    findings: [],
  },
  {
    name: 'descriptors resolve to a known titled person, and only to one they fit',
    text:
      'OSLO, May 6 (Reuters) - Norwegian Prime Minister Erna Dahl said on Tuesday that Norway would raise defence spending.\n\n' +
      '"Our security cannot be taken for granted," the Norwegian prime minister told parliament.\n\n' +
      '"We will meet our commitments to our allies," the prime minister said.\n\n' +
      '"Berlin supports Oslo fully," the German chancellor said in a statement.\n',
    quotes: [
      { inner: 'Our security cannot be taken for granted,', speaker: 'Erna Dahl', source: 'the Norwegian prime minister', cue: 'told' },
      { inner: 'We will meet our commitments to our allies,', speaker: 'Erna Dahl', source: 'the prime minister', cue: 'said' },
      { inner: 'Berlin supports Oslo fully,', speaker: 'the German chancellor', source: 'the German chancellor', cue: 'said in a statement' },
    ],
    people: [{ name: 'Erna Dahl', title: 'Norwegian Prime Minister', aliases: ['the Norwegian prime minister', 'the prime minister'] }],
  },
  {
    name: 'openers before the speaker: "Asked ...," "On Tuesday," "Speaking in ..."',
    text:
      'MADRID, April 9 (Reuters) - Spanish Economy Minister Carmen Ruiz said the deficit target would be met.\n\n' +
      'Asked whether she would resign, Ruiz said: "Not today, and not tomorrow either."\n\n' +
      'Speaking in Barcelona later, Ruiz told Reuters the banks "have done their part and now it is our turn."\n',
    quotes: [
      { inner: 'Not today, and not tomorrow either.', speaker: 'Carmen Ruiz', source: 'Ruiz', cue: 'said' },
      { inner: 'have done their part and now it is our turn.', speaker: 'Carmen Ruiz', source: 'Ruiz', cue: 'told' },
    ],
    people: [{ name: 'Carmen Ruiz', title: 'Spanish Economy Minister', aliases: ['Ruiz'] }],
  },
  {
    name: 'findings: unattributed statements, scare quotes, a stray closing mark, an opening mark never closed',
    text:
      'LONDON (AP) — Critics have dubbed the plan "Brexit 2.0" and warned it could split the party.\n\n' +
      'The new rules take effect in March. "It will change everything for small farmers across the country."\n\n' +
      '"We will fight this in every court in the land," Lopez said."\n\n' +
      '"This is not over, said Green Party leader Carla Price.\n\n' +
      'Price did not say when the party would vote.\n',
    quotes: [
      { inner: 'Brexit 2.0', speaker: 'Critics', source: 'Critics', cue: 'dubbed' },
      { inner: 'It will change everything for small farmers across the country.', speaker: null, source: null, cue: null },
      { inner: 'We will fight this in every court in the land,', speaker: 'Lopez', source: 'Lopez', cue: 'said' },
    ],
    findings: [
      ['unattributed-quote', '"It will change everything for small farmers across the country."'],
      ['unbalanced-quote', '"'],
      ['unbalanced-quote', '"'],
    ],
  },
];

const slice = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);

function quoteRows(a: Analysis): ExpectedQuote[] {
  return a.quotes.map((q) => ({
    inner: a.text.slice(q.inner.start, q.inner.end),
    speaker: q.speaker === null ? null : a.people[q.speaker]!.name,
    source: slice(a.text, q.source),
    cue: slice(a.text, q.cue),
    continues: q.continues,
  }));
}

describe('quotations and their speakers', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const a = analyze(c.text);

      it('finds every quotation and its speaker, source and cue', () => {
        assert.deepEqual(
          quoteRows(a),
          c.quotes.map((q) => ({ ...q, continues: q.continues ?? false })),
        );
      });

      if (c.people) {
        it('names the people with their titles and aliases', () => {
          for (const want of c.people!) {
            const got = a.people.find((p) => p.name === want.name);
            assert.ok(got, `no person ${want.name} in ${a.people.map((p) => p.name).join(', ')}`);
            assert.equal(got.title, want.title, `title of ${want.name}`);
            for (const alias of want.aliases) assert.ok(got.aliases.includes(alias), `${want.name} lacks alias ${alias}: ${got.aliases.join(', ')}`);
          }
        });
      }

      if (c.findings) {
        it('raises the quote findings it should, and no others', () => {
          const got = a.findings.filter((f) => f.rule === 'unattributed-quote' || f.rule === 'unbalanced-quote').map((f) => [f.rule, c.text.slice(f.start, f.end)]);
          assert.deepEqual(got, c.findings);
        });
      }
    });
  }
});

describe('the sample TASS story: quotations and people', () => {
  const a = analyze(readFixture(SAMPLE));
  const lavrov = a.people.findIndex((p) => p.name === 'Sergey Lavrov');

  it('gives every quotation but the partial one to Sergey Lavrov', () => {
    assert.equal(a.quotes.length, 33);
    const others = a.quotes.filter((q) => q.speaker !== lavrov);
    assert.equal(others.length, 1);
    assert.equal(others[0]!.speaker, null);
    assert.ok(a.text.slice(others[0]!.inner.start, others[0]!.inner.end).startsWith('which for some reason seemed to the Democratic Party'));
  });

  it('titles Lavrov and knows his aliases', () => {
    const p = a.people[lavrov]!;
    assert.equal(p.title, 'Russian Foreign Minister');
    for (const alias of ['Lavrov', 'the Russian top diplomat', 'the Russian foreign minister']) assert.ok(p.aliases.includes(alias), alias);
  });

  it('knows the other people, none of them quoted', () => {
    const expect: [string, string | null][] = [
      ['Rex Tillerson', 'US Secretary of State'],
      ['Stefan Lofven', 'Swedish Prime Minister'],
      ['Donald Trump', 'US President'],
    ];
    for (const [name, title] of expect) {
      const p = a.people.find((x) => x.name === name);
      assert.ok(p, name);
      assert.equal(p.title, title);
      assert.equal(p.quotes.length, 0);
    }
    for (const surname of ['Putin', 'Blair']) {
      const p = a.people.find((x) => x.name.endsWith(surname));
      assert.ok(p, surname);
      assert.equal(p.quotes.length, 0);
    }
  });

  it('flags only the partial quotation and the mark after `Lavrov said."`', () => {
    const unattributed = a.findings.filter((f) => f.rule === 'unattributed-quote');
    assert.equal(unattributed.length, 1);
    const unbalanced = a.findings.filter((f) => f.rule === 'unbalanced-quote');
    assert.equal(unbalanced.length, 1);
    assert.equal(a.text.slice(unbalanced[0]!.start - 12, unbalanced[0]!.end), 'Lavrov said."');
  });
});

/** Two longer stories, every quotation's speaker checked by hand against the text, in order. */
const STORIES: [string, (string | null)[]][] = [
  [
    'quotes/ap-politics.txt',
    [
      'Tom Reyes', 'Tom Reyes', 'Maria Lopez', 'Maria Lopez', 'Maria Lopez', 'a White House spokeswoman', 'Joe Carter',
      'Dan Whitfield', 'Dan Whitfield', 'Dan Whitfield', 'Dan Whitfield', 'a senior Democratic aide', 'some conservatives', 'Tom Reyes',
      'Tom Reyes',
    ],
  ],
  [
    'quotes/afp-diplomacy.txt',
    [
      'diplomats', 'Ali Tavakoli', 'Ali Tavakoli', 'Ali Tavakoli', 'Claire Dubois', 'Claire Dubois', 'a European diplomat',
      'Ali Tavakoli', 'Ali Tavakoli', 'Rafael Ortiz', 'a State Department spokesman', 'a State Department spokesman',
      'Claire Dubois', 'Claire Dubois', 'Claire Dubois',
    ],
  ],
];

describe('longer agency stories: every quotation to its speaker', () => {
  for (const [file, speakers] of STORIES) {
    it(file, () => {
      const a = analyze(readFixture(file));
      assert.deepEqual(
        a.quotes.map((q) => (q.speaker === null ? null : a.people[q.speaker]!.name)),
        speakers,
      );
      assert.deepEqual(a.strays, []);
      // "Amnesty lite," the one scare quote, is the subject's: `Some conservatives have dismissed the package as`.
      assert.deepEqual(a.findings.filter((f) => f.rule === 'unattributed-quote'), []);
    });
  }
});
