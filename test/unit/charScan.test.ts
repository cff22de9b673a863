import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CharScan, charSet, matchesAt, type ScanSet } from '../../src/core/text/charScan';
import { SLIP_STOPS } from '../../src/core/text/spacingSlips';

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) * 5 };

/** The answer of a loop over every character: what the scan must give. */
function naiveNext(set: ScanSet, text: string, from: number, to: number, at: number): number {
  for (let i = Math.max(at, from); i < to; i++) if (matchesAt(set, text, i, to)) return i;
  return to;
}

/** Every offset the set's pattern alone finds in the span. */
function patternHits(set: ScanSet, text: string, from: number, to: number): number[] {
  const span = text.slice(from, to);
  const hits: number[] = [];
  set.pattern.lastIndex = 0;
  while (set.pattern.test(span)) hits.push(from + set.pattern.lastIndex - 1);
  return hits;
}

/** Texts with the characters the scans look for, in runs long enough for the pattern to be run. */
const texts = fc.array(fc.constantFrom('a', 'word', 'x'.repeat(12), ' ', '  ', '\u00a0', '.', ',', '"', '“', '\n', '\r\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
const sets: [string, ScanSet][] = [
  ['stops', charSet('.')],
  ['marks', charSet('"“”')],
  ['breaks', charSet('\n\r')],
  ['spacing slips', SLIP_STOPS],
];

describe('CharScan', () => {
  const text = 'He said: "No." Then “yes”. And then he left the room without another word.';

  it('finds the characters of the set in order, and the span’s end after the last', () => {
    const scan = new CharScan(charSet('"“”'), text);
    const found: number[] = [];
    for (let i = scan.next(0); i < text.length; i = scan.next(i + 1)) found.push(i);
    assert.deepEqual(found, [9, 13, 20, 24]);
    assert.equal(scan.next(25), text.length);
  });

  it('never reads past its span, and answers from its start when asked before it', () => {
    const scan = new CharScan(charSet('"'), text, 10, 13);
    assert.equal(scan.next(10), 13, 'the closing mark at 13 lies outside the span');
    assert.equal(scan.next(0), 13);
    assert.equal(new CharScan(charSet('"'), text, 10, 14).next(0), 13);
    assert.equal(new CharScan(charSet('.'), text, 26, 60).next(27), 60, 'the full stop at 73 lies outside the span');
  });

  it('answers a question behind the last one by reading again', () => {
    const scan = new CharScan(charSet('.'), text);
    assert.equal(scan.next(13), 25);
    assert.equal(scan.next(26), 73);
    assert.equal(scan.next(0), 12);
  });

  it('covers its spans whatever their order, and nothing when there are none', () => {
    const scan = CharScan.across(charSet('"'), text, [{ start: 20, end: 26 }, { start: 5, end: 12 }]);
    assert.equal(scan.next(0), 9);
    assert.equal(scan.next(10), 13);
    assert.equal(scan.next(25), 26);
    assert.equal(CharScan.across(charSet('"'), text, []).next(0), 0);
  });

  it('lets a lookahead see no further than the span', () => {
    const padded = `${'a'.repeat(20)} , b`;
    assert.equal(new CharScan(SLIP_STOPS, padded, 0, 23).next(0), 20);
    assert.equal(new CharScan(SLIP_STOPS, padded, 0, 21).next(0), 21);
  });

  for (const [name, set] of sets) {
    it(`finds with its pattern what its test finds character by character: ${name}`, () => {
      fc.assert(
        fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          const oneByOne: number[] = [];
          for (let i = from; i < to; i++) if (matchesAt(set, text, i, to)) oneByOne.push(i);
          assert.deepEqual(patternHits(set, text, from, to), oneByOne, JSON.stringify(text.slice(from, to)));
        }),
        RUNS,
      );
    });
  }

  it('gives what a loop over every character gives, for any span and offsets asked in any order', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...sets), fc.nat(), fc.nat(), fc.array(fc.nat({ max: 300 }), { maxLength: 12 }), (text, [, set], a, b, asked) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const scan = new CharScan(set, text, from, to);
        for (const at of asked) assert.equal(scan.next(at), naiveNext(set, text, from, to, at), `${JSON.stringify(text)} ${from}-${to} at ${at}`);
      }),
      RUNS,
    );
  });
});
