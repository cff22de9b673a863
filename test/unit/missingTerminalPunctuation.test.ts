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
  ]);

  it('leaves headlines, standfirsts and subheads alone', () => {
    const text = 'Storm closes schools\n\nSchools shut as winds reach 90 mph\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed on Thursday.\n\nTravel chaos\n\nTrains were cancelled.\n';
    assert.deepEqual(findingsOf(text, 'missing-terminal-punctuation'), []);
  });
});
