import type { Story } from '../model/story';
import { codeSet } from './characters';
import { CharScan, charSet } from './charScan';
import { runCache } from './runCache';

/** The marks some hygiene rules look for, each rule at its own kind only. */
export interface Punctuation {
  /** . , ; : ? ! … */
  stops: Int32Array;
  /** ( ) [ ] */
  brackets: Int32Array;
  /** / \ | */
  slashes: Int32Array;
  /** - */
  hyphens: Int32Array;
}

/** . , ; : ? ! … */
const STOPS = '.,;:?!…';
/** / \ |: marks that conversion and typing leave behind, which never end a word in prose. */
const SLASHES = '/\\|';
export const isStopCode = codeSet(STOPS);
export const isSlashCode = codeSet(SLASHES);

const KINDS = [STOPS, '()[]', SLASHES, '-'];
/** Each mark's kind by code, 1 to 4 in the order of Punctuation's fields; 0 for any other character. */
const KIND_OF = new Uint8Array(0x2027);
KINDS.forEach((chars, kind) => {
  for (let i = 0; i < chars.length; i++) KIND_OF[chars.charCodeAt(i)] = kind + 1;
});
const MARK = charSet(KINDS.join(''));

/** A growing list of offsets in a typed array: a file of a million slashes makes no million-element JS array. */
class Offsets {
  private at = new Int32Array(64);
  private length = 0;

  push(offset: number): void {
    if (this.length === this.at.length) {
      const wider = new Int32Array(this.length * 2);
      wider.set(this.at);
      this.at = wider;
    }
    this.at[this.length++] = offset;
  }

  done(): Int32Array {
    return this.at.subarray(0, this.length);
  }
}

const cache = runCache<readonly Story[], { text: string; punctuation: Punctuation }>();

/**
 * Where the stories hold each kind of mark, in order. Found in one pass per run of the rules,
 * for the rules that read marks only, so that none of them reads every character.
 */
export function punctuationOf(text: string, stories: readonly Story[]): Punctuation {
  const known = cache.get(stories);
  if (known?.text === text) return known.punctuation;
  const found = [new Offsets(), new Offsets(), new Offsets(), new Offsets()];
  // Only the stories hold prose: what lies between them (blank pages, wire matter) is not read.
  for (const story of stories) {
    const marks = new CharScan(MARK, text, story.start, story.end);
    for (let i = marks.next(story.start); i < story.end; i = marks.next(i + 1)) found[KIND_OF[text.charCodeAt(i)]! - 1]!.push(i);
  }
  const [stops, brackets, slashes, hyphens] = found.map((offsets) => offsets.done()) as [Int32Array, Int32Array, Int32Array, Int32Array];
  const punctuation = { stops, brackets, slashes, hyphens };
  cache.set(stories, { text, punctuation });
  return punctuation;
}

/** The index of the first offset in `at` (ascending) that is `from` or later; `at.length` when none is. */
export function firstFrom(at: Int32Array, from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
