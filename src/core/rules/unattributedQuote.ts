import type { Edit, Fix } from '../findings/finding';
import type { Rule } from '../findings/rule';
import type { Person, Quotation } from '../model/quote';

/** Shorter quoted words are scare quotes or terms ("quid pro quo"), not statements. */
export const MIN_STATEMENT_WORDS = 4;
const MAX_SUGGESTIONS = 3;

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

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

/** How a person is named in an attribution: by surname once named in full. */
function shortName(p: Person): string {
  if (p.title === null && p.name.includes(' ') && /^(?:the|a|an) /.test(p.name)) return p.name;
  return p.name.split(' ').pop()!;
}

/** People quoted in the story, nearest quotation first. */
function nearbySpeakers(q: Quotation, quotes: Quotation[], people: Person[]): Person[] {
  const distance = new Map<number, number>();
  for (const other of quotes) {
    if (other.speaker === null) continue;
    const d = Math.abs(other.start - q.start);
    distance.set(other.speaker, Math.min(distance.get(other.speaker) ?? Infinity, d));
  }
  return [...distance.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_SUGGESTIONS)
    .map(([i]) => people[i]!);
}

export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    description: 'A quotation that states something (four words or more) with no speaker and no cue, and not continuing an attributed quotation.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: false,
  },
  check({ text, quotes, people }) {
    return quotes
      .filter((q) => q.speaker === null && !q.continues && words(text.slice(q.inner.start, q.inner.end)) >= MIN_STATEMENT_WORDS)
      .map((q) => {
        const opening = text.slice(q.inner.start, q.inner.end).split(/\s+/).slice(0, 6).join(' ');
        const fixes: Fix[] = nearbySpeakers(q, quotes, people).map((p) => ({
          title: `Attribute to ${p.name}`,
          safe: false,
          edits: attributionEdits(text, q, shortName(p)),
        }));
        fixes.push({ title: 'Attribute to…', safe: false, snippet: true, edits: attributionEdits(text, q, '${1:name}') });
        return {
          start: q.start,
          end: q.end,
          message: `No one is attributed for the quotation "${opening}…": who said it?`,
          related: [],
          fixes,
        };
      });
  },
};
