import { isTrimSpace } from '../../text/whitespace';
import { lowerOf } from './chars';
import { normalisedText } from './normalisedText';

/** ‒ – — ― −: a dash on its own. */
const isDash = (c: number): boolean => (c >= 0x2012 && c <= 0x2015) || c === 0x2212;
/** - ‐ ‑ _: a dash only with spaces on both sides. */
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x5f;
/** ‘ ’ ‚ ‛ ′ ʼ ` and the straight mark: read as the straight single mark. */
const isSingle = (c: number): boolean => c === 0x27 || c === 0x60 || (c >= 0x2018 && c <= 0x201b) || c === 0x2032 || c === 0x02bc;
/** “ ” „ ‟ ″ « »: read as the straight double mark. */
const isDouble = (c: number): boolean => (c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0xab || c === 0xbb;

const SPACE = 0x20;
const EM_DASH = 0x2014;
/** Paragraphs longer than this get an array of their own: a huge one is not kept for good. */
const KEPT = 1 << 16;
let units = new Uint16Array(1024);

/** The scratch array, or a fresh one for a paragraph past KEPT. */
function scratch(length: number): Uint16Array {
  if (length > KEPT) return new Uint16Array(length);
  if (units.length < length) units = new Uint16Array(Math.min(KEPT, 2 * length));
  return units;
}

/**
 * The code units of normalisedText(text.slice(start, end)), computed in one pass over the text in
 * place of five passes of lower-casing and patterns: the duplicate check keys most paragraphs of a
 * basket. Each step of normalisedText is read off at the character where its pattern would match;
 * a character whose lower case is not one unit (or depends on its neighbours) leaves it to
 * normalisedText itself. The units are a view of a scratch array, good until the next call.
 */
export function normalisedUnits(text: string, start: number, end: number): Uint16Array {
  const out = scratch(end - start);
  let n = 0;
  // Units are written in place, not through a closure over n (slower): a space only after
  // something other than a space, which trims the start and joins runs; the end is trimmed below.
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // ASCII past the hyphen, the backtick aside: no step but lower-casing applies (most of any copy).
    if (c > 0x2d && c < 0x80 && c !== 0x60) {
      out[n++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      i++;
      continue;
    }
    if (isTrimSpace(c) || isDash(c) || c === 0x2d) {
      let j = i;
      while (j < end && isTrimSpace(text.charCodeAt(j))) j++;
      const d = j < end ? text.charCodeAt(j) : -1;
      // A dash or `--`, with any spaces around it; else a hyphen or underscore with spaces on both sides.
      let k = isDash(d) ? j + 1 : d === 0x2d && j + 1 < end && text.charCodeAt(j + 1) === 0x2d ? j + 2 : -1;
      if (k < 0 && j > i && isHyphen(d) && j + 1 < end && isTrimSpace(text.charCodeAt(j + 1))) k = j + 2;
      if (k >= 0) {
        while (k < end && isTrimSpace(text.charCodeAt(k))) k++;
        out[n++] = EM_DASH;
        i = k;
        continue;
      }
      if (j > i) {
        if (n > 0 && out[n - 1] !== SPACE) out[n++] = SPACE;
        i = j;
        continue;
      }
    }
    if (c === 0x200b) {
      if (n > 0 && out[n - 1] !== SPACE) out[n++] = SPACE;
    } else if (isDouble(c)) out[n++] = 0x22;
    else if (isSingle(c)) {
      // Two single marks in a row are a double one.
      if (i + 1 < end && isSingle(text.charCodeAt(i + 1))) {
        out[n++] = 0x22;
        i++;
      } else out[n++] = 0x27;
    } else {
      const u = lowerOf(c);
      if (u < 0) return unitsOf(normalisedText(text.slice(start, end)));
      if (u !== SPACE || (n > 0 && out[n - 1] !== SPACE)) out[n++] = u;
    }
    i++;
  }
  if (n > 0 && out[n - 1] === SPACE) n--;
  return out.subarray(0, n);
}

/** The units of a string, in the scratch array: normalisedText's answer where the one pass gave up. */
function unitsOf(s: string): Uint16Array {
  const out = scratch(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.subarray(0, s.length);
}
