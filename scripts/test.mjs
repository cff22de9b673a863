// Runs every suite (unit tests, extension-host tests in a real VS Code, then the UI check on the
// workbench, its screenshots kept out of docs/) and closes with one `N passed, N failed` line
// for all of them together: the line CI counts.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const SUITES = [
  ['unit', ['scripts/run-unit.mjs']],
  ['vscode', ['scripts/vscode/test-vscode.mjs']],
  ['ui', ['scripts/vscode/test-ui.mjs', '--screenshots-to', '.vscode-test/screenshots']],
];
const CLOSING = /^(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/;

function runSuite(name, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let counts = null;
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = CLOSING.exec(line.trim());
      if (!m) return console.log(line);
      counts = { passed: Number(m[1]), failed: Number(m[2]) };
      // Reworded so that only the grand total below has the form CI reads.
      console.log(`${name} suite — ${counts.passed} passed, ${counts.failed} failed`);
    });
    child.on('close', (code) => {
      // A suite that died before reporting counts as one failure.
      if (counts === null) console.log(`${name} suite ended (exit ${code}) without a report`);
      resolve({ passed: counts?.passed ?? 0, failed: counts === null || (code !== 0 && counts.failed === 0) ? (counts?.failed ?? 0) + 1 : counts.failed });
    });
  });
}

let passed = 0;
let failed = 0;
for (const [name, args] of SUITES) {
  const r = await runSuite(name, args);
  passed += r.passed;
  failed += r.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
