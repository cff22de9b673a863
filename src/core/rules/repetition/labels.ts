import type { Para } from './paragraphs';

/** "paragraph 2", or "paragraph 2 of story 1" when it lies in another story than `from`. */
export function paraName(p: Para, from: Para): string {
  return p.story === from.story ? `paragraph ${p.number}` : `paragraph ${p.number} of story ${p.story + 1}`;
}

const joined = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "paragraphs 2 and 3", "paragraphs 2 and 5 of story 1", or each named when stories mix. */
export function paraList(ps: Para[], from: Para): string {
  if (ps.length === 1) return paraName(ps[0]!, from);
  const story = ps[0]!.story;
  if (ps.some((p) => p.story !== story)) return joined(ps.map((p) => paraName(p, from)));
  const where = story === from.story ? '' : ` of story ${story + 1}`;
  return `paragraphs ${joined(ps.map((p) => String(p.number)))}${where}`;
}

const QUOTE_OR_SPACE = /[\s"“”‘’'«»„]/;
const TOKEN = /\S+/g;

/**
 * The first words of a span, to name a passage or paragraph in a message: its text without
 * leading quote marks, split at whitespace. Only the words shown are read, as every repeated
 * paragraph of a basket is named.
 */
export function opening(text: string, start: number, end: number, words = 6): string {
  let from = start;
  while (from < end && QUOTE_OR_SPACE.test(text[from]!)) from++;
  const shown: string[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < end && shown.length <= words; m = TOKEN.exec(text)) {
    shown.push(text.slice(m.index, Math.min(end, m.index + m[0].length)));
  }
  return shown.length <= words ? shown.join(' ') : `${shown.slice(0, words).join(' ')}…`;
}
