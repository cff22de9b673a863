import type { Rule } from '../findings/rule';
import { lineRemoval } from '../text/lineRemoval';

export const residue: Rule = {
  meta: {
    id: 'residue',
    description: 'Page furniture left by a web scrape ("All news", "Read more", "Advertisement") around a story.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'story',
  },
  check({ text, stories }) {
    return stories.flatMap((story) =>
      story.residue.map((line) => ({
        start: line.start,
        end: line.end,
        message: `Page furniture "${line.text}" is not part of the story`,
        related: [],
        fixes: [{ title: `Remove "${line.text}"`, safe: false, edits: [lineRemoval(text, line)] }],
      })),
    );
  },
};
