import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analyze';

/** One analysis per document version, shared by the outline, folding and diagnostics. */
const cache = new WeakMap<vscode.TextDocument, { version: number; analysis: Analysis }>();

export function analysisOf(document: vscode.TextDocument): Analysis {
  const hit = cache.get(document);
  if (hit && hit.version === document.version) return hit.analysis;
  const analysis = analyze(document.getText());
  cache.set(document, { version: document.version, analysis });
  return analysis;
}
