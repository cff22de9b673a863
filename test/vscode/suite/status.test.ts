// The language status item: the words, quotes, sources and findings of the story at the cursor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CopydeskTestHooks } from '../../../src/vscode/extension';
import { waitFor } from '../wait';

const fixture = (name: string): string => fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures', name), 'utf8');

/** Two stories: the first with a quotation of Smith, the second with a doubled space, its one finding. */
const text = fixture('two-stories.txt');

async function hooks(): Promise<CopydeskTestHooks> {
  const extension = vscode.extensions.getExtension<CopydeskTestHooks>('copydesk.copydesk');
  assert.ok(extension, 'the extension is installed');
  return extension.activate();
}

describe('The status item', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('counts the story at the cursor, and follows the cursor into another story without an edit', async () => {
    const status = (await hooks()).status;
    const document = await vscode.workspace.openTextDocument({ language: 'wirecopy', content: text });
    const editor = await vscode.window.showTextDocument(document);
    const at = (offset: number): void => {
      const p = document.positionAt(offset);
      editor.selection = new vscode.Selection(p, p);
    };
    at(text.indexOf('court'));
    // Headline 3 words, lead paragraph with its dateline 9.
    await waitFor('the second story’s counts', () => {
      const { text, detail } = status();
      return text === '12 words · 0 quotes · 0 sources · 0 unnamed' && detail === 'story 2 of 2: 1 finding, 1 in all';
    });
    const version = document.version;
    at(text.indexOf('storm'));
    // Headline 3, lead paragraph with its dateline 11, quotation 5.
    await waitFor('the first story’s counts', () => {
      const { text, detail } = status();
      return text === '19 words · 1 quote · 1 source · 0 unnamed' && detail === 'story 1 of 2: 0 findings, 1 in all';
    });
    assert.strictEqual(document.version, version);
  });

  it('counts the sources of the story at the cursor, and those not named', async () => {
    const status = (await hooks()).status;
    const basket = fixture('sources/basket.txt');
    const document = await vscode.workspace.openTextDocument({ language: 'wirecopy', content: basket });
    const editor = await vscode.window.showTextDocument(document);
    const at = document.positionAt(basket.indexOf('Nobody on the board'));
    editor.selection = new vscode.Selection(at, at);
    // Morag Finlay and "one council member", who is not named: with no reason given, the basket's one finding (anonymous-source).
    await waitFor('the first story’s sources', () => / · 3 quotes · 2 sources · 1 unnamed$/.test(status().text));
    assert.strictEqual(status().detail, 'story 1 of 2: 1 finding, 1 in all');
  });
});
