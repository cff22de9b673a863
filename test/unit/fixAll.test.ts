import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits, safeFixEdits } from '../../src/core/findings/applyFixes';
import type { Finding } from '../../src/core/findings/finding';
import { fixAll, MAX_FIX_PASSES } from '../../src/core/findings/fixAll';
import type { Rule } from '../../src/core/findings/rule';

const findingsOf = (text: string): readonly Finding[] => analyze(text).findings;

describe('fix-all', () => {
  // The shape of the counterexample that once broke "fix-all converges": spacing's fix of the
  // double space and hyphen-as-dash's fix of "  - " overlap, so the dash waits for a second pass;
  // the dash then makes "ABERDEEN —" a dateline, and its paragraph needs a full stop, a third.
  const head = 'Storm closes schools across northern Scotland\n\nEDINBURGH, Jan 30 (Reuters) - Hundreds of schools were closed on Thursday as the storm arrived.\n\n';
  const tail = '\n\nThe council said it would review the plans next week.\n';
  const text = `${head}ABERDEEN  - more closures${tail}`;

  it('applies passes until no safe fix is left', () => {
    const once = applyEdits(text, safeFixEdits(findingsOf(text)));
    assert.notDeepEqual(safeFixEdits(findingsOf(once)), [], 'one pass leaves a safe fix');
    const fixed = fixAll(text, findingsOf(text), findingsOf);
    assert.equal(fixed.text, `${head}ABERDEEN — more closures.${tail}`);
    assert.deepEqual(safeFixEdits(findingsOf(fixed.text)), []);
  });

  it('gives the passes as edits of the text given, the words between them left alone', () => {
    const at = head.length + 'ABERDEEN'.length;
    const { edits } = fixAll(text, findingsOf(text), findingsOf);
    assert.deepEqual(edits, [
      { start: at, end: at + '  - '.length, text: ' — ' },
      { start: at + '  - more closures'.length, end: at + '  - more closures'.length, text: '.' },
    ]);
  });

  it('takes the findings it is given, and analyses only the texts its passes make', () => {
    const analysed: string[] = [];
    const analyse = (t: string): readonly Finding[] => {
      analysed.push(t);
      return findingsOf(t);
    };
    const fixed = fixAll(text, findingsOf(text), analyse);
    // After each of the three passes, the last to find nothing more.
    assert.equal(analysed.length, 3);
    assert.equal(analysed[2], fixed.text);
    assert.ok(!analysed.includes(text));
    analysed.length = 0;
    const clean = fixed.text;
    assert.deepEqual(fixAll(clean, findingsOf(clean), analyse), { text: clean, edits: [] });
    assert.deepEqual(analysed, []);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes never run out`, () => {
    // A rule whose safe fix always finds something more to add.
    const endless: Rule = {
      meta: { id: 'endless', description: 'Always one more.', defaultSeverity: 'hint', fixable: true, safe: true, scope: 'document' },
      check({ text: t }) {
        return [{ start: 0, end: 1, message: 'more', related: [], fixes: [{ title: 'Add one', safe: true, edits: [{ start: t.length, end: t.length, text: '+' }] }] }];
      },
    };
    const start = 'Storm closes schools\n';
    const rules = [endless];
    const fixed = fixAll(start, analyze(start, rules).findings, (t) => analyze(t, rules).findings);
    const added = '+'.repeat(MAX_FIX_PASSES);
    assert.equal(fixed.text, start + added);
    assert.deepEqual(fixed.edits, [{ start: start.length, end: start.length, text: added }]);
  });
});
