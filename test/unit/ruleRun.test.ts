import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Related } from '../../src/core/findings/finding';
import type { Rule } from '../../src/core/findings/rule';

const TEXT = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Hundreds of schools were closed on Thursday.\n';

/** A rule that names the later span before the earlier one, and shares one such list between two findings. */
function backwards(scope: 'story' | 'document'): Rule {
  return {
    meta: { id: `backwards-${scope}`, description: 'Related spans out of order.', defaultSeverity: 'info', fixable: false, safe: false, scope },
    check() {
      const related: Related[] = [
        { start: 40, end: 48, message: 'later' },
        { start: 0, end: 5, message: 'earlier' },
      ];
      return [
        { start: 30, end: 35, message: 'one', related, fixes: [] },
        { start: 50, end: 55, message: 'two', related, fixes: [] },
      ];
    },
  };
}

describe('findings as the engine completes them', () => {
  for (const scope of ['story', 'document'] as const) {
    it(`lists a ${scope} rule's related spans in text order, a shared list still shared`, () => {
      const [one, two, ...rest] = analyze(TEXT, [backwards(scope)]).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual(
        one!.related.map((r) => [r.start, r.message]),
        [
          [0, 'earlier'],
          [40, 'later'],
        ],
      );
      assert.equal(two!.related, one!.related);
    });
  }
});
