import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Rule } from '../../src/core/findings/rule';
import { residue } from '../../src/core/rules/residue';
import { readFixture, SAMPLE } from './fixtures';

const throwing: Rule = {
  meta: { id: 'always-throws', description: 'A rule with a bug.', defaultSeverity: 'error', fixable: false, safe: false },
  check() {
    throw new Error('index out of range');
  },
};

describe('a rule that throws', () => {
  it('is recorded by id, and the other rules still report', () => {
    const analysis = analyze(readFixture(SAMPLE), [throwing, residue]);
    assert.deepEqual(analysis.errors, [{ rule: 'always-throws', message: 'index out of range' }]);
    assert.deepEqual(
      analysis.findings.map((f) => f.rule),
      ['residue'],
    );
  });
});
