import { ROLE_NOUNS } from '../people/vocabulary';

/** Regular-expression sources for the mention that attributes a quotation. */
export const PRONOUN = '(?:[Hh]e|[Ss]he|[Tt]hey|him|her|them)(?![\\p{L}’\'])';

const PLURAL_ROLES = ROLE_NOUNS.filter((r) => /s$/.test(r) || r === 'police');
const roles = (list: string[]): string => list.sort((a, b) => b.length - a.length).join('|');

/** "the Russian top diplomat", "a State Department spokesman", "one Western diplomat": a determiner, up to four words, a role. */
export const DESCRIPTOR = `(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}’'.\\-]+\\s+){0,4}?(?:${roles([...ROLE_NOUNS])})(?![\\p{L}\\-])`;
/** "officials", "U.S. officials", "Police": unnamed sources that need no determiner. */
export const PLURAL = `(?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,3}?(?:${roles(PLURAL_ROLES)}|Police)(?![\\p{L}\\-])`;
/** A name, with titles: "Lavrov", "Mr. Rex Tillerson", "Russian Foreign Minister Sergey Lavrov". */
export const NAME = "\\p{Lu}[\\p{L}\\p{M}’'.\\-]*(?:[\\s\\u00a0]\\p{Lu}[\\p{L}\\p{M}’'.\\-]*){0,5}";

/** Words that end a lower-case title rather than belong to it: "workers and union official Dean Hollis". */
const NOT_TITLE = '(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|that|as|said|says|told)\\s';

/** A name after a lower-case title, AP style: "coach Marcelo Gallardo", "union official Dean Hollis". */
export const TITLED_NAME = `(?:(?!${NOT_TITLE})[\\p{L}\\-’']+\\s+){0,3}?(?:${roles([...ROLE_NOUNS])})\\s+${NAME}`;

export const SOURCE = `(?:${PRONOUN}|${TITLED_NAME}|${DESCRIPTOR}|${PLURAL}|${NAME})`;

const WHOLE_PRONOUN = new RegExp(`^${PRONOUN}$`, 'u');

export function isPronoun(s: string): boolean {
  return WHOLE_PRONOUN.test(s);
}
