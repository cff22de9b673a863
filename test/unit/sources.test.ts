import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { documentSources, storySources } from '../../src/core/sources/storySources';
import { readFixture, SAMPLE } from './fixtures';

describe('sources of a story', () => {
  it('lists the sample story\'s one source, Sergey Lavrov, with all 32 of his quotations, and no one quoted by no one', () => {
    const a = analyze(readFixture(SAMPLE));
    const s = storySources(a, 0);
    assert.deepEqual(
      s.sources.map((r) => [r.name, r.kind, r.title, r.quotes.length]),
      [['Sergey Lavrov', 'person', 'Russian Foreign Minister', 32]],
    );
    assert.equal(s.quotes, 33);
    assert.equal(s.unattributed, 1);
    assert.equal(s.named, 1);
    assert.equal(s.unnamed, 0);
    assert.equal(s.unnamedShare, 0);
    assert.ok(s.sources[0]!.share > 0.9 && s.sources[0]!.share < 1);
  });

  it('counts quoted words, shares, and what comes from sources not named, story by story', () => {
    const text =
      'Bank holds rates\n\nLONDON, Jan 30 (Reuters) - The bank kept rates on hold.\n\n' +
      '"We will wait for the data," Governor Anna Bright said.\n\n' +
      '"Inflation is still too high for comfort," she added.\n\n' +
      '"They will cut in March," a senior official said.\n\nENDS\n\n' +
      'Port strike ends\n\nROTTERDAM, Jan 30 (Reuters) - Dock workers went back to work.\n\n' +
      '"The deal is done," union leader Piet Vos said.\n';
    const [first, second] = documentSources(analyze(text));
    // Words in the marks: 6 + 7 by Bright, 5 by the official.
    assert.deepEqual(
      first!.sources.map((r) => [r.name, r.kind, r.quotes.length, r.words]),
      [
        ['Anna Bright', 'person', 2, 13],
        ['a senior official', 'unnamed', 1, 5],
      ],
    );
    assert.equal(first!.quotedWords, 18);
    assert.equal(first!.named, 1);
    assert.equal(first!.unnamed, 1);
    assert.equal(first!.unnamedShare, 5 / 18);
    assert.equal(first!.sources[0]!.share, 13 / 18);
    assert.deepEqual(
      second!.sources.map((r) => [r.name, r.quotes.length, r.share]),
      [['Piet Vos', 1, 1]],
    );
  });

  it('has no source in a story without quotations', () => {
    const s = storySources(analyze('Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools shut.\n'), 0);
    assert.deepEqual([s.sources, s.quotes, s.quotedWords, s.unnamedShare], [[], 0, 0, 0]);
  });
});
