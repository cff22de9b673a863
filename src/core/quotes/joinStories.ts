import type { Mention, Person, Quotation, StrayMark } from '../model/quote';
import type { Span } from '../model/span';
import { placeQuote, shiftMention, shiftSpan, shiftStray } from '../model/shift';
import { personFrom } from '../people/person';
import type { QuoteModel, StoryQuotes } from './speakers';

/** One story's reading and how far its offsets are from the document's. */
export interface PlacedQuotes {
  quotes: StoryQuotes;
  delta: number;
}

/** The people of several stories who share a key: one person of the document. */
interface Group {
  title: string | null;
  /** Story (index into the parts) and person within it, in story order. */
  members: { part: number; person: number }[];
}

function moved(mentions: Mention[], delta: number): Mention[] {
  return delta === 0 ? mentions : mentions.map((m) => shiftMention(m, delta));
}

function personOfGroup(group: Group, parts: readonly PlacedQuotes[]): Omit<Person, 'quotes'> {
  const [first, ...others] = group.members;
  const { quotes: story, delta } = parts[first!.part]!;
  const person = story.people[first!.person]!;
  if (others.length === 0) {
    const first = delta === 0 ? person.first : shiftSpan(person.first, delta);
    return { name: person.name, title: group.title, aliases: person.aliases, mentions: moved(person.mentions, delta), first };
  }
  // Stories are in text order and each one's mentions too, so joined they stay in order.
  const mentions: Mention[] = [];
  const surfaces: string[] = [];
  for (const m of group.members) {
    const part = parts[m.part]!;
    for (const mention of moved(part.quotes.people[m.person]!.mentions, part.delta)) mentions.push(mention);
    for (const s of part.quotes.surfaces[m.person]!) surfaces.push(s);
  }
  return personFrom(person.name, group.title, mentions, surfaces);
}

/**
 * The document's quotations and people from its stories' own readings: people of different
 * stories with the same name (or an unnamed source's descriptor) are one person, listed in
 * order of their first mention, and quotations take their speaker's index in that list.
 */
export function joinStories(parts: readonly PlacedQuotes[]): QuoteModel {
  // One story where it was read: its people are already the document's, in the same order.
  if (parts.length === 1 && parts[0]!.delta === 0) {
    const { quotes, people, strays } = parts[0]!.quotes;
    return { quotes, people, strays };
  }
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  const groupOf: Group[][] = parts.map(({ quotes: story }, k) =>
    story.people.map((p, i) => {
      const key = story.keys[i]!;
      let group = byKey.get(key);
      if (group === undefined) {
        group = { title: p.title, members: [] };
        byKey.set(key, group);
        groups.push(group);
      } else {
        group.title ??= p.title;
      }
      group.members.push({ part: k, person: i });
      return group;
    }),
  );
  const built = groups
    .map((group) => ({ group, person: personOfGroup(group, parts) }))
    .sort((a, b) => a.person.mentions[0]!.start - b.person.mentions[0]!.start);
  const index = new Map(built.map((b, i) => [b.group, i]));
  const people: Person[] = built.map((b) => ({ ...b.person, quotes: [] }));
  const quotes: Quotation[] = [];
  const strays: StrayMark[] = [];
  parts.forEach(({ quotes: story, delta }, k) => {
    const speakers = groupOf[k]!.map((group) => index.get(group)!);
    // A story whose people keep their places, not moved (the first, or the only one): its quotations as they are.
    const same = delta === 0 && speakers.every((g, i) => g === i);
    // The quotations of a paragraph share one copy of its span, as the reading made them.
    let container: Span | null = null;
    let placed: Span | null = null;
    for (const q of story.quotes) {
      const speaker = q.speaker === null ? null : speakers[q.speaker]!;
      if (speaker !== null) people[speaker]!.quotes.push(quotes.length);
      if (same) {
        quotes.push(q);
        continue;
      }
      if (q.container !== container) {
        container = q.container;
        placed = delta === 0 ? container : shiftSpan(container, delta);
      }
      quotes.push(placeQuote(q, delta, speaker, placed!));
    }
    for (const s of story.strays) strays.push(delta === 0 ? s : shiftStray(s, delta));
  });
  return { quotes, people, strays };
}
