import type { Span } from '../model/span';
import { capitalisedIn, namingsIn } from '../people/names';
import { type PersonDraft, Registry } from '../people/registry';
import { tokenize } from '../people/tokens';
import { ORGANISATION_NAME_WORDS } from '../people/vocabulary';
import type { SourceMention } from './attribution';

/*
 * Who a source mention is: a person by name, surname or title; a described source (an unnamed
 * person, a group, a document, an organisation) by its words; `the company` by the
 * organisation the story is about; a pronoun by the nearest source it agrees with.
 */

/** Heads of descriptions that stand for the organisation the story names: `Halvorsen Foods said ... The company said`. */
const STANDS_FOR_NAMED = new Set(['company', 'firm', 'bank', 'group', 'agency', 'ministry', 'department', 'newspaper', 'paper', 'daily', 'broadcaster', 'network', 'carrier', 'airline', 'lender', 'insurer', 'retailer', 'maker', 'automaker', 'carmaker', 'manufacturer', 'campaign', 'organization', 'organisation', 'corporation', 'conglomerate', 'publisher', 'studio', 'utility', 'operator', 'producer', 'supplier', 'giant', 'startup', 'chain', 'magazine', 'outlet', 'station', 'channel']);

/** A capitalised name that ends in a company's, outlet's or body's word: `Harlow Bank`, `Halvorsen Foods Inc`. */
const ORGANISATION_NAME = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|and|&))*/gu;

/**
 * The organisation named last between `from` and `at` that a description stands for: a name
 * whose last word is an organisation's (`Bank`, `Foods`, `Inc`), that word when it is the
 * description's head (`the bank`: `Harlow Bank`). Read only when a description asks.
 */
function namedOrganisationBefore(text: string, from: number, at: number, head: string | null): Span | null {
  let found: Span | null = null;
  for (const m of text.slice(from, at).matchAll(ORGANISATION_NAME)) {
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1]!.replace(/\.$/, '');
    if (words.length < 2 || !(ORGANISATION_NAME_WORDS.has(last) || ORGANISATION_NAME_WORDS.has(`${last}.`)) || !fitsHead(m[0], head)) continue;
    found = { start: from + m.index!, end: from + m.index! + m[0].length };
  }
  return found;
}

/** Whether an organisation's name may be what a description's head stands for: any for `the company` or `it`; for `the bank` a bank's name. */
function fitsHead(name: string, head: string | null): boolean {
  if (head === null || head === 'company' || head === 'firm' || head === 'group' || head === 'organization' || head === 'organisation') return true;
  const last = name.split(/\s+/).pop()!.replace(/\.$/, '');
  return last.toLowerCase() === head || (SAME_KIND[head]?.includes(last) ?? false);
}

/** Name words that a head stands for beyond itself: `the bank` is `Harlow Bancorp`, `the newspaper` is `The Times`. */
const SAME_KIND: Readonly<Record<string, readonly string[]>> = {
  bank: ['Bancorp', 'Bank'], newspaper: ['Post', 'Times', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Telegraph', 'Guardian', 'Globe', 'Chronicle'],
  paper: ['Post', 'Times', 'Journal', 'Tribune', 'Herald', 'Gazette', 'Telegraph', 'Guardian', 'Globe', 'Chronicle'],
  broadcaster: ['News', 'Network', 'Television', 'TV', 'Radio', 'Channel'], network: ['News', 'Network', 'Television', 'TV'],
  ministry: ['Ministry', 'Department', 'Office'], department: ['Department', 'Ministry'], agency: ['Agency', 'Bureau', 'Administration', 'Service'],
};

/** The words of a span, spaces made one. */
const wordsOf = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, ' ');

