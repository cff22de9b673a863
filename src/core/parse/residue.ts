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

const DECORATION = /^[\s»›>•·|]+|[\s»›>•·|:.…]+$/g;

export function normaliseResidue(line: string): string {
  return line.replace(DECORATION, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a whole line is page furniture; `extra` holds the desk's own phrases, normalised. */
export function isResidue(line: string, extra: ReadonlySet<string> = new Set()): boolean {
  if (line.length > 120) return false;
  const n = normaliseResidue(line);
  return PHRASES.has(n) || extra.has(n) || PREFIXES.test(n);
}
