import { isLetterCode } from '../text/characters';

/*
 * Old feeds printed a straight double mark where an apostrophe belongs (`OPEC"s`, `don"t`,
 * `we"re`): a conversion defect, not a quotation. Read as a mark, it opens a quotation that
 * swallows the rest of the paragraph and throws the real marks after it out of pairing.
 */

/** What follows an apostrophe inside or at the end of a word: possessive `s` and the contractions. */
const ENDINGS = ['s', 't', 'd', 'm', 'll', 're', 've'];

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** Whether the straight double mark at `at` stands for an apostrophe: a letter before, an ending after, then no letter. */
export function isApostropheMark(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 0x22 || at === 0 || !isLetterCode(text.charCodeAt(at - 1))) return false;
  for (const ending of ENDINGS) {
    const after = at + 1 + ending.length;
    if (after > end) continue;
    let same = true;
    for (let k = 0; k < ending.length && same; k++) same = lower(text.charCodeAt(at + 1 + k)) === ending.charCodeAt(k);
    if (same && (after === end || !isLetterCode(text.charCodeAt(after)))) return true;
  }
  return false;
}
