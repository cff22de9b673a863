import type { Mention, Person, Quotation, StrayMark } from '../model/quote';
import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { isTrimBlank } from '../text/whitespace';
import { descriptorKey } from '../people/descriptors';
import { personFrom } from '../people/person';
import { capitalisedIn, type Naming, namingsIn, nameTokens } from '../people/names';
import { tokenize } from '../people/tokens';
import { type DescriptorFits, type PersonDraft, Registry } from '../people/registry';
import { attributionAfter, attributionBefore, colonIntroduction, endsWithColon } from './attribution';
import { type Container, containersOf } from './containers';
import { descriptorsIn } from './descriptorScan';
import { deskAttribution } from './deskVerbs';
import { pairQuotes, sortByStart } from './pairing';
import { joinStories } from './joinStories';
import { DESCRIPTOR, isPronoun, PLURAL } from './sources';

export interface QuoteModel {
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
}

/**
 * A story's quotations while they are attributed: the model's own objects, with each one's
 * container and speaker in lists beside them. A file of quote marks has hundreds of thousands
 * of quotations, and an intermediate object for each doubled what they cost.
 */
interface Drafts {
  quotes: Quotation[];
  containers: Container[];
  speakers: (PersonDraft | null)[];
}

const SOURCE_DESCRIPTOR = new RegExp(`^(?:${DESCRIPTOR}|${PLURAL})$`, 'u');

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
  const namings: Naming[] = tokens.flatMap((t) => namingsIn(text, t));
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

