// Repetitions as an editor meets them in the sample story: the merged paragraph in "The 'Russia'
// issue" with its related copies, removing the repeated passage, and comparing two copies.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticOf, quickFixFor, ruleOf, untitledCopyOfTheSample } from '../editor';
import { openStory } from '../story';
import { waitFor } from '../wait';

describe('Repetitions', () => {
  it('reports the merged paragraph with related information pointing at paragraphs 2 and 3', async () => {
    const story = await openStory();
    const near = await diagnosticOf(story, 'near-duplicate-paragraph', vscode.DiagnosticSeverity.Warning);
    assert.ok(story.getText(near.range).startsWith('"We said that we would be ready to come back'));
    assert.ok(near.range.start.line > story.positionAt(story.getText().indexOf("The 'Russia' issue")).line);
    assert.match(near.message, /^Mostly repeats paragraphs 2 and 3/);
    const related = near.relatedInformation ?? [];
    assert.deepStrictEqual(
      related.map((r) => story.getText(r.location.range).slice(0, 20)),
      ['"We said that we wou', '"We will be ready to'],
    );
    assert.ok(related.every((r) => r.location.uri.toString() === story.uri.toString()));
  });

  it('compares the merged paragraph with the paragraph it repeats in a diff editor', async () => {
    const story = await openStory();
    const near = await diagnosticOf(story, 'near-duplicate-paragraph', vscode.DiagnosticSeverity.Warning);
    const compare = await quickFixFor(story, near, 'Compare with the other copy');
    assert.ok(compare.command);
    await vscode.commands.executeCommand(compare.command.command, ...(compare.command.arguments ?? []));
    const input = await waitFor('a diff editor', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff ? tab : undefined;
    });
    assert.strictEqual(input.original.scheme, 'copydesk-copy');
    assert.strictEqual(input.modified.scheme, 'copydesk-copy');
    const [left, right] = await Promise.all([vscode.workspace.openTextDocument(input.original), vscode.workspace.openTextDocument(input.modified)]);
    assert.ok(left.getText().startsWith('"We said that we would be ready to come back to the relationship and to develop'));
    assert.ok(right.getText().endsWith('Lavrov concluded.'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('Removing a repeated passage', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await untitledCopyOfTheSample();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('removes the later copy of the 32-word passage', async () => {
    const passage = await diagnosticOf(document, 'repeated-passage', vscode.DiagnosticSeverity.Warning);
    assert.ok(document.getText(passage.range).startsWith('agreed that they would continue being in touch'));
    const fix = await quickFixFor(document, passage, 'Remove repeated passage');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(document.getText(), /pointed out that the two presidents\. "And of course/);
    assert.strictEqual(document.getText().split('after the inauguration they talked again').length, 2, 'one copy left');
    await waitFor('the finding to go', () => vscode.languages.getDiagnostics(document.uri).every((d) => ruleOf(d) !== 'repeated-passage' || d.severity !== vscode.DiagnosticSeverity.Warning));
  });
});
