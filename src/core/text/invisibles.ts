import { charSet } from './charScan';

/** What a desk does with an invisible character: a space that should be a normal one, or one to remove. */
export type InvisibleKind = 'space' | 'remove';

export interface Invisible {
  name: string;
  kind: InvisibleKind;
}

const SPACES: Record<number, string> = {
  0xa0: 'no-break space',
  0x1680: 'ogham space mark',
  0x2000: 'en quad',
  0x2001: 'em quad',
  0x2002: 'en space',
  0x2003: 'em space',
  0x2004: 'three-per-em space',
  0x2005: 'four-per-em space',
  0x2006: 'six-per-em space',
  0x2007: 'figure space',
  0x2008: 'punctuation space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
};

const REMOVABLE: Record<number, string> = {
  0xad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte-order mark',
};

/** Names of the control characters wire formats leave behind; others are named by code point only. */
const CONTROLS: Record<number, string> = {
  0x01: 'start of heading',
  0x02: 'start of text',
  0x03: 'end of text',
  0x04: 'end of transmission',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x16: 'synchronous idle',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
};

export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every invisible character, by code unit: an index into INVISIBLES (0 for none), built once. */
const INDEX = new Uint8Array(0x10000);
const INVISIBLES: (Invisible | null)[] = [null];

function define(code: number, invisible: Invisible): void {
  INDEX[code] = INVISIBLES.length;
  INVISIBLES.push(Object.freeze(invisible));
}
for (let code = 0; code <= 0x9f; code++) {
  if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code >= 0x7f) define(code, { name: CONTROLS[code] ?? 'control character', kind: 'remove' });
}
// Later definitions win, in the order the lookups were once made: spaces, removable, controls.
for (const [code, name] of Object.entries(REMOVABLE)) define(Number(code), { name, kind: 'remove' });
for (const [code, name] of Object.entries(SPACES)) define(Number(code), { name, kind: 'space' });

/** Every invisible character, to scan for. */
export const INVISIBLE_CHARS = charSet(INDEX.reduce((chars, index, code) => (index === 0 ? chars : chars + String.fromCharCode(code)), ''));

/**
 * The invisible character a code unit is, or null for a visible one (tab and line breaks are
 * visible layout). Rules ask this of every character, so it is one table lookup; the answer is
 * shared and frozen.
 */
export function invisibleAt(code: number): Invisible | null {
  return INVISIBLES[INDEX[code] ?? 0] ?? null;
}
