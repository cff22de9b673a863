import * as vscode from 'vscode';
import { useStyleConfigs } from './analyses';
import { QuickFixProvider } from './codeActions';
import { registerCompare } from './compare';
import { registerDiagnostics } from './diagnostics';
import { FixAllProvider, fixAllCommand } from './fixAll';
import { FoldingProvider } from './folding';
import { HoverProvider } from './hover';
import { registerLanguage, SELECTOR } from './language';
import { OutlineProvider } from './outline';
import { DefinitionProvider, HighlightProvider, ReferenceProvider } from './references';
import { registerSilencing } from './silencing';
import { registerStatusItem } from './statusItem';
import { StyleConfigs } from './styleConfigs';

/** Registers providers only; no analysis runs until a wire-copy document asks for it. */
export function activate(context: vscode.ExtensionContext): void {
  const configs = new StyleConfigs();
  useStyleConfigs(configs);
  context.subscriptions.push(
    configs,
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
  );
  registerStatusItem(context, registerDiagnostics(context, configs));
  registerSilencing(context, configs);
  registerCompare(context, SELECTOR);
  registerLanguage(context);
}

export function deactivate(): void {}
