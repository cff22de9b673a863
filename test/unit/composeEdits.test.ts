import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, orderedEdits } from '../../src/core/findings/applyFixes';
import { composeEdits } from '../../src/core/findings/composeEdits';
import type { Edit } from '../../src/core/findings/finding';

/** Edits of a text of `length` characters, sorted and without overlaps, as a pass of fixes gives them. */
const editsOf = (length: number): fc.Arbitrary<Edit[]> =>
  fc
    .array(fc.tuple(fc.nat({ max: length }), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), { maxLength: 6 })
    .map((es) => orderedEdits(es.map(([start, cut, text]) => ({ start, end: Math.min(length, start + cut), text }))));

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) * 5 };

describe('composing two passes of edits', () => {
  it('joins edits that overlap or touch, and leaves the text between edits alone', () => {
    // "abcdef" → "aXYcdef" → "aXZde!f": the second pass rewrites what the first wrote, and inserts apart from it.
    const first = [{ start: 1, end: 2, text: 'XY' }];
    const second = [
      { start: 2, end: 4, text: 'Z' },
      { start: 6, end: 6, text: '!' },
    ];
    assert.deepEqual(composeEdits(first, second, 'aXZde!f'), [
      { start: 1, end: 3, text: 'XZ' },
      { start: 5, end: 5, text: '!' },
    ]);
  });

  it('gives, applied to the first text, what the two passes give', () => {
    const passes = fc
      .string({ maxLength: 12 })
      .chain((text) => editsOf(text.length).map((first) => ({ text, first, middle: applyEdits(text, first) })))
      .chain(({ text, first, middle }) => editsOf(middle.length).map((second) => ({ text, first, second, result: applyEdits(middle, second) })));
    fc.assert(
      fc.property(passes, ({ text, first, second, result }) => {
        const edits = composeEdits(first, second, result);
        assert.deepEqual(orderedEdits(edits), edits, 'sorted, without overlaps');
        assert.equal(applyEdits(text, edits), result);
      }),
      RUNS,
    );
  });
});
