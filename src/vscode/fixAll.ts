import * as vscode from 'vscode';
import { fixAll } from '../core/findings/fixAll';
import { analysisOf, analyzerAhead } from './analyses';
import { LANGUAGE_ID } from './language';
import { rangeOf } from './ranges';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

/**
 * The safe fixes of the document as it is now (whitespace, punctuation and invisible characters
 * only), pass after pass until none is left: one workspace edit, so one undo takes it all back.
 * Its edits touch only what the fixes changed, so the cursor and marks elsewhere stay put.
 */
async function fixAllEdit(document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
  const analysis = await analysisOf(document);
  if (!analysis) return undefined;
  const analyzer = analyzerAhead(document);
  const { edits } = fixAll(analysis.text, analysis.findings, (text) => analyzer.analyze(text).findings);
  if (edits.length === 0) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    edits.map((e) => new vscode.TextEdit(rangeOf(document, e), e.text)),
  );
  return edit;
}

/** `source.fixAll.copydesk`, so `editor.codeActionsOnSave` can run the safe fixes. */
export class FixAllProvider implements vscode.CodeActionProvider {
  static readonly kinds = [FIX_ALL_KIND];

  async provideCodeActions(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const edit = await fixAllEdit(document);
    if (!edit) return [];
    const action = new vscode.CodeAction('Copydesk: Fix all safe findings', FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }
}

/** The command "Copydesk: Fix All" on the active editor. */
export async function fixAllCommand(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Copydesk: open a wire-copy document to fix.');
    return;
  }
  const edit = await fixAllEdit(editor.document);
  if (!edit) {
    void vscode.window.showInformationMessage('Copydesk: nothing to fix safely.');
    return;
  }
  await vscode.workspace.applyEdit(edit);
}
