import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { summarize } from '../../src/core/summary';
import { readFixture } from './fixtures';

/** Two stories: the first with a quotation of Smith, the second with a doubled space, its one finding. */
const text = readFixture('two-stories.txt');
const second = text.indexOf('Court orders');

describe('the status summary of the story at the cursor', () => {
  const basket = analyze(text);

  it('counts the words, quotes and findings of the story the cursor is in', () => {
    // Headline 3 words, lead paragraph with its dateline 11, quotation paragraph 5; the end marker is not prose.
    assert.deepStrictEqual(summarize(basket, text.indexOf('storm')), { story: 0, stories: 2, words: 19, quotes: 1, findings: 0, allFindings: 1 });
    // Headline 3, lead paragraph 9.
    assert.deepStrictEqual(summarize(basket, text.indexOf('court')), { story: 1, stories: 2, words: 12, quotes: 0, findings: 1, allFindings: 1 });
  });

  it('counts the end marker after a story, and the end of the text, with the story before', () => {
    assert.equal(summarize(basket, text.indexOf('ENDS')).story, 0);
    assert.equal(summarize(basket, second).story, 1);
    assert.equal(summarize(basket, text.length).story, 1);
    assert.equal(summarize(basket).story, 0);
  });

  it('gives findings per story that add up to the document’s', () => {
    const fixtures = ['tass-lavrov-2017-03-29.txt', 'anpa.txt', 'iptc7901.txt', 'basket.txt', 'no-blank-lines.txt'].map((name) => readFixture(name));
    const analysis = analyze([...fixtures, text].join('\n\nENDS\n\n'));
    const counts = analysis.stories.map((story) => summarize(analysis, story.start).findings);
    assert.ok(counts.filter((n) => n > 0).length >= 2, `findings by story: ${counts.join(', ')}`);
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      analysis.findings.length,
    );
  });

  it('counts a story alone as the document', () => {
    assert.deepStrictEqual(summarize(analyze(text.slice(0, second))), { story: 0, stories: 1, words: 19, quotes: 1, findings: 0, allFindings: 0 });
  });
});
