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

export function analysisOf(document: vscode.TextDocument): Analysis {
  const generation = configs?.generation ?? 0;
  const hit = cache.get(document);
  if (hit && hit.version === document.version && hit.generation === generation) return hit.analysis;
  const analysis = analyze(document.getText(), RULES, configOf(document));
  cache.set(document, { version: document.version, generation, analysis });
  return analysis;
}
