import type { Story } from '../model/story';

/**
 * The text an ignored finding is remembered by: its sentence with whitespace, quote marks and
 * case made uniform, so the choice survives edits elsewhere and small retyping.
 */
export function normaliseForIgnore(sentence: string): string {
  return sentence
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The sentence (or headline, or line) that holds an offset: what an ignored finding is remembered by. */
export function flaggedSentence(text: string, stories: readonly Story[], offset: number): string {
  for (const story of stories) {
    if (offset < story.start || offset >= story.end) continue;
    for (const part of [story.headline, story.standfirst]) if (part && part.start <= offset && offset <= part.end) return part.text;
    for (const section of story.sections) {
      if (section.title && section.title.start <= offset && offset <= section.title.end) return section.title.text;
      for (const p of section.paragraphs) {
        if (offset < p.start || offset > p.end) continue;
        const sentence = p.sentences.find((s) => s.start <= offset && offset <= s.end) ?? p;
        return text.slice(sentence.start, sentence.end);
      }
    }
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}
