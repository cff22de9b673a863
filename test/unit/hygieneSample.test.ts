import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { readFixture, SAMPLE } from './fixtures';
import { fixAll, HYGIENE_RULES, lettersAndDigits } from './hygiene';


function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (c === needle[i]) i++;
  return i === needle.length;
}

describe('hygiene rules on the sample', () => {
  const text = readFixture(SAMPLE);
  /** Each finding as the text it covers and where, for comparison with hand-placed anchors. */
  const found = (rule: string): [number, string][] =>
    analyze(text)
      .findings.filter((f) => f.rule === rule)
      .map((f) => [f.start, text.slice(f.start, f.end)]);
  /** The offset `into` characters after the only occurrence of `anchor`. */
  const at = (anchor: string, into: number): number => {
    const i = text.indexOf(anchor);
    assert.ok(i >= 0 && text.indexOf(anchor, i + 1) < 0, `"${anchor}" occurs once`);
    return i + into;
  };
  const NBSP = '\u00a0';
  const trailingParagraph = at(`is complete," Lavrov said.${NBSP}`, 26);
  const trailingSubhead = at(`The 'Russia' issue${NBSP}`, 18);
  const leading = at(`${NBSP}Swedish Prime`, 0);

  it('finds groundless/ as a stray mark and as a paragraph without its full stop', () => {
    assert.deepEqual(found('stray-punctuation'), [[at('groundless/', 10), '/']]);
    assert.deepEqual(found('missing-terminal-punctuation'), [[at('groundless/', 0), 'groundless/']]);
  });

  it('finds every no-break space: trailing on a paragraph and a subhead, leading, and inside names', () => {
    assert.deepEqual(found('invisible-character'), [
      [trailingParagraph, NBSP],
      [trailingSubhead, NBSP],
      [at(`US${NBSP}President`, 2), NBSP],
      [at(`Donald${NBSP}Trump`, 6), NBSP],
      [at(`in${NBSP}Swedish`, 2), NBSP],
      [leading, NBSP],
    ]);
  });

  it('leaves the no-break spaces at the edges of lines to invisible-character: no character reported twice', () => {
    assert.deepEqual(found('spacing'), []);
  });

  it('finds the four hyphens that stand for dashes, and no compound', () => {
    assert.deepEqual(found('hyphen-as-dash'), [
      [at('relationship-who', 12), '-'],
      [at('cooperation-and', 11), '-'],
      [at('accusations - at', 12), '-'],
      [at('available-take', 9), '-'],
    ]);
  });

  it('reports the mix of straight quotes and curly apostrophes once, on the first curly apostrophe', () => {
    assert.deepEqual(found('quote-style'), [[at('I don’t think it’s fair', 5), '’']]);
  });

  it('finds no doubled punctuation and no unbalanced bracket', () => {
    assert.deepEqual(found('doubled-punctuation'), []);
    assert.deepEqual(found('unbalanced-brackets'), []);
  });

  it('fix-all leaves nothing for these rules and keeps every letter and digit in order', () => {
    const fixed = fixAll(text);
    // With the default house style "either", converting quotes is the editor's choice, never unattended.
    const left = analyze(fixed).findings.filter((f) => HYGIENE_RULES.includes(f.rule) && f.rule !== 'quote-style');
    assert.deepEqual(left.map((f) => `${f.rule}: ${fixed.slice(f.start, f.end)}`), []);
    assert.ok(isSubsequence(lettersAndDigits(text), lettersAndDigits(fixed)));
    assert.ok(fixed.includes('absolutely groundless.\n'));
    assert.ok(fixed.includes('the relationship — who dropped'));
    assert.ok(fixed.includes('accusations — at least'));
    assert.ok(fixed.includes('US President Donald Trump'));
    assert.ok(fixed.includes('\n\nSwedish Prime Minister'));
    assert.ok(fixed.includes('I don’t think it’s fair'));
  });
});
