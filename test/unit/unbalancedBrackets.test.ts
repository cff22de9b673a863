import { caseTable } from './hygiene';

describe('unbalanced-brackets', () => {
  caseTable('unbalanced-brackets', [
    { text: 'They agreed that (US Secretary of State Mr. Rex Tillerson and I would meet.', found: ['('] },
    { text: 'They agreed that US Secretary of State) Mr. Rex Tillerson and I would meet.', found: [')'] },
    { text: 'The figure [as reported by the agency was wrong.', found: ['['] },
    { text: 'They agreed that (US Secretary of State) Mr. Rex Tillerson and I would meet.', found: [] },
    { text: 'The options were: a) raise taxes, b) cut spending or 2) borrow.', found: [] },
    { text: 'The report [on page 4 (in the annex)] was published.', found: [] },
  ]);
});
