/**
 * Recognisers for lines that are not prose: wire-format headers, notes, trailers and end
 * markers. Each takes a line already trimmed of whitespace and control characters; all are
 * anchored and linear.
 */

/** End-of-story markers on a line of their own; `REUTER` and `==Kyodo` sign off their agencies' copy. */
const END_MARKER = /^(?:\(?(?:END|ENDS|ENDITEM)\)?|REUTER|Reuter|==Kyodo|-+ ?(?:END|ENDS) ?-+|-0-|-30-|# ?# ?#|NNNN)$/;

/** ANPA story number (`a0582`), alone or opening the header line. */
const ANPA_NUMBER = /^[a-z]\d{4}\b/;
/** ANPA header: priority, category, slug with a BC- or similar prefix, date and word count. */
const ANPA_HEADER = /^[fubrdsw]\s+[a-z]{1,3}\s+\S+.*\s\d{2}-\d{2}\s+\d{3,4}$/;
/** ANPA trailer: `^CAP-WF-11-13-13 1509GMT<`. */
const ANPA_TRAILER = /^\^?[A-Z]{2,}(?:-[A-Z0-9]+)*-\d{2}-\d{2}-\d{2}\s+\d{4}\s?(?:GMT|UTC|[ECMP][SD]T)<?$/;
/** IPTC 7901 header: source and sequence, priority, category, word count (`dpa0143 3 wi 412 ...`). */
const IPTC_HEADER = /^[A-Za-z]{2,6}\s?\d{3,4}\s+\d\s+[a-z]{2,3}\s+\d{1,5}\b/;
/** IPTC 7901 time stamp after ETX: `281530 Nov 26`. */
const IPTC_TIMESTAMP = /^\d{6}\s+[A-Z][a-z]{2}\s+\d{2}$/;
/** Staff initials closing an IPTC story: `dpa ks yyzz`. */
const STAFF_INITIALS = /^(?:dpa|afp|apa|sda|ansa|rtr|kna|epd|ap)(?:[ /-][a-z]{1,4}){1,4}$/;
/** AFP and AAP close with the initials of writer and editors, slash-separated: `cv/ach/jm`, `burs-ach/jm`, `AAP dh/jc`. */
const SLASHED_INITIALS = /^(?:AAP )?[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5}){1,3}$/;
/** ANPA notes and headline lines: `^Eds: ...<`, `^By JOHN SMITH=`. */
const ANPA_NOTE = /^\^.*[<=]$/;
/**
 * The opening of an editors' note block (IPTC 7901 and agency copy), not for publication, or of a
 * note to readers that web copy carries apart from the story: a disclaimer, a disclosure, an update.
 */
const EDITORS_NOTE =
  /^(?:notes? to editors|notice to editors|editor(?:s['’]?|['’]s)? notes?|not for publication|disclaimer|disclosure|the (?:views|opinions) expressed|this (?:story|article|report) (?:has been|was) (?:updated|corrected))\b/i;
/** A line of underscores that separates sections in AP copy. */
const RULE_LINE = /^_{3,}$/;

export function isEndMarker(line: string): boolean {
  return END_MARKER.test(line) || ANPA_TRAILER.test(line);
}

export function isWireHeader(line: string): boolean {
  return ANPA_NUMBER.test(line) || ANPA_HEADER.test(line) || IPTC_HEADER.test(line);
}

export function isWireTrailer(line: string): boolean {
  return ANPA_TRAILER.test(line) || IPTC_TIMESTAMP.test(line) || STAFF_INITIALS.test(line) || SLASHED_INITIALS.test(line);
}

export function isAnpaNote(line: string): boolean {
  return ANPA_NOTE.test(line);
}

export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line);
}

export function opensEditorsNote(line: string): boolean {
  return EDITORS_NOTE.test(line);
}
