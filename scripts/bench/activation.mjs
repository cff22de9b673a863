// The extension's own start-up cost: the production bundles' sizes, and the time to load
// dist/extension.js and run activate() against a stand-in `vscode` module in plain Node.
// VS Code's own work (starting the extension host, reading the manifest) is not in the figure:
// this is the part the extension controls.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../build.mjs';

/**
 * A `vscode` whose every member is callable and constructible and returns another such value;
 * lists the extension iterates at activation are empty. Enough to run activate(), not to analyse.
 */
function stub(names) {
  return `
const EMPTY = new Set(['textDocuments', 'workspaceFolders', 'visibleTextEditors']);
const make = () => new Proxy(function () {}, {
  get: (_t, key) => (typeof key === 'symbol' || key === 'then' ? undefined : EMPTY.has(key) ? [] : make()),
  apply: () => make(),
  construct: () => make(),
  set: () => true,
});
// Real own keys: the bundler copies the module's properties into its namespace object.
module.exports = Object.fromEntries(${JSON.stringify(names)}.map((k) => [k, make()]));
`;
}

/** The members of \`vscode\` the adapter's sources use. */
function vscodeNames(root) {
  const dir = join(root, 'src', 'vscode');
  const names = new Set();
  for (const f of readdirSync(dir)) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bvscode\.(\w+)/g)) names.add(m[1]);
  return [...names].sort();
}

/** Sizes in bytes of the production bundles, and the median and first load-and-activate times in ms. */
export async function measureActivation(root, runs = 20) {
  const dir = join(root, '.bench', 'activation');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules', 'vscode'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'vscode', 'index.js'), stub(vscodeNames(root)));
  await build({ production: true, outdir: join(dir, 'dist') });
  const sizes = Object.fromEntries(
    ['extension.js', 'worker.js', 'cli.js'].map((f) => {
      const file = join(dir, 'dist', f);
      return [f, { bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length }];
    }),
  );
  const require = createRequire(join(dir, 'dist', 'extension.js'));
  const bundle = require.resolve('./extension.js');
  const times = [];
  for (let i = 0; i < runs; i++) {
    delete require.cache[bundle];
    const context = { subscriptions: [], extensionUri: require('vscode').Uri, extensionPath: dir };
    const t0 = performance.now();
    require(bundle).activate(context);
    times.push(performance.now() - t0);
    for (const d of context.subscriptions) d.dispose?.();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { sizes, firstMs: times[0], medianMs: sorted[sorted.length >> 1] };
}
