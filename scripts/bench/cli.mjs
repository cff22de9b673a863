// The CLI's whole run as a desk meets it: `copydesk analyze --json FILE` in a fresh process
// (start-up, reading, a cold analysis and writing the JSON), on the 1 MB basket and on the
// 1 MB of quote marks, whose time issue 20 holds within 3 times the basket's.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';

/** Median wall times in ms of `runs` runs of `cliJs` on each text, the two files taking turns so that the machine's load falls on both alike. */
export function measureCli(root, cliJs, basket, quoteMarks, runs) {
  const dir = join(root, '.bench', 'cli');
  mkdirSync(dir, { recursive: true });
  const files = { basket: join(dir, 'basket-1mb.txt'), quoteMarks: join(dir, 'quote-marks-1mb.txt') };
  writeFileSync(files.basket, basket);
  writeFileSync(files.quoteMarks, quoteMarks);
  const out = openSync(devNull, 'w');
  const times = { basket: [], quoteMarks: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, file] of Object.entries(files)) {
        const t0 = performance.now();
        const run = spawnSync(process.execPath, [cliJs, 'analyze', '--json', file], { stdio: ['ignore', out, 'ignore'] });
        times[name].push(performance.now() - t0);
        // 1 is the exit status for error findings; anything else means the run did not finish.
        if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk analyze --json ${file} exited with ${run.status ?? run.signal}`);
      }
    }
  } finally {
    closeSync(out);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const basketMs = median(times.basket);
  const quoteMarksMs = median(times.quoteMarks);
  return { basketMs, quoteMarksMs, ratio: quoteMarksMs / basketMs, runs };
}
