import type { Mention, MentionKind, SourceKind } from '../model/quote';
import type { Span } from '../model/span';
import { descriptorFits, descriptorKey, LEADING_DETERMINER } from './descriptors';
import type { Naming } from './names';

/** A person while the text is read; becomes a model Person at the end. */
export interface PersonDraft {
  name: string[];
  kind: SourceKind;
  title: string | null;
  /** Named only by a descriptor ("a State Department spokesman", "analysts", "the report"). */
  unnamed: boolean;
  mentions: Mention[];
  /** Surface text of each mention, parallel to `mentions`. */
  surfaces: string[];
}

/**
 * Whether a descriptor names an unnamed source already met: the same words, or a definite
 * shortening of them ("the spokesman" after "a State Department spokesman").
 */
function refersBack(descriptor: string, earlier: string): boolean {
  const key = descriptorKey(descriptor);
  const before = descriptorKey(earlier);
  if (key === before) return true;
  if (!/^the\s/i.test(descriptor)) return false;
  const words = key.split(' ');
  const earlierWords = before.split(' ');
  return words[words.length - 1] === earlierWords[earlierWords.length - 1] && words.every((w) => earlierWords.includes(w));
}

/** Words that end a name without being its surname. */
const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** Mentions are filed in every bucket of this many characters that they overlap, to find the ones around a span. */
const BUCKET_BITS = 7;

interface Filed {
  mention: Mention;
  /** Creation order of the person: the registry's list order. */
  order: number;
  person: PersonDraft;
}

/** Whether each descriptor fits each title (or, behind a `~`, an unnamed source's descriptor). */
export type DescriptorFits = Map<string, Map<string, boolean>>;

