// The descriptor scan is the DESCRIPTOR pattern read by hand for speed: both must find the same
// descriptors, on copy-like text and on the edges the pattern defines (letters before the
// article, hyphens after the role, the four-word limit, no-break spaces, astral letters).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROLE_NOUNS } from '../../src/core/people/vocabulary';
import { descriptorsIn } from '../../src/core/quotes/descriptorScan';
import { DESCRIPTOR } from '../../src/core/quotes/sources';

const PATTERN = new RegExp(DESCRIPTOR, 'gu');

function byPattern(text: string, start: number, end: number): [number, number][] {
  return [...text.slice(start, end).matchAll(PATTERN)].map((m) => [start + m.index, start + m.index + m[0].length]);
}

function byScan(text: string, start: number, end: number): [number, number][] {
  const found: [number, number][] = [];
  descriptorsIn(text, start, end, (at, to) => found.push([at, to]));
  return found;
}

const PIECES = ['the', 'The', 'a', 'A', 'an', 'one', 'One', 'another', 'then', 'xthe', 'Russian', 'top', 'U.S.', "O'Neill", 'ex-', 'self-styled', 'foreign', '𝐀bc', 'é', 'e\u0301', 'said', 'said.', ',', '-', '—', '"'];
const SPACES = [' ', '  ', '\u00a0', '\t', '\n', '', '-'];
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...ROLE_NOUNS), fc.string({ maxLength: 2 })), fc.constantFrom(...SPACES)), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('descriptorsIn', () => {
  it('finds what the DESCRIPTOR pattern finds, in any span of generated text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a % (t.length + 1), b % (t.length + 1));
        const end = Math.max(a % (t.length + 1), b % (t.length + 1));
        assert.deepEqual(byScan(t, start, end), byPattern(t, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the descriptors of a sentence of copy', () => {
    const s = 'Earlier, the Russian top diplomat and a senior State Department official met; another then spoke.';
    assert.deepEqual(byScan(s, 0, s.length), byPattern(s, 0, s.length));
    assert.deepEqual(
      byScan(s, 0, s.length).map(([a, b]) => s.slice(a, b)),
      ['the Russian top diplomat', 'a senior State Department official'],
    );
  });
});
