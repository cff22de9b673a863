import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fixturePath, readFixture, ROOT, SAMPLE } from './fixtures';

interface Span {
  start: number;
  end: number;
  text?: string;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fixtureFiles(join(dir, e.name)) : /\.(txt|wire)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every span lies in the text, and a span that reports its text reports exactly the slice. */
function checkSpan(text: string, span: Span, where: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${where}: ${span.start}..${span.end} in 0..${text.length}`);
  if (span.text !== undefined) assert.equal(span.text, text.slice(span.start, span.end), `${where}: text`);
}

function checkSorted(spans: Span[], where: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.start <= spans[i]!.start, `${where} sorted by start`);
}

describe('copydesk analyze --json (the analysis contract)', () => {
  for (const file of fixtureFiles(join(ROOT, 'test', 'fixtures'))) {
    const name = relative(join(ROOT, 'test', 'fixtures'), file);
    it(`follows the contract on ${name}`, () => {
      const r = cli('analyze', '--json', file);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      const text = readFixture(name);
      assert.equal(doc.schema, 'copydesk/analysis@1');
      assert.equal(doc.file, file);
      checkSorted(doc.quotes, 'quotes');
      const ids = new Set(doc.people.map((p: { id: string }) => p.id));
      for (const q of doc.quotes) {
        checkSpan(text, { start: q.start, end: q.end }, 'quote');
        assert.ok(text.slice(q.start, q.end).includes(q.text), 'quote text inside its marks');
        for (const s of [q.source, q.cue]) if (s !== null) checkSpan(text, s, 'source or cue');
        assert.ok(q.speaker === null || ids.has(q.speaker), `speaker ${q.speaker} is a person`);
      }
      for (const person of doc.people) {
        person.mentions.forEach((m: Span) => checkSpan(text, m, `mention of ${person.name}`));
        checkSorted(person.mentions, 'mentions');
        assert.equal(person.quotes, doc.quotes.filter((q: { speaker: string }) => q.speaker === person.id).length, 'quote count');
      }
      checkSorted(doc.stories, 'stories');
      for (const story of doc.stories) {
        checkSpan(text, story, 'story');
        for (const key of ['headline', 'standfirst', 'dateline'] as const) {
          if (story[key] !== null) checkSpan(text, story[key], key);
        }
        story.residue.forEach((r: Span) => checkSpan(text, r, 'residue'));
        checkSorted(story.sections, 'sections');
        for (const section of story.sections) {
          checkSpan(text, section, 'section');
          assert.ok(story.start <= section.start && section.end <= story.end, 'section inside its story');
          if (section.title !== null) {
            assert.equal(text.slice(section.titleStart, section.titleEnd), section.title);
          }
          checkSorted(section.paragraphs, 'paragraphs');
          for (const p of section.paragraphs) {
            checkSpan(text, p, 'paragraph');
            assert.ok(section.start <= p.start && p.end <= section.end, 'paragraph inside its section');
          }
        }
      }
      checkSorted(doc.findings, 'findings');
      for (const finding of doc.findings) {
        checkSpan(text, finding, finding.rule);
        for (const fix of finding.fixes) {
          const edits = [...fix.edits].sort((a: Span, b: Span) => a.start - b.start);
          edits.forEach((e: Span, i: number) => {
            checkSpan(text, { start: e.start, end: e.end }, 'edit');
            if (i > 0) assert.ok(edits[i - 1]!.end <= e.start, 'edits do not overlap');
          });
        }
      }
    });
  }

  it('prints an array, in argument order, for several files', () => {
    const a = fixturePath(SAMPLE);
    const b = fixturePath('anpa.txt');
    const r = cli('analyze', '--json', b, a);
    assert.equal(r.status, 0, r.stderr);
    const docs = JSON.parse(r.stdout);
    assert.ok(Array.isArray(docs));
    assert.deepEqual(
      docs.map((d: { file: string }) => d.file),
      [b, a],
    );
  });
});

describe('copydesk analyze (text output and exit status)', () => {
  it('prints file:line:col  severity  rule-id  message', () => {
    const r = cli('analyze', 'test/fixtures/' + SAMPLE);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^test\/fixtures\/tass-lavrov-2017-03-29\.txt:1:1 {2}warning {2}residue {2}Page furniture "All news"/m);
  });

  it('checks every .wire and .txt file in a directory', () => {
    const r = cli('analyze', '--json', 'test/fixtures');
    assert.equal(r.status, 0, r.stderr);
    const files = JSON.parse(r.stdout).map((d: { file: string }) => d.file);
    assert.ok(files.includes(join('test/fixtures', SAMPLE)));
    assert.ok(files.every((f: string) => /\.(txt|wire)$/.test(f)));
  });

  it('exits 2 with a message and no output for an unreadable file', () => {
    const r = cli('analyze', '--json', fixturePath(SAMPLE), 'no-such-file.txt');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /cannot read no-such-file\.txt: ENOENT/);
  });

  it('exits 2 with a message for a directory without stories', () => {
    const r = cli('analyze', 'docs/rules');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no \.wire or \.txt files in docs\/rules/);
  });

  it('checks a file named twice, or also found through its folder, once and says so', () => {
    const r = cli('analyze', '--json', fixturePath(SAMPLE), 'test/fixtures', fixturePath(SAMPLE));
    assert.equal(r.status, 0, r.stderr);
    const files: string[] = JSON.parse(r.stdout).map((d: { file: string }) => d.file);
    assert.equal(files.filter((f) => f.endsWith(SAMPLE)).length, 1);
    assert.equal(files.length, new Set(files).size);
    assert.match(r.stderr, /tass-lavrov-2017-03-29\.txt is given more than once; checked once/);
  });

  it('reads invalid UTF-8 as the editor does and says so on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    const file = join(dir, 'latin1.txt');
    // Written in Latin-1: its é (0xE9) is not UTF-8.
    writeFileSync(file, Buffer.from('The owner said: "Caf\u00e9 is closed today."\n', 'latin1'));
    const r = cli('analyze', '--json', file);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).quotes.map((q: { text: string }) => q.text), ['Caf\ufffd is closed today.']);
    assert.match(r.stderr, /latin1\.txt is not valid UTF-8; its invalid bytes are read as U\+FFFD/);
  });

  it('analyses an empty file quietly: no story, no finding, exit 0', () => {
    const r = cli('analyze', '--json', fixturePath('empty.txt'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const doc = JSON.parse(r.stdout);
    assert.deepEqual([doc.stories, doc.findings], [[], []]);
    assert.equal(cli('analyze', fixturePath('empty.txt')).stdout, '');
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli('analyze').status, 2);
    assert.equal(cli('analyze', '--frobnicate', 'x.txt').status, 2);
    assert.equal(cli('lint', 'x.txt').status, 2);
  });

  it('prints usage with --help and exits 0', () => {
    const r = cli('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: copydesk analyze/);
  });
});

/**
 * Two stories, each with a named and an unnamed source; the first headline holds a comma and
 * a quotation (2 words, which the headline gives to the harbour board). Words inside the marks:
 * Flett 9, the fisherman 8, the board 2 (19 in story 1); Rendall 6, the councillor 6 (12).
 */
const BASKET = [
  'Harbour board says "not yet" to cruise pier, for now',
  '',
  'KIRKWALL, Feb 3 (Reuters) - The harbour board on Monday put off for a year its decision on a new pier for cruise ships.',
  '',
  '"We need a full survey of the seabed first," board chair Morag Flett said.',
  '',
  '"The pier would bring work to the islands," a fisherman who attended the meeting said.',
  '',
  'ENDS',
  '',
  'Ferry fares to rise in April',
  '',
  'STROMNESS, Feb 3 (Reuters) - Fares on the ferry to the mainland will rise by 4% in April, the operator said on Monday.',
  '',
  '"Fuel has never cost us more," chief executive Ian Rendall said.',
  '',
  '"Nobody on the islands was asked," one councillor said.',
  '',
].join('\n');

function writeBasket(name = 'basket.txt'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'copydesk-sources-')), name);
  writeFileSync(file, BASKET);
  return file;
}

describe('copydesk sources', () => {
  const sample = 'test/fixtures/' + SAMPLE;

  it('prints the sample story\'s one source, Sergey Lavrov, first quoted on line 9, as a table', () => {
    const r = cli('sources', sample);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 3), [sample, '', 'Story 1: Russian top diplomat says Moscow ready to develop relations with Washington']);
    // The one unattributed quotation (line 43) holds 33 words, counted by hand.
    assert.match(lines[3]!, /^33 quotes \(1 unattributed\), (\d+) quoted words; 1 source named, 0 unnamed \(0% of quoted words\)$/);
    assert.equal(lines[5], '  Source         Kind    Title                     Quotes  Words  Share  First line');
    assert.match(lines[6]!, /^ {2}Sergey Lavrov {2}person {2}Russian Foreign Minister {6}32 {3}\d+ {4}97% {11}9$/);
    assert.equal(lines.length, 8);
  });

  it('prints a table per story of a basket, most quoted words first among equal quotes', () => {
    const file = writeBasket();
    const r = cli('sources', file);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        file,
        '',
        'Story 1: Harbour board says "not yet" to cruise pier, for now',
        '3 quotes (0 unattributed), 19 quoted words; 2 sources named, 1 unnamed (42% of quoted words)',
        '',
        '  Source         Kind          Title        Quotes  Words  Share  First line',
        '  Morag Flett    person        board chair       1      9    47%           5',
        '  a fisherman    unnamed       -                 1      8    42%           7',
        '  Harbour board  organisation  -                 1      2    11%           1',
        '',
        'Story 2: Ferry fares to rise in April',
        '2 quotes (0 unattributed), 12 quoted words; 1 source named, 1 unnamed (50% of quoted words)',
        '',
        '  Source          Kind     Title            Quotes  Words  Share  First line',
        '  Ian Rendall     person   chief executive       1      6    50%          15',
        '  one councillor  unnamed  -                     1      6    50%          17',
        '',
      ].join('\n'),
    );
  });

  it('heads each file\'s tables with its name, and says when a story quotes no one or a file has no story', () => {
    const r = cli('sources', 'test/fixtures/two-stories.txt', 'test/fixtures/empty.txt');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^test\/fixtures\/two-stories\.txt\n\nStory 1: Storm hits coast\n/);
    assert.match(r.stdout, /\n\nStory 2: Court orders recount\nNo quotations\.\n\ntest\/fixtures\/empty\.txt\n\nNo story\.\n$/);
  });

  it('gives with --json the people of the analysis contract, with their ids, story by story, and what each says', () => {
    const file = writeBasket();
    const r = cli('sources', '--json', file);
    assert.equal(r.status, 0, r.stderr);
    const ids = new Map<string, string>(JSON.parse(cli('analyze', '--json', file).stdout).people.map((p: { id: string; name: string }) => [p.name, p.id]));
    const source = (name: string, kind: string, title: string | null, words: number, share: number, firstLine: number) => ({
      id: ids.get(name),
      name,
      kind,
      title,
      aliases: [],
      quotes: 1,
      quotedWords: words,
      share,
      firstLine,
    });
    assert.deepEqual(JSON.parse(r.stdout), {
      schema: 'copydesk/sources@1',
      file,
      stories: [
        {
          story: 1,
          headline: 'Harbour board says "not yet" to cruise pier, for now',
          quotes: 3,
          quotedWords: 19,
          named: 2,
          unnamed: 1,
          unnamedShare: 8 / 19,
          unattributed: 0,
          sources: [
            source('Morag Flett', 'person', 'board chair', 9, 9 / 19, 5),
            source('a fisherman', 'unnamed', null, 8, 8 / 19, 7),
            source('Harbour board', 'organisation', null, 2, 2 / 19, 1),
          ],
        },
        {
          story: 2,
          headline: 'Ferry fares to rise in April',
          quotes: 2,
          quotedWords: 12,
          named: 1,
          unnamed: 1,
          unnamedShare: 0.5,
          unattributed: 0,
          sources: [source('Ian Rendall', 'person', 'chief executive', 6, 0.5, 15), source('one councillor', 'unnamed', null, 6, 0.5, 17)],
        },
      ],
    });
    // The ids are analyze's: the board, named in the headline, is p1 though listed last.
    assert.deepEqual([...ids.values()], ['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('gives with --json Sergey Lavrov as p1, his 32 quotations from line 9 and his share of the story\'s words', () => {
    const r = cli('sources', '--json', sample);
    assert.equal(r.status, 0, r.stderr);
    const [story, ...others] = JSON.parse(r.stdout).stories;
    assert.deepEqual(others, []);
    assert.deepEqual([story.quotes, story.unattributed, story.named, story.unnamed, story.unnamedShare], [33, 1, 1, 0, 0]);
    const [lavrov, ...rest] = story.sources;
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [lavrov.id, lavrov.name, lavrov.kind, lavrov.title, lavrov.quotes, lavrov.firstLine],
      ['p1', 'Sergey Lavrov', 'person', 'Russian Foreign Minister', 32, 9],
    );
    // All the story's quoted words but the 33 of its unattributed quotation, counted by hand.
    assert.equal(story.quotedWords - lavrov.quotedWords, 33);
    assert.equal(lavrov.share, lavrov.quotedWords / story.quotedWords);
  });

  it('gives with --json an array for several files or a directory', () => {
    const file = writeBasket();
    const several = JSON.parse(cli('sources', '--json', sample, file).stdout);
    assert.deepEqual(
      several.map((d: { file: string }) => d.file),
      [sample, file],
    );
    const directory = JSON.parse(cli('sources', '--json', dirname(file)).stdout);
    assert.deepEqual(
      directory.map((d: { file: string }) => d.file),
      [file],
    );
  });

  it('gives with --csv one record per story and source, one header for all files, quoting as RFC 4180 does', () => {
    const file = writeBasket();
    const r = cli('sources', '--csv', file, sample);
    assert.equal(r.status, 0, r.stderr);
    // The headline holds a comma and double quotes: quoted, its quotes doubled.
    const headline = '"Harbour board says ""not yet"" to cruise pier, for now"';
    const at = r.stdout.indexOf(`${sample},`);
    assert.equal(
      r.stdout.slice(0, at),
      [
        'file,story,headline,source,kind,title,quotes,quoted_words,share,first_line',
        `${file},1,${headline},Morag Flett,person,board chair,1,9,${9 / 19},5`,
        `${file},1,${headline},a fisherman,unnamed,,1,8,${8 / 19},7`,
        `${file},1,${headline},Harbour board,organisation,,1,2,${2 / 19},1`,
        `${file},2,Ferry fares to rise in April,Ian Rendall,person,chief executive,1,6,0.5,15`,
        `${file},2,Ferry fares to rise in April,one councillor,unnamed,,1,6,0.5,17`,
        '',
      ].join('\r\n'),
    );
    assert.match(
      r.stdout.slice(at),
      /^test\/fixtures\/tass-lavrov-2017-03-29\.txt,1,Russian top diplomat says Moscow ready to develop relations with Washington,Sergey Lavrov,person,Russian Foreign Minister,32,\d+,0\.97\d*,9\r\n$/,
    );
  });

  it('gives with --md a Markdown table per story under a heading per file, markup in names escaped', () => {
    const file = writeBasket('day_1.txt');
    const r = cli('sources', '--md', file, sample);
    assert.equal(r.status, 0, r.stderr);
    const header = ['| Source | Kind | Title | Quotes | Words | Share | First line |', '| --- | --- | --- | ---: | ---: | ---: | ---: |'];
    const at = r.stdout.indexOf('## test/fixtures/');
    assert.equal(
      r.stdout.slice(0, at),
      [
        `## ${file.replace('day_1', 'day\\_1')}`,
        '',
        '### Story 1: Harbour board says "not yet" to cruise pier, for now',
        '',
        '3 quotes (0 unattributed), 19 quoted words; 2 sources named, 1 unnamed (42% of quoted words)',
        '',
        ...header,
        '| Morag Flett | person | board chair | 1 | 9 | 47% | 5 |',
        '| a fisherman | unnamed | - | 1 | 8 | 42% | 7 |',
        '| Harbour board | organisation | - | 1 | 2 | 11% | 1 |',
        '',
        '### Story 2: Ferry fares to rise in April',
        '',
        '2 quotes (0 unattributed), 12 quoted words; 1 source named, 1 unnamed (50% of quoted words)',
        '',
        ...header,
        '| Ian Rendall | person | chief executive | 1 | 6 | 50% | 15 |',
        '| one councillor | unnamed | - | 1 | 6 | 50% | 17 |',
        '',
        '',
      ].join('\n'),
    );
    const lines = r.stdout.slice(at).split('\n');
    assert.deepEqual(lines.slice(0, 3), ['## test/fixtures/tass-lavrov-2017-03-29.txt', '', '### Story 1: Russian top diplomat says Moscow ready to develop relations with Washington']);
    assert.deepEqual(lines.slice(6, 8), header);
    assert.match(lines[8]!, /^\| Sergey Lavrov \| person \| Russian Foreign Minister \| 32 \| \d+ \| 97% \| 9 \|$/);
    assert.deepEqual(lines.slice(9), ['']);
  });

  it('exits 2 on usage errors and unreadable files, printing nothing', () => {
    const usages = [
      ['sources'],
      ['sources', '--frobnicate', sample],
      ['sources', '--config'],
      ['sources', '--csv', '--json', sample],
      ['sources', '--md', '--csv', sample],
      ['analyze', '--csv', sample],
      ['sources', sample, 'no-such-file.txt'],
    ];
    for (const args of usages) {
      const r = cli(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, /^copydesk: /, args.join(' '));
    }
  });
});
