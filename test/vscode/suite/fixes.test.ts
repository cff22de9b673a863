// The hygiene rules' fixes as an editor applies them: a quick fix, the command "Copydesk: Fix
// All" on an untitled copy of the sample and on a story whose fixes take several passes, and the
// safe fixes run on save through `editor.codeActionsOnSave` on a real file of the test workspace.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { diagnosticOf, openText, putCursor, quickFixFor, ruleOf, untitledCopyOfTheSample } from '../editor';
import { documentWithLanguage } from '../story';
import { waitFor } from '../wait';

const lettersAndDigits = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('Hygiene fixes', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('replaces the stray slash after "groundless" with a full stop through its quick fix', async () => {
    const document = await untitledCopyOfTheSample();
    const action = await quickFixFor(document, await diagnosticOf(document, 'stray-punctuation'), 'Replace with a full stop');
    assert.strictEqual(action.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.match(document.getText(), /are absolutely groundless\.\n/);
    await waitFor('the stray-punctuation finding to go', () =>
      vscode.languages.getDiagnostics(document.uri).every((d) => ruleOf(d) !== 'stray-punctuation'),
    );
  });

  it('fixes every safe finding with the command Copydesk: Fix All, keeping every letter and digit', async () => {
    const document = await untitledCopyOfTheSample();
    const before = document.getText();
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(document.uri));
    await vscode.commands.executeCommand('copydesk.fixAll');
    const after = await waitFor('the fixes', () => (document.getText() !== before ? document.getText() : undefined));
    assert.strictEqual(after.includes('\u00a0'), false, 'no no-break space is left');
    assert.match(after, /the relationship — who dropped/);
    assert.match(after, /accusations — at least/);
    assert.match(after, /are absolutely groundless\.\n/);
    assert.strictEqual(lettersAndDigits(after), lettersAndDigits(before));
    // Removing text is never safe: the page furniture stays for the editor to decide.
    assert.ok(after.startsWith('All news\n'));
  });

  it('fixes in one command what takes several passes, keeps the cursor, and one undo takes it all back', async () => {
    // Spacing's fix of the double space and the dash's overlap, so the dash waits a pass; then
    // "ABERDEEN —" reads as a dateline, and its paragraph needs a full stop.
    const head = 'Storm closes schools across northern Scotland\n\nEDINBURGH, Jan 30 (Reuters) - Hundreds of schools were closed on Thursday as the storm arrived.\n\n';
    const tail = '\n\nThe council said it would review the plans next week.\n';
    const text = `${head}ABERDEEN  - more closures${tail}`;
    const editor = await openText(text);
    const { document } = editor;
    // Between the two fixes, which leave it alone.
    putCursor(editor, 'closures');
    await vscode.commands.executeCommand('copydesk.fixAll');
    const after = await waitFor('the fixes', () => (document.getText() !== text ? document.getText() : undefined));
    assert.strictEqual(after, `${head}ABERDEEN — more closures.${tail}`);
    assert.deepStrictEqual(editor.selection.active, document.positionAt(after.indexOf('closures')));
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo', () => document.getText() === text || undefined);
  });

  describe('on save', () => {
    const dir = process.env.COPYDESK_TEST_WORKSPACE;
    const uri = vscode.Uri.file(path.join(dir ?? '', 'fix-on-save.wire'));
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('editor', { languageId: 'wirecopy' });

    before(async function () {
      if (!dir) this.skip();
      await settings().update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    });

    after(async () => {
      if (!dir) return;
      await settings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.workspace.fs.delete(uri);
    });

    it('runs the safe fixes when the file is saved', async () => {
      const text = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed on Thursday as\u00a0the storm - the worst in years - arrived.  \n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const document = await documentWithLanguage(uri, 'wirecopy');
      await waitFor('diagnostics', () => vscode.languages.getDiagnostics(document.uri));
      // A change makes the save a real one, as when an editor types and saves.
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.insert(document.positionAt(text.indexOf('Thursday')), 'late '));
      await vscode.commands.executeCommand('workbench.action.files.save');
      const expected = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed on late Thursday as the storm — the worst in years — arrived.\n';
      const saved = await waitFor('the fixed file on disk', async () => {
        const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        return onDisk === expected ? onDisk : undefined;
      });
      assert.strictEqual(saved, expected);
      assert.strictEqual(document.isDirty, false);
    });
  });
});
