import type { Span } from '../model/span';
import { isUpperCode } from '../text/characters';
import { isSpaceLike, isTrimSpace } from '../text/whitespace';
import { wordLookup } from '../text/wordLookup';
import { isCapitalised, isShouted, type Token, tokenize, wordEnd } from './tokens';
import { NATIONALITIES, NOT_NAME, ORGANISATION_NAME_WORDS, ROLE_TITLES, TITLE_WORDS } from './vocabulary';

/** A naming of a person; the span covers the name, "Sergey Lavrov" in "Russian Foreign Minister Sergey Lavrov". */
export interface Naming extends Span {
  name: Token[];
  title: string | null;
}

/** Particles inside names (`da Silva`, `van Gogh`) and titles (`Secretary of State`). */
const CONNECTORS = new Set(['of', 'da', 'de', 'del', 'della', 'di', 'dos', 'du', 'van', 'von', 'der', 'bin', 'al', 'la', 'le']);

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.$/;

const isTitleish = (w: string): boolean => TITLE_WORDS.has(w) || NATIONALITIES.has(w);
const isNameWord = (w: string): boolean => isCapitalised(w) && !isShouted(w) && !NOT_NAME.has(w) && !isTitleish(w) && !/\d/.test(w);

/** Whether only one or two white spaces stand between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 2 || b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) if (!isSpaceLike(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Runs of capitalised words separated by one or two white spaces, with connectors between
 * capitals: each run is handed to `each` as the tokens from `from` up to `to`, always consecutive.
 */
function forEachRun(text: string, tokens: Token[], each: (from: number, to: number) => void): void {
  // Where the current run starts, or -1; when there is one, it holds the token before.
  let from = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const joins =
      from >= 0 &&
      adjacent(text, tokens[i - 1]!, t) &&
      (isCapitalised(t.word) || (CONNECTORS.has(t.word) && next !== undefined && isCapitalised(next.word) && adjacent(text, t, next)));
    if (joins) continue;
    if (from >= 0) each(from, i);
    from = isCapitalised(t.word) ? i : -1;
  }
  if (from >= 0) each(from, tokens.length);
}

/** Whether `)` and one or two white spaces stand just before `at`: read by code, as every run of capitals asks. */
function closesParenthesisBefore(text: string, at: number): boolean {
  if (!isTrimSpace(text.charCodeAt(at - 1))) return false;
  const c = text.charCodeAt(at - 2);
  return c === 0x29 || (isTrimSpace(c) && text.charCodeAt(at - 3) === 0x29);
}

/** The text of a title written in parentheses just before a run's first token: "(US Secretary of State) Mr. Rex Tillerson". */
function parenthesisedTitle(text: string, first: Token): string | null {
  if (!closesParenthesisBefore(text, first.start)) return null;
  const open = text.lastIndexOf('(', first.start);
  if (open < 0 || first.start - open > 60) return null;
  const words = tokenize(text, open + 1, text.lastIndexOf(')', first.start));
  return words.length > 0 && words.every((t) => isTitleish(t.word) || t.word === 'of') && words.some((t) => ROLE_TITLES.has(t.word))
    ? words.map((t) => t.word).join(' ')
    : null;
}

/** Splits a run into alternating title and name parts and adds the parts that name a person to `out`. */
function namingsOf(run: Token[], leadingTitle: string | null, out: Naming[]): void {
  let i = 0;
  while (i < run.length) {
    const titleStart = i;
    while (i < run.length && (isTitleish(run[i]!.word) || (run[i]!.word === 'of' && i > titleStart))) i++;
    const title = run.slice(titleStart, i);
    const nameStart = i;
    while (i < run.length && (isNameWord(run[i]!.word) || (CONNECTORS.has(run[i]!.word) && i > nameStart))) i++;
    const name = run.slice(nameStart, i);
    while (i < run.length && !isTitleish(run[i]!.word) && !isNameWord(run[i]!.word)) i++;
    if (name.length === 0) continue;
    const titled = title.some((t) => ROLE_TITLES.has(t.word));
    const roleWords = title.filter((t) => !HONORIFIC.test(t.word));
    const ownTitle = roleWords.some((t) => ROLE_TITLES.has(t.word)) ? roleWords.map((t) => t.word).join(' ') : null;
    // Two or more name words are a full name; one needs a title to be a person on its own.
    if (titled || leadingTitle !== null || name.length >= 2) {
      out.push({ start: name[0]!.start, end: name[name.length - 1]!.end, name, title: ownTitle ?? leadingTitle });
    }
    leadingTitle = null;
  }
}

/** Full namings of people among a span's tokens: titled names and names of two words or more. */
export function namingsIn(text: string, tokens: Token[]): Naming[] {
  const out: Naming[] = [];
  forEachRun(text, tokens, (from, to) => {
    const leadingTitle = parenthesisedTitle(text, tokens[from]!);
    // A run of one word names someone only after a title in parentheses; most runs are one capitalised word.
    if (to - from > 1 || leadingTitle !== null) namingsOf(tokens.slice(from, to), leadingTitle, out);
  });
  return out;
}

/** The first letters of the connectors (all ASCII): any other word that does not start with a capital is never part of a name. */
const CONNECTOR_INITIALS = new Set([...CONNECTORS].map((c) => c.charCodeAt(0)));
const isConnector = wordLookup(CONNECTORS);
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Whether the word read from `start` to `end` starts with a capital or is a connector: compared in place, as most words are neither. */
function mayName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 0x80) return isSurrogate(first) || isUpperCode(first);
  if (first >= 0x41 && first <= 0x5a) return true;
  return CONNECTOR_INITIALS.has(first) && isConnector(text, start, wordEnd(text, start, end));
}

/**
 * The tokens of a span that names and single capitalised words are read from: capitalised
 * words and connectors. Leaving out the other words changes no run, as they stand between
 * any two tokens they separate; most words of copy are such words.
 */
export function nameTokens(text: string, start: number, end: number): Token[] {
  return tokenize(text, start, end, mayName);
}

/** Capitalised single words among a span's tokens: candidates for surnames and first names of known people. */
export function capitalisedIn(tokens: Token[]): Token[] {
  return tokens.filter((t) => isCapitalised(t.word) && !isShouted(t.word));
}

/** What may follow an organisation's name: `Merrill Lynch and Co`, `Salomon Brothers Inc`. */
const ORGANISATION_SUFFIX = /^[ \t]*(?:,[ \t]*)?(?:(?:and|&)[ \t]+Co\b|Inc\b|Corp\b|Co\b|Ltd\b|Plc\b|PLC\b|LLC\b|Group\b|Holdings\b|Capital\b|Securities\b|AG\b|SA\b|NV\b)/;

/**
 * Whether a naming names an organisation, not a person: its last word is an organisation's
 * (`Financial Communications`), a company's suffix follows it (`Merrill Lynch and Co`), or it
 * follows `at` (`an analyst at Merrill Lynch`): nobody works at a person.
 */
export function namesOrganisation(text: string, naming: Naming): boolean {
  const last = naming.name[naming.name.length - 1]!.word;
  if (ORGANISATION_NAME_WORDS.has(last) || ORGANISATION_NAME_WORDS.has(`${last}.`)) return true;
  if (ORGANISATION_SUFFIX.test(text.slice(naming.end, naming.end + 12))) return true;
  return /\bat[ \t\n]+$/.test(text.slice(Math.max(0, naming.start - 4), naming.start));
}
