import type { Mention, MentionKind } from '../model/quote';
import type { Span } from '../model/span';
import { descriptorFits, descriptorKey } from './descriptors';
import type { Naming } from './names';

/** A person while the text is read; becomes a model Person at the end. */
export interface PersonDraft {
  name: string[];
  title: string | null;
  /** Named only by a descriptor ("a State Department spokesman"). */
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

/** The people of a story, found by their names, surnames, first names and descriptors. */
export class Registry {
  readonly people: PersonDraft[] = [];
  private readonly bySurname = new Map<string, PersonDraft>();
  private readonly byFirstName = new Map<string, PersonDraft[]>();
  private readonly unnamedByKey = new Map<string, PersonDraft>();

  constructor(private readonly text: string) {}

  private create(name: string[], title: string | null, unnamed: boolean): PersonDraft {
    const person: PersonDraft = { name, title, unnamed, mentions: [], surfaces: [] };
    this.people.push(person);
    return person;
  }

  addNaming(naming: Naming, quoted: boolean): PersonDraft {
    const words = naming.name.map((t) => t.word);
    const surname = words[words.length - 1]!;
    let person = this.bySurname.get(surname);
    if (!person) {
      person = this.create(words, naming.title, false);
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

  /** The known person a descriptor fits, the latest mentioned before `at` first. */
  byDescriptor(descriptor: string, at: number): PersonDraft | undefined {
    const fitting = this.people.filter((p) => (p.unnamed ? refersBack(descriptor, p.name.join(' ')) : p.title !== null && descriptorFits(descriptor, p.title)));
    const lastBefore = (p: PersonDraft): number => Math.max(-1, ...p.mentions.filter((m) => m.start < at).map((m) => m.start));
    return fitting.sort((a, b) => lastBefore(b) - lastBefore(a))[0];
  }

  /** An unnamed source, named by its descriptor without the determiner's capital. */
  unnamedSource(descriptor: string): PersonDraft {
    const key = descriptorKey(descriptor);
    let person = this.unnamedByKey.get(key);
    if (!person) {
      person = this.create([descriptor.replace(/^(?:The|An?|One|Another)\b/, (d) => d.toLowerCase())], null, true);
      this.unnamedByKey.set(key, person);
    }
    return person;
  }

  mention(person: PersonDraft, span: Span, kind: MentionKind, quoted: boolean): void {
    person.mentions.push({ start: span.start, end: span.end, kind, quoted });
    // No-break spaces and line breaks inside a name do not make another name.
    person.surfaces.push(this.text.slice(span.start, span.end).replace(/\s+/g, ' '));
  }
}
