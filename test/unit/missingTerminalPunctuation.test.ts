import assert from 'node:assert/strict';
import { caseTable, findingsOf } from './hygiene';

describe('missing-terminal-punctuation', () => {
  caseTable('missing-terminal-punctuation', [
    { text: 'Lavrov stressed that the accusations of meddling in the election are absolutely groundless', found: ['groundless'], fixed: 'Lavrov stressed that the accusations of meddling in the election are absolutely groundless.', safe: true },
    { text: 'Lavrov stressed that the accusations of meddling in the election are absolutely groundless/', found: ['groundless/'], fixed: 'Lavrov stressed that the accusations of meddling in the election are absolutely groundless.' },
    { text: 'He said the accusations of meddling in the election were "absolutely groundless"', found: ['groundless"'], fixed: 'He said the accusations of meddling in the election were "absolutely groundless."' },
    { text: 'He said the accusations of meddling in the election were groundless (as before)', found: ['before)'], fixed: 'He said the accusations of meddling in the election were groundless (as before).' },
    { text: 'He said the accusations of meddling in the election were absolutely groundless,', found: ['groundless,'], fixed: 'He said the accusations of meddling in the election were absolutely groundless.' },
    { text: '"We will be ready to cover our part of the way," Lavrov said.', found: [] },
    { text: 'Is this the end of the talks between the two countries?', found: [] },
    { text: '(Reporting by Guy Faulconbridge; Editing by Alex Richardson)', found: [] },
    { text: 'He listed the three demands of the union in a statement on Monday:', found: [] },
    { text: 'The pollster said the race was "too close to call." [Daily Ledger]', found: [] },
    { text: 'The committee met on Monday (it had said it would "meet again soon.")', found: [] },
    { text: 'The pollster said the race was too close to call [Daily Ledger]', found: ['Ledger]'] },
  ]);

  it('leaves headlines, standfirsts and subheads alone', () => {
    const text = 'Storm closes schools\n\nSchools shut as winds reach 90 mph\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed on Thursday.\n\nTravel chaos\n\nTrains were cancelled.\n';
    assert.deepEqual(findingsOf(text, 'missing-terminal-punctuation'), []);
  });

  it('leaves notes to readers alone, hard-wrapped or not: editor\'s notes, disclaimers, disclosures', () => {
    const long = 'WASHINGTON (AP) — The Senate passed the budget deal late on Thursday after a debate that ran well past midnight and into Friday.';
    for (const note of [
      "Editor's note: Jane Roe, who wrote this analysis, was an adviser\nto the Senate budget committee until\n2014",
      'The views expressed in this commentary are\nsolely those of the author',
      'Disclosure: the author owns shares\nin two of the companies named',
    ]) {
      for (const text of [`Senate passes budget deal\n\n${long}\n${note}\n`, `Senate passes budget deal\n\n${long}\n\n${note}\n`]) {
        assert.deepEqual(findingsOf(text, 'missing-terminal-punctuation'), [], text);
      }
    }
  });

  it('still reads each long line of unwrapped copy as its own paragraph', () => {
    const long = 'WASHINGTON (AP) — The Senate passed the budget deal late on Thursday after a debate that ran well past midnight and into Friday.';
    const text = `Senate passes budget deal\n\n${long}\nThe House votes next week on its own version of the bill, which cuts spending by far less than the Senate's\n`;
    assert.deepEqual(findingsOf(text, 'missing-terminal-punctuation').map((f) => text.slice(f.start, f.end)), ["Senate's"]);
  });
});
