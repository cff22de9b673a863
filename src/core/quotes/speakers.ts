import type { Mention, Person, Quotation, StrayMark } from '../model/quote';
import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { isTrimBlank, isTrimSpace } from '../text/whitespace';
import { descriptorKey } from '../people/descriptors';
import { capitalisedIn, type Naming, namingsIn } from '../people/names';
import { tokenize } from '../people/tokens';
import { type PersonDraft, Registry } from '../people/registry';
import { attributionAfter, attributionBefore, colonIntroduction } from './attribution';
import { type Container, containersOf } from './containers';
import { deskAttribution } from './deskVerbs';
import { pairQuotes, type RawQuote } from './pairing';
import { DESCRIPTOR, isPronoun, PLURAL } from './sources';

export interface QuoteModel {
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
}

interface Draft extends RawQuote {
  speaker: PersonDraft | null;
  source: Span | null;
  cue: Span | null;
  inherited: boolean;
}

const DESCRIPTOR_RE = new RegExp(DESCRIPTOR, 'gu');
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
  const tokens = containers.map((c) => tokenize(text, c.start, c.end));
  const namings: Naming[] = tokens.flatMap((t) => namingsIn(text, t));
  for (const n of namings) registry.addNaming(n, insideQuote(quotes, n.start));
  let k = 0;
  containers.forEach((c, i) => {
    for (const token of capitalisedIn(tokens[i]!)) {
      while (k < namings.length && namings[k]!.end <= token.start) k++;
      if (k < namings.length && namings[k]!.start <= token.start) continue;
      const person = registry.byWord(token.word);
      if (person) registry.mention(person, token, 'alias', insideQuote(quotes, token.start));
    }
    const slice = text.slice(c.start, c.end);
    DESCRIPTOR_RE.lastIndex = 0;
    for (let m = DESCRIPTOR_RE.exec(slice); m; m = DESCRIPTOR_RE.exec(slice)) {
      const start = c.start + m.index;
      const person = registry.byDescriptor(m[0], start);
      if (person && !person.unnamed) registry.mention(person, { start, end: start + m[0].length }, 'descriptor', insideQuote(quotes, start));
    }
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
 * `index` is the draft's place in `drafts`, which are in text order and grouped by container.
 */
function resolvePronoun(pronoun: string, index: number, drafts: Draft[], unquoted: { at: number; person: PersonDraft }[], genders: Genders): PersonDraft | null {
  const draft = drafts[index]!;
  const wanted: Gender | null = /^(?:he|him)$/i.test(pronoun) ? 'he' : /^(?:she|her)$/i.test(pronoun) ? 'she' : null;
  const fits = (p: PersonDraft | null): p is PersonDraft => p !== null && (wanted === null || (genders.of(p) ?? wanted) === wanted);
  let rejected: PersonDraft | null = null;
  for (let i = index - 1; i >= 0 && drafts[i]!.container === draft.container; i--) {
    const speaker = drafts[i]!.speaker;
    // Runs of quotations by one speaker are common: one look at each run will do.
    if (speaker === null || speaker === rejected) continue;
    if (fits(speaker)) return speaker;
    rejected = speaker;
  }
  // The last unquoted mention before the source whose person fits.
  let i = firstAtOrAfter(unquoted, draft.source!.start) - 1;
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

/** Whether the span ends in a colon, white space aside. */
function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isTrimSpace(text.charCodeAt(i - 1))) i--;
  return i > start && text.charCodeAt(i - 1) === 0x3a;
}

function attribute(text: string, containers: Container[], raw: RawQuote[], registry: Registry, verbs: ReadonlySet<string>): Draft[] {
  // A literal, not a spread of the raw quotation: spreads are slow, and there is one draft per quotation.
  const drafts: Draft[] = raw.map((q) => ({
    start: q.start,
    end: q.end,
    inner: q.inner,
    container: q.container,
    continues: q.continues,
    speaker: null,
    source: null,
    cue: null,
    inherited: false,
  }));
  const order = new Map(containers.map((c, i) => [c, i]));
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    const to = next && next.container === d.container ? next.start : d.container.end;
    const prev = drafts[i - 1];
    const from = prev && prev.container === d.container ? prev.end : d.container.start;
    const innerLast = text[d.inner.end - 1] ?? '';
    let found =
      attributionAfter(text, d.end, to, innerLast, to === d.container.end) ??
      attributionBefore(text, from, d.start, d.container.headline) ??
      deskAttribution(text, d, from, to, verbs);
    if (!found && !d.continues && d.start === d.container.start) {
      // A quotation opening a paragraph, after a sentence that named its speaker with a colon.
      const previous = containers[order.get(d.container)! - 1];
      if (previous && endsWithColon(text, previous.start, previous.end)) found = colonIntroduction(text, previous.start, previous.end);
    }
    if (found) {
      d.source = found.source;
      d.cue = found.cue;
      d.speaker = resolveSource(text, found.source, registry);
    }
  });
  return drafts;
}

