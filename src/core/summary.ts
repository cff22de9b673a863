import type { Analysis } from './analyze';
import type { Span } from './model/span';

export interface Summary {
  /** The story summed up (from 0), and how many the document has. */
  story: number;
  stories: number;
  words: number;
  quotes: number;
  /** People with at least one quotation in the story. */
  speakers: number;
  findings: number;
  /** Findings in the whole document. */
  allFindings: number;
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

/** How many of `spans`, in order of their start, start before `at`. */
function startingBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the status bar tells an editor at a glance about the story at `offset` (in a basket,
 * the one being read). The text between two stories (an end marker) counts with the story
 * before it, so that the stories' findings add up to the document's.
 */
export function summarize(analysis: Analysis, offset = 0): Summary {
  const { text, stories, quotes, findings } = analysis;
  const k = Math.max(0, startingBefore(stories, offset + 1) - 1);
  const story = stories[k];
  const from = k === 0 ? 0 : story!.start;
  const to = k + 1 < stories.length ? stories[k + 1]!.start : Infinity;
  let count = 0;
  if (story) {
    for (const part of [story.headline, story.standfirst]) if (part) count += words(text, part.start, part.end);
    for (const section of story.sections) {
      if (section.title) count += words(text, section.title.start, section.title.end);
      for (const p of section.paragraphs) count += words(text, p.start, p.end);
    }
  }
  const first = startingBefore(quotes, from);
  const last = startingBefore(quotes, to);
  const speakers = new Set<number>();
  for (let i = first; i < last; i++) if (quotes[i]!.speaker !== null) speakers.add(quotes[i]!.speaker!);
  return {
    story: k,
    stories: stories.length,
    words: count,
    quotes: last - first,
    speakers: speakers.size,
    findings: startingBefore(findings, to) - startingBefore(findings, from),
    allFindings: findings.length,
  };
}
