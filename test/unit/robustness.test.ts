import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/model/span';
import type { Story } from '../../src/core/model/story';
import { parseStories } from '../../src/core/parse/document';
import { readFixture } from './fixtures';

function within(outer: Span, inner: Span, what: string): void {
  assert.ok(outer.start <= inner.start && inner.end <= outer.end, `${what} [${inner.start},${inner.end}) outside [${outer.start},${outer.end})`);
}

/** The invariants every parse keeps: spans in range and ordered, texts that slice, parts inside their whole. */
function checkInvariants(text: string, stories: Story[]): void {
  const whole = { start: 0, end: text.length };
  let previousEnd = 0;
  for (const story of stories) {
    assert.ok(story.start <= story.end, 'story start<=end');
    assert.ok(story.start >= previousEnd, 'stories in order, not overlapping');
    within(whole, story, 'story');
    previousEnd = story.end;
    const spans: Array<Span & { text?: string }> = [
      ...story.wireLines,
      ...story.residue,
      ...[story.headline, story.standfirst, story.byline, story.dateline, story.lead].filter((s) => s !== null),
    ];
    for (const section of story.sections) {
      within(story, section, 'section');
      if (section.title) {
        within(section, section.title, 'title');
        spans.push(section.title);
      }
      for (const paragraph of section.paragraphs) {
        within(section, paragraph, 'paragraph');
        for (const sentence of paragraph.sentences) {
          within(paragraph, sentence, 'sentence');
          assert.ok(sentence.start < sentence.end, 'sentences are not empty');
        }
      }
    }
    for (const span of spans) {
      assert.ok(span.start <= span.end, 'start<=end');
      within(story, span, 'span');
      if (span.text !== undefined) assert.equal(span.text, text.slice(span.start, span.end));
    }
  }
}

function parse(text: string): Story[] {
  const stories = parseStories(text);
  checkInvariants(text, stories);
  return stories;
}

