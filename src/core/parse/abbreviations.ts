/** Words that end in a full stop without ending a sentence (AP style, titles, months, states). */
export const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp',
  'Det', 'Atty', 'Gens', 'Brig', 'Fr', 'Sr', 'Jr', 'St', 'Ste', 'Mt', 'Ft', 'Inc', 'Corp', 'Co',
  'Ltd', 'Bros', 'No', 'Nos', 'Vol', 'Fig', 'approx', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn',
  'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo',
  'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

const LETTER_OR_DOT = /[\p{L}.]/u;
const CAPITAL = /\p{Lu}/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u; // U.S., a.m.

/** A letter or a full stop, as the pattern reads one UTF-16 unit: ASCII at once, the rest by category. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_OR_DOT.test(text[i]!);
}

/** Whether the full stop at `dot` ends an abbreviation (`Gov.`, `U.S.`) or an initial (`John F. Kennedy`), not a sentence. */
export function abbreviationEndsAt(text: string, dot: number, start: number): boolean {
  let i = dot;
  while (i > start && dot - i < 20 && isLetterOrDot(text, i - 1)) i--;
  const word = text.slice(i, dot);
  if (word.length === 1) return CAPITAL.test(word);
  return ABBREVIATIONS.has(word) || INITIALISM.test(word);
}
