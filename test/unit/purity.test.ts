import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const NODE_MODULES =
  /\bfrom\s+['"](?:node:)?(?:fs|path|os|child_process|http|https|net|tls|dgram|dns|cluster|worker_threads|process|buffer|crypto|stream|zlib|url|util|vm|readline)(?:\/[\w/]*)?['"]/;
const NODE_GLOBALS = /\b(?:process|Buffer|require|__dirname|__filename|global)\s*[.([]/;

/** The core must run in a browser too: no vscode, no Node-only modules or globals, no eval. */
describe('src/core purity', () => {
  const files = sources(join(ROOT, 'src', 'core'));

  it('has sources to check', () => {
    assert.ok(files.length > 10);
  });

  for (const file of files) {
    const rel = file.slice(ROOT.length + 1);
    it(`${rel} uses neither vscode nor Node-only APIs`, () => {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /\bfrom\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/);
      assert.doesNotMatch(code, NODE_MODULES);
      assert.doesNotMatch(code, NODE_GLOBALS);
      assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(/);
    });
  }
});
