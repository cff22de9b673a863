import type { Analysis } from '../analyze';
import type { Finding } from '../findings/finding';
import type { Span, TextSpan } from '../model/span';
import type { Dateline, Section, Story } from '../model/story';

/** The `copydesk/analysis@1` document of shared/docs/analysis-json.md. */
export interface AnalysisJson {
  schema: 'copydesk/analysis@1';
  file: string;
  stories: StoryJson[];
  quotes: unknown[];
  people: unknown[];
  findings: Finding[];
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
  };
}

function findingJson(f: Finding): Finding {
  return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, related: f.related, fixes: f.fixes };
}

export function analysisJson(file: string, analysis: Analysis): AnalysisJson {
  return {
    schema: 'copydesk/analysis@1',
    file,
    stories: analysis.stories.map(storyJson),
    quotes: [],
    people: [],
    findings: analysis.findings.map(findingJson),
  };
}
