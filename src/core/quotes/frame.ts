import type { Span } from '../model/span';
import { abbreviationEndsAt } from '../parse/abbreviations';
import { isLetterOrDigitCode, isUpperCode } from '../text/characters';
import { isTrimSpace } from '../text/whitespace';

/*
 * A paragraph as attribution reads it: its words and punctuation outside quotations, each
 * quotation one token. The patterns of attribution (`"...," Lavrov said.`, `The governor
 * attacked the "dishonest" press`) are sequences of such tokens; words inside a quotation are
 * the speaker's and never take part.
 */

export const WORD = 0;
export const PUNCT = 1;
export const QUOTE = 2;

export interface FrameToken extends Span {
  kind: typeof WORD | typeof PUNCT | typeof QUOTE;
  /** A word lower-cased without its possessive ending; a punctuation mark itself (a run of hyphens is `—`); '' for a quotation. */
  lower: string;
  /** A word that starts with a capital letter. */
  cap: boolean;
  /** A word with a possessive ending (`Clinton’s`, `Barclays'`). */
  possessive: boolean;
  /** For a quotation, its index among the story's quotations; else -1. */
  quote: number;
  /** How many words the frame holds up to this token, itself included. */
  words: number;
  /** The word's classes for the phrase grammar (phrases.ts), worked out when first asked; -1 until then. */
  flags: number;
}

export interface Frame {
  tokens: FrameToken[];
  /** Index of the first token of each sentence, in order; the first is 0. */
  sentences: number[];
}

/** The ASCII marks attribution reads: , ; : . ! ? ( ) [ ] - */
const ASCII_MARKS = new Uint8Array(0x80);
for (const c of ',;:.!?()[]-') ASCII_MARKS[c.charCodeAt(0)] = 1;

/** Whether any word stands within `reach` tokens of token `k`: a quotation with none near it has no attribution to look for. */
export function hasWordNear(frame: Frame, k: number, reach: number): boolean {
  const { tokens } = frame;
  const before = k - reach - 1 >= 0 ? tokens[k - reach - 1]!.words : 0;
  return tokens[Math.min(tokens.length - 1, k + reach)]!.words > before;
}

/** [\p{L}\p{N}] by code unit; a surrogate pair is taken for a letter (no script of copy writes words in them but letters). */
const isWordStart = (c: number): boolean => (c >= 0xd800 && c <= 0xdbff) || isLetterOrDigitCode(c);
/** What a word holds after its first character: letters, digits, marks and the joiners `.` `'` `’` `-`. */
const isWordPart = (c: number): boolean =>
  c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || (c >= 0xd800 && c <= 0xdfff) || isLetterOrDigitCode(c) || (c >= 0x300 && c <= 0x36f);

const TERMINALS = new Set(['.', '!', '?', '…']);
export const isTerminal = (t: FrameToken | undefined): boolean => t !== undefined && t.kind === PUNCT && TERMINALS.has(t.lower);

const CONTRACTION = /^(he|she|they|it|we|i|you|who)['’](?:d|s|re|ll|ve|m)/i;

/** Where reading goes on after the word {@link word} read last: no object is made per word to say it. */
let wordNext = 0;

/** A word read from `from` to `to`, and where reading goes on (in `wordNext`): a possessive ending is the word's, a full stop no abbreviation keeps and a lone closing apostrophe are read again as punctuation. */
function word(text: string, from: number, to: number, words: number): FrameToken {
  const contraction = to - from <= 8 && hasApostrophe(text, from, to) ? CONTRACTION.exec(text.slice(from, to)) : null;
  if (contraction && contraction[0].length === to - from) {
    // `he'd`, `she's`, `they're`: the pronoun is the word, its verb is passed over.
    const end = from + contraction[1]!.length;
    wordNext = to;
    return { start: from, end, kind: WORD, lower: contraction[1]!.toLowerCase(), cap: isUpperCode(text.charCodeAt(from)), possessive: false, quote: -1, words, flags: -1 };
  }
  let end = to;
  while (end > from + 1 && text.charCodeAt(end - 1) === 0x2e && !abbreviationEndsAt(text, end - 1, from)) end--;
  if (end > from + 1 && text.charCodeAt(end - 1) === 0x2d) end--;
  let next = end;
  let possessive = false;
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  if (end - from > 2 && (last === 0x73 || last === 0x53) && (before === 0x27 || before === 0x2019)) {
    possessive = true;
    end -= 2;
  } else if (last === 0x27 || last === 0x2019) {
    // `Barclays'`: a plural's possessive; any other closing apostrophe is no part of the word.
    possessive = end - from > 2 && (before === 0x73 || before === 0x53);
    end--;
    if (!possessive) next = end;
  }
  const cap = isUpperCode(text.charCodeAt(from));
  const slice = text.slice(from, end);
  wordNext = next;
  // A word that starts in lower case is taken to be in lower case: no copy is made of it.
  return { start: from, end, kind: WORD, lower: cap || hasUpper(slice) ? slice.toLowerCase() : slice, cap, possessive, quote: -1, words, flags: -1 };
}

/** Whether an ASCII capital stands in the word after its first letter (`iPhone`, `al-Assad`'s `A`). */
function hasUpper(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return true;
  }
  return false;
}

