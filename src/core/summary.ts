import type { Analysis } from './analyze';

export interface Summary {
  stories: number;
  words: number;
  quotes: number;
  /** People with at least one quotation. */
  speakers: number;
  findings: number;
}

/** Words of the prose: headlines, standfirsts, subheads and paragraphs, not wire lines or furniture. */
function words(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = c > 0x40 && (c < 0x5b || (c > 0x60 && c < 0x7b) || c > 0xbf) ? true : c >= 0x30 && c <= 0x39;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** What the status bar tells an editor about a document at a glance. */
export function summarize(analysis: Analysis): Summary {
  const { text, stories } = analysis;
  let count = 0;
  for (const story of stories) {
    for (const part of [story.headline, story.standfirst]) if (part) count += words(text, part.start, part.end);
    for (const section of story.sections) {
      if (section.title) count += words(text, section.title.start, section.title.end);
      for (const p of section.paragraphs) count += words(text, p.start, p.end);
    }
  }
  return {
    stories: stories.length,
    words: count,
    quotes: analysis.quotes.length,
    speakers: analysis.people.filter((p) => p.quotes.length > 0).length,
    findings: analysis.findings.length,
  };
}
