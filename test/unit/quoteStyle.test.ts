import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/findings/applyFixes';
import { quoteStyleRule } from '../../src/core/rules/quoteStyle';
import { caseTable, story } from './hygiene';

describe('quote-style', () => {
  caseTable('quote-style', [
    { text: '"We are ready," he said. "I don’t think it’s fair."', found: ['’'], fixed: '"We are ready," he said. "I don\'t think it\'s fair."', safe: false },
    { text: '“We are ready,” he said. “I don\'t think it’s fair.” “Yes,” she said.', found: ["'"], fixed: '“We are ready,” he said. “I don’t think it’s fair.” “Yes,” she said.' },
    { text: '"We are ready," he said. "I don\'t think it\'s fair."', found: [] },
    { text: '“We are ready,” he said. “I don’t think it’s fair.”', found: [] },
    { text: 'He is 6\'2" tall, she said in a “brief” statement.', found: [] },
  ]);

  const curly = quoteStyleRule('curly');
  it('converts to curly marks, choosing opening, closing and apostrophes', () => {
    const text = story('"I don\'t think the \'Russia\' issue of the \'90s is fair," he said of \'em.');
    const [finding] = analyze(text, [curly]).findings;
    const fixed = applyEdits(text, finding!.fixes[0]!.edits);
    assert.equal(fixed, story('“I don’t think the ‘Russia’ issue of the ’90s is fair,” he said of ’em.'));
    assert.equal(finding!.fixes[0]!.safe, true);
  });

  it('keeps a conversion to curly marks out of fix-all when a mark could go either way', () => {
    const text = story('He said " and left.');
    const [finding] = analyze(text, [curly]).findings;
    assert.equal(finding!.fixes[0]!.safe, false);
  });

  it('reports every curly mark under a straight house style', () => {
    const text = story('“We are ready,” he said.');
    const [finding] = analyze(text, [quoteStyleRule('straight')]).findings;
    assert.equal(finding!.related.length, 1);
    assert.equal(applyEdits(text, finding!.fixes[0]!.edits), story('"We are ready," he said.'));
  });

  it('leaves a headline in straight single marks over a curly story to itself, unless the house chose a style', () => {
    const text = "Trump: 'We're going to win'\n\nWASHINGTON (AP) — The candidate spoke in Ohio on Tuesday.\n\n“We are going to win this state,” he said. Aides didn’t comment.\n";
    assert.deepEqual(analyze(text, [quoteStyleRule()]).findings, []);
    const [finding] = analyze(text, [curly]).findings;
    assert.equal(text.slice(finding!.start, finding!.end), "'");
    assert.equal(finding!.start, text.indexOf("'"));
  });
});
