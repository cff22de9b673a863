import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { caseTable, findingsOf, story } from './hygiene';

describe('quote-for-apostrophe', () => {
  caseTable('quote-for-apostrophe', [
    { text: 'OPEC"s output rose in February, traders said.', found: ['"'], fixed: "OPEC's output rose in February, traders said.", safe: true },
    { text: 'We don"t know yet, and they"ll see; we"re ready, I"m sure, they"ve said.', found: ['"', '"', '"', '"', '"'], fixed: "We don't know yet, and they'll see; we're ready, I'm sure, they've said." },
    { text: 'Russia’s envoy said Iran"s output would fall.', found: ['"'], fixed: 'Russia’s envoy said Iran’s output would fall.' },
    { text: '"We are ready," he said.', found: [] },
    { text: 'He is 6\'2" tall and said "so".', found: [] },
    { text: 'They said "sold out" before noon.', found: [] },
  ]);

  it('names the word in its message', () => {
    const [f] = findingsOf(story('OPEC"s output rose in February, traders said.'), 'quote-for-apostrophe');
    assert.equal(f!.message, 'A double quote mark stands for an apostrophe in "OPEC"s"');
  });

  it('takes the mark for an apostrophe, so that the quotation after it pairs and is attributed', () => {
    const text = story('OPEC"s output ran above its ceiling. "The ceiling is only as good as the weakest member," one Gulf delegate said.');
    const a = analyze(text);
    assert.deepEqual(
      a.quotes.map((q) => text.slice(q.inner.start, q.inner.end)),
      ['The ceiling is only as good as the weakest member,'],
    );
    assert.deepEqual(a.findings.filter((f) => f.rule === 'unbalanced-quote' || f.rule === 'quote-style'), []);
  });
});
