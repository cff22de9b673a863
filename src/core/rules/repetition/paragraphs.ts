import type { Paragraph, Story } from '../../model/story';
import { wordsOf, type Word } from './words';

/** A body paragraph as the repetition rules see it. */
export interface Para extends Paragraph {
  /** Position in the file, over all stories. */
  index: number;
  story: number;
  /** 1-based within its story, the lead being 1, as an editor counts. */
  number: number;
  /** Its words, the dateline's left out. */
  words: Word[];
  /**
   * Equal for paragraphs whose normalised texts are equal (word count, first and last word),
   * cheap to compute: only paragraphs that share it are normalised and compared.
   */
  signature: string;
}

/** Every body paragraph of every story, in document order. */
export function parasOf(text: string, stories: Story[]): Para[] {
  const paras: Para[] = [];
  stories.forEach((story, s) => {
    let number = 0;
    for (const section of story.sections) {
      for (const p of section.paragraphs) {
        const all = wordsOf(text, p);
        const dateline = story.lead?.start === p.start ? story.dateline : null;
        paras.push({
          ...p,
          index: paras.length,
          story: s,
          number: ++number,
          words: dateline ? all.filter((w) => w.start >= dateline.end) : all,
          signature: `${all.length} ${all[0]?.norm} ${all.at(-1)?.norm}`,
        });
      }
    }
  });
  return paras;
}
