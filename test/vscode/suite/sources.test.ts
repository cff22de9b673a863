// The Sources view as the test hook reads it: its rows for the sample story and for a basket of
// two stories with quotes, a quotation revealed from its row, Go to Definition and Find All
// References from a source's row, the view of the whole basket, and why the view is empty.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CopydeskTestHooks } from '../../../src/vscode/extension';
import type { ShownRow, SourcesShown } from '../../../src/vscode/sources/sourcesView';
import { fixture, openText, putCursor } from '../editor';
import { testHooks } from '../hooks';
import { openStory } from '../story';
import { waitFor } from '../wait';

/** Two stories: Morag Finlay (27 quoted words) and one council member (14); Tom Aldridge (20) and the association (11). */
const basket = fixture('sources/basket.txt');

/** A row as label, description and icon, the way the tests below write what they expect. */
const line = (row: ShownRow): string => `${row.label} | ${row.description} | ${row.icon}`;

/** What the view shows once it shows `document` as it is now and `ready` holds of it. */
function shownFor(h: CopydeskTestHooks, document: vscode.TextDocument, ready: (s: SourcesShown) => boolean = (s) => s.rows.length > 0): Promise<SourcesShown> {
  return waitFor(`the Sources view of ${document.uri.toString(true)}, version ${document.version}`, () => {
    const s = h.sources();
    return s.uri === document.uri.toString() && s.version === document.version && ready(s) ? s : undefined;
  });
}


