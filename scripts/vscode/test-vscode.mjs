// npm run test:vscode — runs the extension-host test suite (out/test/vscode) inside a real VS Code:
// code-server from the .vscode-test/ cache, driven by headless Chromium. Expects
// `npm run build && npm run compile-tests` to have run. Ends with one line `N passed, N failed`
// and exits non-zero on any failure or timeout.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { openPage } from './browser.mjs';
import { runMain } from './cleanup.mjs';
import { startCodeServer } from './code-server.mjs';
import { ensureCodeServer, findChromium } from './install.mjs';
import { extensionBundle, repoRoot, testsEntry } from './paths.mjs';
import { makeScratch } from './scratch.mjs';
import { waitFor } from './wait.mjs';
import { makeWorkspace } from './workspace.mjs';

const timeoutSeconds = Number(process.env.COPYDESK_TEST_TIMEOUT ?? 300);
const verbose = Boolean(process.env.COPYDESK_VERBOSE);

function payloadUrl(server, workspace) {
  const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  return `${server.url}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) })}`;
}

runMain(async () => {
  for (const file of [extensionBundle, testsEntry]) {
    if (!fs.existsSync(file)) {
      console.error(`${path.relative(repoRoot, file)} is missing: run \`npm run build && npm run compile-tests\` first.`);
      return 2;
    }
  }
  const chromium = findChromium();
  const entry = await ensureCodeServer();
  const started = Date.now();
  const scratch = makeScratch();
  const workspace = makeWorkspace(scratch);
  const resultsFile = path.join(scratch, 'results.json');
  const server = await startCodeServer(entry, scratch, {
    // Without the smoke-test driver a built workbench ignores the payload's test parameters.
    args: ['--vscode-option', 'enable-smoke-test-driver'],
    env: { COPYDESK_TEST_WORKSPACE: workspace, COPYDESK_TEST_RESULTS: resultsFile },
  });

  const page = await openPage(scratch, chromium);
  const hostLog = [];
  let exitCode;
  // The workbench calls these; they must exist before the page loads.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    hostLog.push(`[${type}] ${line}`);
    if (verbose) console.log(`[extension host ${type}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
  });
  await page.goto(payloadUrl(server, workspace));

  let timedOut = false;
  await waitFor('the test run to end', timeoutSeconds * 1000 - (Date.now() - started), () => exitCode !== undefined)
    .catch(() => {
      timedOut = true;
      console.error(`Timed out: the run took longer than ${timeoutSeconds} s (COPYDESK_TEST_TIMEOUT).`);
    });

  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
  if (results) console.log(results.report);
  if (!verbose && (!results || timedOut || exitCode !== 0)) {
    // A failure the report may not explain: show the extension host's warnings and errors.
    const problems = hostLog.filter((line) => !line.startsWith('[info]') && !line.startsWith('[log]'));
    console.error(`--- extension host warnings and errors ---\n${problems.join('\n') || '(none)'}`);
  }
  if (!results) console.error('The test suite produced no results: it failed to load or did not finish.');
  const passed = results?.passes ?? 0;
  const failed = results?.failures || (exitCode === 0 && !timedOut ? 0 : 1);
  console.log(`${passed} passed, ${failed} failed`);
  if (verbose) console.log(`(run took ${Math.round((Date.now() - started) / 1000)} s)`);
  return failed === 0 && exitCode === 0 && !timedOut ? 0 : 1;
});