/** A small seeded generator, so that a failing random case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of wire copy and of garbage, so random texts hit the recognisers, not just letters. */
const PIECES = [
  ...'abcXYZ .,;:?!"\'`()[]-_^<=/\t\n\n\r\r\n\u00a0\u200b\ufeff\u2028“”‘’«»—–…\u0000\u0001\u0002\u0003\u0004\u0016\u007f\ud83d\ude00\udc00',
  'MOSCOW, March 29. /TASS/. ',
  'NEW YORK (AP) — ',
  'BUENOS AIRES, Argentina (AP) _ ',
  'Jan 30 (Reuters) - ',
  'Sydney, July 30 AAP - ',
  'Mr. ',
  'U.S. ',
  '3.5 ',
  "``",
  "''",
  '___',
  '\nENDS\n',
  '\n-0-\n',
  '\n###\n',
  '\n^Eds: note<\n',
  '\n^By JOHN SMITH=\n',
  '\nr s BC-SOC--Test 11-13 0412\n',
  '\ndpa0143 3 wi 412 dpa 0578\n',
  '\n^CAP-WF-11-13-13 1509GMT<\n',
  '\nNote to editors: ',
  '\nAll news\n',
  '\n- Subhead -\n',
  'Subhead\n\n',
  '  ',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 120);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('robustness', () => {
  it('gives no story for an empty text', () => {
    assert.deepEqual(parse(''), []);
  });

  it('gives no story for whitespace only', () => {
    assert.deepEqual(parse(' \n\t\r\n\u00a0 \n\n  '), []);
  });

  it('reads a BOM-stripped fixture from offset 0', () => {
    const text = readFixture('bom.txt');
    assert.notEqual(text.charCodeAt(0), 0xfeff);
    assert.equal(parse(text)[0]!.headline?.start, 0);
  });

  it('skips a BOM left in the text', () => {
    const [story] = parse('\ufeffHeadline here\n\nNEW YORK (AP) — Text.');
    assert.equal(story!.headline?.text, 'Headline here');
    assert.equal(story!.headline?.start, 1);
  });

  it('keeps CRLF offsets exact and reads CRLF as LF', () => {
    const crlf = readFixture('crlf.txt');
    assert.ok(crlf.includes('\r\n'), 'the fixture keeps its CRLF bytes');
    const lf = crlf.replace(/\r\n/g, '\n');
    const [a] = parse(crlf);
    const [b] = parse(lf);
    const texts = (text: string, story: Story): string[] =>
      story.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((x) => text.slice(x.start, x.end))));
    assert.deepEqual(texts(crlf, a!), texts(lf, b!));
    assert.equal(a!.headline?.end, crlf.indexOf('\r\n'));
    assert.equal(a!.dateline?.start, crlf.indexOf('WASHINGTON'));
    for (const section of a!.sections) {
      for (const p of section.paragraphs) assert.ok(!/[\r\n]/.test(crlf.slice(p.start, p.end)), 'paragraphs hold no line ending');
    }
    assert.equal(a!.end, crlf.length);
  });

  it('trims no-break spaces, tabs and trailing whitespace from every part', () => {
    const text =
      'Headline\u00a0\u00a0 \n\n\tNEW YORK (AP) — Text one. Text two.  \t\n\nMore text here.\u00a0\n\nSubhead\u00a0\n\nEnd text. \n';
    const [story] = parse(text);
    assert.equal(story!.headline?.text, 'Headline');
    assert.equal(story!.dateline?.text, 'NEW YORK (AP) —');
    assert.deepEqual(
      story!.sections.map((s) => [s.title?.text ?? null, s.paragraphs.map((p) => text.slice(p.start, p.end))]),
      [
        [null, ['NEW YORK (AP) — Text one. Text two.', 'More text here.']],
        ['Subhead', ['End text.']],
      ],
    );
    assert.deepEqual(
      story!.lead?.sentences.map((s) => text.slice(s.start, s.end)),
      ['Text one.', 'Text two.'],
    );
  });

  it('reads a file with no blank lines one paragraph a line', () => {
    const text = readFixture('no-blank-lines.txt');
    const lines = text.split('\n').filter((l) => l !== '');
    const [story] = parse(text);
    const paragraphs = story!.sections.flatMap((s) => s.paragraphs.map((p) => text.slice(p.start, p.end)));
    // Every line but the headline and the subhead is a paragraph of its own.
    assert.deepEqual(paragraphs, lines.filter((l) => l !== story!.headline?.text && l !== 'Farmers count the cost'));
  });

  it('never throws on random wire-like texts and control characters', function () {
    this.timeout(20_000); // generous: a loaded CI machine is slow, and this test is about errors, not speed
    const next = mulberry32(20260130);
    for (let i = 0; i < 1000; i++) {
      const text = randomText(next);
      try {
        parse(text);
      } catch (e) {
        assert.fail(`case ${i}, ${JSON.stringify(text)}: ${String(e)}`);
      }
    }
  });

  it('never throws on every fixture cut at any line', () => {
    for (const name of ['anpa.txt', 'iptc7901.txt', 'basket.txt', 'crlf.txt', 'agencies/kyodo.txt']) {
      const text = readFixture(name);
      for (let i = 0; i <= text.length; i++) {
        if (i === text.length || text[i] === '\n') parse(text.slice(0, i));
      }
    }
  });

  it('stays linear on long pathological input', function () {
    // Linear parsing takes well under a second here; a quadratic pattern or loop on inputs this
    // long would take minutes, so the timeout catches it without a flaky wall-clock assertion.
    this.timeout(20_000);
    const inputs = [
      'A. '.repeat(50_000),
      'Mr. '.repeat(50_000),
      '"'.repeat(100_000),
      '``'.repeat(50_000),
      'NEW YORK '.repeat(20_000),
      'MOSCOW, '.repeat(20_000) + '/TASS/.',
      'x\n'.repeat(50_000),
      '\t'.repeat(100_000),
      'a'.repeat(200_000),
      '\u0001\u0002'.repeat(50_000),
    ];
    for (const text of inputs) parse(text);
  });
});
