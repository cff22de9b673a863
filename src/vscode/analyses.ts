import * as vscode from 'vscode';
import { type Analysis, Analyzer } from '../core/analyze';
import { DEFAULT_CONFIG, type StyleConfig } from '../core/config/styleConfig';
import type { Rule } from '../core/findings/rule';
import { RULES } from '../core/rules';
import { Cancelled, type OffThread } from './offThread';
import type { StyleConfigs } from './styleConfigs';

let configs: StyleConfigs | undefined;
let offThread: OffThread | undefined;
let rules: readonly Rule[] = RULES;

/** Set once on activation: where analyses take settings and the desk's style file from, and the worker for large documents. */
export function useEngine(source: StyleConfigs, worker: OffThread): void {
  configs = source;
  offThread = worker;
}

/** The rules analyses run on the main thread; the extension-host tests swap in a failing one. */
export function useRules(replacement: readonly Rule[]): void {
  rules = replacement;
}

export function configOf(document: vscode.TextDocument): StyleConfig {
  return configs?.configFor(document) ?? DEFAULT_CONFIG;
}

/** Characters; a document longer than this is not analysed (diagnostics say so). */
export function sizeLimit(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('copydesk', document.uri).get<number>('maxFileSize', 20_000_000);
}

/** Characters from which a document is analysed in the worker, so the extension host never stalls. */
function workerThreshold(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('copydesk', document.uri).get<number>('workerThreshold', 2_000_000);
}

/** The document's length in characters, without copying its text. */
export function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * Each document's analyzer, which keeps the analysis of every story of the latest version, so
 * that after an edit it reads only the story edited. Replaced when the settings or rules change.
 */
const analyzers = new WeakMap<vscode.TextDocument, { generation: number; rules: readonly Rule[]; analyzer: Analyzer }>();

function analyzerOf(document: vscode.TextDocument, generation: number): Analyzer {
  let entry = analyzers.get(document);
  if (!entry || entry.generation !== generation || entry.rules !== rules) {
    entry = { generation, rules, analyzer: new Analyzer(rules, configOf(document)) };
    analyzers.set(document, entry);
  }
  return entry.analyzer;
}

/**
 * An analyzer for texts the document is about to be given (fix-all's later passes), with its
 * rules and settings, on this thread. The document's own when it has one, which then holds the
 * text the document gets: its next analysis need not read that again.
 */
export function analyzerAhead(document: vscode.TextDocument): Analyzer {
  const length = lengthOf(document);
  // As start() decides: past the size limit or the worker's threshold, the document keeps no analyzer here.
  const own = length <= sizeLimit(document) && !(offThread && length >= workerThreshold(document));
  return own ? analyzerOf(document, configs?.generation ?? 0) : new Analyzer(rules, configOf(document));
}

function start(document: vscode.TextDocument, generation: number): Promise<Analysis> {
  const length = lengthOf(document);
  const text = document.getText();
  // Past the size limit or the worker's threshold, what the document's analyzer kept is no longer needed.
  if (length > sizeLimit(document)) {
    analyzers.delete(document);
    return Promise.resolve({ text, stories: [], quotes: [], people: [], strays: [], findings: [], errors: [] });
  }
  if (offThread && length >= workerThreshold(document)) {
    analyzers.delete(document);
    return offThread.analyze(document.uri.toString(), text, configOf(document));
  }
  return Promise.resolve(analyzerOf(document, generation).analyze(text));
}

/** One analysis per document version and configuration, shared by every provider. */
const cache = new WeakMap<vscode.TextDocument, { version: number; generation: number; analysis: Promise<Analysis> }>();

/**
 * The analysis of the document as it is now; undefined when it changed or closed before the
 * analysis finished, since offsets into an older text would point at the wrong words.
 */
export async function analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined> {
  const version = document.version;
  const generation = configs?.generation ?? 0;
  let entry = cache.get(document);
  if (!entry || entry.version !== version || entry.generation !== generation) {
    entry = { version, generation, analysis: start(document, generation) };
    cache.set(document, entry);
  }
  try {
    const analysis = await entry.analysis;
    return document.version === version && !document.isClosed ? analysis : undefined;
  } catch (e) {
    if (e instanceof Cancelled) return undefined;
    throw e;
  }
}
