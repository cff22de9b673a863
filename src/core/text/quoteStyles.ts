import type { Edit } from '../findings/finding';
import type { Span } from '../model/span';
import { isBreak, isDigit, isLetter, isLetterOrDigit } from './characters';

export type QuoteStyle = 'straight' | 'curly';

/** A quotation mark or apostrophe in prose, with its style. */
export interface StyledMark extends Span {
  style: QuoteStyle;
}

/** A mark the model already knows to open or close a quotation. */
export type KnownRoles = Map<number, 'open' | 'close'>;

/** Words that start with an elided letter: `’em`, `’til`, `’90s` take an apostrophe, not an opening mark. */
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'n', 'bout', 'round', 'nuff', 'ere']);
const OPENS_AFTER = '([{—–-/“‘"';

/** `6'2"`: feet and inches are primes, not quotation marks. */
function isPrime(text: string, at: number): boolean {
  if (text[at] === "'") return isDigit(text[at - 1]) && isDigit(text[at + 1]);
  return isDigit(text[at - 1]) && text[at - 2] === "'" && isDigit(text[at - 3]);
}

/** “ ” ‘ ’ by code: styledMarks reads every character of the prose, so it compares numbers, not strings. */
const isCurly = (code: number): boolean => code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019;
const BACKTICK = 0x60;
const SINGLE = 0x27;
const DOUBLE = 0x22;

/** The quotation marks and apostrophes of a span of prose; ANPA's `` and '' count as one straight mark. */
export function styledMarks(text: string, span: Span): StyledMark[] {
  const marks: StyledMark[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if ((c === BACKTICK && text.charCodeAt(i + 1) === BACKTICK) || (c === SINGLE && text.charCodeAt(i + 1) === SINGLE && i + 1 < span.end)) {
      marks.push({ start: i, end: i + 2, style: 'straight' });
      i++;
    } else if ((c === DOUBLE || c === SINGLE) && !isPrime(text, i)) marks.push({ start: i, end: i + 1, style: 'straight' });
    else if (isCurly(c)) marks.push({ start: i, end: i + 1, style: 'curly' });
  }
  return marks;
}

export function straightEdit(text: string, mark: StyledMark): Edit | null {
  const c = text[mark.start]!;
  if (c === '“' || c === '”') return { start: mark.start, end: mark.end, text: '"' };
  if (c === '‘' || c === '’') return { start: mark.start, end: mark.end, text: "'" };
  return null;
}

/** The last single mark of the span that ends a word (a closing mark or an apostrophe), or -1. */
export function lastClosingSingle(text: string, span: Span): number {
  for (let i = span.end - 1; i > span.start; i--) {
    if (text[i] === "'" && !isBreak(text[i - 1]) && !isLetterOrDigit(text[i + 1])) return i;
  }
  return -1;
}

/**
 * The curly form of a straight mark and whether it is certain. A double mark takes the role
 * the quotation model gave it, else the one its neighbours show; a single mark is an apostrophe
 * (`don’t`, `Russia’s`, `’90s`, `’em`) unless it opens a word and a closing mark follows
 * (`lastClosing`, from {@link lastClosingSingle}).
 */
export function curlyEdit(text: string, mark: StyledMark, block: Span, known: KnownRoles, lastClosing: number): { edit: Edit; certain: boolean } | null {
  const c = text.slice(mark.start, mark.end);
  const prev = mark.start > block.start ? text[mark.start - 1] : undefined;
  const next = mark.end < block.end ? text[mark.end] : undefined;
  const opensWord = (isBreak(prev) || OPENS_AFTER.includes(prev!)) && !isBreak(next);
  const closesWord = !isBreak(prev) && (isBreak(next) || !isLetterOrDigit(next));
  if (c === '``') return { edit: { start: mark.start, end: mark.end, text: '“' }, certain: true };
  if (c === "''") return { edit: { start: mark.start, end: mark.end, text: '”' }, certain: true };
  if (c === '"') {
    const role = known.get(mark.start) ?? (opensWord && !closesWord ? 'open' : closesWord && !opensWord ? 'close' : null);
    return { edit: { start: mark.start, end: mark.end, text: role === 'close' || (role === null && isBreak(next)) ? '”' : '“' }, certain: role !== null };
  }
  if (c !== "'") return null;
  if (!opensWord || isDigit(next)) return { edit: { start: mark.start, end: mark.end, text: '’' }, certain: !(isBreak(prev) && isBreak(next)) };
  let j = mark.end;
  while (j < block.end && isLetter(text[j])) j++;
  if (ELISIONS.has(text.slice(mark.end, j).toLowerCase())) return { edit: { start: mark.start, end: mark.end, text: '’' }, certain: true };
  const closed = lastClosing > mark.start;
  return { edit: { start: mark.start, end: mark.end, text: closed ? '‘' : '’' }, certain: closed };
}
