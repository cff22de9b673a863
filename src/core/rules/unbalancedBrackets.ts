import type { Report, Rule } from '../findings/rule';
import { isBreakCode, isLetterOrDigitCode } from '../text/characters';
import { proseBlocks } from '../text/proseBlocks';
import { firstFrom, punctuationOf } from '../text/punctuation';

const OPEN_ROUND = 0x28;
const CLOSE_ROUND = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;

/** `1)` and `a)` number a list; `:)` is an emoticon: neither closes a bracket. */
function isListMarkerOrEmoticon(text: string, at: number, start: number): boolean {
  const prev = text.charCodeAt(at - 1);
  if (prev === 0x3a || prev === 0x3b) return true;
  let i = at;
  while (i > start && isLetterOrDigitCode(text.charCodeAt(i - 1)) && at - i < 3) i--;
  return at - i >= 1 && at - i <= 2 && (i === start || isBreakCode(text.charCodeAt(i - 1))) && (at - i === 1 || /^\d+$/.test(text.slice(i, at)));
}

function unclosed(c: string, partner: string, at: number): Report {
  return { start: at, end: at + 1, message: `"${c}" closes no "${partner}" in this paragraph`, related: [], fixes: [] };
}
function neverClosed(c: string, at: number): Report {
  return { start: at, end: at + 1, message: `"${c}" is never closed in this paragraph`, related: [], fixes: [] };
}

export const unbalancedBrackets: Rule = {
  meta: {
    id: 'unbalanced-brackets',
    description: 'A parenthesis or square bracket with no partner in its paragraph.',
    defaultSeverity: 'warning',
    fixable: false,
    safe: false,
    scope: 'story',
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    const { brackets } = punctuationOf(text, stories);
    for (const block of stories.flatMap((s) => proseBlocks(text, s))) {
      // One stack per bracket kind: a stray `]` must not unbalance the parentheses around it.
      const round: number[] = [];
      const square: number[] = [];
      for (let k = firstFrom(brackets, block.start); k < brackets.length && brackets[k]! < block.end; k++) {
        const i = brackets[k]!;
        const c = text.charCodeAt(i);
        if (c === OPEN_ROUND) round.push(i);
        else if (c === OPEN_SQUARE) square.push(i);
        else if (c === CLOSE_ROUND) {
          if (round.pop() === undefined && !isListMarkerOrEmoticon(text, i, block.start)) reports.push(unclosed(')', '(', i));
        } else if (c === CLOSE_SQUARE) {
          if (square.pop() === undefined && !isListMarkerOrEmoticon(text, i, block.start)) reports.push(unclosed(']', '[', i));
        }
      }
      for (const at of round) reports.push(neverClosed('(', at));
      for (const at of square) reports.push(neverClosed('[', at));
    }
    return reports;
  },
};
