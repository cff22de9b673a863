import type { Span } from '../model/span';
import { capitalisedIn, namingsIn } from '../people/names';
import { type PersonDraft, Registry } from '../people/registry';
import { tokenize } from '../people/tokens';
import type { SourceMention } from './attribution';

/*
 * Who a source mention is: a person by name, surname or title; a described source (an unnamed
 * person, a group, a document, an organisation) by its words; `the company` by the
 * organisation the story is about; a pronoun by the nearest source it agrees with.
 */

/** Heads of descriptions that stand for the organisation the story names: `Halvorsen Foods said ... The company said`. */
const STANDS_FOR_NAMED = new Set(['company', 'firm', 'bank', 'group', 'agency', 'ministry', 'department', 'newspaper', 'paper', 'daily', 'broadcaster', 'network', 'carrier', 'airline', 'lender', 'insurer', 'retailer', 'maker', 'automaker', 'carmaker', 'manufacturer', 'campaign', 'organization', 'organisation', 'corporation', 'conglomerate', 'publisher', 'studio', 'utility', 'operator', 'producer', 'supplier', 'giant', 'startup', 'chain', 'magazine', 'outlet', 'station', 'channel']);

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
  const naming = namingsIn(text, tokens).pop();
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

/** A description that refers back to a titled person (`the senator`) or an earlier description (`the spokesman`), else a new source of its kind. */
function described(text: string, m: SourceMention, registry: Registry): PersonDraft {
  const words = wordsOf(text, m);
  const kind = m.kind === 'pronoun' || m.kind === null ? 'unnamed' : m.kind;
  if (kind === 'organisation' && !m.indefinite && m.head !== null && STANDS_FOR_NAMED.has(m.head) && /^the\s/i.test(words)) {
    const named = registry.lastOrganisation(m.start);
    if (named) {
      registry.mention(named, m, 'descriptor', false);
      return named;
    }
  }
  if (!m.indefinite) {
    const known = registry.byDescriptor(words, m.start);
    if (known && (known.kind === kind || (kind === 'unnamed' && known.kind === 'person'))) {
      registry.mention(known, m, 'descriptor', false);
      return known;
    }
  }
  const source = registry.unnamedSource(words, kind);
  registry.mention(source, m, 'descriptor', false);
  return source;
}

/** The source a mention names, made when new; null for a pronoun, which {@link Pronouns} resolves. */
export function resolveSource(text: string, m: SourceMention, registry: Registry): PersonDraft | null {
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
      return described(text, m, registry);
    default:
      return described(text, m, registry);
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
