// Headless system Chromium driven by playwright-core, closed when the run ends.
import { onCleanup } from './cleanup.mjs';
import { loadPlaywright } from './install.mjs';
import { xdgEnv } from './scratch.mjs';

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Returns a new page (1280x800) in a fresh headless Chromium (executablePath: see findChromium). */
export async function openPage(scratch, executablePath) {
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({
    executablePath,
    args: flags,
    env: { ...process.env, ...xdgEnv(scratch) },
    // The launcher's own signal handling closes the browser as part of its cleanup.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
  });
  onCleanup(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}
