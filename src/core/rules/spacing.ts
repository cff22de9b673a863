import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { type Slip, spacingSlips } from '../text/spacingSlips';
import { oneFix } from './oneFix';

const remove = ({ start, end }: Span, message: string, title: string): Report => oneFix({ start, end }, message, title, [{ start, end, text: '' }], true);

const MARGINS = {
  'empty line': { message: 'Whitespace on an empty line', title: 'Remove the whitespace' },
  start: { message: 'Whitespace at the start of the line', title: 'Remove the leading whitespace' },
  end: { message: 'Whitespace at the end of the line', title: 'Remove the trailing whitespace' },
};

function reportOf(slip: Slip): Report {
  const { start, end } = slip;
  switch (slip.kind) {
    case 'margin':
      return remove(slip, MARGINS[slip.where].message, MARGINS[slip.where].title);
    case 'no space after':
      return oneFix(slip, 'No space after the end of the sentence', 'Add a space', [{ start: start + 1, end: start + 1, text: ' ' }], true);
    case 'before mark': {
      // `word ,next`: the space sits on the wrong side of the mark; moving it fixes both at once.
      const { mark, glued } = slip;
      const edits = glued ? [{ start, end, text: '' }, { start: end + 1, end: end + 1, text: ' ' }] : [{ start, end, text: '' }];
      return oneFix(slip, `Space before "${mark}"`, glued ? `Move the space after "${mark}"` : 'Remove the space', edits, true);
    }
    case 'doubled':
      return oneFix(slip, `${end - start} spaces between words`, 'Replace with one space', [{ start, end, text: ' ' }], true);
  }
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description: 'Two spaces between words, a space before , . ; : ? !, no space after a sentence, whitespace at the start or end of a line.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    for (const story of stories) for (const slip of spacingSlips(text, story)) reports.push(reportOf(slip));
    return reports;
  },
};
