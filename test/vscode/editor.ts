// What the suites share to act as an editor: rule ids of diagnostics, fixtures and untitled
// documents to change freely, the cursor, and the quick fixes offered for a finding.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openStory } from './story';
import { waitFor } from './wait';

/** The rule id of a Copydesk diagnostic. */
export const ruleOf = (d: vscode.Diagnostic): string | undefined => (d.code as { value: string } | undefined)?.value;

/** The text of a file under test/fixtures. */
export const fixture = (name: string): string => fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8');

/** An untitled document with `content`, shown in an editor. */
export async function openText(content: string, language = 'wirecopy'): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language, content }));
}

/** Puts the cursor where `needle` first stands in the editor's text. */
export function putCursor(editor: vscode.TextEditor, needle: string): void {
  const at = editor.document.positionAt(editor.document.getText().indexOf(needle));
  editor.selection = new vscode.Selection(at, at);
}

/** An untitled Wire Copy document with the sample's text, shown in an editor: fixes never touch the file. */
export async function untitledCopyOfTheSample(): Promise<vscode.TextDocument> {
  const story = await openStory();
  const copy = await vscode.workspace.openTextDocument({ language: 'wirecopy', content: story.getText() });
  await vscode.window.showTextDocument(copy);
  return copy;
}

/** The quick fix titled `title` for a diagnostic, once the provider offers it. */
export function quickFixFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  return waitFor(`the quick fix "${title}"`, async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    return actions.find((a) => a.title === title);
  });
}

/** The first diagnostic of a rule, once diagnostics arrive. */
export function diagnosticOf(document: vscode.TextDocument, rule: string, severity?: vscode.DiagnosticSeverity): Promise<vscode.Diagnostic> {
  return waitFor(`a ${rule} diagnostic`, () =>
    vscode.languages.getDiagnostics(document.uri).find((d) => ruleOf(d) === rule && (severity === undefined || d.severity === severity)),
  );
}
