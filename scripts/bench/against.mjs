// `npm run bench -- --against REF [--only NAME]`: the quotes-and-people stage of this tree and
// of another commit, timed alternately in one process on the same inputs, so that a shared and
// noisy machine slows both alike. Prints each input's medians and the median of the paired ratios.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const STAGE = [
  "export { parseStories } from './src/core/parse/document';",
  "export { readQuotes } from './src/core/quotes/speakers';",
].join('\n');

async function bundle(dir, outfile) {
  await esbuild.build({ stdin: { contents: STAGE, resolveDir: dir, loader: 'ts' }, bundle: true, platform: 'neutral', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** The stage of `ref`, built from its sources taken out of git into `out`. */
async function stageOf(root, out, ref) {
  const dir = join(out, 'against');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${root}" archive "${ref}" src | tar -x -C "${dir}"`]);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return bundle(dir, join(out, 'against.mjs'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[(s.length >> 1) - 1] + s[s.length >> 1]) / 2;
};

export async function against(root, out, ref, inputs, { rounds, gc }) {
  const ours = await bundle(root, join(out, 'ours.mjs'));
  const theirs = await stageOf(root, out, ref);
  console.log(`quotes and people, this tree against ${ref}, alternately (${rounds} rounds each):`);
  for (const input of inputs) {
    const text = input.make();
    const a = ours.parseStories(text);
    const b = theirs.parseStories(text);
    for (let i = 0; i < 3; i++) {
      ours.readQuotes(text, a);
      theirs.readQuotes(text, b);
    }
    const time = (f) => {
      gc();
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const x = [];
    const y = [];
    const ratios = [];
    for (let i = 0; i < rounds; i++) {
      // Each goes first in every other round.
      const [tx, ty] = i % 2 ? [time(() => ours.readQuotes(text, a)), time(() => theirs.readQuotes(text, b))] : [time(() => theirs.readQuotes(text, b)), time(() => ours.readQuotes(text, a))].reverse();
      x.push(tx);
      y.push(ty);
      ratios.push(tx / ty);
    }
    console.log(`  ${input.name.padEnd(20)} ${median(x).toFixed(2).padStart(9)} ms against ${median(y).toFixed(2).padStart(9)} ms: ${median(ratios).toFixed(3)} × (paired median)`);
  }
}
