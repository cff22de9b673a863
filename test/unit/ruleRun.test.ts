import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runRules } from '../../src/core/analysis/ruleRun';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/styleConfig';
import type { Finding, Related } from '../../src/core/findings/finding';
import type { Report, Rule } from '../../src/core/findings/rule';

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) * 5 };

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

/** A rule that reports the given spans, in the order given, as new objects each run. */
function reporting(id: number, spans: readonly [number, number][]): Rule {
  return {
    meta: { id: `spans-${id}`, description: 'Reports the spans given.', defaultSeverity: 'info', fixable: false, safe: false, scope: 'document' },
    check: (): Report[] => spans.map(([start, length], k) => ({ start, end: start + length, message: `${id}.${k}`, related: [], fixes: [] })),
  };
}

describe('the rules\' findings put together', () => {
  it('are in the order a stable sort of all of them, rule after rule, gives', () => {
    // Few positions, so that equal spans within a rule and across rules are common; a rule's
    // list in text order or not.
    const span = fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 2 }));
    const list = fc.oneof(
      fc.array(span, { maxLength: 12 }),
      fc.array(span, { maxLength: 12 }).map((l) => [...l].sort((a, b) => a[0] - b[0] || a[1] - b[1])),
    );
    fc.assert(
      fc.property(fc.array(list, { maxLength: 7 }), (lists) => {
        const rules = lists.map((spans, id) => reporting(id, spans));
        const context = { text: TEXT, stories: [], quotes: [], people: [], strays: [], config: DEFAULT_CONFIG };
        const got = runRules(rules, context, new Set(), []).map((f) => f.message);
        const all: Finding[] = rules.flatMap((r) => r.check(context) as Finding[]);
        const expected = all.sort((a, b) => a.start - b.start || a.end - b.end).map((f) => f.message);
        assert.deepEqual(got, expected);
      }),
      RUNS,
    );
  });
});
