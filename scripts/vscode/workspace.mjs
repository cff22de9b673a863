// The workspace folder the workbench opens: the sample story, copied as a plain .txt so that the
// extension's wire-copy detection is what switches its language.
import fs from 'node:fs';
import path from 'node:path';
import { fixture } from './paths.mjs';

export const storyName = path.basename(fixture);

export function makeWorkspace(scratch) {
  const dir = path.join(scratch, 'stories'); // the name shows in the Explorer and the screenshot
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(fixture, path.join(dir, storyName));
  return dir;
}
