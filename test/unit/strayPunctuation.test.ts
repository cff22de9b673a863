import { caseTable } from './hygiene';

describe('stray-punctuation', () => {
  caseTable('stray-punctuation', [
    { text: 'The accusations are absolutely groundless/', found: ['/'], fixed: 'The accusations are absolutely groundless.', safe: true },
    { text: 'The accusations are groundless./', found: ['/'], fixed: 'The accusations are groundless.', safe: true },
    { text: 'He said "the accusations are groundless\\" and left.', found: ['\\'], fixed: 'He said "the accusations are groundless" and left.' },
    { text: 'Officials said the talks| which lasted hours, ended late.', found: ['|'], fixed: 'Officials said the talks which lasted hours, ended late.', safe: false },
    { text: 'The ministers met in Bonn / and then in Paris on Friday.', found: ['/ '], fixed: 'The ministers met in Bonn and then in Paris on Friday.', safe: false },
    { text: 'Staff work 24/7 and drive at 90 km/h on the ring road.', found: [] },
    { text: 'Applicants and/or their lawyers may appeal by 3/4 of the vote.', found: [] },
    { text: 'Details are at https://tass.com/politics/ and www.example.com/ today.', found: [] },
    { text: 'The ruling, in a 2-1 vote on 12/03/2024, takes effect at once.', found: [] },
  ]);
});
