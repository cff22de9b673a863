import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
