// Entry point of the extension-host tests, loaded by VS Code through `extensionTestsPath` under
// both launchers (code-server: scripts/vscode/test-vscode.mjs; desktop: scripts/vscode/test-electron.mjs).
// run() resolves when every test passed and rejects otherwise, as VS Code expects.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

interface Results {
  passes: number;
  failures: number;
  tests: TestResult[];
  report: string;
}

function suiteFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

export function run(): Promise<void> {
  // With a results file (code-server launcher) mocha's report goes into it: the launcher prints
  // it. Assigning console.log is ignored in the extension host, so capture at mocha's own hook.
  const resultsFile = process.env.COPYDESK_TEST_RESULTS;
  const report: string[] = [];
  if (resultsFile) Mocha.reporters.Base.consoleLog = (...args: unknown[]) => report.push(format(...args));

  const results: Results = { passes: 0, failures: 0, tests: [], report: '' };
  const save = () => {
    if (!resultsFile) return;
    results.report = report.join('\n');
    fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  };

  // COPYDESK_TEST_GREP runs only the tests whose titles match, while working on one.
  const grep = process.env.COPYDESK_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, failZero: true, ...(grep ? { grep } : {}) });
  return new Promise<void>((resolve, reject) => {
    try {
      for (const file of suiteFiles(path.join(__dirname, 'suite'))) mocha.addFile(file);
      mocha
        .run((failures) => {
          results.failures = failures;
          save();
          if (failures > 0) reject(new Error(`${failures} test(s) failed`));
          else resolve();
        })
        .on('pass', (test) => {
          results.passes++;
          results.tests.push({ title: test.fullTitle(), state: 'passed' });
        })
        .on('fail', (test, err: Error) => {
          results.tests.push({ title: test.fullTitle(), state: 'failed', error: err.stack ?? String(err) });
        });
    } catch (err) {
      // A suite file that fails to load: report it as one failure rather than no result at all.
      results.failures = 1;
      results.tests.push({ title: 'loading the test suite', state: 'failed', error: (err as Error).stack ?? String(err) });
      save();
      reject(err);
    }
  });
}
