import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { anyText, checkText, mutatedStory } from '../properties/invariants';
import { fixturePath, readFixture, SAMPLE } from './fixtures';

const RUNS = { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 150) };

/** Bounded here; `npm run fuzz -- --minutes N` runs the same properties for as long as asked. */
describe('invariants of the analysis', () => {
  it('hold for any string', () => {
    fc.assert(fc.property(anyText, (text) => checkText(text)), RUNS);
  });

  it('hold for mutations of real-looking stories', function () {
    // About 9 s alone; a shared machine under load took it past mocha's 20 s. It checks the
    // analysis, not its speed.
    this.timeout(120_000);
    const stories = fc.oneof(mutatedStory(readFixture(SAMPLE)), mutatedStory(readFixture('anpa.txt')), mutatedStory(readFixture('basket.txt')));
    fc.assert(fc.property(stories, (text) => checkText(text)), { numRuns: Math.ceil(RUNS.numRuns / 3) });
  });

  // Inputs that once broke an invariant, saved by `npm run fuzz`.
  const saved = existsSync(fixturePath('fuzz')) ? readdirSync(fixturePath('fuzz')).filter((f) => f.endsWith('.txt')) : [];
  for (const name of saved) it(`hold for fuzz/${name}`, () => checkText(readFixture(`fuzz/${name}`)));
});
