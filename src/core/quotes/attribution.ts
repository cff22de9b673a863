import type { Span } from '../model/span';
import { abbreviationEndsAt } from '../parse/abbreviations';
import { findNamings } from '../people/names';
import { NOT_NAME } from '../people/vocabulary';
import { isTerminalCode } from '../text/characters';
import { isTrimBlank, isTrimSpace } from '../text/whitespace';
import { ADVERB, CUE, CUE_FIRST_WORDS } from './cues';
import { SOURCE } from './sources';
import { isAsciiLetter, wordLookup } from '../text/wordLookup';

export interface Attribution {
  source: Span;
  cue: Span;
}

/**
 * Up to two asides between a source and its cue (`Sen. Maria Lopez, R-Ariz., the party's lead
 * negotiator, said`); both are captured, as one may be the name. A comma may then stand
 * before the cue when a name follows its description (`The head of the agency, Rafael Ortiz, said`).
 */
const APPOSITIVE = '(?:,\\s([^,"“”]{1,60})(?:,\\s([^,"“”]{1,60}))?,|,)?';
/** A description that leads to the name after a quotation: `," the head of the agency, Rafael Ortiz, said.` */
const LEAD = '(?:[^,"“”.]{1,60},\\s+)?';

/** Source then cue, or cue then source, right after a quotation: `," Lavrov said.` / `," said Lavrov.` */
const AFTER = [
  new RegExp(`^[\\s,;:—–\\-]*${LEAD}(${SOURCE})${APPOSITIVE}\\s+(?:${ADVERB}\\s+)?(${CUE})(?![\\p{L}])`, 'du'),
  new RegExp(`^[\\s,;:—–\\-]*(${CUE})\\s+(${SOURCE})`, 'du'),
  new RegExp(`^[\\s,;:—–\\-]*(according\\s+to)\\s+(${SOURCE})`, 'du'),
];
/** Source and cue before a quotation in its sentence: `Lavrov said: "`, `X pointed out that ... "`. */
const BEFORE = new RegExp(`(?<![\\p{L}])(${SOURCE})${APPOSITIVE}\\s+(?:${ADVERB}\\s+)?(${CUE})(?![\\p{L}])`, 'dgu');
const ACCORDING = /(?<![\p{L}])([Aa]ccording\s+to)\s+/du;
const SOURCE_AT_START = new RegExp(`^(${SOURCE})`, 'du');
/** A headline's attribution: `Lavrov: "..."`. */
const HEADLINE = new RegExp(`(${SOURCE})\\s*:\\s*$`, 'du');
/** The subject of a sentence, after up to two openers: `Later, at a news conference, Dalton put it bluntly:`. */
const SUBJECT = new RegExp(`^(?:[^,:;"“”]{1,60},\\s+){0,2}(${SOURCE}),?\\s+(?!(?:of|in|at|on|for|from|to|and|with)\\s)\\p{Ll}`, 'du');
/** A quotation that ends mid-sentence hands its sentence on to an attribution. */
const OPEN_END = /[,?!—–\-…]$/;
/** Attributions sit close to their quotations; nothing further is read. */
const WINDOW = 160;

const span = (from: number, m: RegExpExecArray, group: number): Span => {
  const [s, e] = m.indices![group]!;
  return { start: from + s, end: from + e };
};

/**
 * What words the attribution patterns need in a span: a cue (always in lower case, a whole
 * word) and `according`. The patterns try many alternatives at every position; where the words
 * they need are missing they cannot match, and are not run.
 */
function cueWords(text: string, start: number, end: number): { cue: boolean; according: boolean } {
  let cue = false;
  let according = false;
  for (let i = start; i < end; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
    if (isCueWord(text, i, j)) {
      cue = true;
      if (according) break;
    } else if (j - i === 9 && (text.startsWith('according', i) || text.startsWith('According', i))) {
      according = true;
      if (cue) break;
    }
    i = j;
  }
  return { cue, according };
}

/** Whether the ASCII word from `start` to `end` is a cue's first word. */
const isCueWord = wordLookup(CUE_FIRST_WORDS);

/** Whether the first word after leading punctuation and space (as the AFTER patterns skip them) is `word`, or a cue when `word` is null. */
function opensWith(text: string, start: number, end: number, word: string | null): boolean {
  let i = start;
  while (i < end && isLeading(text.charCodeAt(i))) i++;
  let j = i;
  while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
  const first = text.slice(i, j);
  return word === null ? CUE_FIRST_WORDS.has(first) : first === word;
}

/** [\s,;:—–\-] */
const isLeading = (c: number): boolean => isTrimSpace(c) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2d;

/** Whether the span ends in a colon, white space aside: the headline pattern and a colon introduction need one. */
export function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isTrimSpace(text.charCodeAt(i - 1))) i--;
  return i > start && text.charCodeAt(i - 1) === 0x3a;
}

/** Whether a sentence ends in the span: a scan that stops at the first stop, where a slice and a pattern would copy the rest of the paragraph. */
function sentenceEndsIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) return true;
  }
  return false;
}

/** A sentence's full stop that the name pattern swallowed (`according to Gen. Ahmed Qureshi.`) is not part of the source. */
function trimStop(text: string, source: Span): Span {
  const last = source.end - 1;
  return text[last] === '.' && !abbreviationEndsAt(text, last, source.start) ? { start: source.start, end: last } : source;
}

