import type { Span } from '../model/span';

export interface Token extends Span {
  /** The word without a possessive `’s`, a closing apostrophe or a sentence's full stop. */
  word: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*/gu;
/** Abbreviations whose full stop belongs to the word. */
const KEEPS_DOT = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Sgt|Maj|Prof|Rev|St|Jr|Sr|\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;

/** The words of a span with their offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    else if (/['’\-]$/.test(word)) word = word.slice(0, -1);
    if (word.endsWith('.') && !KEEPS_DOT.test(word)) word = word.replace(/\.+$/, '');
    if (word.length === 0) continue;
    const s = start + m.index;
    tokens.push({ start: s, end: s + word.length, word });
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
/** All capitals, as in a dateline's place or an acronym. */
export const isShouted = (word: string): boolean => word.length > 1 && !/\p{Ll}/u.test(word);
