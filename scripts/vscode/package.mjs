// npm run package — builds copydesk-<version>.vsix (see vsix.mjs).
import { runMain } from './cleanup.mjs';
import { buildVsix } from './vsix.mjs';

runMain(async () => {
  console.log(`Built ${await buildVsix()}`);
  return 0;
});
