import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

/** What each bundle may load: the editor's API and a worker thread, for the worker its port, for the CLI the file system and V8's flags. */
const ALLOWED: Record<string, string[]> = {
  'dist/extension.js': ['vscode', 'node:worker_threads'],
  'dist/worker.js': ['node:worker_threads'],
  'dist/cli.js': ['node:fs', 'node:path', 'node:v8'],
};

/** Offline and private: no network, no child processes, no code built from text, no dynamic loading. */
describe('the bundles', () => {
  for (const [file, allowed] of Object.entries(ALLOWED)) {
    const code = readFileSync(join(ROOT, file), 'utf8');

    it(`${file} loads only ${allowed.join(', ')}`, () => {
      const loaded = [...code.matchAll(/\brequire\(([^)]*)\)/g)].map((m) => m[1]!);
      for (const arg of loaded) {
        const name = /^["']([^"']+)["']$/.exec(arg.trim())?.[1];
        assert.ok(name !== undefined, `dynamic require(${arg})`);
        assert.ok(allowed.includes(name), `require("${name}")`);
      }
      assert.doesNotMatch(code, /\bimport\(/, 'dynamic import');
    });

    it(`${file} has no eval, no Function constructor, no network`, () => {
      assert.doesNotMatch(code, /\beval\s*\(|\bnew\s+Function\s*\(/);
      // Network and process modules could only come in through require, checked above.
      assert.doesNotMatch(code, /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bchild_process\b/);
    });
  }
});
