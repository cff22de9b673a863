// A raw Reuters feed of 1987 as VS Code sees it: a .txt that opens with control characters
// becomes Wire Copy, and its outline has one story per item with the headline, byline and
// dateline the wire keyed, and the results item's table as a block of its own.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { documentWithLanguage } from '../story';
import { outlineText, plainName } from '../symbols';
import { waitFor } from '../wait';

const feedUri = vscode.Uri.file(path.resolve(__dirname, '../../../../test/fixtures/agencies/reuters-1987-feed.txt'));

const headlines = [
  'HARBORVIEW MILLS <HVM> SEES HIGHER 1987 OUTPUT',
  'LAKELAND FOODS INC <LKF> 4TH QTR NET',
  'GRAIN SHIPMENTS TO GULF PORTS HALTED BY FOG - OFFICIAL',
  'OPEC OUTPUT SEEN ABOVE CEILING IN FEBRUARY',
];

/** A symbol as the outline shows it: its name, its detail and its kind. */
const shown = (s: vscode.DocumentSymbol): [string, string, string] => [plainName(s), s.detail, vscode.SymbolKind[s.kind]];

describe('Outline of a raw wire feed', () => {
  let feed: vscode.TextDocument;
  let stories: vscode.DocumentSymbol[];

  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(feedUri));
    feed = await documentWithLanguage(feedUri, 'wirecopy');
    stories = await waitFor('document symbols', () =>
      vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', feed.uri),
    );
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeActiveEditor'));

  it('switches the .txt feed, which opens with control characters, to Wire Copy', () => {
    assert.strictEqual(feed.languageId, 'wirecopy');
  });

  it('has one story per item, named by its headline', () => {
    assert.deepStrictEqual(stories.map(plainName), headlines, outlineText(stories));
  });

  it('gives each story its headline, byline and dateline as the wire keyed them', () => {
    const front = stories.map((story) => story.children.filter((c) => ['headline', 'byline', 'dateline'].includes(c.detail)).map(shown));
    assert.deepStrictEqual(front, [
      [
        [headlines[0], 'headline', 'Key'],
        ['By Dana Whitlock, Reuters', 'byline', 'Constant'],
        ['Portland, March 5 -', 'dateline', 'Event'],
      ],
      [
        [headlines[1], 'headline', 'Key'],
        ['TULSA, Okla., March 5 -', 'dateline', 'Event'],
      ],
      [[headlines[2], 'headline', 'Key']],
      [
        [headlines[3], 'headline', 'Key'],
        ['VIENNA, March 5 -', 'dateline', 'Event'],
      ],
    ]);
  });

  it("shows the results item's table between its paragraphs, named by its first row, with its rows", () => {
    const sections = stories[1]!.children.filter((c) => c.kind === vscode.SymbolKind.Namespace);
    assert.strictEqual(sections.length, 1, outlineText(stories[1]!.children));
    const section = sections[0]!;
    assert.strictEqual(section.detail, '2 paragraphs · 1 table');
    assert.deepStrictEqual(section.children.map(shown), [
      ['TULSA, Okla., March 5 -', '¶ 1', 'String'],
      ['Shr 41 cts vs 33 cts', 'table · 9 rows', 'Array'],
      ['NOTE: 1986 net includes gain of 310,000 dlrs…', '¶ 2', 'String'],
    ]);
    const table = section.children[1]!;
    // The rows are lines 22 to 30 of the file, Shr 41 cts to the year's Avg shrs.
    assert.deepStrictEqual([table.range.start.line, table.range.end.line], [21, 29]);
    assert.ok(section.range.contains(table.range) && stories[1]!.range.contains(section.range));
  });

  it('folds the table from its first row to its last', async () => {
    const ranges = await waitFor('folding ranges', () =>
      vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', feed.uri),
    );
    assert.ok(
      ranges.some((r) => r.start === 21 && r.end === 29),
      `no folding range for lines 21-29: ${JSON.stringify(ranges.map((r) => [r.start, r.end]))}`,
    );
  });
});