/**
 * The source of a source-appositive-cue match. A name in the appositive is the speaker
 * (`Russia's envoy to the U.N., Ivan Sorokin, said`); anything else there is an aside
 * (`Sen. Maria Lopez, D-N.M., said`, `Lopez, 54, said`).
 */
function sourceOf(text: string, from: number, m: RegExpExecArray): Span {
  for (const group of [2, 3]) {
    if (!m.indices![group]) continue;
    const aside = span(from, m, group);
    const namings = findNamings(text, aside.start, aside.end);
    if (namings.length === 1 && namings[0]!.start === aside.start && namings[0]!.end === aside.end) return aside;
  }
  return trimStop(text, span(from, m, 1));
}

/** " ” » ’ ) */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 0x29;

/**
 * Where the last sentence of a span starts: after the last boundary (a stop, closing marks, then
 * white space) whose full stop is no abbreviation's. Read backwards from the end, so that only
 * the last sentence is read, not the whole span.
 */
function lastSentenceStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    while (i > start && !isTrimSpace(text.charCodeAt(i - 1))) i--;
    const spaceEnd = i;
    while (i > start && isTrimSpace(text.charCodeAt(i - 1))) i--;
    if (i === spaceEnd) break;
    let stop = i - 1;
    while (stop >= start && isCloser(text.charCodeAt(stop))) stop--;
    if (stop < start || !isTerminalCode(text.charCodeAt(stop))) continue;
    if (text.charCodeAt(stop) === 0x2e && abbreviationEndsAt(text, stop, start)) continue;
    return spaceEnd;
  }
  return start;
}

/**
 * The attribution right after a quotation (`from` is the closing mark's end, `to` the next
 * quotation or the paragraph's end). `innerLast` is the quotation's last character: a quotation
 * closed by a full stop takes an attribution only if its sentence ends after the cue, not when
 * the cue introduces the next quotation (`"...Iraq." Lavrov went on saying "take a look..."`).
 */
export function attributionAfter(text: string, from: number, to: number, innerLast: string, paragraphEnd: boolean): Attribution | null {
  const until = Math.min(to, from + WINDOW);
  const words = cueWords(text, from, until);
  if (!words.cue && !words.according) return null;
  const segment = text.slice(from, until);
  for (let i = 0; i < AFTER.length; i++) {
    const possible = i === 0 ? words.cue : i === 1 ? words.cue && opensWith(text, from, until, null) : words.according && opensWith(text, from, until, 'according');
    if (!possible) continue;
    const m = AFTER[i]!.exec(segment);
    if (!m) continue;
    const [source, cue] = i === 0 ? [sourceOf(text, from, m), span(from, m, 4)] : [trimStop(text, span(from, m, 2)), span(from, m, 1)];
    const restStart = from + m[0].length;
    if (OPEN_END.test(innerLast) || sentenceEndsIn(text, restStart, to) || (paragraphEnd && isTrimBlank(text, restStart, to))) {
      return { source, cue };
    }
  }
  return null;
}

/** The attribution before a quotation within its sentence: the last source-and-cue, or `according to X`. */
export function attributionBefore(text: string, from: number, to: number, headline: boolean): Attribution | null {
  // Only the quotation's own sentence speaks for it.
  const from2 = lastSentenceStart(text, Math.max(from, to - WINDOW), to);
  const words = cueWords(text, from2, to);
  if (!words.cue && !words.according && !headline) return null;
  const segment = text.slice(from2, to);

  let found: Attribution | null = null;
  BEFORE.lastIndex = 0;
  if (words.cue) for (let m = BEFORE.exec(segment); m; m = BEFORE.exec(segment)) found = { source: sourceOf(text, from2, m), cue: span(from2, m, 4) };
  if (found) return found;

  const according = words.according ? ACCORDING.exec(segment) : null;
  if (according) {
    const after = SOURCE_AT_START.exec(segment.slice(according.index + according[0].length));
    if (after) {
      const offset = from2 + according.index + according[0].length;
      return { source: trimStop(text, { start: offset, end: offset + after[0].length }), cue: span(from2, according, 1) };
    }
  }
  if (headline && endsWithColon(text, from2, to)) {
    const m = HEADLINE.exec(segment);
    if (m) {
      const colon = from2 + m.index + m[0].lastIndexOf(':');
      return { source: span(from2, m, 1), cue: { start: colon, end: colon + 1 } };
    }
  }
  return null;
}

/**
 * The speaker a paragraph ending with a colon introduces for the quotation that opens the next
 * one: its source and cue (`Dalton told the crowd:`), or else its subject with the colon as
 * cue (`Dalton put it more bluntly:`), when that subject is a person and not a sentence opener.
 */
export function colonIntroduction(text: string, from: number, to: number): Attribution | null {
  const found = attributionBefore(text, from, to, false);
  if (found) return found;
  const start = lastSentenceStart(text, Math.max(from, to - WINDOW), to);
  const m = SUBJECT.exec(text.slice(start, to));
  if (!m) return null;
  const source = trimStop(text, span(start, m, 1));
  if (text.slice(source.start, source.end).split(/\s+/).every((w) => NOT_NAME.has(w))) return null;
  const colon = text.lastIndexOf(':', to);
  return { source, cue: { start: colon, end: colon + 1 } };
}
