import type { Rule } from '../findings/rule';
import { lineRemoval } from '../text/lineRemoval';
import { KeptReports } from './repetition/keptReports';
import { opening, paraList, shownSpan } from './repetition/labels';
import type { Para } from './repetition/paragraphs';
import { repetitionsOf } from './repetition/repetitions';
import { isExact, storyReport } from './repetition/storyRepeats';

export const duplicateParagraph: Rule = {
  meta: {
    id: 'duplicate-paragraph',
    description: 'A paragraph, or a whole story, that repeats earlier text word for word (case, spacing, quote style and dashes aside).',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'document',
  },
  check(context) {
    const { text, stories } = context;
    const { duplicates, stories: repeats } = repetitionsOf(context);
    // A paragraph that keeps its object keeps its text: the report stands while it repeats the same copies.
    const kept = KeptReports.of<Para>(context, duplicateParagraph);
    const paragraphs = duplicates.map(({ para, earlier }) => {
      const removal = lineRemoval(text, para);
      const shown = shownSpan(text, stories, para);
      return kept.report(para, [removal.start, removal.end, ...earlier], () => ({
        ...shown,
        message: `Repeats ${paraList(earlier, para)} ("${opening(text, shown.start, shown.end)}") word for word`,
        related: earlier.map((q, i) => ({ ...shownSpan(text, stories, q), message: i === 0 ? 'the first copy' : 'another copy' })),
        fixes: [{ title: 'Remove repeated paragraph', safe: false, edits: [removal] }],
      }));
    });
    return [...paragraphs, ...repeats.filter(isExact).map((r) => storyReport(context, r))];
  },
};
