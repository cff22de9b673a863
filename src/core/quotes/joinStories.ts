import type { Mention, Person, Quotation, StrayMark } from '../model/quote';
import type { Span } from '../model/span';
import { placeQuote, shiftMention, shiftSpan, shiftStray } from '../model/shift';
import { personFrom } from '../people/person';
import type { QuoteModel, StoryQuotes } from './speakers';

/**
 * What a join made of one story's reading at one place. The caller keeps it with the reading and
 * hands it back at the next join: a story at the same place gives its mentions as they were, and
 * its quotations too while its speakers keep their places among the document's people, instead
 * of copies of every one at each keystroke.
 */
export interface Placement {
  delta: number;
  /** Per person of the story, the mentions at the place. */
  mentions: Mention[][];
  strays: StrayMark[];
  /** The quotations at the place, made when the story's people were the document's people `speakers`. */
  quotes: Quotation[];
  speakers: number[];
}

/** One story's reading and how far its offsets are from the document's. */
export interface PlacedQuotes {
  quotes: StoryQuotes;
  delta: number;
  /** Where the placement of the last join is kept, and this join's is left. */
  kept?: { placement: Placement | null };
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

/** The part's placement at its place: the one kept when it was made for the same place, else a new one, kept. */
function placementOf(part: PlacedQuotes): Placement {
  const { quotes: story, delta, kept } = part;
  if (kept?.placement?.delta === delta) return kept.placement;
  const placement: Placement = {
    delta,
    mentions: story.people.map((p) => moved(p.mentions, delta)),
    strays: delta === 0 ? story.strays : story.strays.map((s) => shiftStray(s, delta)),
    quotes: [],
    speakers: [],
  };
  if (kept) kept.placement = placement;
  return placement;
}

function personOfGroup(group: Group, parts: readonly PlacedQuotes[], placements: readonly Placement[]): Omit<Person, 'quotes'> {
  const [head, ...others] = group.members;
  const { quotes: story, delta } = parts[head!.part]!;
  const person = story.people[head!.person]!;
  if (others.length === 0) {
    const first = delta === 0 ? person.first : shiftSpan(person.first, delta);
    return { name: person.name, kind: person.kind, title: group.title, aliases: person.aliases, mentions: placements[head!.part]!.mentions[head!.person]!, first };
  }
  // Stories are in text order and each one's mentions too, so joined they stay in order.
  const mentions: Mention[] = [];
  const surfaces: string[] = [];
  for (const m of group.members) {
    for (const mention of placements[m.part]!.mentions[m.person]!) mentions.push(mention);
    for (const s of parts[m.part]!.quotes.surfaces[m.person]!) surfaces.push(s);
  }
  return personFrom(person.name, person.kind, group.title, mentions, surfaces);
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The story's quotations at its place with their speakers among the document's people: kept ones when the speakers are the same. */
function placedQuotes(part: PlacedQuotes, placement: Placement, speakers: number[]): Quotation[] {
  if (sameNumbers(placement.speakers, speakers) && placement.quotes.length === part.quotes.quotes.length) return placement.quotes;
  const { quotes: story, delta } = part;
  // A story whose people keep their places, not moved (the first, or the only one): its quotations as they are.
  const same = delta === 0 && speakers.every((g, i) => g === i);
  const quotes: Quotation[] = [];
  // The quotations of a paragraph share one copy of its span, as the reading made them.
  let container: Span | null = null;
  let placed: Span | null = null;
  for (const q of story.quotes) {
    if (same) {
      quotes.push(q);
      continue;
    }
    if (q.container !== container) {
      container = q.container;
      placed = delta === 0 ? container : shiftSpan(container, delta);
    }
    quotes.push(placeQuote(q, delta, q.speaker === null ? null : speakers[q.speaker]!, placed!));
  }
  placement.quotes = quotes;
  placement.speakers = speakers;
  return quotes;
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
  const placements = parts.map(placementOf);
  const built = groups
    .map((group) => ({ group, person: personOfGroup(group, parts, placements) }))
    .sort((a, b) => a.person.mentions[0]!.start - b.person.mentions[0]!.start);
  const index = new Map(built.map((b, i) => [b.group, i]));
  const people: Person[] = built.map((b) => ({ ...b.person, quotes: [] }));
  const quotes: Quotation[] = [];
  const strays: StrayMark[] = [];
  parts.forEach((part, k) => {
    const speakers = groupOf[k]!.map((group) => index.get(group)!);
    for (const q of placedQuotes(part, placements[k]!, speakers)) {
      if (q.speaker !== null) people[q.speaker]!.quotes.push(quotes.length);
      quotes.push(q);
    }
    for (const s of placements[k]!.strays) strays.push(s);
  });
  return { quotes, people, strays };
}