function resolvePronouns(text: string, drafts: Draft[], quotes: Span[], registry: Registry): void {
  const unquoted = registry.people
    .flatMap((person) => person.mentions.filter((m) => !m.quoted && m.kind !== 'pronoun').map((m) => ({ at: m.start, person })))
    .sort((a, b) => a.at - b.at);
  const genders = new Genders();
  drafts.forEach((d, i) => {
    const pronoun = d.source ? text.slice(d.source.start, d.source.end) : '';
    if (!d.source || d.speaker || !isPronoun(pronoun)) return;
    d.speaker = resolvePronoun(pronoun, i, drafts, unquoted, genders);
    if (!d.speaker) return;
    registry.mention(d.speaker, d.source, 'pronoun', insideQuote(quotes, d.source.start));
    if (/^(?:he|him)$/i.test(pronoun)) genders.told.set(d.speaker, 'he');
    else if (/^(?:she|her)$/i.test(pronoun)) genders.told.set(d.speaker, 'she');
  });
}

/** Unattributed quotations take the speaker of the quotation they continue, or of one beside them in the paragraph. */
function inherit(text: string, drafts: Draft[]): void {
  // The latest quotation of the current paragraph that has a speaker by now.
  let spoken: Draft | undefined;
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    if (prev?.container !== d.container) spoken = undefined;
    if (!d.speaker) {
      const next = drafts[i + 1];
      const adjacentNext = next && next.container === d.container && next.speaker && isTrimBlank(text, d.end, next.start) ? next : undefined;
      const from = d.continues ? prev : (spoken ?? adjacentNext);
      if (from?.speaker) {
        d.speaker = from.speaker;
        d.inherited = true;
      }
    }
    if (d.speaker) spoken = d;
  });
}

/** Appends item by item: spreading into push() passes every item as an argument, and a long list overflows the stack. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Drafts of several stories that name the same person become one person. */
function mergePeople(drafts: PersonDraft[]): Map<PersonDraft, PersonDraft> {
  const byName = new Map<string, PersonDraft>();
  const into = new Map<PersonDraft, PersonDraft>();
  for (const p of drafts) {
    const key = p.unnamed ? `~${descriptorKey(p.name.join(' '))}` : p.name.join(' ');
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

function personOf(draft: PersonDraft): Omit<Person, 'quotes'> {
  const order = draft.mentions.map((_, i) => i).sort((a, b) => draft.mentions[a]!.start - draft.mentions[b]!.start);
  const mentions: Mention[] = order.map((i) => draft.mentions[i]!);
  const surfaces = order.map((i) => draft.surfaces[i]!);
  const name = draft.name.join(' ');
  const aliases = new Set<string>();
  surfaces.forEach((s, i) => {
    if (mentions[i]!.kind === 'pronoun' || s === name) return;
    aliases.add(mentions[i]!.kind === 'descriptor' ? s.replace(/^(?:The|An?|One|Another)\b/, (d) => d.toLowerCase()) : s);
  });
  const firstFull = mentions.find((_, i) => surfaces[i] === name) ?? mentions[0]!;
  return { name, title: draft.title, aliases: [...aliases], mentions, first: { start: firstFull.start, end: firstFull.end } };
}

/** Quotations, their speakers, and the people of every story; `verbs` are the desk's own speech verbs, lower case. */
export function readQuotes(text: string, stories: Story[], verbs: ReadonlySet<string> = new Set()): QuoteModel {
  const all: Draft[] = [];
  const strays: StrayMark[] = [];
  const drafts: PersonDraft[] = [];
  for (const story of stories) {
    const containers = containersOf(story);
    const paired = pairQuotes(text, containers);
    const registry = new Registry(text);
    collectMentions(text, containers, paired.quotes, registry);
    const quotes = attribute(text, containers, paired.quotes, registry, verbs);
    resolvePronouns(text, quotes, paired.quotes, registry);
    inherit(text, quotes);
    append(all, quotes);
    append(strays, paired.strays);
    append(drafts, registry.people.filter((p) => p.mentions.length > 0));
  }
  const into = mergePeople(drafts);
  const built = [...new Set(into.values())]
    .map((draft) => ({ draft, person: personOf(draft) }))
    .sort((a, b) => a.person.mentions[0]!.start - b.person.mentions[0]!.start);
  const index = new Map(built.map((b, i) => [b.draft, i]));
  const people: Person[] = built.map((b) => ({ ...b.person, quotes: [] }));
  const quotes: Quotation[] = all
    .sort((a, b) => a.start - b.start)
    .map((d) => ({
      start: d.start,
      end: d.end,
      inner: d.inner,
      speaker: d.speaker ? (index.get(into.get(d.speaker) ?? d.speaker) ?? null) : null,
      source: d.source,
      cue: d.cue,
      continues: d.continues,
      inherited: d.inherited,
      container: { start: d.container.start, end: d.container.end },
    }));
  quotes.forEach((q, i) => {
    if (q.speaker !== null) people[q.speaker]!.quotes.push(i);
  });
  return { quotes, people, strays: strays.sort((a, b) => a.start - b.start) };
}
