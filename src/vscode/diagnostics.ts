import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/findings/finding';
import { ruleDocsUrl } from '../core/version';
import { analysisOf, lengthOf, sizeLimit } from './analyses';
import { LANGUAGE_ID } from './language';
import { nearestFirst, type Placed, SHOWN_PER_FILE } from './nearView';
import { rangeOf } from './ranges';
import type { RuleErrorLog } from './ruleErrors';
import type { StyleConfigs } from './styleConfigs';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Typing pauses shorter than this do not trigger a new analysis. */
const DEBOUNCE_MS = 250;

/** Scrolling pauses shorter than this do not reorder a long list of diagnostics. */
const VIEW_DEBOUNCE_MS = 150;

/** Each rule's code with the link to its docs page, parsed once rather than for each of thousands of findings. */
const codes = new Map<string, { value: string; target: vscode.Uri }>();

function codeOf(rule: string): { value: string; target: vscode.Uri } {
  let code = codes.get(rule);
  if (!code) codes.set(rule, (code = { value: rule, target: vscode.Uri.parse(ruleDocsUrl(rule)) }));
  return code;
}

function diagnosticOf(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITY[finding.severity]);
  d.source = 'Copydesk';
  d.code = codeOf(finding.rule);
  d.relatedInformation = finding.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, rangeOf(document, r)), r.message),
  );
  return d;
}

const runsOnType = (document: vscode.TextDocument): boolean =>
  vscode.workspace.getConfiguration('copydesk', document.uri).get<string>('run', 'onType') === 'onType';

/**
 * Publishes the findings of every open wire-copy document: debounced while typing, or on save
 * when `copydesk.run` says so, and again for all of them when settings or a style file change.
 */
export function registerDiagnostics(context: vscode.ExtensionContext, configs: StyleConfigs, ruleErrors: RuleErrorLog): vscode.Event<vscode.TextDocument> {
  const collection = vscode.languages.createDiagnosticCollection('copydesk');
  const analysed = new vscode.EventEmitter<vscode.TextDocument>();
  const toldTooLarge = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The diagnostics published last for each document, with the version they are of. */
  const published = new WeakMap<vscode.TextDocument, { version: number; placed: Placed[] }>();
  const viewTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const update = async (document: vscode.TextDocument): Promise<void> => {
    if (document.languageId !== LANGUAGE_ID) {
      collection.delete(document.uri);
      return;
    }
    const limit = sizeLimit(document);
    const length = lengthOf(document);
    if (length > limit) {
      collection.delete(document.uri);
      // Never a silent limit: the editor is told once why this file has no findings.
      if (!toldTooLarge.has(document.uri.toString())) {
        toldTooLarge.add(document.uri.toString());
        const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
        void vscode.window.setStatusBarMessage(
          `Copydesk did not check ${vscode.workspace.asRelativePath(document.uri)}: ${mb(length)} is over copydesk.maxFileSize (${mb(limit)})`,
          15_000,
        );
      }
      return;
    }
    const analysis = await analysisOf(document);
    // None when the document changed or closed meanwhile: the newer version's own update follows.
    if (!analysis) return;
    ruleErrors.report(analysis.errors);
    const placed = analysis.findings.map((f) => ({ start: f.start, end: f.end, diagnostic: diagnosticOf(document, f) }));
    published.set(document, { version: document.version, placed });
    collection.set(document.uri, nearestFirst(document, placed));
    analysed.fire(document);
  };
  const refresh = (document: vscode.TextDocument): void => {
    update(document).catch((e: unknown) => ruleErrors.analysisFailed(document.uri, e));
  };
  /** Runs `then` for an open document once `ms` pass without another call for it. */
  const debounce = (pending: Map<string, ReturnType<typeof setTimeout>>, ms: number, document: vscode.TextDocument, then: () => void): void => {
    const key = document.uri.toString();
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        if (!document.isClosed) then();
      }, ms),
    );
  };
  const schedule = (document: vscode.TextDocument): void => debounce(timers, DEBOUNCE_MS, document, () => refresh(document));

  // Past what VS Code shows of a file, the diagnostics it picks follow the view as the editor scrolls.
  const followView = (document: vscode.TextDocument): void => {
    if ((published.get(document)?.placed.length ?? 0) <= SHOWN_PER_FILE) return;
    debounce(viewTimers, VIEW_DEBOUNCE_MS, document, () => {
      const latest = published.get(document);
      if (latest?.version === document.version) collection.set(document.uri, nearestFirst(document, latest.placed));
    });
  };

  context.subscriptions.push(
    collection,
    analysed,
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => followView(e.textEditor.document)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => followView(e.document))),
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => runsOnType(e.document) && schedule(e.document)),
    vscode.workspace.onDidSaveTextDocument(refresh),
    configs.onDidChange(() => vscode.workspace.textDocuments.forEach(refresh)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      collection.delete(document.uri);
    }),
    { dispose: () => [...timers.values(), ...viewTimers.values()].forEach((t) => clearTimeout(t)) },
  );
  vscode.workspace.textDocuments.forEach(refresh);
  return analysed.event;
}
