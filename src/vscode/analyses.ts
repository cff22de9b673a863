import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analyze';
import { DEFAULT_CONFIG, type StyleConfig } from '../core/config/styleConfig';
import { RULES } from '../core/rules';
import type { StyleConfigs } from './styleConfigs';

let configs: StyleConfigs | undefined;

/** Set once on activation: where analyses take settings and the desk's style file from. */
export function useStyleConfigs(source: StyleConfigs): void {
  configs = source;
}

export function configOf(document: vscode.TextDocument): StyleConfig {
  return configs?.configFor(document) ?? DEFAULT_CONFIG;
}

/** One analysis per document version and configuration, shared by every provider. */
const cache = new WeakMap<vscode.TextDocument, { version: number; generation: number; analysis: Analysis }>();

/** Characters; a document longer than this is not analysed (diagnostics say so). */
export function sizeLimit(document: vscode.TextDocument): number {
  return vscode.workspace.getConfiguration('copydesk', document.uri).get<number>('maxFileSize', 20_000_000);
}

/** The document's length in characters, without copying its text. */
export function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function analysisOf(document: vscode.TextDocument): Analysis {
  if (lengthOf(document) > sizeLimit(document)) {
    return { text: document.getText(), stories: [], quotes: [], people: [], strays: [], findings: [], errors: [] };
  }
  const generation = configs?.generation ?? 0;
  const hit = cache.get(document);
  if (hit && hit.version === document.version && hit.generation === generation) return hit.analysis;
  const analysis = analyze(document.getText(), RULES, configOf(document));
  cache.set(document, { version: document.version, generation, analysis });
  return analysis;
}
