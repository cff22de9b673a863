import type { Mention, Person, StrayMark, Quotation } from '../model/quote';
import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { descriptorKey } from '../people/descriptors';
import { personFrom } from '../people/person';
import { capitalisedIn, type Naming, namesOrganisation, namingsIn, nameTokens } from '../people/names';
import { type DescriptorFits, type PersonDraft, Registry } from '../people/registry';
import { Attributor, type Drafts } from './attributing';
import { type Container, containersOf } from './containers';
import { descriptorsIn } from './descriptorScan';
import { pairQuotes, sortByStart } from './pairing';
import { joinStories } from './joinStories';

export interface QuoteModel {
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
}


/** Whether `at` lies inside one of the quotations, sorted by start. */
function insideQuote(quotes: Span[], at: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Names, then surnames and first names of the named, then descriptors that fit a known title. */
function collectMentions(text: string, containers: Container[], quotes: Span[], registry: Registry): void {
  // Each container is tokenized once; the namings of all come first, so that a surname used
  // before the full name still finds its person.
  const tokens = containers.map((c) => nameTokens(text, c.start, c.end));
  // A company or agency named in passing is not a person (`Merrill Lynch`, `Financial Communications`).
  const namings: Naming[] = tokens.flatMap((t) => namingsIn(text, t)).filter((n) => !namesOrganisation(text, n));
  for (const n of namings) registry.addNaming(n, insideQuote(quotes, n.start));
  // A descriptor is a mention only of a person with a title (no unnamed source is known yet), so without one they are not looked for.
  const titled = registry.people.some((p) => p.title !== null);
  let k = 0;
  containers.forEach((c, i) => {
    for (const token of capitalisedIn(tokens[i]!)) {
      while (k < namings.length && namings[k]!.end <= token.start) k++;
      if (k < namings.length && namings[k]!.start <= token.start) continue;
      const person = registry.byWord(token.word);
      if (person) registry.mention(person, token, 'alias', insideQuote(quotes, token.start));
    }
    if (!titled) return;
    descriptorsIn(text, c.start, c.end, (start, end) => {
      const person = registry.byDescriptor(text.slice(start, end), start);
      if (person && !person.unnamed) registry.mention(person, { start, end }, 'descriptor', insideQuote(quotes, start));
    });
  });
}

/** Pairs a story's quotations, each made once as the model's object with its container's span. */
function draftsOf(text: string, containers: Container[]): { drafts: Drafts; strays: StrayMark[] } {
  const drafts: Drafts = { quotes: [], containers: [], speakers: [], sources: [] };
  let last: Container | null = null;
  let span: Span = { start: 0, end: 0 };
  const paired = pairQuotes(text, containers, (start, end, inner, container, continues) => {
    // The quotations of a container share one copy of its span.
    if (container !== last) {
      last = container;
      span = { start: container.start, end: container.end };
    }
    drafts.containers.push(container);
    drafts.speakers.push(null);
    drafts.sources.push(null);
    return { start, end, inner, speaker: null, source: null, cue: null, continues, inherited: false, container: span };
  });
  drafts.quotes = paired.quotes;
  return { drafts, strays: paired.strays };
}

/** Appends item by item: spreading into push() passes every item as an argument, and a long list overflows the stack. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** What people of different stories share when they are one person: the name, or an unnamed source's descriptor. */
const keyOf = (p: PersonDraft): string => (p.unnamed ? `~${p.kind}~${descriptorKey(p.name.join(' '))}` : p.kind === 'person' ? p.name.join(' ') : `~${p.kind}~${p.name.join(' ')}`);

/** Drafts that name the same person become one: the first, with the others' mentions added. */
function mergeDrafts(drafts: PersonDraft[]): Map<PersonDraft, PersonDraft> {
  const byName = new Map<string, PersonDraft>();
  const into = new Map<PersonDraft, PersonDraft>();
  for (const p of drafts) {
    const key = keyOf(p);
    const target = byName.get(key);
    if (!target) {
      byName.set(key, p);
      into.set(p, p);
      continue;
    }
    append(target.mentions, p.mentions);
    append(target.surfaces, p.surfaces);
    target.title ??= p.title;
    into.set(p, target);
  }
  return into;
}

/** A draft's mentions and their words in text order (a stable sort: equal starts keep the order they were found in). */
function sortedMentions(draft: PersonDraft): { mentions: Mention[]; surfaces: string[] } {
  const order = draft.mentions.map((_, i) => i).sort((a, b) => draft.mentions[a]!.start - draft.mentions[b]!.start);
  return { mentions: order.map((i) => draft.mentions[i]!), surfaces: order.map((i) => draft.surfaces[i]!) };
}

/**
 * Whether descriptors fit titles, kept from one reading to the next: an editor's copy is read
 * again at every change, and the answers never change. Dropped when it grows past a bound;
 * checked once per analysis, since counting walks every answer.
 */
const FITS: DescriptorFits = new Map();
const FITS_LIMIT = 50_000;

export function descriptorFits(): DescriptorFits {
  let size = 0;
  for (const answers of FITS.values()) size += answers.size;
  if (size > FITS_LIMIT) FITS.clear();
  return FITS;
}

/** One story's quotations and people, read on their own: each quotation's speaker is an index into `people`. */
export interface StoryQuotes {
  quotes: Quotation[];
  strays: StrayMark[];
  /** In order of their first mention. */
  people: Person[];
  /** Per person: what a person of another story must share to be the same one. */
  keys: string[];
  /** Per person: the words of each mention, parallel to its mentions. */
  surfaces: string[][];
}

/** The quotations, speakers and people of one story; `verbs` are the desk's own speech verbs, lower case. */
export function readStoryQuotes(text: string, story: Story, verbs: ReadonlySet<string>, fits: DescriptorFits): StoryQuotes {
  const containers = containersOf(story);
  const { drafts: quoted, strays } = draftsOf(text, containers);
  const registry = new Registry(text, fits);
  collectMentions(text, containers, quoted.quotes, registry);
  new Attributor(text, containers, quoted, registry, verbs, story.dateline).run();
  const into = mergeDrafts(registry.people.filter((p) => p.mentions.length > 0));
  const built = [...new Set(into.values())]
    .map((draft) => {
      const { mentions, surfaces } = sortedMentions(draft);
      return { draft, surfaces, person: personFrom(draft.name.join(' '), draft.kind, draft.title, mentions, surfaces) };
    })
    .sort((a, b) => a.person.mentions[0]!.start - b.person.mentions[0]!.start);
  const index = new Map(built.map((b, i) => [b.draft, i]));
  const people: Person[] = built.map((b) => ({ ...b.person, quotes: [] }));
  quoted.quotes.forEach((q, i) => {
    const speaker = quoted.speakers[i];
    if (!speaker) return;
    q.speaker = index.get(into.get(speaker) ?? speaker) ?? null;
    if (q.speaker !== null) people[q.speaker]!.quotes.push(i);
  });
  sortByStart(strays);
  return { quotes: quoted.quotes, strays, people, keys: built.map((b) => keyOf(b.draft)), surfaces: built.map((b) => b.surfaces) };
}

/** Quotations, their speakers, and the people of every story, read in place in the document's text. */
export function readQuotes(text: string, stories: Story[], verbs: ReadonlySet<string> = new Set()): QuoteModel {
  const fits = descriptorFits();
  return joinStories(stories.map((story) => ({ quotes: readStoryQuotes(text, story, verbs, fits), delta: 0 })));
}