/** A person named in the mention: by a known naming, a full name, or a single name that speaks (`Smith said`). */
function person(text: string, m: SourceMention, registry: Registry): PersonDraft | null {
  const span = m.name ?? m;
  // AP writes a title in lower case before the name: "union official Dean Hollis said".
  const before = text.slice(m.start, span.start).trim();
  const lowerTitle = /^\p{Ll}[\p{L}\-’' ]*$/u.test(before) ? before.replace(/\s+/g, ' ') : null;
  const existing = registry.covering(span);
  if (existing) {
    existing.title ??= lowerTitle;
    return existing;
  }
  const tokens = tokenize(text, span.start, span.end);
  // The phrase found the name: all its words are the name (`Lena Park`, though `Park` names places too).
  const naming = namingsIn(text, tokens).pop() ?? (m.name && tokens.length >= 2 ? { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, name: tokens, title: null } : undefined);
  if (naming) return registry.addNaming({ ...naming, title: naming.title ?? lowerTitle }, false);
  const last = capitalisedIn(tokens).pop();
  if (!last) return null;
  const known = registry.byWord(last.word);
  if (known) {
    registry.mention(known, m, 'alias', false);
    return known;
  }
  return registry.addNaming({ start: last.start, end: last.end, name: [last], title: null }, false);
}

/** The organisation named in the story before `at` that a description stands for: one quoted already, else one named in passing. */
export function organisationBefore(text: string, registry: Registry, storyStart: number, at: number, head: string | null): PersonDraft | null {
  const quoted = registry.lastOrganisation(at);
  if (quoted && fitsHead(quoted.name.join(' '), head)) return quoted;
  const named = namedOrganisationBefore(text, storyStart, at, head);
  if (!named) return null;
  const org = registry.organisation(wordsOf(text, named));
  registry.mention(org, named, 'name', false);
  return org;
}

/** A description that refers back to a titled person (`the senator`), the story's organisation (`the company`) or an earlier description (`the spokesman`), else a new source of its kind. */
function described(text: string, m: SourceMention, registry: Registry, storyStart: number): PersonDraft {
  const words = wordsOf(text, m);
  const kind = m.kind === 'pronoun' || m.kind === null ? 'unnamed' : m.kind;
  if (kind === 'organisation' && !m.indefinite && m.head !== null && STANDS_FOR_NAMED.has(m.head) && /^the\s/i.test(words)) {
    const named = organisationBefore(text, registry, storyStart, m.start, m.head);
    if (named) {
      registry.mention(named, m, 'descriptor', false);
      return named;
    }
  }
  if (!m.indefinite) {
    const known = registry.byDescriptor(words, m.start, kind);
    if (known) {
      registry.mention(known, m, 'descriptor', false);
      return known;
    }
  }
  const source = registry.unnamedSource(words, kind);
  registry.mention(source, m, 'descriptor', false);
  return source;
}

/** The source a mention names, made when new; null for a pronoun, which {@link Pronouns} resolves. */
export function resolveSource(text: string, m: SourceMention, registry: Registry, storyStart: number): PersonDraft | null {
  switch (m.kind) {
    case 'pronoun':
      return null;
    case 'person':
      return person(text, m, registry);
    case 'organisation':
      if (m.name) {
        const org = registry.organisation(wordsOf(text, m.name));
        registry.mention(org, m, 'name', false);
        return org;
      }
      return described(text, m, registry, storyStart);
    default:
      return described(text, m, registry, storyStart);
  }
}

type Gender = 'he' | 'she';

/** Titles and roles that tell a person's gender, as the copy writes them; never a first name. */
const MALE = /\b(?:Mr\.?|King|Prince|Sir|Lord|Father|spokesman|chairman|congressman|councilman|businessman|man|father|husband|son|brother|boy|Rev\. Mr\.?)\b/i;
const FEMALE = /\b(?:Mrs\.?|Ms\.?|Queen|Princess|Dame|Lady|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|woman|mother|wife|daughter|sister|girl)\b/i;

/**
 * What the titles and surfaces seen so far tell of each person's gender, and what pronouns
 * resolved to them told: `he said` after a quotation of theirs. Surfaces are only ever added.
 */
export class Genders {
  readonly told = new Map<PersonDraft, Gender>();
  private readonly seen = new Map<PersonDraft, { surfaces: number; male: boolean; female: boolean }>();

  constructor(private readonly text: string) {}

  /** Male words anywhere win over female ones, as when all the words were read together. */
  of(person: PersonDraft): Gender | null {
    const told = this.told.get(person);
    if (told) return told;
    let seen = this.seen.get(person);
    if (!seen) this.seen.set(person, (seen = { surfaces: 0, male: false, female: false }));
    for (; seen.surfaces < person.surfaces.length; seen.surfaces++) {
      // The honorific before a surname is no part of its mention: `Mr. Kessler`.
      const at = person.mentions[seen.surfaces]!.start;
      const s = `${this.text.slice(Math.max(0, at - 5), at)}${person.surfaces[seen.surfaces]!}`;
      seen.male ||= MALE.test(s);
      seen.female ||= FEMALE.test(s);
    }
    const title = person.title ?? '';
    if (seen.male || MALE.test(title)) return 'he';
    if (seen.female || FEMALE.test(title)) return 'she';
    return null;
  }
}

/** Possessive determiners as the pronouns they stand for. */
const OWN: Readonly<Record<string, string>> = { his: 'he', their: 'they', its: 'it' };

/** Whether a source can be what a pronoun stands for: `he` and `she` a person of that gender or of none known; `they` a group, an organisation or a person; `it` an organisation or a document. */
export function agrees(pronoun: string, p: PersonDraft, genders: Genders): boolean {
  const w = OWN[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'she' || w === 'her') {
    if (p.kind !== 'person' && p.kind !== 'unnamed') return false;
    const wanted: Gender = w === 'he' || w === 'him' ? 'he' : 'she';
    return (genders.of(p) ?? wanted) === wanted;
  }
  if (w === 'it') return p.kind === 'organisation' || p.kind === 'document';
  if (w === 'they' || w === 'them') return true;
  return false;
}

/** Whether a pronoun may stand for a source of this kind: `he`, `she` a person; `they` anyone; `it` an organisation or document. */
export function agreesKind(pronoun: string, kind: SourceMention['kind']): boolean {
  const w = OWN[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
  if (kind === null || kind === 'pronoun') return false;
  if (w === 'he' || w === 'him' || w === 'she' || w === 'her') return kind === 'person' || kind === 'unnamed';
  if (w === 'it') return kind === 'organisation' || kind === 'document';
  return w === 'they' || w === 'them';
}
