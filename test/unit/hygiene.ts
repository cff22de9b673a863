// Shared by the hygiene rules' case tables: a case is one body paragraph set in a plain story.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/findings/applyFixes';
import type { Finding } from '../../src/core/findings/finding';
import { fixAll as fixAllPasses } from '../../src/core/findings/fixAll';

export const HYGIENE_RULES = [
  'stray-punctuation',
  'doubled-punctuation',
  'spacing',
  'invisible-character',
  'hyphen-as-dash',
  'missing-terminal-punctuation',
  'unbalanced-brackets',
  'quote-style',
];

const HEAD = 'Storm closes schools across northern Scotland\n\nEDINBURGH, Jan 30 (Reuters) - Hundreds of schools were closed on Thursday as the storm arrived.\n\n';
const TAIL = '\n\nThe council said it would review the plans next week.\n';

export function story(paragraph: string): string {
  return HEAD + paragraph + TAIL;
}

export function findingsOf(text: string, rule: string): Finding[] {
  return analyze(text).findings.filter((f) => f.rule === rule);
}

/** The letters and digits of a text, in order: what a safe fix must never touch. */
export const lettersAndDigits = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

/** The text after one fix-all: the safe fixes of every rule, pass after pass. */
export function fixAll(text: string): string {
  return fixAllPasses(text, analyze(text).findings, (t) => analyze(t).findings).text;
}

export interface Case {
  /** The body paragraph. */
  text: string;
  /** The text each finding covers, in order; empty for clean copy. */
  found: string[];
  /** The paragraph after the first fix of each finding. */
  fixed?: string;
  /** Whether that fix may run unattended. */
  safe?: boolean;
}

/** Runs a rule's case table: what it finds in the paragraph, and what its fixes make of it. */
export function caseTable(rule: string, cases: Case[]): void {
  for (const c of cases) {
    it(`${c.found.length ? 'finds' : 'leaves'} ${JSON.stringify(c.text)}`, () => {
      const text = story(c.text);
      const findings = findingsOf(text, rule);
      assert.deepEqual(
        findings.map((f) => text.slice(f.start, f.end)),
        c.found,
      );
      if (c.fixed !== undefined) {
        const fixed = applyEdits(text, findings.flatMap((f) => f.fixes[0]!.edits));
        assert.equal(fixed, story(c.fixed));
      }
      if (c.safe !== undefined) assert.ok(findings.every((f) => f.fixes[0]!.safe === c.safe));
    });
  }
}
