// The outline of the sample story as VS Code sees it: detection of wire copy in a .txt, the
// document symbols (headline, standfirst, dateline, sections with their paragraphs), the folding
// ranges of the sections, and the command that switches a plain-text document by hand.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openStory, documentWithLanguage } from '../story';
import { findSymbol, outlineText, plainName } from '../symbols';
import { waitFor } from '../wait';

const headline = 'Russian top diplomat says Moscow ready to develop relations with Washington';
const standfirst = 'Sergey Lavrov says the Russian Foreign Ministry and the US state department should work closer';
const dateline = 'MOSCOW, March 29. /TASS/.';
// Sections after the first (which is named after its lead) and their paragraph counts.
const namedSections: [string, number][] = [
  ["The 'Russia' issue", 5],
  ['US election', 4],
  ['Moscow’s alleged plans to interfere in Swedish elections', 4],
];
const firstSectionParagraphs = 9;

describe('Outline of a wire story', () => {
  let story: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];
  let sections: vscode.DocumentSymbol[];

  before(async () => {
    story = await openStory();
    symbols = await waitFor('document symbols', () =>
      vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', story.uri),
    );
  });

  const expectSymbol = (name: string) => {
    const found = findSymbol(symbols, name);
    assert.ok(found, `no symbol named ${JSON.stringify(name)} in the outline:\n${outlineText(symbols)}`);
    return found;
  };

  it('switches the .txt story to Wire Copy', () => {
    assert.strictEqual(story.languageId, 'wirecopy');
  });

  it('has the headline, standfirst and dateline', () => {
    for (const name of [headline, standfirst, dateline]) expectSymbol(name);
  });

  it('has the sections in order, each with its paragraphs', () => {
    const { siblings } = expectSymbol(namedSections[0][0]);
    const names = siblings.map(plainName);
    const firstIndex = names.indexOf(namedSections[0][0]) - 1;
    assert.ok(firstIndex >= 0, `no section before ${namedSections[0][0]}:\n${outlineText(symbols)}`);
    sections = siblings.slice(firstIndex, firstIndex + 1 + namedSections.length);
    assert.deepStrictEqual(
      sections.slice(1).map(plainName),
      namedSections.map(([name]) => name),
    );
    const counts = [firstSectionParagraphs, ...namedSections.map(([, count]) => count)];
    assert.deepStrictEqual(
      sections.map((s) => s.children.length),
      counts,
      `paragraphs per section:\n${outlineText(sections)}`,
    );
  });

  it('folds each section from its first line past its last paragraph', async () => {
    assert.ok(sections, 'sections not found (see the previous test)');
    const ranges = await waitFor('folding ranges', () =>
      vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', story.uri),
    );
    sections.forEach((section, i) => {
      const first = section.range.start.line;
      const lastParagraph = section.children[section.children.length - 1].range.start.line;
      const limit = i + 1 < sections.length ? sections[i + 1].range.start.line : story.lineCount;
      const fold = ranges.find((r) => r.start === first && r.end >= lastParagraph && r.end < limit);
      assert.ok(
        fold,
        `no folding range for "${section.name}" (lines ${first}-${lastParagraph}); ranges: ` +
          JSON.stringify(ranges.map((r) => [r.start, r.end])),
      );
    });
  });
});

describe('Treat as Wire Copy', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('switches a plain-text document to Wire Copy', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A note that is not wire copy.\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('copydesk.treatAsWireCopy');
    const switched = await documentWithLanguage(doc.uri, 'wirecopy');
    assert.strictEqual(switched.languageId, 'wirecopy');
  });
});
