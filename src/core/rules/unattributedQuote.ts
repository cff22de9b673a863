import type { Edit, Fix } from '../findings/finding';
import type { Report, Rule } from '../findings/rule';
import type { Person, Quotation } from '../model/quote';
import { isLetterOrDigitCode } from '../text/characters';
import { isTrimSpace } from '../text/whitespace';
import { isQuotedTerm } from '../quotes/terms';

const MAX_SUGGESTIONS = 3;

/** A source in brackets right after the quotation, as digests cite the outlet they quote: `"..." [CNBC.]`. */
const CITED = /^[ \t]*\[\p{Lu}[^\]\n]{0,60}\]/u;
const isCited = (text: string, q: Quotation): boolean => CITED.test(text.slice(q.end, q.end + 70));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** A letter or digit at `i`, by its code point: a table for the basic plane, the pattern in place for the rest. */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterOrDigitCode(c);
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text);
}

/**
 * Whether the span holds at least `min` words, a word being a run without white space that has
 * a letter or digit. Counted in place and stopped at `min`: a file of quote marks has hundreds
 * of thousands of quotations, and a split of each made most of this rule's time.
 */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let count = 0;
  let counted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isTrimSpace(c)) counted = false;
    else if (!counted && isLetterOrDigitAt(text, i)) {
      counted = true;
      if (++count >= min) return true;
    }
  }
  return count >= min;
}

/**
 * The edits that attribute a quotation in house form: `"...problems," Lavrov said.` The full
 * stop that closes the quotation becomes a comma and the attribution follows the closing mark.
 */
function attributionEdits(text: string, q: Quotation, name: string): Edit[] {
  const last = text[q.inner.end - 1];
  const mark = q.end;
  if (last === '.') return [{ start: q.inner.end - 1, end: q.inner.end, text: ',' }, { start: mark, end: mark, text: ` ${name} said.` }];
  if (last === '?' || last === '!') return [{ start: mark, end: mark, text: ` ${name} said.` }];
  return [{ start: mark, end: mark, text: `, ${name} said,` }];
}

/** How a source is named in an attribution: a person by surname once named in full; an organisation, group or document whole (`the bank`, `Halvorsen Foods`). */
function shortName(p: Person): string {
  if (p.kind !== 'person') return p.name;
  return p.name.split(' ').pop()!;
}

/** Quotations further than this from an unattributed one are not "nearby"; it also keeps the search linear. */
const NEARBY_QUOTES = 100;

/** People quoted nearby, nearest quotation first, walking out from the quotation's place in the list. */
function nearbySpeakers(index: number, quotes: Quotation[], people: Person[]): Person[] {
  const q = quotes[index]!;
  const found: number[] = [];
  let left = index - 1;
  let right = index + 1;
  for (let step = 0; step < NEARBY_QUOTES && found.length < MAX_SUGGESTIONS && (left >= 0 || right < quotes.length); step++) {
    const l = quotes[left];
    const r = quotes[right];
    const takeLeft = r === undefined || (l !== undefined && q.start - l.start <= r.start - q.start);
    const other = takeLeft ? l! : r!;
    if (takeLeft) left--;
    else right++;
    if (other.speaker !== null && !found.includes(other.speaker)) found.push(other.speaker);
  }
  return found.map((i) => people[i]!);
}

export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    description: 'A quotation that states something (four words or more, not a quoted title, name or term) with no source in its sentence, the sentence before, or its paragraph, and not continuing an attributed quotation.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
    scope: 'story',
  },
  check({ text, quotes, people, config }) {
    // Shorter quoted words are scare quotes or terms ("quid pro quo"), not statements.
    const reports: Report[] = [];
    quotes.forEach((q, index) => {
      if (q.speaker !== null || q.source !== null || q.continues || !hasWords(text, q.inner.start, q.inner.end, config.minQuoteWords) || isQuotedTerm(text, q) || isCited(text, q)) return;
      const opening = text.slice(q.inner.start, q.inner.end).split(/\s+/).slice(0, 6).join(' ');
      const fixes: Fix[] = nearbySpeakers(index, quotes, people).map((p) => ({
        title: `Attribute to ${p.name}`,
        safe: false,
        edits: attributionEdits(text, q, shortName(p)),
      }));
      fixes.push({ title: 'Attribute to…', safe: false, snippet: true, edits: attributionEdits(text, q, '${1:name}') });
      reports.push({ start: q.start, end: q.end, message: `No one is attributed for the quotation "${opening}…": who said it?`, related: [], fixes });
    });
    return reports;
  },
};
