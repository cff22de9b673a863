import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { safeFixEdits } from '../../src/core/findings/applyFixes';
import { caseTable, findingsOf, story } from './hygiene';

/*
 * Each paragraph is written in wire style and set in a plain story whose next paragraph
 * (`The council said ...`) gives no reason. `found` is the mention of the source; `fixed` the
 * paragraph with the snippet inserted as its text reads, placeholder included, written by hand.
 */
const SNIPPET = 'who spoke on condition of anonymity because ${1:reason}';

describe('anonymous-source', () => {
  describe('unnamed sources with no reason', () => {
    caseTable('anonymous-source', [
      {
        text: 'The government will raise fuel taxes in April, a senior official said.',
        found: ['a senior official'],
        fixed: `The government will raise fuel taxes in April, a senior official, ${SNIPPET}, said.`,
        safe: false,
      },
      {
        text: '"We cannot wait any longer," a senior official said. The strike has cost the port 40 million euros.',
        found: ['a senior official'],
        fixed: `"We cannot wait any longer," a senior official, ${SNIPPET}, said. The strike has cost the port 40 million euros.`,
      },
      {
        text: 'The government will raise fuel taxes in April, sources said.',
        found: ['sources'],
        fixed: `The government will raise fuel taxes in April, sources, ${SNIPPET}, said.`,
      },
      {
        text: 'Prices will rise further before the harvest, one trader said.',
        found: ['one trader'],
        fixed: `Prices will rise further before the harvest, one trader, ${SNIPPET}, said.`,
      },
      // After a verb put before its subject the clause ends with the mention: no second comma before the stop.
      {
        text: '"The talks are stuck," said a European diplomat.',
        found: ['a European diplomat'],
        fixed: `"The talks are stuck," said a European diplomat, ${SNIPPET}.`,
      },
      // How the sources know is part of the description, and the snippet follows it.
      {
        text: 'The deal could be signed as early as Friday, according to two people familiar with the talks.',
        found: ['two people familiar with the talks'],
        fixed: `The deal could be signed as early as Friday, according to two people familiar with the talks, ${SNIPPET}.`,
      },
      // A comma already follows the mention: the snippet brings only its own.
      {
        text: 'A senior official, speaking in Brussels, said the deal was close.',
        found: ['A senior official'],
        fixed: `A senior official, ${SNIPPET}, speaking in Brussels, said the deal was close.`,
      },
      { text: 'Two officials said the strike would end on Monday.', found: ['Two officials'] },
      { text: 'U.S. officials said the port would reopen on Monday.', found: ['U.S. officials'] },
      { text: "The president's aides said he would sign the bill.", found: ["The president's aides"] },
      { text: 'The deal is close, a source told Reuters.', found: ['a source'] },
      // The reason two sentences on is too far: readers meet the source without it.
      {
        text: 'The government will raise fuel taxes in April, a senior official said. The cabinet meets on Monday. The official was not authorized to speak publicly.',
        found: ['a senior official'],
      },
    ]);
  });

  describe('reasons given, in the sentence or the next', () => {
    caseTable('anonymous-source', [
      { text: 'The government will raise fuel taxes in April, a senior official said on condition of anonymity because the budget has not been announced.', found: [] },
      { text: 'The government will raise fuel taxes in April, said a senior official, who asked not to be named because the budget is not final.', found: [] },
      { text: 'A ministry official, who asked not to be named, said the talks were over.', found: [] },
      { text: 'Prices will rise further before the harvest, one trader said, declining to be identified.', found: [] },
      { text: 'The deal is close, a source told Reuters on condition of anonymity.', found: [] },
      { text: 'The government will raise fuel taxes in April, a senior official said. The official was not authorised to speak publicly.', found: [] },
      { text: 'The government will raise fuel taxes in April, a senior official said. He declined to be identified.', found: [] },
      { text: 'Sources said the bank would cut rates. They spoke on condition of anonymity because the decision is not public.', found: [] },
    ]);

    it('takes the reason from the first sentence of the next paragraph', () => {
      const text = story('The government will raise fuel taxes in April, two officials said.\n\nThey were not authorized to discuss the budget before its release. The cabinet meets on Monday.');
      assert.deepEqual(findingsOf(text, 'anonymous-source'), []);
    });

    it('holds a reason given once for the same source later in the story', () => {
      const text = story('The government will raise fuel taxes in April, a senior official said, speaking on condition of anonymity.\n\nThe cabinet meets on Monday.\n\nThe increase will be the first since 2019, a senior official said.');
      assert.deepEqual(findingsOf(text, 'anonymous-source'), []);
    });
  });

  it('takes one of several sources whose reason was given for one of them', () => {
    const text = story('The inquiry was widened in May, according to three intelligence sources who were not authorized to speak on the record.\n\nThe bureau has assigned 50 more agents, one intelligence source said.');
    assert.deepEqual(findingsOf(text, 'anonymous-source'), []);
  });

  describe('sources the copy names, or that are no persons kept unnamed', () => {
    caseTable('anonymous-source', [
      { text: 'The port will reopen on Monday, the ministry said.', found: [] },
      { text: 'The port will reopen on Monday, Finance Minister Jane Roe said.', found: [] },
      { text: 'Jane Roe, a senior official, said the port would reopen on Monday.', found: [] },
      { text: 'A senior official, Jane Roe, said the port would reopen on Monday.', found: [] },
      { text: 'The port will reopen on Monday, according to a court filing.', found: [] },
      { text: 'The port will reopen on Monday, the report said.', found: [] },
      { text: 'The port will reopen on Monday, a memo seen by Reuters showed.', found: [] },
      { text: 'The port will reopen on Monday, a ministry spokesman said.', found: [] },
      { text: 'Analysts said the port would reopen on Monday.', found: [] },
      // Pointing back to a source met before, or not speaking at all.
      { text: 'The port will reopen on Monday, the official said.', found: [] },
      { text: 'The minister met two officials on Tuesday.', found: [] },
      { text: '"Sources said the port would reopen," the minister said.', found: [] },
      { text: 'When a man says he is sorry, he means it, the judge said.', found: [] },
    ]);
  });

  it('reports one finding a source a paragraph', () => {
    const text = story('"We are close," a senior official said. "We need one more day," a senior official said.');
    assert.deepEqual(findingsOf(text, 'anonymous-source').map((f) => text.slice(f.start, f.end)), ['a senior official']);
  });

  it('is information by default, and its snippet fix never runs unattended', () => {
    const text = story('The government will raise fuel taxes in April, a senior official said.');
    const findings = analyze(text).findings.filter((f) => f.rule === 'anonymous-source');
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding!.severity, 'info');
    assert.deepEqual(
      finding!.fixes.map((f) => ({ safe: f.safe, snippet: f.snippet })),
      [{ safe: false, snippet: true }],
    );
    // The insertion point by hand: right after `official`, before ` said.`
    const at = text.indexOf('a senior official said') + 'a senior official'.length;
    assert.deepEqual(finding!.fixes[0]!.edits, [{ start: at, end: at, text: `, ${SNIPPET},` }]);
    assert.deepEqual(safeFixEdits(findings), []);
  });
});
