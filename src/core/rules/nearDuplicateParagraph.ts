import type { Fix } from '../findings/finding';
import type { Rule } from '../findings/rule';
import { lineRemoval } from '../text/lineRemoval';
import { paraList } from './repetition/labels';
import { quotedTone } from './repetition/quoted';
import { repetitionsOf } from './repetition/repetitions';
import { isExact, storyReport } from './repetition/storyRepeats';

export const nearDuplicateParagraph: Rule = {
  meta: {
    id: 'near-duplicate-paragraph',
    description: 'A paragraph, or a whole story, that mostly repeats earlier paragraphs with small changes: other attribution, a changed number, two paragraphs merged.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'document',
  },
  check(context) {
    const { text } = context;
    const { nearDuplicates, stories } = repetitionsOf(context);
    const paragraphs = nearDuplicates.map(({ para, sources, shared, redundant }) => {
      const copies = sources.flatMap((s) => s.copies);
      const tone = quotedTone(context, para, copies);
      const n = para.wordCount;
      const fixes: Fix[] = redundant ? [{ title: 'Remove repeated paragraph', safe: false, edits: [lineRemoval(text, para)] }] : [];
      return {
        start: para.start,
        end: para.end,
        message:
          `Mostly repeats ${paraList(sources.map((s) => s.para), para)}: ${shared} of ${n} words (${Math.round((100 * shared) / n)}%) are shared` +
          (tone?.note ?? ''),
        ...(tone?.severity ? { severity: tone.severity } : {}),
        related: sources.map(({ para: q }) => ({ start: q.start, end: q.end, message: `repeated here: ${paraList([q], para)}` })),
        fixes,
      };
    });
    return [...paragraphs, ...stories.filter((r) => !isExact(r)).map((r) => storyReport(context, r))];
  },
};