/** Whether the span holds an apostrophe: only then may it be a contraction. */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

/**
 * The frame of `span`: `quotes` are the story's quotations in order and `first` the index of
 * the first that may lie in the span. Only what lies outside them is read.
 */
export function readFrame(text: string, span: Span, quotes: readonly Span[], first: number): Frame {
  const tokens: FrameToken[] = [];
  let words = 0;
  let q = first;
  while (q < quotes.length && quotes[q]!.end <= span.start) q++;
  let i = span.start;
  while (i < span.end) {
    const next = q < quotes.length ? quotes[q]! : null;
    if (next && next.start <= i) {
      if (next.start >= span.start) tokens.push({ start: next.start, end: next.end, kind: QUOTE, lower: '', cap: false, possessive: false, quote: q, words, flags: 0 });
      i = Math.max(i, next.end);
      q++;
      continue;
    }
    const limit = next && next.start < span.end ? next.start : span.end;
    const c = text.charCodeAt(i);
    if (isTrimSpace(c)) {
      i++;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < limit && isWordPart(text.charCodeAt(j))) j++;
      tokens.push(word(text, i, j, ++words));
      i = wordNext;
      continue;
    }
    if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
      let j = i;
      while (j < limit && text.charCodeAt(j) === 0x2d) j++;
      tokens.push({ start: i, end: j, kind: PUNCT, lower: '—', cap: false, possessive: false, quote: -1, words, flags: 0 });
      i = j;
      continue;
    }
    // Only the marks attribution reads are tokens: stray quotation marks and symbols are passed over.
    if (c < 0x80 ? ASCII_MARKS[c] === 1 : c === 0x2014 || c === 0x2013 || c === 0x2026) {
      const mark = c === 0x2014 || c === 0x2013 ? '—' : text[i]!;
      tokens.push({ start: i, end: i + 1, kind: PUNCT, lower: mark, cap: false, possessive: false, quote: -1, words, flags: 0 });
    }
    i++;
  }
  return { tokens, sentences: sentenceStarts(text, tokens) };
}

/**
 * Where sentences start: after a terminal mark before a capital, digit, quotation or bracket,
 * and after a quotation whose words end a sentence when a capitalised word follows.
 */
function sentenceStarts(text: string, tokens: FrameToken[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const t = tokens[i]!;
    const opens = t.kind === QUOTE || t.cap || (t.kind === WORD && t.lower.charCodeAt(0) <= 0x39) || t.lower === '(';
    if (!opens) continue;
    if (isTerminal(prev)) starts.push(i);
    else if (prev.kind === QUOTE && t.kind !== QUOTE && endsWithStop(text, prev)) starts.push(i);
  }
  return starts;
}

/** Whether the words of a quotation token end with a stop, its closing marks aside. */
function endsWithStop(text: string, t: FrameToken): boolean {
  let e = t.end;
  while (e > t.start && !isLetterOrDigitCode(text.charCodeAt(e - 1)) && !TERMINALS.has(text[e - 1]!)) e--;
  return e > t.start && TERMINALS.has(text[e - 1]!);
}
