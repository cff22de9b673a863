// The language status item: the words, quotes, sources and findings of the story at the cursor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixture, openText, putCursor } from '../editor';
import { testHooks } from '../hooks';
import { waitFor } from '../wait';

/** Two stories: the first with a quotation of Smith, the second with a doubled space, its one finding. */
const text = fixture('two-stories.txt');

describe('The status item', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('counts the story at the cursor, and follows the cursor into another story without an edit', async () => {
    const status = (await testHooks()).status;
    const editor = await openText(text);
    const { document } = editor;
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
    const status = (await testHooks()).status;
    const basket = fixture('sources/basket.txt');
    putCursor(await openText(basket), 'Nobody on the board');
    // Morag Finlay and "one council member", who is not named: with no reason given, the basket's one finding (anonymous-source).
    await waitFor('the first story’s sources', () => / · 3 quotes · 2 sources · 1 unnamed$/.test(status().text));
    assert.strictEqual(status().detail, 'story 1 of 2: 1 finding, 1 in all');
  });
});
