import { applyEdits, type JSONPath, modify } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import { flaggedSentence, normaliseForIgnore } from '../core/config/ignore';
import type { Finding } from '../core/findings/finding';
import type { StyleConfigs } from './styleConfigs';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The style file to write to: the one that applies, or a new .copydesk.json at the workspace root. */
function styleFileFor(configs: StyleConfigs, document: vscode.TextDocument): vscode.Uri | undefined {
  const existing = configs.styleFileFor(document);
  if (existing) return existing;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, '.copydesk.json');
}

/** Sets a value in the style file as one undoable workspace edit, keeping its comments, then saves it so it applies. */
async function writeStyle(file: vscode.Uri, path: JSONPath, value: unknown): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  let text = '';
  try {
    text = (await vscode.workspace.openTextDocument(file)).getText();
  } catch {
    edit.createFile(file, { ignoreIfExists: true });
  }
  const changes = modify(text || '{}', path, value, FORMAT);
  if (text === '') edit.insert(file, new vscode.Position(0, 0), applyEdits('{}', changes) + '\n');
  else {
    const document = await vscode.workspace.openTextDocument(file);
    for (const c of changes) {
      edit.replace(file, new vscode.Range(document.positionAt(c.offset), document.positionAt(c.offset + c.length)), c.content);
    }
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return (await vscode.workspace.openTextDocument(file)).save();
}

/** "Ignore this finding" and "Turn off rule X for this workspace", kept in the desk's style file, never in the story. */
export function silencingActions(document: vscode.TextDocument, analysis: Analysis, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
  const { text, stories } = analysis;
  const sentence = normaliseForIgnore(flaggedSentence(text, stories, finding.start));
  const ignore = new vscode.CodeAction('Ignore this finding', vscode.CodeActionKind.QuickFix);
  ignore.diagnostics = [diagnostic];
  ignore.command = { title: 'Ignore this finding', command: 'copydesk.ignoreFinding', arguments: [document.uri, finding.rule, sentence] };
  const off = new vscode.CodeAction(`Turn off rule ${finding.rule} for this workspace`, vscode.CodeActionKind.QuickFix);
  off.diagnostics = [diagnostic];
  off.command = { title: off.title, command: 'copydesk.turnOffRule', arguments: [document.uri, finding.rule] };
  return [ignore, off];
}

export function registerSilencing(context: vscode.ExtensionContext, configs: StyleConfigs): void {
  const target = async (uri: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const file = styleFileFor(configs, await vscode.workspace.openTextDocument(uri));
    if (!file) void vscode.window.showWarningMessage('Copydesk: open a folder to keep the desk’s style file in.');
    return file;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.ignoreFinding', async (uri: vscode.Uri, rule: string, sentence: string) => {
      const file = await target(uri);
      return file && writeStyle(file, ['ignore', -1], { rule, text: sentence });
    }),
    vscode.commands.registerCommand('copydesk.turnOffRule', async (uri: vscode.Uri, rule: string) => {
      const file = await target(uri);
      return file && writeStyle(file, ['rules', rule], 'off');
    }),
  );
}
