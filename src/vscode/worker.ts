// The worker thread's side of OffThread: analyses a large document away from the extension host's
// main thread. The text stays with the caller, which already holds it.
import { parentPort, workerData } from 'node:worker_threads';
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

/** Where OffThread puts the id of the running job once a newer version replaced it. */
const cancelled = workerData as Int32Array;

parentPort?.on('message', ({ id, key, text, config }: { id: number; key: string; text: string; config: StyleConfig }) => {
  // A cancelled job is still analysed to the end: the analyzer keeps its stories for the next version.
  const { text: _text, ...analysis } = analyzerFor(key, config).analyze(text);
  parentPort?.postMessage(Atomics.load(cancelled, 0) === id ? { cancelled: true } : analysis);
});
