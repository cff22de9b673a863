import type { Paragraph, Story } from '../../model/story';
import { type WordArrays, WordTable } from './words';

/** A body paragraph as the repetition rules see it. */
export interface Para extends Paragraph {
  /** Position in the file, over all stories. */
  index: number;
  story: number;
  /** 1-based within its story, the lead being 1, as an editor counts. */
  number: number;
  /** Where its words begin in the word table, the dateline's and a caption's left out. */
  first: number;
  /** How many words it has, the dateline's and a caption's left out. */
  wordCount: number;
  /**
   * Equal for paragraphs whose normalised texts are equal (word count, first and last word mixed
   * into a small integer), cheap to compute: only paragraphs that share it are normalised and
   * compared, so two unequal ones that share it by chance cost a comparison, never a finding.
   */
  signature: number;
}

/** The paragraphs of an earlier version and how much text it shares with this one at either end. */
export interface Earlier {
  paras: Para[];
  words: WordTable;
  /** Characters the same at the start of both versions, and at the end. */
  prefix: number;
  suffix: number;
  /** How much longer this version is. */
  delta: number;
  /** Word arrays no longer needed, which the new table can take. */
  spare?: WordArrays | undefined;
}

interface Body {
  paragraph: Paragraph;
  story: number;
  number: number;
  /** Where its own words begin: after a dateline, or after a table's caption (none of them its own). */
  ownFrom: number;
}

function bodiesOf(stories: Story[]): Body[] {
  const out: Body[] = [];
  for (let s = 0; s < stories.length; s++) {
    const story = stories[s]!;
    let number = 0;
    for (const section of story.sections) {
      for (const paragraph of section.paragraphs) {
        // Words are in order, so the dateline's are the first few; a caption (`Six months to
        // December 31`) ends its paragraph and says what a table holds, which every results item repeats.
        const dateline = story.lead?.start === paragraph.start ? story.dateline : null;
        const caption = story.tables.find((t) => t.caption !== null && t.caption.end === paragraph.end)?.caption;
        out.push({ paragraph, story: s, number: ++number, ownFrom: caption?.end ?? dateline?.end ?? -1 });
      }
    }
  }
  return out;
}

/** Kept to 30 bits, so that the number is a small integer to V8, never a boxed one. */
const signatureOf = (count: number, first: number, last: number): number =>
  (Math.imul(count, 0x9e3779b1) ^ Math.imul(first + 1, 0x85ebca77) ^ Math.imul(last + 1, 0xc2b2ae3d)) & 0x3fffffff;

/** Where an earlier paragraph's words begin, the dateline's included: they follow the paragraph before's. */
const wordsFrom = (paras: Para[], i: number): number => (i === 0 ? 0 : paras[i - 1]!.first + paras[i - 1]!.wordCount);

/**
 * Every body paragraph of every story, in document order, and their words. After an edit, the
 * words of paragraphs in the text the edit left alone are taken from the earlier version, not
 * read again; the paragraphs before the edit keep their objects when nothing about them changed.
 */
export function parasOf(text: string, stories: Story[], earlier?: Earlier): { paras: Para[]; words: WordTable } {
  const bodies = bodiesOf(stories);
  const old = earlier?.paras ?? [];
  // Leading paragraphs wholly before the edit, up to (not at) its first character: the same words.
  let leading = 0;
  while (leading < bodies.length && leading < old.length) {
    const { start, end } = bodies[leading]!.paragraph;
    const o = old[leading]!;
    if (o.start !== start || o.end !== end || end >= earlier!.prefix) break;
    leading++;
  }
  const words = earlier && leading > 0 ? WordTable.startingWith(text, earlier.words, wordsFrom(old, leading), earlier.spare) : new WordTable(text, earlier?.spare);
  const ids = earlier && WordTable.idMap(earlier.words);
  const paras: Para[] = [];
  let j = leading;
  for (const { paragraph: p, story, number, ownFrom } of bodies) {
    const index = paras.length;
    let from: number;
    if (index < leading) {
      from = wordsFrom(old, index);
    } else {
      from = words.length;
      // A paragraph in the unchanged end: its words are the earlier ones, moved.
      if (earlier && p.start >= text.length - earlier.suffix) {
        const at = p.start - earlier.delta;
        while (j < old.length && old[j]!.start < at) j++;
        const o = old[j];
        if (o && o.start === at && o.end - o.start === p.end - p.start) words.copy(earlier.words, wordsFrom(old, j), o.first + o.wordCount, earlier.delta, ids!);
        else words.add(p);
      } else {
        words.add(p);
      }
    }
    const to = index < leading ? old[index]!.first + old[index]!.wordCount : words.length;
    let first = from;
    while (first < to && words.start[first]! < ownFrom) first++;
    const o = old[index];
    if (index < leading && o!.sentences === p.sentences && o!.story === story && o!.number === number && o!.first === first) {
      paras.push(o!);
      continue;
    }
    // Named, not spread: a spread object with fields added after it is slow and large.
    paras.push({
      start: p.start,
      end: p.end,
      sentences: p.sentences,
      index,
      story,
      number,
      first,
      wordCount: to - first,
      signature: to === from ? 0 : signatureOf(to - from, words.id[from]!, words.id[to - 1]!),
    });
  }
  return { paras, words };
}
