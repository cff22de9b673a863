import type { Quotation } from '../model/quote';
import { isTrimSpace } from '../text/whitespace';

/*
 * Quoted words that state nothing: the name of a work, a slogan, a sign, a nickname, a term
 * (`"Game of Thrones"`, `"Yes We Can"`, `a "quid pro quo"`, `the plan, called "Fresh Start"`).
 * They need no speaker, whatever their length.
 */

/** Words that introduce a name rather than a statement: `called "Fresh Start"`, `so-called "poison pill"`. */
const NAMING = new Set([
  'called', 'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'labeled', 'labelled', 'branded', 'termed',
  'so-called', 'slogan', 'motto', 'hashtag', 'headline', 'headlined', 'phrase', 'term', 'word', 'words', 'reading',
  'marked', 'brand', 'name', 'nickname', 'title', 'banner', 'sign', 'signs', 'chant', 'chants', 'chanting', 'dub',
  'label', 'tagline', 'catchphrase',
]);
/** Two words that introduce a name: `known as "the Gang of Eight"`. */
const NAMING_AS = new Set(['known', 'billed', 'referred', 'styled', 'remembered']);

/** Determiners before a quotation that make it a noun phrase: `a "quid pro quo"`, `the "Gang of Eight"`. */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'my', 'your']);

/** Small words a title leaves in lower case: `Game of Thrones`. */
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'la', 'vs', 'is']);

/** The word that ends at `end` (exclusive), lower case, white space before `end` passed over. */
function wordBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && isTrimSpace(text.charCodeAt(e - 1))) e--;
  if (text[e - 1] === ',' || text[e - 1] === ':') e--;
  let s = e;
  while (s > 0 && /[\p{L}\-]/u.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

/** Whether every word of the quoted text that is not a small one starts with a capital: a title or a slogan. */
function isTitleCase(words: string[]): boolean {
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return words.length >= 2 && big.length >= 2 && big.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * A work cited with its author after it, as roundups list articles: `"Ferry fares to rise in
 * May," by the Herald's Ann Holt:`. Capitalised words after `by`, then the end of the clause.
 */
const CITED_BY = /^,?[ \t]*by[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,5}\p{Lu}[\p{L}'’.-]*[ \t]*(?:[:.,;]|$)/u;

/** Whether a quotation names something rather than states it. */
export function isQuotedTerm(text: string, q: Quotation): boolean {
  const before = wordBefore(text, q.start);
  if (NAMING.has(before)) return true;
  if (CITED_BY.test(text.slice(q.end, q.end + 80))) return true;
  if (before === 'as' && NAMING_AS.has(wordBefore(text, text.lastIndexOf('as', q.start)))) return true;
  const inner = text.slice(q.inner.start, q.inner.end);
  const words = inner.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
  // A noun phrase in quotation marks inside a sentence: `a "quid pro quo" arrangement`.
  if (DETERMINERS.has(before) && !/[.!?…]["”’']?$/.test(inner)) return true;
  return isTitleCase(words) && !/[.!?…,;:]$/.test(inner.replace(/["”’']+$/, ''));
}
