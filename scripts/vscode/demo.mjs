// npm run demo — Copydesk in a browser without installing VS Code: packages the .vsix, installs it
// into a throwaway code-server on 127.0.0.1 and opens the sample story there. Prints the URL and
// stays up until Ctrl+C. COPYDESK_DEMO_PORT picks the port (default: a free one).
import fs from 'node:fs';
import path from 'node:path';
import { runMain, stopping } from './cleanup.mjs';
import { installExtension, startCodeServer } from './code-server.mjs';
import { ensureCodeServer } from './install.mjs';
import { makeScratch } from './scratch.mjs';
import { buildVsix } from './vsix.mjs';
import { makeWorkspace, storyName } from './workspace.mjs';

runMain(async () => {
  const entry = await ensureCodeServer();
  const vsix = await buildVsix();
  const scratch = makeScratch();
  const workspace = makeWorkspace(scratch);
  await installExtension(entry, scratch, vsix);
  const port = process.env.COPYDESK_DEMO_PORT ? Number(process.env.COPYDESK_DEMO_PORT) : undefined;
  const server = await startCodeServer(entry, scratch, { port });
  // The workbench opens the file named by the payload's openFile next to the folder.
  const story = `vscode-remote://127.0.0.1:${server.port}${path.join(workspace, storyName)}`;
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify([['openFile', story]]) });
  console.log(`\nCopydesk demo: open this URL in a browser on this machine\n\n  ${server.url}/?${query}\n`);
  console.log('(From another machine: ssh -L <port>:127.0.0.1:<port> to this one first.) Ctrl+C stops it.');
  const exit = await server.exited;
  if (!stopping()) console.error(`code-server stopped unexpectedly (${exit}):\n${fs.readFileSync(server.logFile, 'utf8')}`);
  return 1;
}, { signalEndsNormally: true });
