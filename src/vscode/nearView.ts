import * as vscode from 'vscode';
import type { Span } from '../core/model/span';

/**
 * VS Code shows at most this many diagnostics of a file: the first of each severity in the
 * order given, errors first, with a note of how many it left out (`_maxDiagnosticsPerFile` in
 * its extension host). A basket of wire copy can have several thousand findings.
 */
export const SHOWN_PER_FILE = 1000;

/** A diagnostic with the offsets of its finding. */
export interface Placed extends Span {
  diagnostic: vscode.Diagnostic;
}

/** How far a span lies from the nearest of `view`'s spans: 0 inside one. */
function distance(span: Span, view: readonly Span[]): number {
  let best = Infinity;
  for (const v of view) best = Math.min(best, span.end < v.start ? v.start - span.end : span.start > v.end ? span.start - v.end : 0);
  return best;
}

/**
 * The diagnostics of a document in the order VS Code should pick them: past its limit, those
 * nearest what the document's editors show first, so that the squiggles are where the editor
 * is reading, not only at the top of a long basket. Ties keep the document's order.
 */
export function nearestFirst(document: vscode.TextDocument, placed: readonly Placed[]): vscode.Diagnostic[] {
  const view = vscode.window.visibleTextEditors
    .filter((e) => e.document === document)
    .flatMap((e) => e.visibleRanges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) })));
  if (placed.length <= SHOWN_PER_FILE || view.length === 0) return placed.map((p) => p.diagnostic);
  const far = placed.map((p) => distance(p, view));
  return placed
    .map((_, i) => i)
    .sort((a, b) => far[a]! - far[b]! || a - b)
    .map((i) => placed[i]!.diagnostic);
}
