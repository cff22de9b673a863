import type { FrameToken } from '../quotes/frame';
import { DETERMINERS, PERSON_NOUNS } from '../quotes/lexicon';
import { kindOfNoun, type Phrase } from '../quotes/phrases';

/*
 * Which descriptions bring in a source the copy does not name, as agency standards mean it: a
 * person or people kept unnamed (`a senior official`, `one trader`, `two diplomats`, `sources`,
 * `people familiar with the matter`). Not a description that points back to one met before
 * (`the official`: the standard asks for the reason where the source is brought in), not a
 * role one person holds (`the company's chief executive`), not a spokesperson (the
 * organisation speaking on the record) nor a narrator, not a crowd or a trade at large
 * (`analysts said`).
 */

/** Determiners that bring in one person not met before. */
const ONE = new Set(['a', 'an', 'one', 'another']);
/** Determiners that bring in a few people not met before: `two officials`, `several aides`. */
const SOME = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'other']);
/** Possessive determiners: `his aides` are his, and unnamed. */
const OWNERS = new Set(['his', 'her', 'their', 'its']);
/** Words the phrase grammar takes for determiners that only qualify a role: `senior officials`, `top aides`. */
const QUALIFIERS = new Set(['senior', 'top', 'former', 'fellow']);

/** Those who speak for an organisation on the record (`a company spokesman said` is the company speaking), or voice a script (`says a narrator`). */
const NOT_SOURCES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'narrator', 'host', 'anchor', 'moderator']);

/** People who, bare or counted, are sources kept unnamed: `officials said`, `two diplomats said`, `Sources said`. */
const INSIDERS = new Set(['sources', 'officials', 'diplomats', 'aides', 'insiders', 'advisers', 'advisors', 'staffers', 'negotiators', 'people', 'persons']);
/** Insiders said of anyone: they count only with a number (`two people said`) or how they know (`people familiar with the talks`). */
const ANYONE = new Set(['people', 'persons']);

/** A phrase's first word when it determines the phrase (`two`, `the`, `many`); '' when the phrase is bare (`officials`, `senior officials`). */
function determinerOf(tokens: readonly FrameToken[], p: Phrase): string {
  const first = tokens[p.from]!.lower;
  return DETERMINERS.has(first) && !QUALIFIERS.has(first) ? first : '';
}

/** The phrase's head, lower case: its description's head, or a capitalised noun alone (`Sources said`, `Officials said`). */
function headOf(tokens: readonly FrameToken[], p: Phrase): string | null {
  if (p.head !== null) return p.head;
  return p.to - p.from === 1 ? tokens[p.from]!.lower : null;
}

/** Whether a word of the phrase before its head owns it: `Trump's aides`, `the minister's advisers`. */
function isOwned(tokens: readonly FrameToken[], p: Phrase): boolean {
  for (let i = p.from; i < p.to; i++) if (tokens[i]!.possessive) return true;
  return false;
}

/**
 * Whether the phrase brings in a source not named: one person by an indefinite description,
 * or insiders bare, counted or owned. `known` tells that how they know follows the phrase
 * (`familiar with the matter`), which makes `people` a source.
 */
export function isUnnamedSource(tokens: readonly FrameToken[], p: Phrase, known: boolean): boolean {
  if (p.name !== null && p.to - p.from > 1) return false;
  const head = headOf(tokens, p);
  if (head === null) return false;
  const determiner = determinerOf(tokens, p);
  // `one of the officials`, `two of his aides`: some of insiders.
  if ((ONE.has(determiner) || SOME.has(determiner)) && tokens[p.from + 1]?.lower === 'of') return INSIDERS.has(tokens[p.to - 1]!.lower);
  if (kindOfNoun(head) === 'unnamed') return ONE.has(determiner) && !NOT_SOURCES.has(head) && !QUALIFIERS.has(head);
  if (!INSIDERS.has(head)) return false;
  if (ANYONE.has(head) && !SOME.has(determiner) && !known) return false;
  return determiner === '' || SOME.has(determiner) || OWNERS.has(determiner) || isOwned(tokens, p);
}

/** Alternatives of a pattern: the words are letters, hyphens and apostrophes only. */
const anyOf = (words: Iterable<string>): string => [...words].join('|');

/**
 * An insider's noun, or a person's role after `a`, `an`, `one` or `another` and a few words (`a
 * senior Agriculture Department official`). Runs of letters and digits are counted, so a word
 * with a hyphen or a number counts twice: the reach is loose on purpose, as this only decides
 * what is not read further.
 */
const HINT = new RegExp(`\\b(?:${anyOf(INSIDERS)})\\b|\\b(?:${anyOf(ONE)})\\b(?:\\W+\\w+){0,12}?\\W+(?:${anyOf(PERSON_NOUNS)})\\b`, 'i');

/**
 * Whether the span may hold a description of a source not named: an insider's noun, or a
 * person's role a few words after `a`, `an`, `one` or `another`; so that a paragraph that holds
 * none is not read further. A pattern, which V8 runs faster than a lookup of every word.
 */
export const mayHoldUnnamedSource = (text: string, start: number, end: number): boolean => HINT.test(text.slice(start, end));
