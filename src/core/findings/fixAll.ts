import { applyEdits, safeFixEdits } from './applyFixes';
import { composeEdits } from './composeEdits';
import type { Edit, Finding } from './finding';

/**
 * The most passes one fix-all makes. A pass can open the way for fixes the pass before could not
 * make: two fixes overlapped and one waited, or a fix changed what a line is (a spaced hyphen
 * made a dash turns a subhead into a lead with a dateline, which then lacks its full stop).
 * Such chains are short, three passes in the longest known; eight leaves room for longer ones
 * and still ends a save soon should two rules ever undo each other's fixes.
 */
export const MAX_FIX_PASSES = 8;

/** What fix-all makes of a text: the text fixed, and the edits that give it, as one list against the text given. */
export interface FixedText {
  text: string;
  edits: Edit[];
}

/**
 * Every safe fix, pass after pass (the safe fixes of an analysis that do not overlap, applied,
 * and the result analysed again) until a pass has none, so that one fix-all leaves nothing for
 * a second. `findings` are the text's; `analyse` gives those of the texts the passes make.
 */
export function fixAll(text: string, findings: readonly Finding[], analyse: (text: string) => readonly Finding[]): FixedText {
  let fixed = text;
  let edits: Edit[] = [];
  let found = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (pass > 0) found = analyse(fixed);
    const passEdits = safeFixEdits(found);
    const next = applyEdits(fixed, passEdits);
    // The same text would give the same fixes again.
    if (next === fixed) break;
    edits = composeEdits(edits, passEdits, next);
    fixed = next;
  }
  return { text: fixed, edits };
}
