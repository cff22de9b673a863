/**
 * Double quotation marks as they open and close. Straight marks and ANPA's `` '' pairs are
 * resolved by position by the caller; single marks are left out, since they are mostly apostrophes.
 */
export const OPENING = new Set(['“', '«', '„']);
export const CLOSING = new Set(['”', '»']);
export const STRAIGHT = '"';
