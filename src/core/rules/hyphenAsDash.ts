import type { DashStyle } from '../config/styleConfig';
import type { Edit } from '../findings/finding';
import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { isBreak, isDigit, isLetter, isLetterOrDigit, isLower } from '../text/characters';
import { proseBlocks } from '../text/proseBlocks';
import { firstFrom, punctuationOf } from '../text/punctuation';
import { oneFix } from './oneFix';

/** The dash each house form writes; AP's is an em dash with a space on each side. */
export const DASHES: Record<DashStyle, string> = { 'spaced-em': ' — ', 'unspaced-em': '—', 'spaced-en': ' – ' };

/**
 * Words that open a clause and never end a two-part compound: `relationship-who dropped`,
 * `cooperation-and then`. Particles (`follow-up`, `sit-in`), `to`, `be`, `it`, `or` and `all`
 * are left out because they do end compounds (`go-to`, `would-be`, `Post-it`, `either-or`, `cure-all`).
 */
const CLAUSE_WORDS = new Set([
  'and', 'but', 'nor', 'yet', 'who', 'whom', 'whose', 'which', 'that', 'then', 'when', 'where', 'while',
  'because', 'although', 'though', 'whether', 'unless', 'until', 'the', 'they', 'we', 'he', 'she', 'you',
  'this', 'these', 'those', 'there',
]);

/** Particles and short words that end real compounds even before an article (`follow-up the next day`). */
const COMPOUND_ENDS = new Set(['up', 'in', 'on', 'off', 'out', 'down', 'by', 'over', 'back', 'away', 'about', 'through', 'to', 'be', 'it', 'all', 'how', 'if']);
const ARTICLES = new Set(['a', 'an', 'the']);
const HYPHEN = 0x2d;

/** The lowercase word of letters that starts at `at`. */
function wordFrom(text: string, at: number, end: number): string {
  let j = at;
  while (j < end && isLetter(text[j])) j++;
  return text.slice(at, j);
}

/**
 * Whether a hyphen joins two words that form no compound: a clause word after it, or a verb
 * taking an object after a long word (`available-take a look`). Only two-part forms count:
 * `rock-and-roll`, `mother-in-law` and `state-of-the-art` are compounds.
 */
function joinsClauses(text: string, at: number, block: Span): boolean {
  let s = at;
  while (s > block.start && isLetter(text[s - 1])) s--;
  const first = text.slice(s, at);
  const second = wordFrom(text, at + 1, block.end);
  const after = at + 1 + second.length;
  const edges = [text[s - 1], text[after]];
  if (!first || !second || edges.some((c) => c !== undefined && (c === '-' || isDigit(c) || c === '\'' || c === '’'))) return false;
  if (!isLower(second[0]) || CLAUSE_WORDS.has(first.toLowerCase())) return false;
  if (CLAUSE_WORDS.has(second)) return first.length >= 3;
  if (first.length < 5 || second.length < 3 || COMPOUND_ENDS.has(second) || /(?:ed|ing|ly|s)$/.test(second)) return false;
  return text[after] === ' ' && ARTICLES.has(wordFrom(text, after + 1, block.end));
}

/** A dash leads into words: a letter, a digit, a quotation or an aside, not other punctuation. */
const opensWords = (c: string | undefined): boolean => isLetterOrDigit(c) || (c !== undefined && '"“‘\'(['.includes(c));

/** The spaces on either side of a dash-like hyphen run, on the same line. */
function widen(text: string, start: number, end: number, block: Span): Span {
  while (start > block.start && text[start - 1] === ' ') start--;
  while (end < block.end && text[end] === ' ') end++;
  return { start, end };
}

function dashReport(text: string, span: Span, block: Span, what: string, dash: string): Report {
  const wide = widen(text, span.start, span.end, block);
  const edit: Edit = { ...wide, text: dash };
  return oneFix(span, `${what} used as a dash`, `Replace with a dash (${dash.trim()})`, [edit], true);
}

export const hyphenAsDash: Rule = {
  meta: {
    id: 'hyphen-as-dash',
    description: 'A hyphen standing for a dash, spaced (`accusations - at least`) or joining two words that form no compound (`relationship-who`).',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories, config }) {
    const dash = DASHES[config.dash];
    const reports: Report[] = [];
    const { hyphens } = punctuationOf(text, stories);
    for (const story of stories) {
      // The lead's block starts after the dateline: its dash (`Berlin (dpa) -`, `(AP) --`) is the agency's form.
      for (const block of proseBlocks(text, story)) {
        for (let k = firstFrom(hyphens, block.start); k < hyphens.length && hyphens[k]! < block.end; k++) {
          const i = hyphens[k]!;
          let j = i;
          while (j < block.end && text.charCodeAt(j) === HYPHEN) j++;
          const prev = text[i - 1];
          const next = text[j];
          // The words on either side, past any spaces: the dash replaces the spaces too.
          const wide = widen(text, i, j, block);
          const wordBefore = wide.start > block.start ? text[wide.start - 1] : undefined;
          const wordAfter = text[wide.end];
          const spaced = prev === ' ' && next === ' ';
          if (j - i === 2 && opensWords(wordAfter) && !isBreak(wordBefore)) {
            reports.push(dashReport(text, { start: i, end: j }, block, 'A double hyphen', dash));
          } else if (j - i === 1 && spaced && !isBreak(wordBefore) && opensWords(wordAfter) && !(isDigit(wordBefore) && isDigit(wordAfter))) {
            reports.push(dashReport(text, { start: i, end: j }, block, 'A spaced hyphen', dash));
          } else if (j - i === 1 && isLetter(prev) && isLetter(next) && joinsClauses(text, i, block)) {
            reports.push(dashReport(text, { start: i, end: j }, block, 'A hyphen', dash));
          }
          // The rest of the run is read.
          while (k + 1 < hyphens.length && hyphens[k + 1]! < j) k++;
        }
      }
    }
    return reports;
  },
};
