import type { Mention, Quotation, StrayMark } from './quote';
import type { Span, TextSpan } from './span';
import type { Dateline, Paragraph, Section, Story } from './story';

/*
 * Copies of model objects moved by `delta` characters: a story analysed on its own text
 * (offsets from 0) placed where it lies in the document. The originals are never changed, so
 * one story's analysis can be placed again after an edit moves it.
 */

export function shiftSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

export function shiftTextSpan(s: TextSpan, delta: number): TextSpan {
  return { start: s.start + delta, end: s.end + delta, text: s.text };
}

function shiftOrNull<T extends Span>(s: T | null, delta: number, shift: (s: T, delta: number) => T): T | null {
  return s === null ? null : shift(s, delta);
}

function shiftDateline(d: Dateline, delta: number): Dateline {
  return { start: d.start + delta, end: d.end + delta, text: d.text, place: d.place, date: d.date, agency: d.agency };
}

function shiftParagraph(p: Paragraph, delta: number): Paragraph {
  return { start: p.start + delta, end: p.end + delta, sentences: p.sentences.map((s) => shiftSpan(s, delta)) };
}

export function shiftStory(story: Story, delta: number): Story {
  // The lead is the first section's first paragraph (the property tests check the copy has it): one object in both places, as the parse made it.
  let lead: Paragraph | null = null;
  const sections: Section[] = story.sections.map((section) => ({
    start: section.start + delta,
    end: section.end + delta,
    title: shiftOrNull(section.title, delta, shiftTextSpan),
    paragraphs: section.paragraphs.map((p) => {
      const moved = shiftParagraph(p, delta);
      if (p === story.lead) lead = moved;
      return moved;
    }),
  }));
  return {
    start: story.start + delta,
    end: story.end + delta,
    wireLines: story.wireLines.map((s) => shiftSpan(s, delta)),
    residue: story.residue.map((s) => shiftTextSpan(s, delta)),
    headline: shiftOrNull(story.headline, delta, shiftTextSpan),
    standfirst: shiftOrNull(story.standfirst, delta, shiftTextSpan),
    byline: shiftOrNull(story.byline, delta, shiftTextSpan),
    dateline: shiftOrNull(story.dateline, delta, shiftDateline),
    lead,
    sections,
    tables: story.tables.map((t) => ({
      start: t.start + delta,
      end: t.end + delta,
      rows: t.rows.map((r) => shiftSpan(r, delta)),
      caption: shiftOrNull(t.caption, delta, shiftTextSpan),
    })),
  };
}

export function shiftMention(m: Mention, delta: number): Mention {
  return { start: m.start + delta, end: m.end + delta, kind: m.kind, quoted: m.quoted };
}

export function shiftStray(m: StrayMark, delta: number): StrayMark {
  return { start: m.start + delta, end: m.end + delta, side: m.side };
}

/** A quotation moved, with the speaker's index in the document's people. */
export function placeQuote(q: Quotation, delta: number, speaker: number | null, container: Span): Quotation {
  return {
    start: q.start + delta,
    end: q.end + delta,
    inner: delta === 0 ? q.inner : shiftSpan(q.inner, delta),
    speaker,
    source: q.source === null || delta === 0 ? q.source : shiftSpan(q.source, delta),
    cue: q.cue === null || delta === 0 ? q.cue : shiftSpan(q.cue, delta),
    continues: q.continues,
    inherited: q.inherited,
    container,
  };
}
