import type { Fix } from '../findings/finding';
import type { Rule } from '../findings/rule';
import { lineRemoval } from '../text/lineRemoval';
import { KeptReports } from './repetition/keptReports';
import { paraList, shownSpan } from './repetition/labels';
import { quotedTone } from './repetition/quoted';
import { type NearDuplicate, repetitionsOf } from './repetition/repetitions';
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
    const { text, stories } = context;
    const { nearDuplicates, stories: repeats } = repetitionsOf(context);
    // A near-duplicate kept from the version before names the same paragraphs: its speakers and the lines around it may have changed.
    const kept = KeptReports.of<NearDuplicate>(context, nearDuplicateParagraph);
    const paragraphs = nearDuplicates.map((near) => {
      const { para, sources, shared, redundant } = near;
      const copies = sources.flatMap((s) => s.copies);
      const tone = quotedTone(context, para, copies);
      const removal = redundant ? lineRemoval(text, para) : null;
      return kept.report(near, [tone?.note, tone?.severity, removal?.start, removal?.end], () => {
        const n = para.wordCount;
        const fixes: Fix[] = removal ? [{ title: 'Remove repeated paragraph', safe: false, edits: [removal] }] : [];
        return {
          ...shownSpan(text, stories, para),
          message: `Mostly repeats ${paraList(sources.map((s) => s.para), para)}: ${shared} of ${n} words (${Math.round((100 * shared) / n)}%) are shared${tone?.note ?? ''}`,
          ...(tone?.severity ? { severity: tone.severity } : {}),
          related: sources.map(({ para: q }) => ({ ...shownSpan(text, stories, q), message: `repeated here: ${paraList([q], para)}` })),
          fixes,
        };
      });
    });
    return [...paragraphs, ...repeats.filter((r) => !isExact(r)).map((r) => storyReport(context, r))];
  },
};
