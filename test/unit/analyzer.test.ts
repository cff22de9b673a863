import assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyze';
import { readFixture } from './fixtures';

/** The basket fixture: three stories, the first ending with an end marker. */
const basket = readFixture('basket.txt');

/** The text with `insert` put after the first `after`. */
function typed(text: string, after: string, insert: string): string {
  const at = text.indexOf(after) + after.length;
  assert.ok(at >= after.length, `"${after}" is in the text`);
  return text.slice(0, at) + insert + text.slice(at);
}

describe('analysis after an edit', () => {
  it('reads again only the story edited, keeps the one before it as it was, and moves the ones after', () => {
    const analyzer = new Analyzer();
    const before = analyzer.analyze(basket);
    assert.equal(analyzer.read, 3);
    const edited = typed(basket, 'ordered a recount', ' and review');
    const after = analyzer.analyze(edited);
    assert.equal(analyzer.read, 1);
    assert.deepStrictEqual(after, analyze(edited));
    assert.equal(after.stories[0], before.stories[0], 'the story before the edit is the same object');
    assert.equal(after.stories[2]!.start, before.stories[2]!.start + ' and review'.length);
  });

  it('reads nothing again when nothing changed', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(basket);
    const again = analyzer.analyze(basket);
    assert.equal(analyzer.read, 0);
    assert.deepStrictEqual(again, first);
  });

  it('splits a story in two when an end marker is typed into it', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(basket);
    const edited = typed(basket, 'election officials said.\n', '\nENDS\n');
    const after = analyzer.analyze(edited);
    assert.equal(after.stories.length, 4);
    assert.deepStrictEqual(after, analyze(edited));
  });

  it('keeps one person across stories: their mentions in every story, their quotations by index', () => {
    const story = (n: number): string => `Talks resume\n\nGENEVA, March ${n} (Reuters) - "We will keep talking," Sergey Lavrov said on day ${n}.\n\nENDS\n\n`;
    const text = story(1) + story(2) + story(3);
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const edited = text.replace('day 2', 'the second day');
    const after = analyzer.analyze(edited);
    assert.deepStrictEqual(after, analyze(edited));
    const lavrov = after.people.find((p) => p.name === 'Sergey Lavrov')!;
    assert.equal(lavrov.mentions.length, 3);
    assert.deepEqual(lavrov.quotes, [0, 1, 2]);
    assert.ok(after.quotes.every((q) => q.speaker === after.people.indexOf(lavrov)));
  });
});

describe('stories are read on their own', () => {
  it('suggests only speakers of the same story for an unattributed quotation', () => {
    const first = 'Talks resume\n\nGENEVA, March 1 (Reuters) - "We will keep talking," Sergey Lavrov said.\n\nENDS\n\n';
    const second = 'Port reopens\n\nODESSA, March 1 (Reuters) - The port reopened on Monday. "Ships are moving again after a long wait."\n';
    const analysis = analyze(first + second);
    const finding = analysis.findings.find((f) => f.rule === 'unattributed-quote')!;
    assert.deepEqual(
      finding.fixes.map((f) => f.title),
      ['Attribute to…'],
    );
  });
});
