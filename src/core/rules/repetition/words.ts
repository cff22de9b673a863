import type { Span } from '../../model/span';
import { FNV_OFFSET, fnvStep, foldOf, formHash, formOf, wordCharAt } from './chars';
import { grown } from './grown';

/** Where each word lies and its id: the arrays that grow with the text. */
export interface WordArrays {
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
}

/** Whether each unit of a word folds to one unit (as `add` finds while reading it), so that its form need not be built as a string. */
function foldsByUnit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && foldOf(c) < 0) return false;
  }
  return true;
}

/**
 * The words of the paragraphs, in one set of flat arrays: where each word lies and an id equal
 * for words of the same form (lower case, curly apostrophes straight), so that comparing words
 * is comparing numbers. No object or string per word: the forms of most words are hashed as
 * their characters are read and compared in place with the first word of each id.
 */
export class WordTable implements WordArrays {
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  length = 0;
  /** Per id: the FNV-1a hash of its form, from which shingles are hashed. */
  hash = new Int32Array(1024);
  private ids = 0;
  /** Per id: its first word, and its form when that could not be read a character at a time. */
  private firstStart = new Int32Array(1024);
  private firstEnd = new Int32Array(1024);
  private readonly forms = new Map<number, string>();
  /**
   * Open addressing by hash (linear probing), kept at most half full: pairs of the hash and
   * id + 1 (0 for an empty slot), side by side so that a probe reads one cache line.
   */
  private slots = new Int32Array(2 << 12);
  private shift = 32 - 12;

  /** `spare` are word arrays no longer needed, used again when they fit: for a large text they hold megabytes. */
  constructor(
    private readonly text: string,
    spare?: WordArrays,
  ) {
    // Room for a word every five characters (wire copy has one every six or so): seldom regrown.
    const room = Math.floor(text.length / 5) + 16;
    const fits = spare !== undefined && spare.start.length >= room && spare.start.length <= 2 * room;
    this.start = fits ? spare.start : new Int32Array(room);
    this.end = fits ? spare.end : new Int32Array(room);
    this.id = fits ? spare.id : new Int32Array(room);
  }

  /**
   * A table for `text` holding the first `count` words of `earlier`, read from a text that is the
   * same as `text` up to past them. Their ids are the earliest, so they are kept as they are.
   */
  static startingWith(text: string, earlier: WordTable, count: number, spare?: WordArrays): WordTable {
    const table = new WordTable(text, spare);
    if (table.start.length < count) {
      table.start = new Int32Array(count * 2);
      table.end = new Int32Array(count * 2);
      table.id = new Int32Array(count * 2);
    }
    table.start.set(earlier.start.subarray(0, count));
    table.end.set(earlier.end.subarray(0, count));
    table.id.set(earlier.id.subarray(0, count));
    table.length = count;
    let ids = 0;
    for (let w = 0; w < count; w++) if (earlier.id[w]! >= ids) ids = earlier.id[w]! + 1;
    table.ids = ids;
    table.hash = earlier.hash.slice(0, Math.max(1024, ids * 2));
    table.firstStart = earlier.firstStart.slice(0, table.hash.length);
    table.firstEnd = earlier.firstEnd.slice(0, table.hash.length);
    for (const [id, form] of earlier.forms) if (id < ids) table.forms.set(id, form);
    let size = table.slots.length;
    for (; ids * 4 > size; size *= 2) table.shift--;
    table.rehash(size);
    return table;
  }

  /** For `copy`: per id of `earlier`, its id here plus one, 0 until a word of it is copied. */
  static idMap(earlier: WordTable): Int32Array {
    return new Int32Array(earlier.ids);
  }

  /**
   * Appends the words `from` to `to` of `earlier`, a paragraph whose text lies `delta` characters
   * later here: their places moved, their ids made this table's (each form is looked up once).
   */
  copy(earlier: WordTable, from: number, to: number, delta: number, ids: Int32Array): void {
    for (let w = from; w < to; w++) {
      const start = earlier.start[w]! + delta;
      const end = earlier.end[w]! + delta;
      const old = earlier.id[w]!;
      let id = ids[old]! - 1;
      if (id < 0) {
        // The form as `add` would give it for this word, which need not be the first word of the old id ("ΟΔΟΣ" after "οδος").
        const form = foldsByUnit(this.text, start, end) ? undefined : formOf(this.text, start, end);
        id = this.intern(earlier.hash[old]!, start, end, form);
        ids[old] = id + 1;
      }
      this.push(start, end, id);
    }
  }

