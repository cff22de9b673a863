import * as vscode from 'vscode';
import type { Rule } from '../core/findings/rule';
import { useEngine, useRules } from './analyses';
import { QuickFixProvider } from './codeActions';
import { registerCompare } from './compare';
import { registerDiagnostics } from './diagnostics';
import { FixAllProvider, fixAllCommand } from './fixAll';
import { FoldingProvider } from './folding';
import { HoverProvider } from './hover';
import { registerLanguage, SELECTOR } from './language';
import { OffThread } from './offThread';
import { OutlineProvider } from './outline';
import { DefinitionProvider, HighlightProvider, ReferenceProvider } from './references';
import { RuleErrorLog } from './ruleErrors';
import { registerSilencing } from './silencing';
import { registerSourcesView, type SourcesShown } from './sources/sourcesView';
import { registerStatusItem, type StatusShown } from './statusItem';
import { StyleConfigs } from './styleConfigs';

/** What activation returns: hooks for the extension-host tests, to run a failing rule, read what was logged and what the status item and the Sources view show. */
export interface CopydeskTestHooks {
  useRules(rules: readonly Rule[]): void;
  logged(): readonly string[];
  status(): StatusShown;
  sources(): SourcesShown;
}

/** Registers providers only; no analysis runs until a wire-copy document asks for it, and the worker starts with the first large one. */
export function activate(context: vscode.ExtensionContext): CopydeskTestHooks {
  const configs = new StyleConfigs();
  const offThread = new OffThread(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  const log = new RuleErrorLog();
  useEngine(configs, offThread);
  context.subscriptions.push(
    configs,
    offThread,
    log,
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new OutlineProvider(), { label: 'Copydesk' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new FoldingProvider()),
    vscode.languages.registerHoverProvider(SELECTOR, new HoverProvider()),
    vscode.languages.registerDefinitionProvider(SELECTOR, new DefinitionProvider()),
    vscode.languages.registerReferenceProvider(SELECTOR, new ReferenceProvider()),
    vscode.languages.registerDocumentHighlightProvider(SELECTOR, new HighlightProvider()),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new QuickFixProvider(), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new FixAllProvider(), {
      providedCodeActionKinds: FixAllProvider.kinds,
    }),
    vscode.commands.registerCommand('copydesk.fixAll', fixAllCommand),
    vscode.workspace.onDidCloseTextDocument((document) => offThread.forget(document.uri.toString())),
  );
  const onAnalysed = registerDiagnostics(context, configs, log);
  const status = registerStatusItem(context, onAnalysed);
  const sources = registerSourcesView(context, onAnalysed);
  registerSilencing(context, configs);
  registerCompare(context, SELECTOR);
  registerLanguage(context);
  return { useRules, logged: () => log.logged, status, sources };
}

export function deactivate(): void {}
