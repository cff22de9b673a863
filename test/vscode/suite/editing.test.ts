// Typing and size: diagnostics after a burst of edits are those of the final text, never a
// stale version's, on the main thread or in the worker; past what VS Code shows of a file, the
// diagnostics in view come first; a document over copydesk.maxFileSize is left unchecked.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/analyze';
import { ruleOf, untitledCopyOfTheSample } from '../editor';
import { scratchUri } from '../scratch';
import { waitFor } from '../wait';

const key = (rule: string, range: vscode.Range): string => `${rule} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

describe('Editing', () => {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  beforeEach(async () => {
    document = await untitledCopyOfTheSample();
    editor = vscode.window.activeTextEditor!;
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('copydesk').update('workerThreshold', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ends a burst of typing with the findings of the final text', async () => {
    // Thirty keystrokes in the middle, each its own edit, as typing sends them.
    for (const ch of 'Indeed, he said so twice.  Yes') {
      await editor.edit((e) => e.insert(editor.selection.active.with(12, 0), ch), { undoStopBefore: false, undoStopAfter: false });
    }
    const expected = analyze(document.getText())
      .findings.map((f) => key(f.rule, new vscode.Range(document.positionAt(f.start), document.positionAt(f.end))))
      .sort();
    await waitFor('the diagnostics of the final text', () => {
      const actual = vscode.languages
        .getDiagnostics(document.uri)
        .map((d) => key(ruleOf(d)!, d.range))
        .sort();
      return JSON.stringify(actual) === JSON.stringify(expected);
    });
    assert.ok(expected.length > 0);
  });

  /** Opens a basket of about 600 KB: the fixtures over and over, each copy's names changed so that stories differ. */
  async function openBasket(): Promise<void> {
    const dir = path.resolve(__dirname, '../../../../test/fixtures');
    const stories = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const copies: string[] = [];
    for (let n = 0; copies.join('').length < 600_000; n++) copies.push(...stories.map((t) => t.replace(/Lavrov|Tillerson/g, (w) => `${w}${n}`) + '\n\nENDS\n\n'));
    // A second untitled document (closing the first now could hand its name, mid-close, to this one); afterEach closes it.
    document = await vscode.workspace.openTextDocument({ language: 'wirecopy', content: copies.join('') });
    editor = await vscode.window.showTextDocument(document);
  }

  /**
   * Types for a while into the middle of the basket, and waits for the diagnostics of the final
   * text, messages included: the findings of a fresh analysis, not those of a version before,
   * nor a story left where it was before an edit moved it.
   */
  async function typeIntoBasket(): Promise<number> {
    await openBasket();
    await waitFor('the first diagnostics', () => vscode.languages.getDiagnostics(document.uri), 60_000);
    // Bursts of keystrokes in the middle, with pauses past the debounce so that analyses start
    // between bursts, and the next burst supersedes any still running.
    const middle = document.positionAt(document.getText().length / 2).with(undefined, 0);
    let typed = 0;
    for (const ch of 'He said: "We will not go."  All news\n\n') {
      await editor.edit((e) => e.insert(middle.translate(0, typed++), ch), { undoStopBefore: false, undoStopAfter: false });
      if (typed % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 400));
    }
    const described = (rule: string, range: vscode.Range, message: string): string => `${key(rule, range)} ${message}`;
    const expected = analyze(document.getText())
      .findings.map((f) => described(f.rule, new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f.message))
      .sort();
    await waitFor(
      'the diagnostics of the final text',
      () => {
        const actual = vscode.languages
          .getDiagnostics(document.uri)
          .map((d) => described(ruleOf(d)!, d.range, d.message))
          .sort();
        return JSON.stringify(actual) === JSON.stringify(expected);
      },
      60_000,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    return expected.length;
  }

  it('ends a while of typing in a large basket, each story kept between edits, with the findings of the final text', async function () {
    // Every pause analyses 600 KB on the main thread: slow on a loaded machine, so the wait for the final findings gets its own time.
    this.timeout(120_000);
    const findings = await typeIntoBasket();
    assert.ok(findings > 1000, `${findings} findings`);
  });

  it('ends a while of typing in a large basket, analysed in the worker, with the findings of the final text', async function () {
    this.timeout(120_000);
    // Off the main thread once the threshold is lowered to 100 KB.
    await vscode.workspace.getConfiguration('copydesk').update('workerThreshold', 100_000, vscode.ConfigurationTarget.Global);
    const findings = await typeIntoBasket();
    assert.ok(findings > 1000, `${findings} findings`);
  });

  it('past the diagnostics VS Code shows of a file, gives it first those where the editor is reading', async function () {
    this.timeout(120_000);
    await openBasket();
    const all = await waitFor('the first diagnostics', () => vscode.languages.getDiagnostics(document.uri), 60_000);
    assert.ok(all.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length > 2000, `${all.length} diagnostics`);
    const line = document.lineCount - 40;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor('the view near the end', () => editor.visibleRanges[0]!.start.line > document.lineCount / 2);
    // What VS Code shows of a file: the first 1000 of each severity in the order given, errors first.
    const shown = (diagnostics: vscode.Diagnostic[]): Set<vscode.Diagnostic> => {
      const picked = new Set<vscode.Diagnostic>();
      for (const severity of [0, 1, 2, 3]) for (const d of diagnostics) if (d.severity === severity && picked.size < 1000) picked.add(d);
      return picked;
    };
    // The warnings in view: the basket has more than VS Code shows, so it shows no information at all.
    const inView = (d: vscode.Diagnostic): boolean =>
      d.severity === vscode.DiagnosticSeverity.Warning && editor.visibleRanges.some((r) => r.intersection(d.range) !== undefined);
    const byPlace = [...all].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.ok(byPlace.filter(inView).some((d) => !shown(byPlace).has(d)), 'in the order of the text, the view near the end would have no squiggles');
    await waitFor('the diagnostics in view among those shown', () => {
      const now = vscode.languages.getDiagnostics(document.uri);
      const visible = now.filter(inView);
      const picked = shown(now);
      return visible.length > 0 && visible.every((d) => picked.has(d));
    });
  });

  it('clears the diagnostics of a document when it closes, even with an analysis pending', async () => {
    // A second copy stays open (and keeps another untitled name) to show the queue went on.
    const other = await untitledCopyOfTheSample();
    editor = await vscode.window.showTextDocument(document);
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(document.uri));
    // An edit schedules a new analysis; closing before it runs must leave nothing behind.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
    const uri = document.uri;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('no diagnostics for the closed document', () => vscode.languages.getDiagnostics(uri).length === 0);
    // The other document's edit goes through the same debounce: once its findings arrive, the
    // closed document's pending analysis would have run too.
    editor = await vscode.window.showTextDocument(other);
    document = other;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Read more\n\n'));
    await waitFor('the other document’s new residue finding', () =>
      vscode.languages.getDiagnostics(other.uri).some((d) => ruleOf(d) === 'residue' && other.getText(d.range) === 'Read more'),
    );
    assert.notStrictEqual(other.uri.toString(), uri.toString());
    assert.strictEqual(vscode.languages.getDiagnostics(uri).length, 0);
  });

  it('leaves a document over copydesk.maxFileSize unchecked, and checks it once the limit allows', async () => {
    await vscode.workspace.getConfiguration('copydesk').update('maxFileSize', 1000, vscode.ConfigurationTarget.Global);
    const outline = () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.strictEqual((await outline())?.length ?? 0, 0, 'no outline: the document was not analysed');
    await vscode.workspace.getConfiguration('copydesk').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    // The workbench keeps a version's outline; the next edit asks again.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
    await waitFor('the outline', outline);
  });
});

describe('A file that is not text', () => {
  it('gets one information diagnostic and nothing else', async () => {
    const uri = scratchUri('broken-feed.wire');
    // Control characters, as a feed broken in transmission delivers. (A file with NUL bytes
    // never reaches the extension: VS Code refuses to open it as text.)
    const noise = Array.from({ length: 2000 }, (_, i) => [0x05, 0x06, 0x0e, 0x0f, 0x10, 0x11, 0x41][i % 7]!);
    await vscode.workspace.fs.writeFile(uri, new Uint8Array(noise));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor('a diagnostic', () => vscode.languages.getDiagnostics(uri));
      assert.deepStrictEqual(
        diagnostics.map((d) => [ruleOf(d), d.severity]),
        [['not-text', vscode.DiagnosticSeverity.Information]],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
