import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { INLINE_SPACES, isInlineSpace } from '../../src/core/text/characters';
import { caseTable, findingsOf } from './hygiene';

const at = (from: number, length: number): number[] => Array.from({ length }, (_, i) => from + i);

/** Each character the findings of spacing and invisible-character cover, once per finding. */
const whitespaceReported = (text: string): number[] =>
  analyze(text)
    .findings.filter((f) => f.rule === 'spacing' || f.rule === 'invisible-character')
    .flatMap((f) => at(f.start, f.end - f.start));

describe('spacing', () => {
  caseTable('spacing', [
    { text: 'He said  it was fine and left.', found: ['  '], fixed: 'He said it was fine and left.', safe: true },
    { text: 'He said it was fine , and left.', found: [' '], fixed: 'He said it was fine, and left.' },
    { text: 'He said it was fine.Then he left.', found: ['.T'], fixed: 'He said it was fine. Then he left.' },
    { text: 'He said it was fine and left. ', found: [' '], fixed: 'He said it was fine and left.' },
    { text: ' He said it was fine and left.', found: [' '], fixed: 'He said it was fine and left.' },
    { text: 'He said it was fine and left. \u00a0', found: [' \u00a0'], fixed: 'He said it was fine and left.' },
    // Edge whitespace of special spaces alone is invisible-character's, which names them.
    { text: 'He said it was fine and left.\u00a0', found: [] },
    { text: 'He said it was fine and left.\u200b\u2009', found: [] },
    { text: 'He said it was fine.  Then he left.', found: ['  '], fixed: 'He said it was fine. Then he left.' },
    { text: 'He said \u00a0it was fine and left.', found: [' \u00a0'], fixed: 'He said it was fine and left.' },
    { text: 'Officials in the U.S. and the U.N. met a Ph.D. student.', found: [] },
    { text: 'He paused ... and then fired a .45 caliber pistol.', found: [] },
    { text: 'He paused . . . and then, in AP style, went on . . . .', found: [] },
    { text: 'Shares of ASP.NET maker Contoso.Net rose 3.5 percent.', found: [] },
  ]);

  it('takes an indent of a tab or two spaces for paragraph layout', () => {
    const text = 'Storm closes schools\n\n  EDINBURGH, Jan 30 (Reuters) - Schools were closed on Thursday.\n\tThe council said it would review the plans.\n';
    assert.deepEqual(findingsOf(text, 'spacing'), []);
  });

  it('leaves the whitespace around a dateline to the wire: its indent, the space after its dash, its line end', () => {
    const text = 'BANK ADDS FUNDS\n LONDON, March 3 -  The Bank of England added  funds.\n';
    assert.deepEqual(
      findingsOf(text, 'spacing').map((f) => text.slice(f.start - 5, f.end)),
      ['added  '],
    );
    const results = 'ACME MILLS <ACM> QTR NET\n    DALLAS, March 3 - \n    The company said  it would grow.\n';
    assert.deepEqual(
      findingsOf(results, 'spacing').map((f) => results.slice(f.start - 4, f.end)),
      ['said  '],
    );
  });

  it('leaves aligned columns of results alone', () => {
    const text = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Results on Thursday:\n\nCeltic   3   Rangers   1\n';
    assert.deepEqual(findingsOf(text, 'spacing'), []);
  });

  it('reports whitespace on an otherwise empty line', () => {
    const text = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed.\n   \nThe council said it would review the plans.\n';
    const found = findingsOf(text, 'spacing');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['   ']);
  });

  it('reports each whitespace character at a line\'s edge once, it or invisible-character', () => {
    const edges = [' ', '\u00a0', '\u2009', '\u200b', '\ufeff', ' \u00a0', '\u00a0 ', '\u200b ', '\u00a0\u00a0', ' \t\u2009'];
    for (const lead of edges) {
      for (const trail of edges) {
        for (const blank of edges) {
          const head = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed.\n';
          const line = `${lead}The council met.${trail}\n`;
          const text = `${head}${line}${blank}\nIt ended.\n`;
          const edge = [...at(head.length, lead.length), ...at(head.length + line.length - 1 - trail.length, trail.length), ...at(head.length + line.length, blank.length)];
          assert.deepEqual(whitespaceReported(text), edge, JSON.stringify([lead, trail, blank]));
        }
      }
    }
  });

  it('reports no character between words twice with invisible-character, and every special space once', () => {
    const runs = [' ', '  ', '\u00a0', '\u2009', ' \u00a0', '\u00a0 ', '\u00a0\u00a0', ' \u2009 ', '\t\u00a0', ' \u00a0 ', '\u3000 '];
    for (const run of runs) {
      for (const before of ['', ' ']) {
        const head = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed.\n\n';
        const text = `${head}The council${run}met${before},${run}then left.\n`;
        const reported = whitespaceReported(text);
        assert.equal(new Set(reported).size, reported.length, `${JSON.stringify(run)}: a character reported twice`);
        for (let i = 0; i < text.length; i++) {
          if (/[^\S\n\t ]/.test(text[i]!)) assert.ok(reported.includes(i), `${JSON.stringify(run)}: ${JSON.stringify(text[i])} at ${i} not reported`);
        }
      }
    }
  });

  it('stops at every inline space: the literal its table is built from lists exactly isInlineSpace', () => {
    for (let code = 0; code < 0x10000; code++) assert.equal(INLINE_SPACES.includes(String.fromCharCode(code)), isInlineSpace(code), `U+${code.toString(16)}`);
  });
});
