/** The opening of a file is enough to tell text from binary data. */
const SAMPLE = 8192;
/** Above this share of control or replacement characters, it is not prose. */
const MAX_NOISE = 0.1;

/**
 * Whether a text is binary data or a broken feed rather than copy: a NUL, or too many control
 * characters (beyond the wire format's own SOH, STX, ETX, EOT, SYN) or undecodable bytes.
 */
export function looksLikeBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let noise = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII, most of any copy, settled in two comparisons.
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0) return true;
    const control = c < 0x20 && c !== 9 && c !== 10 && c !== 13 && !(c >= 1 && c <= 4) && c !== 0x16;
    if (control || c === 0xfffd || (c >= 0x7f && c <= 0x9f)) noise++;
  }
  return n > 0 && noise / n > MAX_NOISE;
}
