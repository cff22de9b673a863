// npm run fuzz -- [--minutes N]: the invariants of test/properties/invariants.ts on random
// strings and mutated stories for as long as asked (default 1 minute). A failing input is saved
// under test/fixtures/fuzz/, where the unit tests check it from then on; the run then exits 1.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { anyText, checkText, mutatedStory } = require(join(root, 'out/test/properties/invariants.js'));

const args = process.argv.slice(2);
const minutes = args.includes('--minutes') ? Number(args[args.indexOf('--minutes') + 1]) : 1;
if (!(minutes > 0)) {
  console.error('usage: npm run fuzz -- --minutes N');
  process.exit(2);
}

const fixture = (name) => new TextDecoder().decode(readFileSync(join(root, 'test/fixtures', name)));
const inputs = fc.oneof(anyText, mutatedStory(fixture('tass-lavrov-2017-03-29.txt')), mutatedStory(fixture('anpa.txt')), mutatedStory(fixture('basket.txt')));

const deadline = Date.now() + minutes * 60_000;
let cases = 0;
let rounds = 0;
while (Date.now() < deadline) {
  rounds++;
  const details = fc.check(
    fc.property(inputs, (text) => {
      cases++;
      checkText(text);
    }),
    { numRuns: 1_000_000, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()), seed: Date.now() ^ rounds },
  );
  if (details.failed) {
    const [text] = details.counterexample;
    const name = `${createHash('sha256').update(text).digest('hex').slice(0, 12)}.txt`;
    mkdirSync(join(root, 'test/fixtures/fuzz'), { recursive: true });
    writeFileSync(join(root, 'test/fixtures/fuzz', name), text);
    console.log(`${cases} cases, 1 failure: ${details.errorInstance?.message ?? details.error}`);
    console.log(`saved as test/fixtures/fuzz/${name} (seed ${details.seed})`);
    process.exit(1);
  }
}
console.log(`${cases} cases in ${minutes} minute(s), 0 failures`);
