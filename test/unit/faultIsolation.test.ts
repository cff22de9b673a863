import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Rule } from '../../src/core/findings/rule';
import { residue } from '../../src/core/rules/residue';
import { readFixture, SAMPLE } from './fixtures';

const throwing: Rule = {
  meta: { id: 'always-throws', description: 'A rule with a bug.', defaultSeverity: 'error', fixable: false, safe: false, scope: 'story' },
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

describe('a file that is not text', () => {
  it('gets one information finding and nothing else', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + 'x\u0000'.repeat(500);
    const analysis = analyze(png);
    assert.deepEqual(
      analysis.findings.map((f) => [f.rule, f.severity]),
      [['not-text', 'info']],
    );
    assert.deepEqual(analysis.stories, []);
  });

  it('is told from wire copy with control characters', () => {
    assert.equal(analyze(readFixture('anpa.txt')).findings.some((f) => f.rule === 'not-text'), false);
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(5 + (i % 10))).join('');
    assert.deepEqual(
      analyze(noise).findings.map((f) => f.rule),
      ['not-text'],
    );
  });
});
