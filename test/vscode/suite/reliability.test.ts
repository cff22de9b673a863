// Fault isolation and documents that go away: a rule that throws is logged once and the others
// still report; renaming or deleting a file with an analysis pending leaves nothing stale.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Rule } from '../../../src/core/findings/rule';
import { RULES } from '../../../src/core/rules';
import { ruleOf, untitledCopyOfTheSample } from '../editor';
import { testHooks } from '../hooks';
import { scratchUri } from '../scratch';
import { openStory } from '../story';
import { waitFor } from '../wait';

const failing: Rule = {
  meta: { id: 'always-throws', description: 'A rule with a bug.', defaultSeverity: 'warning', fixable: false, safe: false, scope: 'story' },
  check() {
    throw new Error('index out of range');
  },
};

describe('A rule that throws', () => {
  afterEach(async () => {
    (await testHooks()).useRules(RULES);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('is logged once by its id, and the other rules still report', async () => {
    const api = await testHooks();
    api.useRules([failing, ...RULES]);
    const document = await untitledCopyOfTheSample();
    await waitFor('the other rules’ findings', () => vscode.languages.getDiagnostics(document.uri).some((d) => ruleOf(d) === 'residue'));
    // Two more analyses of new versions: the failure is not logged again.
    const editor = vscode.window.activeTextEditor!;
    for (const text of ['Read more\n\n', 'All news\n\n']) {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), text));
      await waitFor(`the finding on "${text.trim()}"`, () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => ruleOf(d) === 'residue' && document.getText(d.range) === text.trim()),
      );
    }
    const lines = api.logged().filter((l) => l.includes('always-throws'));
    assert.deepStrictEqual(lines, ['Rule always-throws failed and was skipped; the other rules still ran: index out of range']);
  });
});

describe('A file renamed or deleted with an analysis pending', () => {
  it('leaves no diagnostics on the old name, and the new name gets its own', async () => {
    const story = (await openStory()).getText();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const before = scratchUri('before-rename.wire');
    const after = scratchUri('after-rename.wire');
    await vscode.workspace.fs.writeFile(before, new TextEncoder().encode(story));
    try {
      const document = await vscode.workspace.openTextDocument(before);
      const editor = await vscode.window.showTextDocument(document);
      await waitFor('diagnostics', () => vscode.languages.getDiagnostics(before));
      // The edit schedules an analysis; the rename comes before it runs.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Read more\n\n'));
      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(before, after);
      assert.ok(await vscode.workspace.applyEdit(rename));
      const open = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
      // A rename waits on the workbench's file operations, slow on a loaded machine.
      await waitFor('the document under the old name to close', () => document.isClosed && !open(before), 30_000);
      await waitFor('no diagnostics on the old name', () => vscode.languages.getDiagnostics(before).length === 0);
      const renamed = await vscode.workspace.openTextDocument(after);
      await waitFor('the edit’s finding on the new name', () =>
        vscode.languages.getDiagnostics(after).some((d) => ruleOf(d) === 'residue' && renamed.getText(d.range) === 'Read more'),
      );
      assert.strictEqual(vscode.languages.getDiagnostics(before).length, 0);

      // Deleted with an edit pending, then closed: nothing is left for it.
      await vscode.window.showTextDocument(renamed);
      await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
      await vscode.workspace.fs.delete(after);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('no diagnostics for the deleted file', () => vscode.languages.getDiagnostics(after).length === 0);
      assert.deepStrictEqual((await testHooks()).logged().filter((l) => l.includes('failed:')), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [before, after]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
