// The worker thread's side of OffThread: analyses a large document away from the extension host's
// main thread. The text stays with the caller, which already holds it.
import { parentPort, workerData } from 'node:worker_threads';
import { analysisDelta } from '../core/analysis/delta';
import { type Analysis, Analyzer } from '../core/analyze';
import type { StyleConfig } from '../core/config/styleConfig';
import { RULES } from '../core/rules';
import type { Answer, Forget, Request } from './offThread';

/**
 * The analyzers of the documents analysed last, so that an edit re-reads only the story edited.
 * Few, since every one holds a large document's analysis; the oldest is dropped.
 */
const KEPT = 2;
interface Entry {
  config: string;
  analyzer: Analyzer;
  /** The analysis last sent for the document, and its job: the next one is sent as what changed since. */
  sent?: { id: number; analysis: Analysis };
}
const documents = new Map<string, Entry>();

function entryFor(key: string, config: StyleConfig): Entry {
  const settings = JSON.stringify(config);
  let entry = documents.get(key);
  documents.delete(key);
  if (!entry || entry.config !== settings) entry = { config: settings, analyzer: new Analyzer(RULES, config), sent: entry?.sent };
  documents.set(key, entry);
  for (const old of documents.keys()) if (documents.size > KEPT) documents.delete(old);
  return entry;
}

/** Where OffThread puts the id of the running job once a newer version replaced it. */
const cancelled = workerData as Int32Array;

parentPort?.on('message', (message: Request | Forget) => {
  if ('forget' in message) {
    documents.delete(message.forget);
    return;
  }
  const { id, key, text, config, base } = message;
  const entry = entryFor(key, config);
  // A cancelled job is still analysed to the end: the analyzer keeps its stories for the next version.
  const analysis = entry.analyzer.analyze(text);
  if (Atomics.load(cancelled, 0) === id) {
    parentPort?.postMessage({ cancelled: true } satisfies Answer);
    return;
  }
  // Told against the analysis the main thread holds: taking apart the whole would hold it up after every edit.
  const held = entry.sent?.id === base ? entry.sent.analysis : undefined;
  const { text: _text, ...parts } = analysis;
  entry.sent = { id, analysis };
  parentPort?.postMessage((held ? { delta: analysisDelta(held, analysis) } : { parts }) satisfies Answer);
});
