import { isTrimSpace } from '../text/whitespace';

/**
 * Page furniture that web scrapes leave around a story. Matched against a whole line,
 * case-insensitively, after dropping arrows and trailing punctuation.
 */
const PHRASES = new Set([
  'all news',
  'latest news',
  'more news',
  'top stories',
  'news',
  'home',
  'menu',
  'search',
  'skip to content',
  'skip to main content',
  'read more',
  'continue reading',
  'read full article',
  'show more',
  'see also',
  'related',
  'related news',
  'related articles',
  'related stories',
  'most read',
  'most popular',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'tweet',
  'email',
  'print',
  'comments',
  'advertisement',
  'sponsored',
  'sponsored content',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign in',
  'log in',
  'follow us',
  'back to top',
  'accept cookies',
  'accept all cookies',
]);

/** Cookie notices and newsletter pitches come in many wordings; their openings are stable. */
const PREFIXES = /^(?:we use cookies|this (?:web)?site uses cookies|by (?:using|continuing to use) this (?:web)?site|sign up for our|subscribe to our)\b/;

/** Decoration around a phrase: arrows and bullets before it (`» Read more`), and also stops after it (`Related:`). */
const isLeadingDecoration = (c: number): boolean => isTrimSpace(c) || c === 0xbb || c === 0x203a || c === 0x3e || c === 0x2022 || c === 0xb7 || c === 0x7c;
const isTrailingDecoration = (c: number): boolean => isLeadingDecoration(c) || c === 0x3a || c === 0x2e || c === 0x2026;

/** The line without decoration, its spaces collapsed, lower-cased; read by code, as every story's edges are asked. */
export function normaliseResidue(line: string): string {
  let start = 0;
  while (start < line.length && isLeadingDecoration(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isTrailingDecoration(line.charCodeAt(end - 1))) end--;
  return line.slice(start, end).replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a whole line is page furniture; `extra` holds the desk's own phrases, normalised. */
export function isResidue(line: string, extra: ReadonlySet<string> = new Set()): boolean {
  if (line.length > 120) return false;
  const n = normaliseResidue(line);
  return PHRASES.has(n) || extra.has(n) || PREFIXES.test(n);
}
