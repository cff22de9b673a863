import type { Analysis } from '../analyze';
import type { SourceKind } from '../model/quote';
import { documentSources, type SourceRow, type StorySources } from '../sources/storySources';
import { LineIndex } from '../text/positions';
import { personId } from './analysisJson';

/** The `copydesk/sources@1` document of docs/sources-json.md: who is quoted in each story, and how much. */
export interface SourcesJson {
  schema: 'copydesk/sources@1';
  file: string;
  stories: StorySourcesJson[];
}

export interface StorySourcesJson {
  /** From 1, as a desk counts the stories of a basket. */
  story: number;
  headline: string | null;
  quotes: number;
  quotedWords: number;
  named: number;
  unnamed: number;
  unnamedShare: number;
  unattributed: number;
  sources: SourceJson[];
}

/** A person of the analysis contract (without their mentions) and what they say in one story. */
export interface SourceJson {
  id: string;
  name: string;
  kind: SourceKind;
  title: string | null;
  aliases: string[];
  quotes: number;
  quotedWords: number;
  share: number;
  /** The line of their first quotation in the story, from 1. */
  firstLine: number;
}

function sourceJson(analysis: Analysis, lines: LineIndex, row: SourceRow): SourceJson {
  const first = analysis.quotes[row.quotes[0]!]!;
  return {
    id: personId(row.person),
    name: row.name,
    kind: row.kind,
    title: row.title,
    aliases: analysis.people[row.person]!.aliases,
    quotes: row.quotes.length,
    quotedWords: row.words,
    share: row.share,
    firstLine: lines.position(first.start).line + 1,
  };
}

function storyJson(analysis: Analysis, lines: LineIndex, s: StorySources): StorySourcesJson {
  return {
    story: s.story + 1,
    headline: analysis.stories[s.story]!.headline?.text ?? null,
    quotes: s.quotes,
    quotedWords: s.quotedWords,
    named: s.named,
    unnamed: s.unnamed,
    unnamedShare: s.unnamedShare,
    unattributed: s.unattributed,
    sources: s.sources.map((row) => sourceJson(analysis, lines, row)),
  };
}

export function sourcesJson(file: string, analysis: Analysis): SourcesJson {
  const lines = new LineIndex(analysis.text);
  return {
    schema: 'copydesk/sources@1',
    file,
    stories: documentSources(analysis).map((s) => storyJson(analysis, lines, s)),
  };
}
