import type { Paragraph, Story } from '../../model/story';
import { WordTable } from './words';

/** A body paragraph as the repetition rules see it. */
export interface Para extends Paragraph {
  /** Position in the file, over all stories. */
  index: number;
  story: number;
  /** 1-based within its story, the lead being 1, as an editor counts. */
  number: number;
  /** Where its words begin in the word table, the dateline's left out. */
  first: number;
  /** How many words it has, the dateline's left out. */
  wordCount: number;
  /**
   * Equal for paragraphs whose normalised texts are equal (word count, first and last word),
   * cheap to compute: only paragraphs that share it are normalised and compared.
   */
  signature: string;
}

/** Every body paragraph of every story, in document order, and their words. */
export function parasOf(text: string, stories: Story[]): { paras: Para[]; words: WordTable } {
  const words = new WordTable(text);
  const paras: Para[] = [];
  for (let s = 0; s < stories.length; s++) {
    const story = stories[s]!;
    let number = 0;
    for (const section of story.sections) {
      for (const p of section.paragraphs) {
        const from = words.length;
        words.add(p);
        const to = words.length;
        let first = from;
        // Words are in order, so the dateline's are the first few.
        const dateline = story.lead?.start === p.start ? story.dateline : null;
        if (dateline) while (first < to && words.start[first]! < dateline.end) first++;
        // Named, not spread: a spread object with fields added after it is slow and large.
        paras.push({
          start: p.start,
          end: p.end,
          sentences: p.sentences,
          index: paras.length,
          story: s,
          number: ++number,
          first,
          wordCount: to - first,
          signature: to === from ? '0' : `${to - from} ${words.id[from]} ${words.id[to - 1]}`,
        });
      }
    }
  }
  return { paras, words };
}
