import type { Analysis } from '../analyze';
import type { SourceKind } from '../model/quote';
import { startingBefore, storyReach } from '../model/storyAt';
import { countWords } from '../text/countWords';

/** One source of a story: who, and how much of the story's quoted words are theirs. */
export interface SourceRow {
  /** Index into the analysis's people. */
  person: number;
  name: string;
  kind: SourceKind;
  title: string | null;
  /** Indices into the analysis's quotes, in the order of the text. */
  quotes: number[];
  /** Words inside their quotation marks. */
  words: number;
  /** Their words over all the story's quoted words, attributed or not: 0 to 1. */
  share: number;
}

/** Who is quoted in one story, most quoted first, and what the desk asks of it: can we name them? */
export interface StorySources {
  /** The story, from 0. */
  story: number;
  sources: SourceRow[];
  /** Quotations and their words in the story, attributed or not. */
  quotes: number;
  quotedWords: number;
  /** Sources with a name (a person, an organisation, a group, a document) and without one. */
  named: number;
  unnamed: number;
  /** The share of quoted words whose source is not named: 0 to 1. */
  unnamedShare: number;
  /** Quotations no one is attributed. */
  unattributed: number;
}

/** Most quotations first; then most words; then the first quoted first. */
const byWeight = (a: SourceRow, b: SourceRow): number => b.quotes.length - a.quotes.length || b.words - a.words || a.quotes[0]! - b.quotes[0]!;

/**
 * The sources of story `k`, read off the analysis (the quotations and their speakers) without
 * another pass over the text: only the quotations' inner words are counted.
 */
export function storySources(analysis: Analysis, k: number): StorySources {
  const { text, stories, quotes, people } = analysis;
  const { from, to } = storyReach(stories, k);
  const rows = new Map<number, SourceRow>();
  let quotedWords = 0;
  let unattributed = 0;
  const first = startingBefore(quotes, from);
  const last = startingBefore(quotes, to);
  for (let i = first; i < last; i++) {
    const q = quotes[i]!;
    const words = countWords(text, q.inner.start, q.inner.end);
    quotedWords += words;
    if (q.speaker === null) {
      unattributed++;
      continue;
    }
    let row = rows.get(q.speaker);
    if (!row) {
      const p = people[q.speaker]!;
      row = { person: q.speaker, name: p.name, kind: p.kind, title: p.title, quotes: [], words: 0, share: 0 };
      rows.set(q.speaker, row);
    }
    row.quotes.push(i);
    row.words += words;
  }
  const sources = [...rows.values()].sort(byWeight);
  let unnamedWords = 0;
  for (const row of sources) {
    row.share = quotedWords === 0 ? 0 : row.words / quotedWords;
    if (row.kind === 'unnamed') unnamedWords += row.words;
  }
  const unnamed = sources.filter((r) => r.kind === 'unnamed').length;
  return {
    story: k,
    sources,
    quotes: last - first,
    quotedWords,
    named: sources.length - unnamed,
    unnamed,
    unnamedShare: quotedWords === 0 ? 0 : unnamedWords / quotedWords,
    unattributed,
  };
}

/** Every story's sources, in the order of the stories. */
export function documentSources(analysis: Analysis): StorySources[] {
  return analysis.stories.map((_, k) => storySources(analysis, k));
}
