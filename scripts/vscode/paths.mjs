// Where the harness keeps things: the repo, its ignored cache, the sample story.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(repoRoot, '.vscode-test');
export const fixture = path.join(repoRoot, 'test/fixtures/tass-lavrov-2017-03-29.txt');
export const testsEntry = path.join(repoRoot, 'out/test/vscode/index.js');
export const extensionBundle = path.join(repoRoot, 'dist/extension.js');
export const screenshotFile = path.join(repoRoot, 'docs/screenshot-outline.png');
export const hoverScreenshotFile = path.join(repoRoot, 'docs/screenshot-hover.png');
export const sourcesScreenshotFile = path.join(repoRoot, 'docs/screenshot-sources.png');
