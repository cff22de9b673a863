/**
 * Characters as the word scanner reads them: the regex /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*\/u
 * and the form `toLowerCase()` with curly apostrophes straight, answered from tables filled as
 * characters are met, because every word of every paragraph is read.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per BMP code unit: 0 not yet asked; 1 not a word character; 2 a word character whose form is
 * not one unit (İ, or Σ, which lower-cases by context); else 3 + the unit of its form.
 */
const info = new Int32Array(0x10000);
/** Astral code point → whether it is a word character. */
const astral = new Map<number, boolean>();

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const form = ch.toLowerCase();
  const k = !WORD_CHAR.test(ch) ? 1 : form.length !== 1 || c === 0x3a3 ? 2 : 3 + form.charCodeAt(0);
  info[c] = k;
  return k;
}

for (let c = 0; c < 0x80; c++) learn(c);
// Apostrophes inside words read as the straight one.
info[0x02bc] = 3 + 0x27;

/** The length (0, 1 or 2 code units) of the word character at i, or 0 when there is none. */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Past the end of the text, c is NaN: no table entry, never a word character.
  if (c !== c) return 0;
  const k = info[c] || learn(c);
  if (k !== 1) return 1;
  if (c < 0xd800 || c > 0xdbff) return 0;
  const d = text.charCodeAt(i + 1);
  // A lone surrogate is a code point of its own, never a letter.
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let word = astral.get(cp);
  if (word === undefined) astral.set(cp, (word = WORD_CHAR.test(text.slice(i, i + 2))));
  return word ? 2 : 0;
}

/** The unit of the form of a one-unit word character or apostrophe, or -1 when its form is not one unit. */
export function foldOf(c: number): number {
  if (c === 0x2019) return 0x27;
  const k = info[c] || learn(c);
  return k >= 3 ? k - 3 : c === 0x27 ? 0x27 : -1;
}

/** Per BMP code unit: 0 not yet asked, -1 its lower case is not one unit (or depends on context: Σ), else 1 + that unit. */
const lower = new Int32Array(0x10000);

/** The lower case of any code unit as `toLowerCase()` gives it within a string, or -1 when that is not one unit. */
export function lowerOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (lower[c] === 0) {
    const form = String.fromCharCode(c).toLowerCase();
    lower[c] = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || form.length !== 1 ? -1 : 1 + form.charCodeAt(0);
  }
  return lower[c]! < 0 ? -1 : lower[c]! - 1;
}

/** The form of the word at start..end as a string: lower case, curly apostrophes straight. */
export const formOf = (text: string, start: number, end: number): string => text.slice(start, end).toLowerCase().replace(/[’ʼ]/g, "'");

/** FNV-1a, one definition: word ids rely on the scanner's running hash and formHash agreeing. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/** FNV-1a over the UTF-16 units of a form; the scanner computes the same as it reads simple words. */
export function formHash(form: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < form.length; i++) h = fnvStep(h, form.charCodeAt(i));
  return h;
}
