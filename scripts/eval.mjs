// `npm run eval -- --polnear DIR | --reuters FILE.sgm | --inject DIR [options]`: measures the
// analysis on real copy read from outside the repository (none of it is committed).
//   --polnear DIR       a PolNeAR checkout, its data/train folder, or a folder of text/ and ann/
//                       (train only: dev and test are held out)
//   --reuters FILE.sgm  a Reuters-21578 file (reut2-001.sgm or later; reut2-000.sgm is held out),
//                       rebuilt as the raw feed: stories, headlines, datelines, bylines and
//                       findings on what is not prose against the SGML's tags; and who said
//                       each quotation, where hand annotations of the file exist
//   --reuters-gold FILE the hand annotations of its quoted items (default: eval/reuters-NNN-speakers.json)
//   --inject DIR        PolNeAR's train articles as clean web news: every rule's findings on
//                       them, and defects injected into them found (near-duplicate paragraphs,
//                       hyphens for dashes)
//   --feed              score the quotations with the Reuters file analysed as one feed, not item by item
//   --show N       examples printed per error group (default 3)
//   --group TEXT   print only the groups whose name holds TEXT
//   --dump FILE    write each gold quote's outcome, a line each, to compare two runs with diff
// Exits 0 when the targets are met, 1 when not, 2 when it cannot run.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './eval/core.mjs';
import { evalPolnear } from './eval/polnear.mjs';
import { evalInjected } from './eval/inject.mjs';
import { evalReutersFeed } from './eval/reutersFeed.mjs';
import { evalReutersQuotes } from './eval/reutersQuotes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);

const polnear = value('--polnear');
const reuters = value('--reuters');
const reutersGold = value('--reuters-gold') ?? (reuters && join(root, 'eval', `${basename(reuters).replace(/^reut2-(\d+)\.sgm$/, 'reuters-$1')}-speakers.json`));
const inject = value('--inject');
if (!polnear && !reuters && !inject) {
  console.error('usage: npm run eval -- --polnear DIR | --reuters FILE.sgm [--reuters-gold FILE] [--feed] | --inject DIR  [--show N] [--group TEXT] [--dump FILE]');
  process.exit(2);
}
try {
  const analyse = await loadCore(root);
  const dump = value('--dump') ? [] : null;
  const options = { show: Number(value('--show') ?? 3), group: value('--group') ?? null, dump, feed: args.includes('--feed') };
  let ok = true;
  if (polnear) ok = (await evalPolnear(polnear, analyse, options)) && ok;
  if (reuters) ok = (await evalReutersFeed(reuters, analyse, options)) && ok;
  if (reuters && existsSync(reutersGold)) ok = (await evalReutersQuotes(reuters, reutersGold, analyse, options)) && ok;
  if (inject) ok = (await evalInjected(inject, analyse, options)) && ok;
  if (dump) writeFileSync(value('--dump'), `${dump.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`eval: ${e.message}`);
  process.exitCode = 2;
}
