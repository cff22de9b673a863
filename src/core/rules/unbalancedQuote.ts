import type { Fix, Related } from '../findings/finding';
import type { Rule } from '../findings/rule';

/**
 * Shared by every finding: a file of bare quote marks has hundreds of thousands, and two empty
 * lists each were a third of the garbage. Findings' lists are read-only, and these frozen too.
 */
const NO_RELATED: readonly Related[] = Object.freeze([]);
const NO_FIXES: readonly Fix[] = Object.freeze([]);

export const unbalancedQuote: Rule = {
  meta: {
    id: 'unbalanced-quote',
    description: 'A quote mark with no partner that the multi-paragraph convention does not explain.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'story',
  },
  check({ strays }) {
    return strays.map((mark) =>
      mark.side === 'closing'
        ? {
            start: mark.start,
            end: mark.end,
            message: 'This closing quote mark closes no quotation',
            related: NO_RELATED,
            fixes: [{ title: 'Remove the stray quote mark', safe: false, edits: [{ start: mark.start, end: mark.end, text: '' }] }],
          }
        : {
            start: mark.start,
            end: mark.end,
            message: 'This quotation is never closed, and the next paragraph does not continue it',
            related: NO_RELATED,
            fixes: NO_FIXES,
          },
    );
  },
};