/** Index of `x` in the sorted `list` if it were inserted after any equal elements. */
function upperBound(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people of a story, found by their names, surnames, first names and descriptors. */
export class Registry {
  readonly people: PersonDraft[] = [];
  private readonly bySurname = new Map<string, PersonDraft>();
  private readonly byFirstName = new Map<string, PersonDraft[]>();
  private readonly unnamedByKey = new Map<string, PersonDraft>();
  /** Each person's place in `people` and mention starts, sorted: the latest mention before a point is a binary search away. */
  private readonly index = new Map<PersonDraft, { order: number; starts: number[] }>();
  private readonly buckets = new Map<number, Filed[]>();
  /**
   * `fits` answers whether a descriptor fits a title or an earlier descriptor: they recur, in a
   * story and across the stories of a basket, so each is worked out once for all of them.
   */
  constructor(
    private readonly text: string,
    private readonly fits: DescriptorFits,
  ) {}

  private create(name: string[], kind: SourceKind, title: string | null, unnamed: boolean): PersonDraft {
    const person: PersonDraft = { name, kind, title, unnamed, mentions: [], surfaces: [] };
    this.index.set(person, { order: this.people.length, starts: [] });
    this.people.push(person);
    return person;
  }

  addNaming(naming: Naming, quoted: boolean): PersonDraft {
    const words = naming.name.map((t) => t.word);
    // `Luis Ortega Jr.` is Ortega: a suffix is no surname.
    const surname = words.length > 1 && SUFFIXES.has(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!;
    let person = this.bySurname.get(surname);
    if (!person) {
      person = this.create(words, 'person', naming.title, false);
      this.bySurname.set(surname, person);
    }
    // The fullest naming is the reference one, and so is its title ("US President Donald Trump").
    if (words.length > person.name.length) {
      person.name = words;
      person.title = naming.title ?? person.title;
    }
    person.title ??= naming.title;
    if (words.length >= 2) {
      const list = this.byFirstName.get(words[0]!) ?? [];
      if (!list.includes(person)) list.push(person);
      this.byFirstName.set(words[0]!, list);
    }
    this.mention(person, naming, words.length >= 2 ? 'name' : 'alias', quoted);
    return person;
  }

  /** The person a single word names: a surname, or a first name only one person has. */
  byWord(word: string): PersonDraft | undefined {
    const bySurname = this.bySurname.get(word);
    if (bySurname) return bySurname;
    const byFirst = this.byFirstName.get(word);
    return byFirst?.length === 1 ? byFirst[0] : undefined;
  }

  private fitsPerson(descriptor: string, p: PersonDraft): boolean {
    const other = p.unnamed ? p.name.join(' ') : p.title;
    if (other === null) return false;
    let known = this.fits.get(descriptor);
    if (!known) this.fits.set(descriptor, (known = new Map()));
    // No title starts with `~`: marking the names of unnamed sources with it keeps the two kinds of answer apart.
    const key = p.unnamed ? `~${other}` : other;
    let fits = known.get(key);
    if (fits === undefined) {
      fits = p.unnamed ? refersBack(descriptor, other) : descriptorFits(descriptor, other);
      known.set(key, fits);
    }
    return fits;
  }

  /** The start of the person's latest mention before `at`, or -1. */
  private lastBefore(p: PersonDraft, at: number): number {
    const { starts } = this.index.get(p)!;
    const i = upperBound(starts, at - 1);
    return i > 0 ? starts[i - 1]! : -1;
  }

  /** The known person a descriptor fits, the latest mentioned before `at` first (the earliest known on a tie); of `kind` only, when given. */
  byDescriptor(descriptor: string, at: number, kind: SourceKind | null = null): PersonDraft | undefined {
    let best: PersonDraft | undefined;
    let bestAt = -2;
    for (const p of this.people) {
      // A description of one kind refers back only to a source of that kind (a person's to a named person too).
      if (kind !== null && p.kind !== kind && !(kind === 'unnamed' && p.kind === 'person')) continue;
      if (!this.fitsPerson(descriptor, p)) continue;
      const last = this.lastBefore(p, at);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    return best;
  }

  /**
   * The first person (in the registry's order) with a mention that covers the span, allowing
   * one character more at its end (a full stop the mention left out).
   */
  covering(span: Span): PersonDraft | undefined {
    let found: Filed | undefined;
    for (const f of this.buckets.get(span.start >> BUCKET_BITS) ?? []) {
      const m = f.mention;
      if (m.start <= span.start && span.end <= m.end + 1 && m.end > span.start && (found === undefined || f.order < found.order)) found = f;
    }
    return found?.person;
  }

  /** A source known by its description (an unnamed person, a group, a document, an organisation not named), named by it without the determiner's capital. */
  unnamedSource(descriptor: string, kind: SourceKind = 'unnamed'): PersonDraft {
    const key = `${kind}:${descriptorKey(descriptor)}`;
    let person = this.unnamedByKey.get(key);
    if (!person) {
      person = this.create([descriptor.replace(LEADING_DETERMINER, (d) => d.toLowerCase())], kind, null, true);
      this.unnamedByKey.set(key, person);
    }
    return person;
  }

  /** A named organisation (`Halvorsen Foods`, `The Washington Post`): one entry per name, a leading `the` aside. */
  organisation(name: string): PersonDraft {
    const key = `organisation:${name.replace(/^the\s+/i, '')}`;
    let org = this.unnamedByKey.get(key);
    if (!org) {
      org = this.create([name], 'organisation', null, false);
      this.unnamedByKey.set(key, org);
    }
    return org;
  }

  /** The named organisation mentioned last before `at`, or undefined. */
  lastOrganisation(at: number): PersonDraft | undefined {
    let best: PersonDraft | undefined;
    let bestAt = -1;
    for (const p of this.people) {
      if (p.kind !== 'organisation' || p.unnamed) continue;
      const last = this.lastBefore(p, at);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    return best;
  }

  mention(person: PersonDraft, span: Span, kind: MentionKind, quoted: boolean): void {
    const mention: Mention = { start: span.start, end: span.end, kind, quoted };
    person.mentions.push(mention);
    const { order, starts } = this.index.get(person)!;
    // Mentions come in runs of text order, so the insertion point is mostly at or near the end.
    starts.splice(upperBound(starts, span.start), 0, span.start);
    if (span.end > span.start) {
      const filed: Filed = { mention, order, person };
      for (let b = span.start >> BUCKET_BITS; b <= (span.end - 1) >> BUCKET_BITS; b++) {
        const bucket = this.buckets.get(b);
        if (bucket) bucket.push(filed);
        else this.buckets.set(b, [filed]);
      }
    }
    // No-break spaces and line breaks inside a name do not make another name.
    person.surfaces.push(this.text.slice(span.start, span.end).replace(/\s+/g, ' '));
  }
}
