import type { Section, Story, Table } from './story';

/** A section with the tables that belong to it. */
export interface SectionTables {
  section: Section;
  /** In document order, each after the section's start. */
  tables: Table[];
  /** Where the section ends with its tables: past its last paragraph when a table follows it. */
  end: number;
}

/**
 * Where a story's tables sit among its sections, for the outline and folding. A table belongs to
 * the last section that starts before it: between its paragraphs, or after them, since a subhead
 * opens what comes after it, not the table above. A table before every section is `loose`.
 */
export function tablesBySection(story: Story): { sections: SectionTables[]; loose: Table[] } {
  const sections: SectionTables[] = story.sections.map((section) => ({ section, tables: [], end: section.end }));
  const loose: Table[] = [];
  // Both lists are in document order: the owner only moves forward.
  let next = 0;
  for (const table of story.tables) {
    while (next < sections.length && sections[next]!.section.start <= table.start) next++;
    const owner = sections[next - 1];
    if (!owner) {
      loose.push(table);
      continue;
    }
    owner.tables.push(table);
    owner.end = Math.max(owner.end, table.end);
  }
  return { sections, loose };
}
