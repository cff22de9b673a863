import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Finding, Fix } from '../core/findings/finding';
import { analysisOf } from './analyses';
import { rangeOf } from './ranges';
import { silencingActions } from './silencing';

/** The finding a diagnostic shows, found again in the document's current analysis: a stale diagnostic has none. */
function findingOf(document: vscode.TextDocument, analysis: Analysis, diagnostic: vscode.Diagnostic): Finding | undefined {
  if (diagnostic.source !== 'Copydesk') return undefined;
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.findings.find((f) => f.rule === rule && f.start === start && f.end === end);
}

/** The actions `make` offers for each diagnostic whose finding is still in the document's current analysis. */
export async function actionsForFindings(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  make: (diagnostic: vscode.Diagnostic, finding: Finding, analysis: Analysis) => vscode.CodeAction[],
): Promise<vscode.CodeAction[]> {
  const analysis = await analysisOf(document);
  if (!analysis) return [];
  return diagnostics.flatMap((diagnostic) => {
    const finding = findingOf(document, analysis, diagnostic);
    return finding ? make(diagnostic, finding, analysis) : [];
  });
}

function editOf(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const edits = fix.edits.map((e) =>
    fix.snippet
      ? new vscode.SnippetTextEdit(rangeOf(document, e), new vscode.SnippetString(e.text))
      : new vscode.TextEdit(rangeOf(document, e), e.text),
  );
  edit.set(document.uri, edits);
  return edit;
}

/**
 * Quick fixes from the findings' fixes. They come from the analysis of the document as it is
 * now, so a fix is never applied to text that changed since its finding was computed.
 */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    return actionsForFindings(document, context.diagnostics, (diagnostic, finding, analysis) => {
      const fixes = finding.fixes.map((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = editOf(document, fix);
        action.isPreferred = i === 0 && !fix.snippet;
        return action;
      });
      return [...fixes, ...silencingActions(document, analysis, diagnostic, finding)];
    });
  }
}
