// Starts code-server on 127.0.0.1 with throwaway user data, extensions and XDG dirs, in its own
// process group so that stopping it also ends its extension host and other children.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { nodeBin } from './install.mjs';
import { xdgEnv } from './scratch.mjs';
import { waitFor } from './wait.mjs';

const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // else an empty chat bar takes a third of the window
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function dirsIn(scratch) {
  const userData = path.join(scratch, 'user-data');
  const extensions = path.join(scratch, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  return { userData, extensions };
}

function serverEnv(scratch, extra) {
  const env = { ...process.env, ...xdgEnv(scratch), EXTENSIONS_GALLERY: '{}', ...extra };
  // Inside a VS Code terminal these would make code-server talk to that VS Code instead.
  for (const name of Object.keys(env)) if (name.startsWith('VSCODE_')) delete env[name];
  return env;
}

function spawnGroup(entry, args, env, logFile) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(nodeBin, [entry, ...args], { env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const state = { exit: undefined }; // exit code or signal name, once code-server has exited
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve((state.exit = signal ?? code)));
    child.on('error', (err) => resolve((state.exit = err.message)));
  });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // ESRCH: the group is already gone
    }
  };
  const stop = async () => {
    killGroup('SIGTERM');
    await waitFor('code-server to stop', 5000, () => state.exit !== undefined).catch(() => {});
    killGroup('SIGKILL'); // whatever is left of the group, e.g. an extension host that ignored SIGTERM
  };
  onCleanup(stop);
  return { state, exited, stop };
}

const commonArgs = (dirs) => [
  '--user-data-dir', dirs.userData,
  '--extensions-dir', dirs.extensions,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened',
];

const withLog = (logFile, err) => {
  err.message += `\n--- code-server log ---\n${fs.readFileSync(logFile, 'utf8')}`;
  return err;
};

/** Installs a .vsix into the scratch folder's extensions dir (code-server exits when done). */
export async function installExtension(entry, scratch, vsix) {
  const logFile = path.join(scratch, 'code-server.log');
  const { state } = spawnGroup(entry, [...commonArgs(dirsIn(scratch)), '--install-extension', vsix], serverEnv(scratch, {}), logFile);
  await waitFor(`code-server --install-extension ${vsix}`, 60_000, () => state.exit !== undefined).catch((err) => {
    throw withLog(logFile, err);
  });
  if (state.exit !== 0) throw withLog(logFile, new Error(`code-server --install-extension failed (${state.exit})`));
}

/**
 * Starts code-server and resolves once /healthz answers. `args` are extra command-line arguments,
 * `env` extra environment for it and its extension host; `port` defaults to a free one.
 */
export async function startCodeServer(entry, scratch, { args = [], env = {}, port } = {}) {
  port ??= await freePort();
  const logFile = path.join(scratch, 'code-server.log');
  const { state, exited, stop } = spawnGroup(entry, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...commonArgs(dirsIn(scratch)), ...args,
  ], serverEnv(scratch, env), logFile);
  const url = `http://127.0.0.1:${port}`;
  await waitFor('code-server /healthz', 30_000, async () => {
    if (state.exit !== undefined) throw new Error(`code-server exited (${state.exit}) before it was up`);
    return fetch(`${url}/healthz`).then((res) => res.ok, () => false);
  }).catch((err) => {
    throw withLog(logFile, err);
  });
  return { url, port, logFile, exited, stop };
}
