import type { Dateline } from '../model/story';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `${MONTH} \\d{1,2}(?:, \\d{4})?`;
/** A month as an old feed keys it in any case, `MARCH` and `MArch` too: letter by letter, both cases. */
const MONTH_ANY_CASE = MONTH.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const DATE_ANY_CASE = `${MONTH_ANY_CASE} +\\d{1,2}(?:, \\d{4})?`;
/** `NEW YORK`, `ST. LOUIS`, `WINSTON-SALEM`. */
// Words are joined by single spaces only: a hyphen inside the class and between words would
// let the engine split `AA-AA-AA...` in exponentially many ways.
const CAPS_PLACE = "[A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+)*";
const SHORT_CAPS_PLACE = "[A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,2}";
/** `Berlin`, `Sydney`, `Toronto`: copy that writes places in title case names its agency or dates the line. */
const TITLE_PLACE = "[A-Z][a-zà-ÿ'’\\-]+(?: [A-Z][a-zà-ÿ'’\\-]+){0,2}";
const REGION = `(?!${MONTH}\\b)[A-Z][A-Za-z'’.\\-]+(?: [A-Z][A-Za-z'’.\\-]+){0,2}`;
const SEP = '(?:—|–|--|-|_)(?=\\s|$)';
const BARE_AGENCY = 'Kyodo|AAP|dpa|AFP|Reuters|Xinhua|PTI|IANS|Yonhap|ANSA|EFE|UPI|AP';

function placePart(place: string): string {
  // Grouped, so that the region follows either kind of place, not only the last alternative.
  return `(?<place>(?:${place})(?:, ${REGION})?)`;
}

/** Tried in order; each is anchored at the paragraph start and cannot backtrack far. */
const PATTERNS: RegExp[] = [
  // TASS: MOSCOW, March 29. /TASS/.
  new RegExp(`^${placePart(`${CAPS_PLACE}|${TITLE_PLACE}`)}(?:, (?<date>${DATE}))?\\.? ?/(?<agency>[A-Za-z][A-Za-z\\- ]{0,20})/\\.?`),
  // AP, Reuters, AFP, dpa: NEW YORK (AP) — / LONDON, Jan 30 (Reuters) - / Berlin (dpa) -
  new RegExp(`^${placePart(`${CAPS_PLACE}|${TITLE_PLACE}`)}(?:, (?<date>${DATE}))? \\((?<agency>[A-Za-z][A-Za-z.\\- ]{0,20})\\) ?${SEP}`),
  // Reuters without a place: Jan 30 (Reuters) -
  new RegExp(`^(?<date>${DATE}) \\((?<agency>[A-Za-z][A-Za-z.\\- ]{0,20})\\) ?${SEP}`),
  // Kyodo, AAP: SAITAMA, Japan, Dec. 9 Kyodo - / Sydney, July 30 AAP -
  new RegExp(`^${placePart(`${CAPS_PLACE}|${TITLE_PLACE}`)}(?:, (?<date>${DATE}))? (?<agency>${BARE_AGENCY}) ${SEP}`),
  // No agency, with a date, as Reuters keyed it in 1987: SALVADOR, Feb 26 - / Toronto, March 2 -
  // / ANGLETON, Tex. March 3 - / INDIANAPOLIS, IND., March 4- / LONDON, MARCH 3 -.
  // Keying slips of the time kept: `ATLANTA , March 3 -`, `CHICAGO, March 4, -`, `DETROIT, March 4 -General`.
  new RegExp(`^${placePart(`${CAPS_PLACE}|${TITLE_PLACE}`)}(?: ?,|(?<=\\.)) (?<date>${DATE_ANY_CASE}),? ?(?:—|–|--|-|_)(?=\\s|$|[A-Z])`),
  // No agency, no date, a place in capitals with its state: WOODBRIDGE, N.J. -
  // The state in title case or initials, so that a headline in capitals is no place.
  new RegExp(`^(?<place>(?:${CAPS_PLACE}), (?:[A-Z][a-z]+\\.?|(?:[A-Z]\\.){2,3})) ${SEP}`),
  // No agency, no date, capitals only: WASHINGTON —. Only a real dash will do, or `NOTE - see
  // below` would be a dateline.
  // At most three words: a headline in capitals that names its source after a double hyphen
  // (`PERU SUGAR HARVEST SEEN LOWER -- USDA`) is no place.
  new RegExp(`^${placePart(SHORT_CAPS_PLACE)} (?:—|--)(?=\\s|$)`),
  // A web feed that turned the dash into a hyphen: CLEVELAND - The party ... . Only before a
  // sentence that goes on, so that a short headline in capitals (`FED SETS RATE - OFFICIAL`) is none.
  new RegExp(`^${placePart(SHORT_CAPS_PLACE)} -(?= [A-Z][^\\n]{40})`),
];

/** Capitalised labels that open copy with a dash but are no place: `BREAKING — Quake hits`. */
const LABELS = new Set([
  'ANALYSIS', 'BREAKING', 'BULLETIN', 'COMMENT', 'CORRECTED', 'CORRECTION', 'EXCLUSIVE', 'FACTBOX',
  'FLASH', 'LIVE', 'NOTE', 'OPINION', 'PHOTOS', 'UPDATE', 'UPDATED', 'URGENT', 'VIDEO', 'WATCH',
]);

/** Datelines are short; no need to look further into a paragraph. */
const MAX_DATELINE = 120;

/**
 * What every pattern needs: a capital first (a place or a month), then a slash, a bracket, a
 * dash or an underscore. Most paragraphs lack one or the other, and the patterns cost far more.
 */
function mayOpenDateline(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!(first >= 0x41 && first <= 0x5a)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x28 || c === 0x2d || c === 0x5f || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

/** The dateline at `start` in `text`, if the paragraph opens with one. */
export function matchDateline(text: string, start: number, end: number): Dateline | null {
  // Reuters marked an item's priority with asterisks before its dateline: `****LONDON, March 5 -`.
  let from = start;
  while (from < end && text.charCodeAt(from) === 0x2a) from++;
  if (!mayOpenDateline(text, from, Math.min(end, from + MAX_DATELINE))) return null;
  const head = text.slice(from, Math.min(end, from + MAX_DATELINE));
  for (const pattern of PATTERNS) {
    const m = pattern.exec(head);
    if (!m) continue;
    const g = m.groups ?? {};
    if (g['agency'] === undefined && LABELS.has(g['place'] ?? '')) continue;
    return {
      start,
      end: from + m[0].length,
      text: text.slice(start, from + m[0].length),
      place: g['place'] ?? null,
      date: g['date'] ?? null,
      agency: g['agency']?.trim() ?? null,
    };
  }
  return null;
}