/** The person a source mention names, creating one for a new name or an unnamed source. */
function resolveSource(text: string, source: Span, registry: Registry): PersonDraft | null {
  const s = text.slice(source.start, source.end);
  if (isPronoun(s)) return null;
  if (SOURCE_DESCRIPTOR.test(s)) {
    const known = registry.byDescriptor(s, source.start);
    if (known && !known.unnamed) return known;
    // "the spokesman" after "a State Department spokesman" is the same unnamed source.
    const person = known ?? registry.unnamedSource(s);
    registry.mention(person, source, 'descriptor', false);
    return person;
  }
  const tokens = tokenize(text, source.start, source.end);
  const namings = namingsIn(text, tokens);
  const existing = registry.covering(source);
  if (existing) return existing;
  const naming = namings[namings.length - 1];
  if (naming) {
    // AP writes a title in lower case before the name: "union official Dean Hollis said".
    const before = text.slice(source.start, naming.start).trim();
    const lowerTitle = /^\p{Ll}[\p{L}\-’' ]*$/u.test(before) ? before.replace(/\s+/g, ' ') : null;
    return registry.addNaming({ ...naming, title: naming.title ?? lowerTitle }, false);
  }
  const words = capitalisedIn(tokens);
  const last = words[words.length - 1];
  if (!last) return null;
  const known = registry.byWord(last.word);
  if (known) {
    registry.mention(known, last, 'alias', false);
    return known;
  }
  // A single name that speaks is a person even without a title: "Smith said".
  return registry.addNaming({ start: last.start, end: last.end, name: [last], title: null }, false);
}

type Gender = 'he' | 'she';

/** Titles and roles that tell a person's gender; a pronoun that resolved to them tells it too. */
const MALE = /\b(?:Mr\.?|King|Prince|Sir|Lord|Father|spokesman|chairman|congressman|councilman|businessman|man|father)\b/i;
const FEMALE = /\b(?:Mrs\.?|Ms\.?|Queen|Princess|Dame|Lady|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|woman|mother)\b/i;

/** What the titles and surfaces seen so far tell of each person's gender; surfaces are only ever added. */
class Genders {
  /** Genders pronouns told: "he said" after a quotation of theirs. */
  readonly told = new Map<PersonDraft, Gender>();
  private readonly seen = new Map<PersonDraft, { surfaces: number; male: boolean; female: boolean }>();

  /** Male words anywhere win over female ones, as when all the words were read together. */
  of(person: PersonDraft): Gender | null {
    const told = this.told.get(person);
    if (told) return told;
    let seen = this.seen.get(person);
    if (!seen) this.seen.set(person, (seen = { surfaces: 0, male: false, female: false }));
    for (; seen.surfaces < person.surfaces.length; seen.surfaces++) {
      const s = person.surfaces[seen.surfaces]!;
      seen.male ||= MALE.test(s);
      seen.female ||= FEMALE.test(s);
    }
    const title = person.title ?? '';
    if (seen.male || MALE.test(title)) return 'he';
    if (seen.female || FEMALE.test(title)) return 'she';
    return null;
  }
}

/**
 * The person a pronoun in an attribution stands for: the paragraph's last speaker, else the
 * last person named outside quotes; "he" and "she" skip people known to be the other.
 * `index` is the quotation's place in `drafts`, which are in text order and grouped by container.
 */
function resolvePronoun(pronoun: string, index: number, drafts: Drafts, unquoted: { at: number; person: PersonDraft }[], genders: Genders): PersonDraft | null {
  const { containers, speakers } = drafts;
  const wanted: Gender | null = /^(?:he|him)$/i.test(pronoun) ? 'he' : /^(?:she|her)$/i.test(pronoun) ? 'she' : null;
  const fits = (p: PersonDraft | null): p is PersonDraft => p !== null && (wanted === null || (genders.of(p) ?? wanted) === wanted);
  let rejected: PersonDraft | null = null;
  for (let i = index - 1; i >= 0 && containers[i] === containers[index]; i--) {
    const speaker = speakers[i] ?? null;
    // Runs of quotations by one speaker are common: one look at each run will do.
    if (speaker === null || speaker === rejected) continue;
    if (fits(speaker)) return speaker;
    rejected = speaker;
  }
  // The last unquoted mention before the source whose person fits.
  let i = firstAtOrAfter(unquoted, drafts.quotes[index]!.source!.start) - 1;
  rejected = null;
  for (; i >= 0; i--) {
    const person = unquoted[i]!.person;
    if (person === rejected) continue;
    if (fits(person)) return person;
    rejected = person;
  }
  return null;
}

/** The index of the first entry at or after `at` in a list sorted by `at`. */
function firstAtOrAfter(list: { at: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function attribute(text: string, containers: Container[], drafts: Drafts, registry: Registry, verbs: ReadonlySet<string>): void {
  const order = new Map(containers.map((c, i) => [c, i]));
  const { quotes } = drafts;
  quotes.forEach((q, i) => {
    const container = drafts.containers[i]!;
    const to = drafts.containers[i + 1] === container ? quotes[i + 1]!.start : container.end;
    const from = i > 0 && drafts.containers[i - 1] === container ? quotes[i - 1]!.end : container.start;
    const innerLast = text[q.inner.end - 1] ?? '';
    let found =
      attributionAfter(text, q.end, to, innerLast, to === container.end) ??
      attributionBefore(text, from, q.start, container.headline) ??
      deskAttribution(text, q, from, to, verbs);
    if (!found && !q.continues && q.start === container.start) {
      // A quotation opening a paragraph, after a sentence that named its speaker with a colon.
      const previous = containers[order.get(container)! - 1];
      if (previous && endsWithColon(text, previous.start, previous.end)) found = colonIntroduction(text, previous.start, previous.end);
    }
    if (found) {
      q.source = found.source;
      q.cue = found.cue;
      drafts.speakers[i] = resolveSource(text, found.source, registry);
    }
  });
}

function resolvePronouns(text: string, drafts: Drafts, registry: Registry): void {
  const unquoted = registry.people
    .flatMap((person) => person.mentions.filter((m) => !m.quoted && m.kind !== 'pronoun').map((m) => ({ at: m.start, person })))
    .sort((a, b) => a.at - b.at);
  const genders = new Genders();
  const { quotes, speakers } = drafts;
  quotes.forEach((q, i) => {
    if (!q.source || speakers[i]) return;
    const pronoun = text.slice(q.source.start, q.source.end);
    if (!isPronoun(pronoun)) return;
    const speaker = resolvePronoun(pronoun, i, drafts, unquoted, genders);
    if (!speaker) return;
    speakers[i] = speaker;
    registry.mention(speaker, q.source, 'pronoun', insideQuote(quotes, q.source.start));
    if (/^(?:he|him)$/i.test(pronoun)) genders.told.set(speaker, 'he');
    else if (/^(?:she|her)$/i.test(pronoun)) genders.told.set(speaker, 'she');
  });
}

/** Unattributed quotations take the speaker of the quotation they continue, or of one beside them in the paragraph. */
function inherit(text: string, { quotes, containers, speakers }: Drafts): void {
  // The latest speaker of the current paragraph by now.
  let spoken: PersonDraft | null = null;
  quotes.forEach((q, i) => {
    if (i === 0 || containers[i - 1] !== containers[i]) spoken = null;
    if (!speakers[i]) {
      const next = quotes[i + 1];
      const adjacentNext = next && containers[i + 1] === containers[i] && speakers[i + 1] && isTrimBlank(text, q.end, next.start) ? speakers[i + 1]! : null;
      const from = q.continues ? (speakers[i - 1] ?? null) : (spoken ?? adjacentNext);
      if (from) {
        speakers[i] = from;
        q.inherited = true;
      }
    }
    if (speakers[i]) spoken = speakers[i]!;
  });
}

/** Pairs a story's quotations, each made once as the model's object with its container's span. */
function draftsOf(text: string, containers: Container[]): { drafts: Drafts; strays: StrayMark[] } {
  const drafts: Drafts = { quotes: [], containers: [], speakers: [] };
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
const keyOf = (p: PersonDraft): string => (p.unnamed ? `~${descriptorKey(p.name.join(' '))}` : p.name.join(' '));

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
  attribute(text, containers, quoted, registry, verbs);
  resolvePronouns(text, quoted, registry);
  inherit(text, quoted);
  const into = mergeDrafts(registry.people.filter((p) => p.mentions.length > 0));
  const built = [...new Set(into.values())]
    .map((draft) => {
      const { mentions, surfaces } = sortedMentions(draft);
      return { draft, surfaces, person: personFrom(draft.name.join(' '), draft.title, mentions, surfaces) };
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
