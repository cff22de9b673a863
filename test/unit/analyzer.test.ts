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

describe('repetition after an edit', () => {
  const passage = 'the ministers agreed to meet again in Geneva next month to discuss the ceasefire';
  const story = (n: number, body: string): string => `Story ${n}\n\nGENEVA, March ${n} (Reuters) - ${body}\n\nENDS\n\n`;
  const first = story(1, 'Officials met on Monday behind closed doors.');
  const second = story(2, `After talks that ran late into the night at a lakeside hotel, ${passage}, officials from both delegations said.`);
  const third = story(3, `In a brief statement issued on Tuesday by the foreign ministry in the capital, ${passage}, adding that no date was set for a summit.`);
  const passages = (a: ReturnType<typeof analyze>): number[] => a.findings.filter((f) => f.rule === 'repeated-passage').map((f) => f.start);

  it('finds a repetition that an edit earlier in the document breaks, and one it makes, as a first analysis does', () => {
    const text = first + second + third;
    const analyzer = new Analyzer();
    const original = analyzer.analyze(text);
    assert.equal(passages(original).length, 1, 'the third story repeats the second');
    const broken = text.replace('again in Geneva', 'in Vienna');
    const afterBreak = analyzer.analyze(broken);
    assert.deepStrictEqual(afterBreak, analyze(broken));
    assert.deepEqual(passages(afterBreak), []);
    const restored = analyzer.analyze(text);
    assert.deepStrictEqual(restored, original);
    const moved = analyzer.analyze(`Update\n\n${text}`);
    assert.deepStrictEqual(moved, analyze(`Update\n\n${text}`));
    assert.deepEqual(passages(moved), passages(original).map((at) => at + 'Update\n\n'.length));
  });

  it('keeps the reports of repetitions before an edit as they were, and reports those after it anew', () => {
    const shared = 'Officials from both delegations said the ministers agreed to meet again in Geneva next month.';
    const repeats = (n: number, other: string): string => story(n, `${other}\n\n${shared}\n\nNo date was set for a summit on day ${n}.`);
    const text = story(1, `Talks began on Monday.\n\n${shared}`) + repeats(2, 'A second round opened.') + repeats(3, 'A third round opened.') + story(4, 'The talks ended.');
    const reported = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.rule === 'duplicate-paragraph');
    const analyzer = new Analyzer();
    const before = reported(analyzer.analyze(text));
    assert.equal(before.length, 2, 'stories 2 and 3 repeat the paragraph of story 1');
    const edited = text.replace('A third round', 'The third round');
    const after = analyzer.analyze(edited);
    assert.deepStrictEqual(after, analyze(edited));
    assert.equal(reported(after)[0], before[0], 'the report before the edit is the same object');
    assert.notEqual(reported(after)[1], before[1]);
    assert.equal(reported(after)[1]!.start, before[1]!.start + 2);
  });
});

describe('a rewritten paragraph after an edit', () => {
  // No 8 words in a row are the same: only the alignment of nearby paragraphs ties them.
  const earlier = 'Delegates from both sides met for three hours at the lakeside hotel on Monday and agreed to exchange lists of prisoners before the next round.';
  const rewrite = 'Delegates from both sides met for four hours at a lakeside hotel on Monday and agreed to swap lists of prisoners before the next round of talks.';
  const text = `Talks resume\n\nGENEVA, March 2 (Reuters) - Talks resumed on Monday.\n\n${earlier}\n\nBoth sides said progress was slow.\n\n${rewrite}\n`;
  const near = (a: ReturnType<typeof analyze>): string[] => a.findings.filter((f) => f.rule === 'near-duplicate-paragraph').map((f) => f.message);

  it('is found again when an edit to its earlier version is undone, as a first analysis does', () => {
    const analyzer = new Analyzer();
    assert.deepEqual(near(analyzer.analyze(text)), ['Mostly repeats paragraph 2: 20 of 27 words (74%) are shared']);
    // Now 11 words line up, under half of the rewrite's 27.
    const edited = text.replace('agreed to exchange lists of prisoners before the next round', 'left without a statement');
    const afterEdit = analyzer.analyze(edited);
    assert.deepStrictEqual(afterEdit, analyze(edited));
    assert.deepEqual(near(afterEdit), []);
    const undone = analyzer.analyze(text);
    assert.deepStrictEqual(undone, analyze(text));
    assert.equal(near(undone).length, 1);
  });

  it('is no longer found once an end marker typed between the two puts them in different stories', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const split = typed(text, `${earlier}\n\n`, 'ENDS\n\nTalks go on\n\n');
    const after = analyzer.analyze(split);
    assert.deepStrictEqual(after, analyze(split));
    assert.deepEqual(near(after), []);
  });
});

describe('paragraphs grouped by their text after edits', () => {
  it('answers as a first analysis while a word is typed into one copy of a repeated paragraph and deleted again', () => {
    const shared = 'Officials from both delegations said the ministers agreed to meet again in Geneva next month.';
    const story = (n: number): string => `Story ${n}\n\nGENEVA, March ${n} (Reuters) - Round ${n} opened.\n\n${shared}\n\nENDS\n\n`;
    const text = story(1) + story(2) + story(3) + story(4);
    const duplicates = (a: ReturnType<typeof analyze>): number => a.findings.filter((f) => f.rule === 'duplicate-paragraph').length;
    const analyzer = new Analyzer();
    assert.equal(duplicates(analyzer.analyze(text)), 3, 'stories 2 to 4 repeat the paragraph of story 1');
    // Typed inside a middle word of the third copy, its word count, first and last words stay: it is compared whole at every keystroke.
    const at = text.indexOf('agreed', text.indexOf('Story 3')) + 'agr'.length;
    const word = 'eeeeeeeeeeeeeeeeeeee';
    const versions = [...Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)), ...Array.from({ length: word.length }, (_, i) => word.slice(0, word.length - 1 - i))];
    for (const inserted of versions) {
      const version = text.slice(0, at) + inserted + text.slice(at);
      const again = analyzer.analyze(version);
      assert.deepStrictEqual(again, analyze(version), JSON.stringify(inserted));
      assert.equal(duplicates(again), inserted === '' ? 3 : 2);
    }
  });
});

describe('words after an edit', () => {
  it('gives a word copied from the version before the id a first reading gives it, whatever the case of its letters', () => {
    // Σ lower-cases by its place in the word, so "ΟΔΟΣ" is read as a string and "οδος" a letter at a time: the same form, one id.
    const text = 'Road works\n\nDrivers avoided the οδος all day.\n\nΟΔΟΣ was closed on Monday.\n\nPolice gave no reason.\n\nΟΔΟΣ was closed on Monday.\n';
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const edited = text.replace('reason', 'reasons');
    const after = analyzer.analyze(edited);
    assert.deepStrictEqual(after, analyze(edited));
    assert.equal(after.findings.filter((f) => f.rule === 'duplicate-paragraph').length, 1);
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
