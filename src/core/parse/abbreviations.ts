import { isLetterCode, isUpperCode } from '../text/characters';

/** Words that end in a full stop without ending a sentence (AP style, titles, months, states). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp',
  'Det', 'Atty', 'Gens', 'Brig', 'Fr', 'Sr', 'Jr', 'St', 'Ste', 'Mt', 'Ft', 'Inc', 'Corp', 'Co',
  'Ltd', 'Bros', 'No', 'Nos', 'Vol', 'Fig', 'approx', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn',
  'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo',
  'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u; // U.S., a.m.

/** No abbreviation is longer: a longer word without a full stop in it needs no look-up. */
const LONGEST = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** Whether the full stop at `dot` ends an abbreviation (`Gov.`, `U.S.`) or an initial (`John F. Kennedy`), not a sentence. */
export function abbreviationEndsAt(text: string, dot: number, start: number): boolean {
  // The word of letters and full stops before the dot, read one UTF-16 unit at a time; its
  // text is taken only when it may be an abbreviation: every full stop of the copy asks.
  let i = dot;
  let dots = false;
  while (i > start && dot - i < 20) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e) dots = true;
    else if (!isLetterCode(c)) break;
    i--;
  }
  const length = dot - i;
  if (length <= 1) return length === 1 && isUpperCode(text.charCodeAt(i));
  if (!dots && length > LONGEST) return false;
  const word = text.slice(i, dot);
  return ABBREVIATIONS.has(word) || (dots && INITIALISM.test(word));
}
