import type { Report, Rule } from '../findings/rule';
import type { Span } from '../model/span';
import { isApostropheMark } from '../quotes/apostropheMark';
import { isLetterCode } from '../text/characters';
import { proseBlocks } from '../text/proseBlocks';
import { oneFix } from './oneFix';

const STRAIGHT = "'";
const CURLY = '’';

/** The apostrophe the story writes between letters (`Russia’s`, `don't`): the more common of the two, straight when neither. */
function storyApostrophe(text: string, blocks: readonly Span[]): string {
  let straight = 0;
  let curly = 0;
  for (const { start, end } of blocks) {
    for (let i = start + 1; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1))) {
        if (c === 0x27) straight++;
        else curly++;
      }
    }
  }
  return curly > straight ? CURLY : STRAIGHT;
}

/** The word the mark sits in (`OPEC"s`), to name it in the message; words are short, so a few letters either side. */
function wordAround(text: string, at: number, block: Span): string {
  let start = at;
  let end = at + 1;
  while (start > block.start && at - start < 30 && isLetterCode(text.charCodeAt(start - 1))) start--;
  while (end < block.end && end - at < 4 && isLetterCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

export const quoteForApostrophe: Rule = {
  meta: {
    id: 'quote-for-apostrophe',
    description: 'A straight double quote mark printed where an apostrophe belongs (OPEC"s, don"t), a conversion defect of old feeds.',
    defaultSeverity: 'warning',
    fixable: true,
    safe: true,
    scope: 'story',
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    for (const story of stories) {
      const blocks = proseBlocks(text, story);
      let apostrophe: string | null = null;
      for (const block of blocks) {
        for (let i = text.indexOf('"', block.start); i >= 0 && i < block.end; i = text.indexOf('"', i + 1)) {
          if (!isApostropheMark(text, i, block.end)) continue;
          apostrophe ??= storyApostrophe(text, blocks);
          reports.push(oneFix({ start: i, end: i + 1 }, `A double quote mark stands for an apostrophe in "${wordAround(text, i, block)}"`, `Replace with ${apostrophe}`, [{ start: i, end: i + 1, text: apostrophe }], true));
        }
      }
    }
    return reports;
  },
};
