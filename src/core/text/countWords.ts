/** Words of prose between `from` and `to`: runs of letters and digits, so that `—` or `"` count as none. */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = c > 0x40 && (c < 0x5b || (c > 0x60 && c < 0x7b) || c > 0xbf) ? true : c >= 0x30 && c <= 0x39;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}
