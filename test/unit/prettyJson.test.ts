import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { analysisJson } from '../../src/core/json/analysisJson';
import { writePrettyJson } from '../../src/core/json/prettyJson';
import { readFixture, SAMPLE } from './fixtures';

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) * 5 };

function written(value: unknown, chunk?: number): string[] {
  const pieces: string[] = [];
  writePrettyJson(value, (p) => pieces.push(p), chunk);
  return pieces;
}

/** Plain data as the contract holds it, with what JSON.stringify leaves out or writes as null. */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -0),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
  ),
})).value;

describe('writePrettyJson', () => {
  it('writes what JSON.stringify(value, null, 2) does, in pieces of any size', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 64 }), (value, chunk) => {
        if (value === undefined) return;
        assert.equal(written(value, chunk).join(''), JSON.stringify(value, null, 2));
      }),
      RUNS,
    );
  });

  it('writes an analysis as JSON.stringify does, and a large one in pieces', () => {
    for (const text of [readFixture(SAMPLE), '"“”„«»\'‘’`'.repeat(2000)]) {
      const doc = analysisJson('f', analyze(text));
      const pieces = written(doc);
      assert.equal(pieces.join(''), JSON.stringify(doc, null, 2));
      assert.ok(pieces.length > 1);
    }
  });
});
