// The analysis as the CLI runs it, bundled from src into .eval/ so that `npm run eval` needs no
// compiled tree and analyses every article in one process.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadCore(root) {
  const out = join(root, '.eval');
  mkdirSync(out, { recursive: true });
  const bundle = join(out, 'core.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze } from './src/core/analyze';",
        "export { analysisJson } from './src/core/json/analysisJson';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  const core = await import(`${pathToFileURL(bundle).href}?${Date.now()}`);
  /** The analysis JSON of the contract for one text. */
  return (file, text) => core.analysisJson(file, core.analyze(text));
}
