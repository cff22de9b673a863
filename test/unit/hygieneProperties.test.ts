// Properties of every rule's findings and fixes over generated stories and mutated copies of the
// sample. Runs are bounded so the unit suite stays within seconds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyEdits, orderedEdits, safeFixEdits } from '../../src/core/findings/applyFixes';
import { readFixture, SAMPLE } from './fixtures';
import { fixAll, lettersAndDigits } from './hygiene';

/** The characters the hygiene rules care about, weighted towards the defects. */
const NOISE = [' ', '  ', '\u00a0', '\u00a0\u00a0', '\u2009', '\u200b', '\u00ad', '\u0002', '\t', '/', '\\', '|', '-', ' - ', '--', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', '.', '..', '...', ',', ',,', ';', ':', '?', '!', '?.', '…', '\n', '\n\n', '\r\n'];
const WORDS = ['the', 'minister', 'said', 'Lavrov', 'talks', 'and', 'who', 'available', 'take', 'a', 'look', 'US', 'mid-February', 'G-20', '2016', '24/7', 'km/h', 'www.tass.com/', 'U.S.', 'don’t', "it's"];

/** A word with at most one defect after it, as copy carries them: defects between words, not heaps of them. */
const token = fc
  .tuple(fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 3 })), fc.option(fc.constantFrom(...NOISE), { freq: 3 }))
  .map(([word, defect]) => word + (defect ?? ''));
const paragraph = fc.array(token, { minLength: 1, maxLength: 30 }).map((t) => t.join(' '));
const generatedStory = fc
  .array(paragraph, { minLength: 1, maxLength: 6 })
  .map((ps) => `Russian top diplomat says Moscow ready\n\nMOSCOW, March 29. /TASS/. ${ps.join('\n\n')}\n`);

const SAMPLE_TEXT = readFixture(SAMPLE);
/** The sample with characters inserted and deleted at random places. */
const mutatedSample = fc
  .array(fc.tuple(fc.nat({ max: SAMPLE_TEXT.length }), fc.nat({ max: 3 }), fc.constantFrom(...NOISE)), { maxLength: 12 })
  .map((mutations) =>
    applyEdits(
      SAMPLE_TEXT,
      mutations.map(([at, cut, insert]) => ({ start: at, end: Math.min(SAMPLE_TEXT.length, at + cut), text: insert })),
    ),
  );

const stories = fc.oneof(generatedStory, mutatedSample);

/**
 * The places in lettersAndDigits(text) where a word begins after whitespace: whitespace alone
 * between it and the word before (`only`), or whitespace among what lies between.
 */
function wordBreaks(text: string, only: boolean): number[] {
  const out: number[] = [];
  let count = 0;
  let between = '';
  for (const c of text) {
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (count > 0 && (only ? /^\s+$/ : /\s/).test(between)) out.push(count);
      count++;
      between = '';
    } else {
      between += c;
    }
  }
  return out;
}

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) };

describe('hygiene properties', () => {
  it('findings, related spans and edits lie inside the text', () => {
    fc.assert(
      fc.property(stories, (text) => {
        for (const f of analyze(text).findings) {
          for (const span of [f, ...f.related, ...f.fixes.flatMap((x) => x.edits)]) {
            assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${f.rule} ${span.start}-${span.end}`);
          }
        }
      }),
      RUNS,
    );
  });

  it('the edits of a fix never overlap', () => {
    fc.assert(
      fc.property(stories, (text) => {
        for (const f of analyze(text).findings) {
          for (const fix of f.fixes) assert.equal(orderedEdits(fix.edits).length, fix.edits.length, `${f.rule}: ${fix.title}`);
        }
      }),
      RUNS,
    );
  });

  it('one fix-all leaves no safe fix', () => {
    fc.assert(
      fc.property(stories, (text) => {
        assert.deepEqual(safeFixEdits(analyze(fixAll(text)).findings), []);
      }),
      RUNS,
    );
  });

  it('safe fixes never remove or reorder letters or digits', () => {
    fc.assert(
      fc.property(stories, (text) => {
        const letters = lettersAndDigits(text);
        for (const f of analyze(text).findings) {
          for (const fix of f.fixes.filter((x) => x.safe)) {
            assert.equal(lettersAndDigits(applyEdits(text, fix.edits)), letters, `${f.rule}: ${fix.title}`);
          }
        }
        assert.equal(lettersAndDigits(fixAll(text)), letters);
      }),
      RUNS,
    );
  });

  it('safe fixes never join two words', () => {
    fc.assert(
      fc.property(stories, (text) => {
        // Punctuation between words is the punctuation rules' to move: only words parted by whitespace alone are followed.
        const after = new Set(wordBreaks(fixAll(text), false));
        for (const at of wordBreaks(text, true)) assert.ok(after.has(at), `the words around letter ${at} were joined: ${JSON.stringify(text)}`);
      }),
      RUNS,
    );
  });
});
