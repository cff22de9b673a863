import * as vscode from 'vscode';
import { looksLikeWireCopy } from '../core/detect';

export const LANGUAGE_ID = 'wirecopy';
export const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

function autoDetect(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext') return;
  if (!vscode.workspace.getConfiguration('copydesk', document.uri).get<boolean>('autoDetect', true)) return;
  if (looksLikeWireCopy(document.getText())) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function treatAsWireCopy(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open a document to treat it as wire copy.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

/** Plain text that looks like wire copy becomes Wire Copy on open; a command does it by hand. */
export function registerLanguage(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(autoDetect),
    vscode.commands.registerCommand('copydesk.treatAsWireCopy', treatAsWireCopy),
  );
  vscode.workspace.textDocuments.forEach(autoDetect);
}
