// The worker thread as the extension uses it for large documents (copydesk.workerThreshold):
// how long an edited document's analysis takes to come back, and how long the extension host's
// main thread, which every extension shares, is busy meanwhile: sending the text, and taking
// apart the answer, what changed since the analysis before, and making the moved copies of the rest.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/** Medians over `runs` edits of `text` and `edited` in turn, analysed by `dist/worker.js` in `distDir`. */
export async function measureWorker(root, distDir, text, edited, runs = 8) {
  const outfile = join(root, '.bench', 'offThread.mjs');
  await esbuild.build({ entryPoints: [join(root, 'src', 'vscode', 'offThread.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const { OffThread } = await import(pathToFileURL(outfile).href);
  const { DEFAULT_CONFIG } = await import(pathToFileURL(join(root, '.bench', 'core.mjs')).href);
  const offThread = new OffThread(join(distDir, 'worker.js'));
  try {
    await offThread.analyze('bench', text, DEFAULT_CONFIG);
    const wall = [];
    const busy = [];
    for (let i = 0; i < runs; i++) {
      const before = performance.eventLoopUtilization();
      const t0 = performance.now();
      await offThread.analyze('bench', i % 2 ? text : edited, DEFAULT_CONFIG);
      wall.push(performance.now() - t0);
      busy.push(performance.eventLoopUtilization(before).active);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    return { answerMs: median(wall), hostBusyMs: median(busy), runs };
  } finally {
    offThread.dispose();
  }
}
