import { isSpaceLike } from '../text/whitespace';

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  length: number;
  role: MarkRole;
  /** Marks pair only within their family: double, single (headlines), ANPA's `` ''. */
  family: 'double' | 'single' | 'anpa';
}

const BEFORE_OPENING = '([{—–-/';
const CLOSING_PUNCTUATION = /[.,;:!?…)\]]/;

/** Which way a straight mark faces, from the characters around it. */
function flank(text: string, at: number, start: number, end: number): MarkRole {
  const prev = at > start ? text[at - 1]! : ' ';
  const next = at + 1 < end ? text[at + 1]! : ' ';
  const spaceBefore = isSpaceLike(prev.charCodeAt(0)) || BEFORE_OPENING.includes(prev);
  const spaceAfter = isSpaceLike(next.charCodeAt(0));
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (!spaceBefore && (CLOSING_PUNCTUATION.test(prev) || CLOSING_PUNCTUATION.test(next))) return 'close';
  return 'either';
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A single mark that opens or closes a quotation in a headline. Between two letters it is an
 * apostrophe (`Russia’s`, `don’t`); at a word's edge it may be either (`others’`), so the
 * pairing keeps single marks only when they pair up. A right mark ’ never opens, and a mark
 * before a digit elides a century (`’90s`, `'16 race`).
 */
function singleRole(text: string, at: number, start: number, end: number): MarkRole | null {
  const prev = at > start ? text[at - 1] : undefined;
  const next = at + 1 < end ? text[at + 1] : undefined;
  if (isLetter(prev) && isLetter(next)) return null;
  if (!isLetter(prev) && isLetter(next)) return text[at] === '’' || /\p{N}/u.test(next!) ? null : 'open';
  if ((isLetter(prev) || CLOSING_PUNCTUATION.test(prev ?? '')) && !isLetter(next)) return 'close';
  return null;
}

/** The quotation marks in a span, in order, each with the way it faces. */
export function marksIn(text: string, start: number, end: number, headline: boolean): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '"') marks.push({ at: i, length: 1, role: flank(text, i, start, end), family: 'double' });
    else if (c === '“' || c === '„' || c === '«') marks.push({ at: i, length: 1, role: 'open', family: 'double' });
    else if (c === '”' || c === '»') marks.push({ at: i, length: 1, role: 'close', family: 'double' });
    else if (c === '`' && text[i + 1] === '`') {
      marks.push({ at: i, length: 2, role: 'open', family: 'anpa' });
      i++;
    } else if (c === "'" && text[i + 1] === "'" && i + 1 < end) {
      marks.push({ at: i, length: 2, role: 'close', family: 'anpa' });
      i++;
    } else if (headline && (c === "'" || c === '‘' || c === '’')) {
      const role = singleRole(text, i, start, end);
      if (role) marks.push({ at: i, length: 1, role, family: 'single' });
    }
  }
  return marks;
}