describe('The Sources view', () => {
  let h: CopydeskTestHooks;

  before(async () => {
    h = await testHooks();
  });

  describe('on the sample story', () => {
    let story: vscode.TextDocument;
    let lavrov: ShownRow;

    before(async () => {
      story = await openStory();
      const shown = await shownFor(h, story);
      lavrov = shown.rows[1]!;
    });

    it('sums up the story, then lists Sergey Lavrov alone, with his 32 quotes and 97% of the quoted words', () => {
      const { rows, empty, description } = h.sources();
      // 1,152 words in quotation marks, 1,119 of them Lavrov's (97.1%: 62 of 64 eighths of the
      // bar); the 33 of the quotation on line 43 are no one's. Putin, Trump, Tillerson, Lofven
      // and Blair are named but never quoted, so they are no source.
      assert.deepStrictEqual(rows.map(line), [
        '1 source · 1 named · 0 unnamed | 0% of quoted words unnamed · 1 quote unattributed | pie-chart',
        'Sergey Lavrov | Russian Foreign Minister   ███████▊ 32 quotes · 97% | person',
      ]);
      assert.strictEqual(empty, undefined);
      assert.strictEqual(description, undefined, 'one story: nothing to say which');
      assert.strictEqual(lavrov.contextValue, 'source');
      assert.match(lavrov.tooltip, /1,119 of the story's 1,152 quoted words \(97%\); first named on line 5/);
    });

    it('opens a source for its quotations, each by its first words and line', () => {
      assert.strictEqual(lavrov.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      const quotes = lavrov.children;
      // By hand: two quotations on line 9, two on 11, three on 15, ... four on 55.
      const lines = [9, 9, 11, 11, 15, 15, 15, 17, 17, 17, 19, 19, 19, 21, 23, 29, 31, 33, 33, 33, 35, 35, 41, 45, 51, 51, 53, 53, 55, 55, 55, 55];
      assert.deepStrictEqual(
        quotes.map((q) => q.description),
        lines.map((n) => `line ${n}`),
      );
      assert.strictEqual(quotes[0]!.label, 'We said that we would be ready to…');
      assert.strictEqual(quotes[0]!.icon, 'quote');
    });

    it('selects a quotation in the editor when its row is clicked', async () => {
      const { command } = lavrov.children[2]!;
      assert.ok(command, 'a quotation row has a command');
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = await waitFor('the quotation selected', () => {
        const e = vscode.window.activeTextEditor;
        return e?.document === story && !e.selection.isEmpty ? e : undefined;
      });
      // The first quotation of line 11, its marks included.
      assert.strictEqual(editor.selection.start.line, 10);
      assert.strictEqual(
        story.getText(editor.selection),
        '"We will be ready to cover our part of the way, as President Putin said, but we will not be making any unilateral steps,"',
      );
    });

    it('goes from a source to where the story first names him', async () => {
      await vscode.commands.executeCommand('copydesk.sources.goToDefinition', lavrov.node);
      const editor = await waitFor('the cursor on the standfirst', () => {
        const e = vscode.window.activeTextEditor;
        return e?.document === story && e.selection.start.line === 4 ? e : undefined;
      });
      const start = editor.selection.start;
      assert.strictEqual(story.getText(new vscode.Range(start, start.translate(0, 'Sergey Lavrov'.length))), 'Sergey Lavrov');
    });

    it('finds all references from a source, from his first mention', async () => {
      const editor = vscode.window.activeTextEditor!;
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('copydesk.sources.findReferences', lavrov.node);
      // references-view reads the cursor of the active editor, which the command put on the standfirst.
      assert.deepStrictEqual([vscode.window.activeTextEditor?.document, editor.selection.active.line], [story, 4]);
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', story.uri, editor.selection.active);
      assert.deepStrictEqual([story.getText(references[0]!.range), references[0]!.range.start.line], ['Sergey Lavrov', 4]);
    });
  });

  describe('in a basket', () => {
    let editor: vscode.TextEditor;

    beforeEach(async () => {
      editor = await openText(basket);
    });
    afterEach(async () => {
      await vscode.commands.executeCommand('copydesk.sources.followStory');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    // Shares by hand: 27/41 = 65.9% (42 of 64 eighths), 14/41 = 34.1% (22); 20/31 = 64.5% (41), 11/31 = 35.5% (23).
    const first = [
      '2 sources · 1 named · 1 unnamed | 34% of quoted words unnamed | pie-chart',
      'Morag Finlay | council leader   █████▎░░ 2 quotes · 66% | person',
      'one council member | ██▊░░░░░ 1 quote · 34% | eye-closed',
    ];
    const second = [
      '2 sources · 2 named · 0 unnamed | 0% of quoted words unnamed | pie-chart',
      'Tom Aldridge | grower   █████▏░░ 1 quote · 65% | person',
      'the association | ██▉░░░░░ 1 quote · 35% | briefcase',
    ];

    it('follows the cursor from story to story, without another analysis', async () => {
      putCursor(editor, 'Nobody on the board');
      const one = await shownFor(h, editor.document, (s) => s.description === 'story 1 of 2');
      assert.deepStrictEqual(one.rows.map(line), first);
      const version = editor.document.version;
      putCursor(editor, 'the blossom was fully open');
      const two = await shownFor(h, editor.document, (s) => s.description === 'story 2 of 2');
      assert.deepStrictEqual(two.rows.map(line), second);
      assert.strictEqual(editor.document.version, version);
    });

    it('shows every story, one group each named by its headline, and back', async () => {
      putCursor(editor, 'the blossom was fully open');
      await shownFor(h, editor.document, (s) => s.description === 'story 2 of 2');
      await vscode.commands.executeCommand('copydesk.sources.showWholeDocument');
      const all = await shownFor(h, editor.document, (s) => s.description === '2 stories');
      assert.deepStrictEqual(
        all.rows.map((r) => [line(r), r.collapsibleState, r.children.map(line)]),
        [
          ['Harbour council delays ferry fare rise | story 1 of 2 · 2 sources · 1 unnamed | symbol-module', vscode.TreeItemCollapsibleState.Collapsed, first],
          // The story at the cursor is the one open.
          ['Orchard growers count cost of late frost | story 2 of 2 · 2 sources · 0 unnamed | symbol-module', vscode.TreeItemCollapsibleState.Expanded, second],
        ],
      );
      await vscode.commands.executeCommand('copydesk.sources.followStory');
      const back = await shownFor(h, editor.document, (s) => s.description === 'story 2 of 2');
      assert.deepStrictEqual(back.rows.map(line), second);
    });

    it('keeps its rows and their ids through an edit, with the lines moved', async () => {
      putCursor(editor, 'the blossom was fully open');
      const before = await shownFor(h, editor.document, (s) => s.description === 'story 2 of 2');
      assert.deepStrictEqual(before.rows[1]!.children.map((q) => q.description), ['line 17']);
      await editor.edit((e) => e.insert(editor.document.positionAt(basket.indexOf('ENDS')), 'Islanders welcomed the delay.\n\n'));
      const after = await shownFor(h, editor.document);
      assert.deepStrictEqual(after.rows.map(line), second);
      assert.deepStrictEqual(after.rows[1]!.children.map((q) => q.description), ['line 19']);
      const ids = (rows: ShownRow[]): string[] => rows.flatMap((r) => [r.id, ...ids(r.children)]);
      assert.deepStrictEqual(ids(after.rows), ids(before.rows));
    });

    it('selects a quotation where it is now when the text moved since its row was drawn', async () => {
      putCursor(editor, 'the blossom was fully open');
      const { rows } = await shownFor(h, editor.document, (s) => s.description === 'story 2 of 2');
      const row = rows[1]!.children[0]!;
      // Words added above it, and the row clicked before the view is redrawn.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Islanders welcomed the delay.\n\n'));
      await vscode.commands.executeCommand(row.command!.command, ...(row.command!.arguments ?? []));
      const selected = await waitFor('a quotation selected', () => {
        const e = vscode.window.activeTextEditor;
        return e?.document === editor.document && !e.selection.isEmpty ? e.document.getText(e.selection) : undefined;
      });
      // Tom Aldridge's one quotation, marks included, as the basket has it.
      const quotation = basket.slice(basket.indexOf('"', basket.indexOf('ENDS')), basket.indexOf('," ', basket.indexOf('ENDS')) + 2);
      assert.strictEqual(selected, quotation);
      assert.match(selected, /^".*,"$/);
    });

    it('puts the cursor on a source’s first mention in another story', async () => {
      putCursor(editor, 'Nobody on the board');
      const { rows } = await shownFor(h, editor.document, (s) => s.description === 'story 1 of 2');
      putCursor(editor, 'the blossom');
      await vscode.commands.executeCommand('copydesk.sources.goToDefinition', rows[1]!.node);
      await waitFor('the cursor on Morag Finlay', () => {
        const { start } = vscode.window.activeTextEditor!.selection;
        return editor.document.getText(new vscode.Range(start, start.translate(0, 'Morag Finlay'.length))) === 'Morag Finlay';
      });
    });
  });

  describe('says why it is empty', () => {
    afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

    const emptyFor = (editor: vscode.TextEditor, why: SourcesShown['empty']) =>
      waitFor(`the view empty, ${why}`, () => {
        const s = h.sources();
        return (why === 'notWireCopy' || s.uri === editor.document.uri.toString()) && s.empty === why && s.rows.length === 0;
      });

    it('when the document is not wire copy', async () => {
      await emptyFor(await openText('A shopping list, with "quotes" in it.\n', 'plaintext'), 'notWireCopy');
    });

    it('when no story quotes anyone', async () => {
      await emptyFor(await openText('Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools across the Highlands shut on Thursday.\n'), 'documentWithoutQuotes');
    });

    it('when the story at the cursor quotes no one, though another does', async () => {
      const editor = await openText(fixture('basket.txt'));
      putCursor(editor, 'ordered a recount');
      await emptyFor(editor, 'storyWithoutQuotes');
    });
  });
});
