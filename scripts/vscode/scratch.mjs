// A throwaway folder for one run (code-server's user data, extensions, XDG dirs, the workspace),
// removed when the run ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup } from './cleanup.mjs';

export function makeScratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-'));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** XDG_* dirs inside the scratch folder, so neither code-server nor Chromium writes into $HOME. */
export function xdgEnv(scratch) {
  const env = {
    XDG_CONFIG_HOME: path.join(scratch, 'xdg/config'),
    XDG_DATA_HOME: path.join(scratch, 'xdg/data'),
    XDG_CACHE_HOME: path.join(scratch, 'xdg/cache'),
  };
  for (const dir of Object.values(env)) fs.mkdirSync(dir, { recursive: true });
  return env;
}
