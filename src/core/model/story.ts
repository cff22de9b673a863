import type { Span, TextSpan } from './span';

export interface Dateline extends TextSpan {
  place: string | null;
  date: string | null;
  agency: string | null;
}

export type Sentence = Span;

export interface Paragraph extends Span {
  sentences: Sentence[];
}

export interface Section extends Span {
  /** The subhead that opens the section; null for the first section and after a bare rule line. */
  title: TextSpan | null;
  paragraphs: Paragraph[];
}

/** Agate: a results or price table, data and not sentences; its rows are its lines. */
export interface Table extends Span {
  rows: Span[];
  /** The words just before it that say what it holds (`Qtr ended Jan 31`, after a dateline), not a sentence. */
  caption: TextSpan | null;
}

export interface Story extends Span {
  /** Wire header, notes, trailer and end-marker lines: not prose. */
  wireLines: Span[];
  /** Scraped page furniture at the top or bottom ("All news", "Read more"). */
  residue: TextSpan[];
  headline: TextSpan | null;
  standfirst: TextSpan | null;
  byline: TextSpan | null;
  dateline: Dateline | null;
  /** The paragraph that carries the dateline, also the first paragraph of the first section. */
  lead: Paragraph | null;
  sections: Section[];
  /** The body's tables, kept out of its sections' paragraphs. */
  tables: Table[];
}
