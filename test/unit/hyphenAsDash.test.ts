import { caseTable } from './hygiene';

describe('hyphen-as-dash', () => {
  caseTable('hyphen-as-dash', [
    { text: 'These accusations - at least I have not seen a fact - are groundless.', found: ['-', '-'], fixed: 'These accusations — at least I have not seen a fact — are groundless.', safe: true },
    { text: 'Those who severed the relationship-who dropped the deal are to blame.', found: ['-'], fixed: 'Those who severed the relationship — who dropped the deal are to blame.' },
    { text: 'A mechanism of cooperation-and then they asked us to act.', found: ['-'], fixed: 'A mechanism of cooperation — and then they asked us to act.' },
    { text: 'Where facts are available-take a look at Iraq, he said.', found: ['-'], fixed: 'Where facts are available — take a look at Iraq, he said.' },
    { text: 'The old form--a double hyphen--is still seen.', found: ['--', '--'], fixed: 'The old form — a double hyphen — is still seen.' },
    { text: 'Some twenty-plus groups met in mid-February with the President-elect.', found: [] },
    { text: 'The G-20 met in a well-known, state-of-the-art, rock-and-roll hall.', found: [] },
    { text: 'A follow-up the next day and a sit-in a week later were planned.', found: [] },
    { text: 'The score was 2 - 1 after the pre- and post-match talks.', found: [] },
  ]);
});
