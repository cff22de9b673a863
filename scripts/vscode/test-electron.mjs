// npm run test:electron — the same extension-host suite (out/test/vscode) in desktop VS Code, via
// @vscode/test-electron. It downloads VS Code from Microsoft into .vscode-test/, so it needs
// internet (and a display: on a headless Linux box run it under xvfb-run). CI uses test:vscode.
// Mocha 12 in the extension host needs require(esm): VS Code with Node >= 22.12 (the current stable).
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { runMain } from './cleanup.mjs';
import { cacheDir, repoRoot, testsEntry } from './paths.mjs';
import { makeScratch } from './scratch.mjs';
import { makeWorkspace } from './workspace.mjs';

runMain(async () => {
  const scratch = makeScratch();
  const workspace = makeWorkspace(scratch);
  try {
    await runTests({
      cachePath: cacheDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsEntry,
      // No results file: the suite reports straight to this console.
      extensionTestsEnv: { COPYDESK_TEST_WORKSPACE: workspace },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(scratch, 'user-data')],
    });
    return 0;
  } catch (err) {
    console.error(`Extension tests failed: ${err.message}`);
    return 1;
  }
});
