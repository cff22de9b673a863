// The worker thread's side of OffThread: analyses a large document away from the extension host's
// main thread. The text stays with the caller, which already holds it.
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import type { StyleConfig } from '../core/config/styleConfig';
import { RULES } from '../core/rules';

/**
 * The analyzers of the documents analysed last, so that an edit re-reads only the story edited.
 * Few, since every one holds a large document's analysis; the oldest is dropped.
 */
const KEPT = 2;
const analyzers = new Map<string, { config: string; analyzer: Analyzer }>();

function analyzerFor(key: string, config: StyleConfig): Analyzer {
  const settings = JSON.stringify(config);
  let entry = analyzers.get(key);
  analyzers.delete(key);
  if (!entry || entry.config !== settings) entry = { config: settings, analyzer: new Analyzer(RULES, config) };
  analyzers.set(key, entry);
  for (const old of analyzers.keys()) if (analyzers.size > KEPT) analyzers.delete(old);
  return entry.analyzer;
}

parentPort?.on('message', ({ key, text, config }: { key: string; text: string; config: StyleConfig }) => {
  const { text: _text, ...analysis } = analyzerFor(key, config).analyze(text);
  parentPort?.postMessage(analysis);
});
