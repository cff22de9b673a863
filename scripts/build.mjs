// Bundles the extension, its analysis worker and the CLI, each into one file in dist/.
//   node scripts/build.mjs [--production]   (minified, no source maps: what the .vsix ships)
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Builds the three bundles into `outdir`; the bench builds the production ones elsewhere to weigh them. */
export function build({ production = false, outdir = 'dist' } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // jsonc-parser's UMD build requires its parts at run time; its ES module build bundles.
    mainFields: ['module', 'main'],
  };
  return Promise.all([
    esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['src/vscode/worker.ts'], outfile: `${outdir}/worker.js` }),
    esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build({ production: process.argv.includes('--production') });
