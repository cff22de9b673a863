import * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { FoldingProvider } from './folding';
import { registerLanguage, SELECTOR } from './language';
import { OutlineProvider } from './outline';

/** Registers providers only; no analysis runs until a wire-copy document asks for it. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new OutlineProvider(), { label: 'Copydesk' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new FoldingProvider()),
  );
  registerDiagnostics(context);
  registerLanguage(context);
}

export function deactivate(): void {}
