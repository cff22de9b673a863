// Quotes and speakers as an editor meets them in the sample story: hovers on a speaker and on
// quotations, Go to Definition, Find All References, the two quote rules and their quick fixes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticOf, openText, quickFixFor, ruleOf, untitledCopyOfTheSample } from '../editor';
import { openStory } from '../story';
import { waitFor } from '../wait';

/** The position of the n-th occurrence (0-based) of `needle`, plus `into` characters. */
function positionOf(document: vscode.TextDocument, needle: string, n = 0, into = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" #${n} not in the document`);
  return document.positionAt(at + into);
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await waitFor('a hover', () =>
    vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
  );
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/\\(.)/g, '$1')
    .replace(/\*/g, '');
}

describe('Quotes and speakers', () => {
  let story: vscode.TextDocument;

  before(async () => {
    story = await openStory();
  });

  it('hovers on a surname with the full name, title, aliases and quote count', async () => {
    // "Lavrov said." closing the third body paragraph.
    const text = await hoverText(story, positionOf(story, 'Lavrov said', 0, 2));
    assert.match(text, /Sergey Lavrov/);
    assert.match(text, /Russian Foreign Minister/);
    assert.match(text, /the Russian top diplomat/);
    assert.match(text, /32 quotes/);
    // The standfirst, on line 5, names him in full before the lead does.
    assert.match(text, /first named on line 5/);
  });

  it('hovers on a quotation with its speaker and the words that attribute it', async () => {
    const text = await hoverText(story, positionOf(story, '"We said that we would be ready', 0, 5));
    assert.match(text, /Quotation by Sergey Lavrov/);
    assert.match(text, /the Russian top diplomat noted/);
  });

  it('says when a quotation has no attribution', async () => {
    const text = await hoverText(story, positionOf(story, 'which for some reason', 0, 3));
    assert.match(text, /no attribution found/);
  });

  it('goes from a surname to the first full naming', async () => {
    const locations = await waitFor('a definition', () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', story.uri, positionOf(story, 'Lavrov said', 1, 1)),
    );
    const first = locations[0]!;
    assert.strictEqual(story.getText(first.range), 'Sergey Lavrov');
    assert.strictEqual(first.range.start.line, 4);
  });

  it('finds every mention of Rex Tillerson, by full name and first name', async () => {
    const refs = await waitFor('references', () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', story.uri, positionOf(story, 'Rex', 0, 1)),
    );
    assert.deepStrictEqual(
      refs.map((r) => story.getText(r.range)),
      ['Rex Tillerson', 'Rex', 'Rex Tillerson', 'Rex'],
    );
  });

  it('reports the unattributed partial quote and the stray closing mark, and nothing else about quotes', async () => {
    const quoteRules = (d: vscode.Diagnostic) => typeof d.code === 'object' && /-quote$/.test(String(d.code.value));
    const diagnostics = await waitFor('quote diagnostics', () => vscode.languages.getDiagnostics(story.uri).filter(quoteRules));
    const found = diagnostics.map((d) => [ruleOf(d), story.getText(d.range).slice(0, 20)]);
    assert.deepStrictEqual(found.sort(), [
      ['unattributed-quote', '"which for some reas'],
      ['unbalanced-quote', '"'],
    ]);
  });
});

describe('Quick fixes for quotes', () => {
  let document: vscode.TextDocument;

  beforeEach(async () => {
    document = await untitledCopyOfTheSample();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const fixFor = async (rule: string, title: string): Promise<vscode.CodeAction> => quickFixFor(document, await diagnosticOf(document, rule), title);

  it('attributes the partial quote to Sergey Lavrov in house form', async () => {
    const action = await fixFor('unattributed-quote', 'Attribute to Sergey Lavrov');
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.match(document.getText(), /no one shall meddle with American affairs," Lavrov said\.\n/);
    await waitFor('the finding to go', () =>
      vscode.languages.getDiagnostics(document.uri).every((d) => ruleOf(d) !== 'unattributed-quote'),
    );
  });

  it('removes the stray closing mark', async () => {
    const action = await fixFor('unbalanced-quote', 'Remove the stray quote mark');
    assert.strictEqual(action.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.match(document.getText(), /new capacity," Lavrov said\.\n/);
  });
});

describe('Sources that are not named people', () => {
  // A story written for the test: an organisation named in passing and then quoted as "the bank",
  // a document, and an unnamed source.
  const text = [
    'Harlow Bank cuts growth forecast',
    '',
    'LONDON, May 4 (Reuters) - Harlow Bank cut its forecast for growth on Monday.',
    '',
    '"The outlook has darkened since the spring," the bank said.',
    '',
    '"Lending to small firms fell in every quarter," the report said.',
    '',
    '"Nobody wants to sell at these levels," a trader said.',
    '',
  ].join('\n');
  let document: vscode.TextDocument;

  before(async () => {
    ({ document } = await openText(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('hovers on "the bank" with the organisation it stands for, and its kind', async () => {
    const hover = await hoverText(document, positionOf(document, 'the bank said', 0, 5));
    assert.match(hover, /Harlow Bank/);
    assert.match(hover, /organisation/);
    assert.match(hover, /1 quote/);
  });

  it('hovers on a quotation of a document and of an unnamed source with their kinds', async () => {
    assert.match(await hoverText(document, positionOf(document, '"Lending to small', 0, 3)), /Quotation by the report \(document quoted\)/);
    assert.match(await hoverText(document, positionOf(document, '"Nobody wants', 0, 3)), /Quotation by a trader \(unnamed source\)/);
  });

  it('goes from "the bank" to the organisation\'s first naming, and finds every mention of it', async () => {
    const at = positionOf(document, 'the bank said', 0, 5);
    const locations = await waitFor('a definition', () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, at));
    assert.strictEqual(document.getText(locations[0]!.range), 'Harlow Bank');
    assert.strictEqual(locations[0]!.range.start.line, 2);
    const refs = await waitFor('references', () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at));
    assert.deepStrictEqual(
      refs.map((r) => document.getText(r.range)),
      ['Harlow Bank', 'the bank'],
    );
  });
});
