import type { Report, Rule } from '../findings/rule';
import { isBreak, isLetterOrDigit } from '../text/characters';
import { proseBlocks } from '../text/proseBlocks';

const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

/** `1)` and `a)` number a list; `:)` is an emoticon: neither closes a bracket. */
function isListMarkerOrEmoticon(text: string, at: number, start: number): boolean {
  const prev = text[at - 1];
  if (prev === ':' || prev === ';') return true;
  let i = at;
  while (i > start && isLetterOrDigit(text[i - 1]) && at - i < 3) i--;
  return at - i >= 1 && at - i <= 2 && (i === start || isBreak(text[i - 1])) && (at - i === 1 || /^\d+$/.test(text.slice(i, at)));
}

export const unbalancedBrackets: Rule = {
  meta: {
    id: 'unbalanced-brackets',
    description: 'A parenthesis or square bracket with no partner in its paragraph.',
    defaultSeverity: 'warning',
    fixable: false,
    safe: false,
  },
  check({ text, stories }) {
    const reports: Report[] = [];
    for (const block of stories.flatMap(proseBlocks)) {
      // One stack per bracket kind: a stray `]` must not unbalance the parentheses around it.
      const open: Record<string, number[]> = { '(': [], '[': [] };
      for (let i = block.start; i < block.end; i++) {
        const c = text[i]!;
        if (c === '(' || c === '[') open[c]!.push(i);
        const partner = PAIRS[c];
        if (partner === undefined || open[partner]!.pop() !== undefined || isListMarkerOrEmoticon(text, i, block.start)) continue;
        reports.push({ start: i, end: i + 1, message: `"${c}" closes no "${partner}" in this paragraph`, related: [], fixes: [] });
      }
      for (const [c, stack] of Object.entries(open)) {
        for (const at of stack) reports.push({ start: at, end: at + 1, message: `"${c}" is never closed in this paragraph`, related: [], fixes: [] });
      }
    }
    return reports;
  },
};
