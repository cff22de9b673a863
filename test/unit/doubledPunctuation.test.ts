import { caseTable } from './hygiene';

describe('doubled-punctuation', () => {
  caseTable('doubled-punctuation', [
    { text: 'The talks,, which lasted hours, ended late.', found: [',,'], fixed: 'The talks, which lasted hours, ended late.', safe: true },
    { text: 'The talks ended late;; no deal was reached.', found: [';;'], fixed: 'The talks ended late; no deal was reached.' },
    { text: 'The talks ended late..', found: ['..'], fixed: 'The talks ended late.' },
    { text: 'Who will pay for it?. Nobody knows yet.', found: ['?.'], fixed: 'Who will pay for it? Nobody knows yet.' },
    { text: 'The talks ended late,. No deal was reached.', found: [',.'], fixed: 'The talks ended late. No deal was reached.' },
    { text: 'The talks,: which lasted hours, ended late.', found: [',:'], fixed: 'The talks: which lasted hours, ended late.' },
    { text: 'He paused... and then went on with the speech.', found: [] },
    { text: 'He paused… and then went on with the speech....', found: [] },
    { text: 'Officials in the U.S., Britain and France agreed.', found: [] },
    { text: 'He asked whether they were serious?! Nobody answered.', found: [] },
    { text: 'The meeting starts at 10:30 a.m. in room 4.', found: [] },
  ]);
});
