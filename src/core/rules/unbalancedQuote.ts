import type { Rule } from '../findings/rule';

export const unbalancedQuote: Rule = {
  meta: {
    id: 'unbalanced-quote',
    description: 'A quote mark with no partner that the multi-paragraph convention does not explain.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
  },
  check({ strays }) {
    return strays.map((mark) =>
      mark.side === 'closing'
        ? {
            start: mark.start,
            end: mark.end,
            message: 'This closing quote mark closes no quotation',
            related: [],
            fixes: [{ title: 'Remove the stray quote mark', safe: false, edits: [{ start: mark.start, end: mark.end, text: '' }] }],
          }
        : {
            start: mark.start,
            end: mark.end,
            message: 'This quotation is never closed, and the next paragraph does not continue it',
            related: [],
            fixes: [],
          },
    );
  },
};
