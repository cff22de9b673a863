// The worker thread's side of OffThread: analyses a large document away from the extension host's
// main thread. The text stays with the caller, which already holds it.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { StyleConfig } from '../core/config/styleConfig';
import { RULES } from '../core/rules';

parentPort?.on('message', ({ text, config }: { text: string; config: StyleConfig }) => {
  const { text: _text, ...analysis } = analyze(text, RULES, config);
  parentPort?.postMessage(analysis);
});
