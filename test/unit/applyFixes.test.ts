import assert from 'node:assert/strict';
import type { Finding } from '../../src/core/findings/finding';
import { applyEdits, orderedEdits, safeFixEdits } from '../../src/core/findings/applyFixes';

const finding = (fixes: Finding['fixes']): Finding => ({ rule: 'r', severity: 'warning', start: 0, end: 0, message: '', related: [], fixes });

describe('applying fixes', () => {
  it('applies edits in any order as if each saw the original text', () => {
    const edits = [
      { start: 6, end: 11, text: 'there' },
      { start: 0, end: 5, text: 'Howdy' },
    ];
    assert.equal(applyEdits('hello world', edits), 'Howdy there');
  });

  it('drops an edit that overlaps an earlier one, and a duplicate', () => {
    const a = { start: 0, end: 5, text: 'X' };
    const kept = orderedEdits([a, { start: 3, end: 8, text: 'Y' }, { ...a }]);
    assert.deepEqual(kept, [a]);
  });

  it('keeps an insertion at the edge of a replacement, but not two insertions at one point', () => {
    const edits = [
      { start: 5, end: 5, text: '!' },
      { start: 0, end: 5, text: 'Howdy' },
      { start: 5, end: 5, text: '?' },
    ];
    assert.equal(applyEdits('hello world', edits), 'Howdy! world');
  });

  it('takes only safe fixes, and a whole fix or nothing', () => {
    const edits = safeFixEdits([
      finding([{ title: 'unsafe', safe: false, edits: [{ start: 0, end: 1, text: '' }] }]),
      finding([{ title: 'safe', safe: true, edits: [{ start: 2, end: 3, text: 'a' }] }]),
      finding([
        {
          title: 'clashes with the one before',
          safe: true,
          edits: [
            { start: 8, end: 9, text: 'b' },
            { start: 2, end: 4, text: 'c' },
          ],
        },
      ]),
      finding([{ title: 'placeholder', safe: true, snippet: true, edits: [{ start: 10, end: 10, text: '${1}' }] }]),
    ]);
    assert.deepEqual(edits, [{ start: 2, end: 3, text: 'a' }]);
  });
});
