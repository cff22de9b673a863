import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/findings/finding';
import { ruleDocsUrl } from '../core/version';
import { analysisOf } from './analyses';
import { LANGUAGE_ID } from './language';
import { rangeOf } from './ranges';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

function diagnosticOf(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITY[finding.severity]);
  d.source = 'Copydesk';
  d.code = { value: finding.rule, target: vscode.Uri.parse(ruleDocsUrl(finding.rule)) };
  d.relatedInformation = finding.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, rangeOf(document, r)), r.message),
  );
  return d;
}

/** Publishes the findings of every open wire-copy document, debounced while typing. */
export function registerDiagnostics(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('copydesk');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument): void => {
    if (document.languageId !== LANGUAGE_ID) {
      collection.delete(document.uri);
      return;
    }
    collection.set(document.uri, analysisOf(document).findings.map((f) => diagnosticOf(document, f)));
  };
  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!document.isClosed) refresh(document);
      }, DEBOUNCE_MS),
    );
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      collection.delete(document.uri);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  vscode.workspace.textDocuments.forEach(refresh);
}
