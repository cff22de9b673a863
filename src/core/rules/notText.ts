import type { Rule } from '../findings/rule';
import { looksLikeBinary } from '../text/binary';

/** Said once, instead of a flood of findings on binary data; analyze() then runs no other rule. */
export const notText: Rule = {
  meta: {
    id: 'not-text',
    description: 'The file does not look like text (binary data or a broken feed), so it is not checked.',
    defaultSeverity: 'info',
    fixable: false,
    safe: false,
    scope: 'document',
  },
  check({ text }) {
    if (!looksLikeBinary(text)) return [];
    return [
      {
        start: 0,
        // The first character, whole even when it is a surrogate pair.
        end: Math.min(text.codePointAt(0)! > 0xffff ? 2 : 1, text.length),
        message: 'This file does not look like text (binary data or a broken feed); Copydesk does not check it',
        related: [],
        fixes: [],
      },
    ];
  },
};
