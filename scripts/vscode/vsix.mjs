// Builds the .vsix: the production esbuild bundle, packed by @vscode/vsce (on the cached Node 24)
// with .vscodeignore deciding what goes in; then checks its contents and size.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureVsce, nodeBin } from './install.mjs';
import { repoRoot } from './paths.mjs';
import { zipEntries } from './zip-entries.mjs';

const maxBytes = 500 * 1024;
// vsce's own metadata plus what .vscodeignore lets in (vsce renames readme, changelog and licence).
const allowed = new Set([
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/worker.js',
  'extension/syntaxes/wirecopy.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/images/icon.png',
  'extension/schemas/copydesk.schema.json',
]);

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    // No stdin: a vsce question (say, about a missing licence) fails the build instead of hanging it.
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

/** Builds copydesk-<version>.vsix in the repository root and returns its path. */
export async function buildVsix() {
  const vsce = await ensureVsce();
  await run('npm', ['run', 'build', '--', '--production']);
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  await run(nodeBin, [vsce, 'package', '--no-dependencies', '--out', vsix]);

  const entries = zipEntries(vsix);
  const unexpected = entries.filter((e) => !allowed.has(e.name)).map((e) => e.name);
  const missing = [...allowed].filter((name) => !entries.some((e) => e.name === name));
  const bytes = fs.statSync(vsix).size;
  for (const e of entries) console.log(`  ${String(e.size).padStart(8)}  ${e.name}`);
  console.log(`${path.basename(vsix)}: ${(bytes / 1024).toFixed(1)} KB`);
  const problems = [
    ...(unexpected.length ? [`unexpected files: ${unexpected.join(', ')}`] : []),
    ...(missing.length ? [`missing files: ${missing.join(', ')}`] : []),
    ...(bytes >= maxBytes ? [`larger than ${maxBytes / 1024} KB`] : []),
  ];
  if (problems.length) throw new Error(`${path.basename(vsix)}: ${problems.join('; ')}`);
  return vsix;
}
