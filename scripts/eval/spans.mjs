// Spans, words and excerpts shared by the evaluations.

export const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The item that overlaps `span` most, or null when none does. */
export function mostOverlapping(items, span) {
  let best = null;
  let most = 0;
  for (const x of items) {
    const o = overlap(x, span);
    if (o > most) [best, most] = [x, o];
  }
  return best;
}

export const wordCount = (s) => (s.match(/\S+/g) ?? []).length;

export const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a');

/** Non-blank lines: PolNeAR holds one paragraph a line. */
export function lineSpans(text) {
  const out = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const end = m.index + m[0].replace(/\r$/, '').length;
    if (/\S/.test(text.slice(m.index, end))) out.push({ start: m.index, end });
  }
  return out;
}

/** One line of context around a span, the span in «», line breaks shown. */
export function excerpt(text, span, context = 40) {
  const show = (s) => s.replace(/\r?\n/g, '⏎');
  let mid = text.slice(span.start, span.end);
  if (mid.length > 120) mid = `${mid.slice(0, 55)} … ${mid.slice(-55)}`;
  return `…${show(text.slice(Math.max(0, span.start - context), span.start))}«${show(mid)}»${show(text.slice(span.end, span.end + context))}…`;
}
