import { CharScan, charSet } from './charScan';

/** The opening of a file is enough to tell text from binary data. */
const SAMPLE = 8192;
/** Above this share of control or replacement characters, it is not prose. */
const MAX_NOISE = 0.1;

/** NUL, the control characters no wire format uses, C1 controls and the replacement character. */
const NOISE = charSet(
  Array.from({ length: 0xa0 }, (_, c) => c)
    .filter((c) => (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && !(c >= 1 && c <= 4) && c !== 0x16) || c >= 0x7f)
    .map((c) => String.fromCharCode(c))
    .join('') + '\ufffd',
);

/**
 * Whether a text is binary data or a broken feed rather than copy: a NUL, or too many control
 * characters (beyond the wire format's own SOH, STX, ETX, EOT, SYN) or undecodable bytes.
 */
export function looksLikeBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let noise = 0;
  const scan = new CharScan(NOISE, text, 0, n);
  for (let i = scan.next(0); i < n; i = scan.next(i + 1)) {
    if (text.charCodeAt(i) === 0) return true;
    noise++;
  }
  return n > 0 && noise / n > MAX_NOISE;
}
