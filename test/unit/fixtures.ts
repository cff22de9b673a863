import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: tests run from `out/test/unit`, so walk up to the manifest rather than count levels. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = repoRoot();

/** The real TASS story from shared/fixtures. */
export const SAMPLE = 'tass-lavrov-2017-03-29.txt';

export function fixturePath(name: string): string {
  return path.join(ROOT, 'test', 'fixtures', name);
}

/** A fixture's text as VS Code holds it: UTF-8 decoded, a leading BOM removed. */
export function readFixture(name: string): string {
  return new TextDecoder('utf-8').decode(fs.readFileSync(fixturePath(name)));
}
