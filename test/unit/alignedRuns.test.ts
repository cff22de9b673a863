import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALIGNED_RUN, AlignedRuns } from '../../src/core/rules/repetition/alignedRuns';

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 40) * 25 };

/** The recurrence over every cell, each taking every run length that ends there: what the sparse alignment must give. */
function cellByCell(a: number[], b: number[]): number {
  const k = ALIGNED_RUN;
  const w = b.length + 1;
  const best = new Int32Array((a.length + 1) * w);
  const common = new Int32Array((a.length + 1) * w);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const x = i * w + j;
      common[x] = a[i - 1] === b[j - 1] ? common[x - w - 1]! + 1 : 0;
      let most = Math.max(best[x - w]!, best[x - 1]!);
      for (let l = k; l <= common[x]!; l++) most = Math.max(most, best[x - l * w - l]! + l);
      best[x] = most;
    }
  }
  return best[a.length * w + b.length]!;
}

/** The two sequences as one id array, after a few other ids, as paragraphs lie in a word table. */
function aligned(a: number[], b: number[], before = 2): { runs: AlignedRuns; words: number; list: number[][] } {
  const id = new Int32Array([...Array<number>(before).fill(-1), ...a, -2, ...b]);
  const runs = new AlignedRuns();
  const words = runs.align(id, before, a.length, before + a.length + 1, b.length);
  const list = Array.from({ length: runs.count }, (_, r) => [runs.at[r]!, runs.from[r]!, runs.length[r]!]);
  return { runs, words, list };
}

const ids = (s: string): number[] => s.split(' ').map((w) => w.charCodeAt(0));

describe('aligned runs', () => {
  it('counts runs of three words or more in order, a word changed, dropped or doubled between them costing only itself', () => {
    // "d" changed to "x", "h" dropped, "k" doubled: runs "a b c", "e f g", "i j k" and "l m n".
    const { words, list } = aligned(ids('a b c d e f g h i j k l m n'), ids('a b c x e f g i j k k l m n'));
    assert.equal(words, 12);
    assert.deepEqual(list, [
      [0, 0, 3],
      [4, 4, 3],
      [8, 7, 3],
      [11, 11, 3],
    ]);
  });

  it('leaves runs of two words, and runs out of order', () => {
    assert.equal(aligned(ids('a b x c d y e f'), ids('a b z c d w e f')).words, 0);
    // "d e f" comes before "a b c" in the second: one of the two lines up.
    assert.equal(aligned(ids('a b c d e f'), ids('d e f a b c')).words, 3);
  });

  it('gives what the recurrence over every cell gives, with runs that hold it', () => {
    const word = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 24 }), fc.array(word, { maxLength: 24 }), fc.nat(3), (a, b, before) => {
        const { words, list } = aligned(a, b, before);
        assert.equal(words, cellByCell(a, b));
        let atEnd = 0;
        let fromEnd = 0;
        for (const [at, from, length] of list) {
          assert.ok(length! >= ALIGNED_RUN && at! >= atEnd && from! >= fromEnd, 'runs of three or more, in order in both');
          assert.deepEqual(a.slice(at, at! + length!), b.slice(from, from! + length!));
          atEnd = at! + length!;
          fromEnd = from! + length!;
        }
        assert.equal(
          list.reduce((n, r) => n + r[2]!, 0),
          words,
        );
      }),
      RUNS,
    );
  });
});
