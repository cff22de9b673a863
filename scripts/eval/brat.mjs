// PolNeAR's attributions (BRAT standoff) and the direct quotes they hold, as the acceptance
// measure of issue 19 defines them.
import { lineSpans, overlap } from './spans.mjs';

/**
 * The attributions of an .ann file: { source, cue, content }, each a list of fragments
 * { start, end } (source and cue null when not annotated; content joins Content, Content2...).
 */
export function readAttributions(ann) {
  const spans = new Map();
  const events = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d; ]+)\t/.exec(line);
    if (t) {
      spans.set(t[1], t[2].split(';').map((f) => {
        const [start, end] = f.trim().split(' ').map(Number);
        return { start, end };
      }));
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) events.push(e[1].trim().split(/\s+/).map((a) => a.split(':')));
  }
  const fragments = (args, role) => {
    const f = args.filter(([k]) => role(k)).flatMap(([, id]) => spans.get(id) ?? []);
    return f.length ? f : null;
  };
  return events.map((args) => ({
    source: fragments(args, (k) => k === 'Source'),
    cue: fragments(args, (k) => k === 'Cue'),
    content: fragments(args, (k) => k.startsWith('Content')) ?? [],
  }));
}

const MARK = /["“”]/;
const isSpace = (c) => c === undefined || /\s/.test(c);

/**
 * The top-level segments between double quotation marks in one paragraph, paired as a reader
 * pairs them: a curly mark says its side, a straight one is read from the characters around it.
 * A quotation still open at the paragraph's end runs to it (a multi-paragraph quote), with
 * `close` -1.
 */
export function quotedSegments(text, start, end) {
  const segments = [];
  const open = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (!MARK.test(c)) continue;
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    const opensLike = (isSpace(before) || /[([{/—–―"“”-]/.test(before)) && !isSpace(after);
    const closesLike = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]}—–―"“”'’-]/.test(after));
    const top = open[open.length - 1];
    let role;
    if (c === '“') role = !opensLike && top ? 'close' : 'open';
    else if (c === '”') role = top ? 'close' : opensLike && !closesLike ? 'open' : 'stray';
    else if (top?.mark === '"') role = 'close';
    else if (top) role = closesLike && !opensLike ? 'close' : 'open';
    else role = closesLike && !opensLike ? 'stray' : 'open';
    if (role === 'open') open.push({ at: i, mark: c });
    else if (role === 'close') {
      const o = open.pop();
      if (open.length === 0) segments.push({ start: o.at, end: i + 1, open: o.at, close: i });
    }
  }
  if (open.length) {
    let e = end;
    while (e > open[0].at + 1 && /\s/.test(text[e - 1])) e--;
    segments.push({ start: open[0].at, end: e, open: open[0].at, close: -1 });
  }
  return segments;
}

/**
 * Gold direct quotes: each quoted segment one of whose marks lies in an attribution's content,
 * clipped to that content. Where attributions nest, the one with the smallest content wins.
 * Returns [{ start, end, source, cue, attribution }] in text order.
 */
export function goldQuotes(text, attributions) {
  const byPlace = new Map();
  for (const p of lineSpans(text)) {
    for (const seg of quotedSegments(text, p.start, p.end)) {
      const marks = [seg.open, seg.close].filter((m) => m >= 0);
      for (const at of attributions) {
        const frags = at.content.filter((f) => overlap(f, seg) > 0 && marks.some((m) => m >= f.start && m < f.end));
        if (!frags.length) continue;
        const start = Math.max(seg.start, Math.min(...frags.map((f) => f.start)));
        const end = Math.min(seg.end, Math.max(...frags.map((f) => f.end)));
        const size = at.content.reduce((n, f) => n + f.end - f.start, 0);
        const key = `${start},${end}`;
        const held = byPlace.get(key);
        if (!held || held.size > size) byPlace.set(key, { start, end, source: at.source, cue: at.cue, attribution: at, size });
      }
    }
  }
  return [...byPlace.values()].sort((a, b) => a.start - b.start).map(({ size, ...g }) => g);
}
