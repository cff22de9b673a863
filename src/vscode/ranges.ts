import * as vscode from 'vscode';
import type { Span } from '../core/model/span';

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
