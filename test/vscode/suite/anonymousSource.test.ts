// The anonymous-source rule as an editor meets it: an information diagnostic on the unnamed
// source, and a quick fix that inserts the reason as a snippet, its placeholder selected.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticOf, openText, quickFixFor, ruleOf } from '../editor';
import { waitFor } from '../wait';

describe('Unnamed sources', () => {
  // A story written for the test: one source not named and no reason given, one named source.
  const text = [
    'Rotterdam dock strike to end on Monday',
    '',
    'ROTTERDAM, March 3 (Reuters) - Dock workers in Rotterdam will return to work on Monday, a senior port official said.',
    '',
    '"The talks went on through the night," union leader Jan de Vries said.',
    '',
  ].join('\n');
  let document: vscode.TextDocument;

  before(async () => {
    ({ document } = await openText(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports the source not named as information, on its description', async () => {
    const diagnostic = await diagnosticOf(document, 'anonymous-source');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(document.getText(diagnostic.range), 'a senior port official');
    const anonymous = vscode.languages.getDiagnostics(document.uri).filter((d) => ruleOf(d) === 'anonymous-source');
    assert.strictEqual(anonymous.length, 1, 'the named union leader is not reported');
  });

  it('inserts the reason after the description as a snippet, with "reason" selected to type over', async () => {
    const action = await quickFixFor(document, await diagnosticOf(document, 'anonymous-source'), 'Say why the source is not named');
    // A fix to fill in is never the preferred one, which an editor may apply with one key.
    assert.notStrictEqual(action.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    const fixed = 'on Monday, a senior port official, who spoke on condition of anonymity because reason, said.\n';
    await waitFor('the snippet in the text', () => document.getText().includes(fixed));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, document);
    // The placeholder is a live tab stop: the selection covers its default text, no `${1:...}` is left.
    assert.strictEqual(document.getText(editor.selection), 'reason');
    assert.strictEqual(document.getText().includes('${'), false);
    assert.strictEqual(editor.selection.start.line, 2);
  });
});
