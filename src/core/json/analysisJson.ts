import type { Analysis } from '../analyze';
import type { Finding } from '../findings/finding';
import type { Span, TextSpan } from '../model/span';
import type { Person, Quotation, SourceKind } from '../model/quote';
import type { Dateline, Section, Story } from '../model/story';

/** The `copydesk/analysis@1` document of shared/docs/analysis-json.md. */
export interface AnalysisJson {
  schema: 'copydesk/analysis@1';
  file: string;
  stories: StoryJson[];
  quotes: QuoteJson[];
  people: PersonJson[];
  findings: Finding[];
}

interface QuoteJson extends Span {
  text: string;
  speaker: string | null;
  source: Span | null;
  cue: Span | null;
  continues: boolean;
}

interface PersonJson {
  id: string;
  name: string;
  kind: SourceKind;
  title: string | null;
  aliases: string[];
  mentions: Span[];
  quotes: number;
}

interface SectionJson extends Span {
  title: string | null;
  titleStart?: number;
  titleEnd?: number;
  paragraphs: Span[];
}

interface StoryJson extends Span {
  residue: TextSpan[];
  headline: TextSpan | null;
  standfirst: TextSpan | null;
  byline: TextSpan | null;
  dateline: Dateline | null;
  sections: SectionJson[];
  tables: TableJson[];
}

interface TableJson extends Span {
  rows: Span[];
  caption: TextSpan | null;
}

const span = ({ start, end }: Span): Span => ({ start, end });
const textSpan = (s: TextSpan | null): TextSpan | null => (s ? { start: s.start, end: s.end, text: s.text } : null);

function sectionJson(section: Section): SectionJson {
  const title = section.title ? { titleStart: section.title.start, titleEnd: section.title.end } : {};
  return {
    title: section.title?.text ?? null,
    ...title,
    start: section.start,
    end: section.end,
    paragraphs: section.paragraphs.map(span),
  };
}

function storyJson(story: Story): StoryJson {
  const d = story.dateline;
  return {
    start: story.start,
    end: story.end,
    residue: story.residue.map((r) => textSpan(r)!),
    headline: textSpan(story.headline),
    standfirst: textSpan(story.standfirst),
    byline: textSpan(story.byline),
    dateline: d ? { start: d.start, end: d.end, text: d.text, place: d.place, date: d.date, agency: d.agency } : null,
    sections: story.sections.map(sectionJson),
    tables: story.tables.map((t) => ({ start: t.start, end: t.end, rows: t.rows.map(span), caption: textSpan(t.caption) })),
  };
}

/** A person's id in the contract, which the sources document shares. */
export const personId = (index: number): string => `p${index + 1}`;

function quoteJson(text: string, q: Quotation): QuoteJson {
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.inner.start, q.inner.end),
    speaker: q.speaker === null ? null : personId(q.speaker),
    source: q.source && span(q.source),
    cue: q.cue && span(q.cue),
    continues: q.continues,
  };
}

function personJson(p: Person, index: number): PersonJson {
  return { id: personId(index), name: p.name, kind: p.kind, title: p.title, aliases: p.aliases, mentions: p.mentions.map(span), quotes: p.quotes.length };
}

function findingJson(f: Finding): Finding {
  return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, related: f.related, fixes: f.fixes };
}

export function analysisJson(file: string, analysis: Analysis): AnalysisJson {
  return {
    schema: 'copydesk/analysis@1',
    file,
    stories: analysis.stories.map(storyJson),
    quotes: analysis.quotes.map((q) => quoteJson(analysis.text, q)),
    people: analysis.people.map(personJson),
    findings: analysis.findings.map(findingJson),
  };
}
