import type { Rule } from '../findings/rule';
import { findMisspellings } from '../people/directory';
import { containersOf } from '../quotes/containers';

export const nameSpelling: Rule = {
  meta: {
    id: 'name-spelling',
    description: "A name spelled as one of the variants in the desk's people directory instead of its canonical form.",
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'document',
  },
  check({ text, stories, config }) {
    if (config.people.length === 0) return [];
    const found = findMisspellings(text, stories.flatMap(containersOf), config.people);
    // One fix corrects every mention at once, from whichever finding the editor picks.
    const edits = found.map((m) => ({ start: m.start, end: m.end, text: m.canonical }));
    return found.map((m) => ({
      start: m.start,
      end: m.end,
      message: `"${m.variant}" is spelled "${m.canonical}" in the desk's people directory`,
      related: [],
      fixes: [{ title: `Spell every mention as in the directory ("${m.entry.name}")`, safe: false, edits }],
    }));
  },
};
