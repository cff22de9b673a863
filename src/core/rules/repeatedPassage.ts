import type { Rule } from '../findings/rule';
import { paraList } from './repetition/labels';
import { quotedTone, stockTone } from './repetition/quoted';
import { passageRemoval } from './repetition/removal';
import { repetitionsOf } from './repetition/repetitions';

export const repeatedPassage: Rule = {
  meta: {
    id: 'repeated-passage',
    description: 'A run of words (12 by default) that appears again in another paragraph, the paragraphs being otherwise different.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'document',
  },
  check(context) {
    const { text, quotes } = context;
    return repetitionsOf(context).passages.map((p) => {
      const tone = quotedTone(context, p.para, p.copies) ?? stockTone(context, p, p.words, p.copies);
      // The copies come in the order of their words in this passage: named as the text has them.
      const copies = [...p.copies].sort((a, b) => a.span.start - b.span.start);
      // A paragraph holding the passage twice is named once; each copy is still related.
      const paras = copies.map((c) => c.para).filter((q, i, all) => i === 0 || q !== all[i - 1]);
      return {
        start: p.start,
        end: p.end,
        message: `These ${p.words} words repeat ${paraList(paras, p.para)}${tone?.note ?? ''}`,
        ...(tone?.severity ? { severity: tone.severity } : {}),
        related: copies.map((c) => ({ ...c.span, message: `the same words in ${paraList([c.para], p.para)}` })),
        fixes: [{ title: 'Remove repeated passage', safe: false, edits: [passageRemoval(text, p.para, p, quotes)] }],
      };
    });
  },
};
