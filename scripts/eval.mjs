// `npm run eval -- --polnear DIR | --reuters FILE.sgm --reuters-gold DIR [options]`: measures
// attribution on real copy read from outside the repository (none of it is committed).
//   --polnear DIR       a PolNeAR checkout, its data/train folder, or a folder of text/ and ann/
//                       (train only: dev and test are held out)
//   --reuters FILE.sgm  a Reuters-21578 file (reut2-001.sgm or later; reut2-000.sgm is held out)
//   --reuters-gold FILE the hand annotations of its quoted items (default: eval/reuters-NNN-speakers.json)
//   --feed              analyse the Reuters file as one raw feed, not item by item
//   --show N       examples printed per error group (default 3)
//   --group TEXT   print only the groups whose name holds TEXT
//   --dump FILE    write each gold quote's outcome, a line each, to compare two runs with diff
// Exits 0 when the targets are met, 1 when not, 2 when it cannot run.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './eval/core.mjs';
import { evalPolnear } from './eval/polnear.mjs';
import { evalReutersQuotes } from './eval/reutersQuotes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);

const polnear = value('--polnear');
const reuters = value('--reuters');
const reutersGold = value('--reuters-gold') ?? (reuters && join(root, 'eval', `${basename(reuters).replace(/^reut2-(\d+)\.sgm$/, 'reuters-$1')}-speakers.json`));
if (!polnear && !(reuters && existsSync(reutersGold))) {
  console.error('usage: npm run eval -- --polnear DIR | --reuters FILE.sgm [--reuters-gold FILE] [--feed] [--show N] [--group TEXT] [--dump FILE]');
  process.exit(2);
}
try {
  const analyse = await loadCore(root);
  const dump = value('--dump') ? [] : null;
  const options = { show: Number(value('--show') ?? 3), group: value('--group') ?? null, dump, feed: args.includes('--feed') };
  let ok = true;
  if (polnear) ok = (await evalPolnear(polnear, analyse, options)) && ok;
  if (reuters) ok = (await evalReutersQuotes(reuters, reutersGold, analyse, options)) && ok;
  if (dump) writeFileSync(value('--dump'), `${dump.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`eval: ${e.message}`);
  process.exitCode = 2;
}