  /** Fibonacci hashing: the top bits of the product mix every bit of the hash. */
  private slotOf(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** Appends the words of `span`: letters or digits with apostrophes inside ("don't", "Russia’s"). */
  add(span: Span): void {
    const text = this.text;
    let i = span.start;
    while (i < span.end) {
      const first = wordCharAt(text, i);
      if (first === 0) {
        // Step over a whole surrogate pair, as a /u regex steps by code point.
        const c = text.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      // Whether each UTF-16 unit folds to one (most scripts); else the form is built as a string.
      let simple = true;
      // Paragraphs end at a line end, so no word runs past `span.end`.
      for (;;) {
        const c = text.charCodeAt(i);
        let n = 1;
        if (c < 0x80) {
          // ASCII, most of any copy, by range: the word characters are letters and digits.
          const f = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : c >= 0x41 && c <= 0x5a ? c + 32 : -1;
          if (f < 0) break;
          h = fnvStep(h, f);
        } else {
          n = wordCharAt(text, i);
          if (n === 0) break;
          const f = n === 1 ? foldOf(c) : -1;
          if (f < 0) simple = false;
          else h = fnvStep(h, f);
        }
        i += n;
        const d = text.charCodeAt(i);
        if ((d === 0x27 || d === 0x2019 || d === 0x02bc) && wordCharAt(text, i + 1) > 0) {
          h = fnvStep(h, 0x27);
          i++;
        }
      }
      const form = simple ? undefined : formOf(text, start, i);
      this.push(start, i, this.intern(form === undefined ? h : formHash(form), start, i, form));
    }
  }

  private push(start: number, end: number, id: number): void {
    if (this.length === this.start.length) {
      const size = this.length * 2;
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.id = grown(this.id, size);
    }
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.id[this.length++] = id;
  }

  /** The id of the form hashed `h` of the word at start..end (its form given when not simple). */
  private intern(h: number, start: number, end: number, form: string | undefined): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    let i = this.slotOf(h) << 1;
    for (let s = slots[i + 1]!; s !== 0; i = (i + 2) & mask, s = slots[i + 1]!) {
      if (slots[i] === h && this.sameForm(s - 1, start, end, form)) return s - 1;
    }
    const id = this.ids++;
    if (id === this.hash.length) {
      this.hash = grown(this.hash, id * 2);
      this.firstStart = grown(this.firstStart, id * 2);
      this.firstEnd = grown(this.firstEnd, id * 2);
    }
    this.hash[id] = h;
    this.firstStart[id] = start;
    this.firstEnd[id] = end;
    if (form !== undefined) this.forms.set(id, form);
    slots[i] = h;
    slots[i + 1] = id + 1;
    if (this.ids * 4 > slots.length) {
      this.shift--;
      this.rehash(slots.length * 2);
    }
    return id;
  }

  /** Hash equality is a hint only: the forms are compared, so a collision never joins two words. */
  private sameForm(id: number, start: number, end: number, form: string | undefined): boolean {
    const text = this.text;
    const at = this.firstStart[id]!;
    const atEnd = this.firstEnd[id]!;
    // Most copy keeps no form as a string: then no word pays for a map lookup.
    const known = this.forms.size === 0 ? undefined : this.forms.get(id);
    if (form !== undefined || known !== undefined) return (form ?? formOf(text, start, end)) === (known ?? formOf(text, at, atEnd));
    // Both simple: each unit has a one-unit form, so equal forms are equally long.
    if (atEnd - at !== end - start) return false;
    for (let k = 0; start + k < end; k++) {
      const c = text.charCodeAt(start + k);
      const d = text.charCodeAt(at + k);
      if (c !== d && foldOf(c) !== foldOf(d)) return false;
    }
    return true;
  }

  /** Files every id anew in `size` slots; `shift` must suit the size. */
  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = slots.length - 2;
    for (let id = 0; id < this.ids; id++) {
      const h = this.hash[id]!;
      let i = this.slotOf(h) << 1;
      while (slots[i + 1] !== 0) i = (i + 2) & mask;
      slots[i] = h;
      slots[i + 1] = id + 1;
    }
    this.slots = slots;
  }
}
