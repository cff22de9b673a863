// House style as a desk sets it: the copydesk.rules setting, the desk's .copydesk.json in the
// workspace, "Ignore this finding", and a malformed style file. Each test leaves the workspace
// as it found it (no style file, no setting), so the other suites see the defaults.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { openStory, storyUri } from '../story';
import { quickFixFor, ruleOf } from '../editor';
import { waitFor } from '../wait';

const styleFile = (): vscode.Uri => vscode.Uri.file(path.join(path.dirname(storyUri().fsPath), '.copydesk.json'));

async function writeStyleFile(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(styleFile(), new TextEncoder().encode(text));
}

async function removeStyleFile(): Promise<void> {
  await vscode.workspace.fs.delete(styleFile()).then(undefined, () => undefined);
}

const diagnosticsOf = (document: vscode.TextDocument, rule: string): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(document.uri).filter((d) => ruleOf(d) === rule);

describe('House style', function () {
  // Skipped under a launcher without a throwaway workspace: these tests write into it.
  before(function () {
    if (!process.env.COPYDESK_TEST_WORKSPACE) this.skip();
  });

  let story: vscode.TextDocument;
  beforeEach(async () => {
    story = await openStory();
    await waitFor('the residue finding', () => diagnosticsOf(story, 'residue'));
  });

  afterEach(async () => {
    await removeStyleFile();
    await vscode.workspace.getConfiguration('copydesk').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the defaults again', () => diagnosticsOf(story, 'residue').length === 1 && diagnosticsOf(story, 'residue')[0]!.severity === vscode.DiagnosticSeverity.Warning);
  });

  it('turns a rule off from the settings at once', async () => {
    await vscode.workspace.getConfiguration('copydesk').update('rules', { residue: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('the residue finding to go', () => diagnosticsOf(story, 'residue').length === 0);
    assert.ok(diagnosticsOf(story, 'unattributed-quote').length === 1, 'the other rules still report');
  });

  it('takes a severity from the desk’s style file at once', async () => {
    await writeStyleFile('{\n  // the desk\n  "rules": { "residue": "error" },\n}\n');
    const [residue] = await waitFor('an error-level residue finding', () =>
      diagnosticsOf(story, 'residue').filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.strictEqual(story.getText(residue!.range), 'All news');
  });

  it('reports a malformed style file on the file and goes on with defaults', async () => {
    await writeStyleFile('{ "rules": { "residue": "off" }\n  "dash": "spaced-em" }\n');
    const problems = await waitFor('a diagnostic on the style file', () => vscode.languages.getDiagnostics(styleFile()));
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0]!.message, /not valid JSON/);
    assert.strictEqual(problems[0]!.range.start.line, 1);
    assert.strictEqual(diagnosticsOf(story, 'residue').length, 1, 'the defaults apply');
  });

  it('gives the same findings as the CLI for the same story and style file', async () => {
    await writeStyleFile('{ "rules": { "residue": "error", "spacing": "off" }, "quoteStyle": "straight", "people": [{ "name": "Stefan Löfven", "variants": ["Stefan Lofven"] }] }');
    await waitFor('the style file to apply', () => diagnosticsOf(story, 'name-spelling'));
    const cli = path.resolve(__dirname, '../../../../dist/cli.js');
    const run = spawnSync(process.execPath, [cli, 'analyze', '--json', story.uri.fsPath], { encoding: 'utf8' });
    assert.strictEqual(run.status, 1, 'a finding of severity error makes the CLI exit 1');
    const json = JSON.parse(run.stdout);
    const severities = ['error', 'warning', 'info', 'hint'];
    const fromCli = json.findings.map((f: { rule: string; start: number; end: number; severity: string }) => `${f.rule} ${f.start}-${f.end} ${f.severity}`);
    const fromEditor = vscode.languages
      .getDiagnostics(story.uri)
      .filter((d) => d.source === 'Copydesk')
      .map((d) => `${ruleOf(d)} ${story.offsetAt(d.range.start)}-${story.offsetAt(d.range.end)} ${severities[d.severity]}`);
    assert.deepStrictEqual([...fromEditor].sort(), [...fromCli].sort());
    assert.ok(fromCli.some((f: string) => f.startsWith('residue ') && f.endsWith(' error')));
  });

  it('ignores exactly one finding, and the choice survives an edit elsewhere', async () => {
    // A copy of the story on disk, so the edit leaves the sample alone.
    const copyUri = vscode.Uri.file(path.join(path.dirname(storyUri().fsPath), 'ignore-me.wire'));
    await vscode.workspace.fs.writeFile(copyUri, new TextEncoder().encode(story.getText()));
    const copy = await vscode.workspace.openTextDocument(copyUri);
    const editor = await vscode.window.showTextDocument(copy);
    try {
      // The defaults again (an earlier test's style file made residue an error), before counting.
      await waitFor('page furniture at its default severity', () => diagnosticsOf(copy, 'residue').filter((d) => d.severity === vscode.DiagnosticSeverity.Warning));
      const unattributed = await waitFor('the unattributed quote', () => diagnosticsOf(copy, 'unattributed-quote')[0]);
      const ignore = await quickFixFor(copy, unattributed, 'Ignore this finding');
      assert.ok(ignore.command, 'an Ignore this finding action');
      const before = vscode.languages.getDiagnostics(copy.uri).length;
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await waitFor('the finding to go', () => diagnosticsOf(copy, 'unattributed-quote').length === 0);
      assert.strictEqual(vscode.languages.getDiagnostics(copy.uri).length, before - 1, 'only that finding went');
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(styleFile()));
      assert.match(written, /"rule": "unattributed-quote"/);

      // Another paragraph changes; the ignored sentence is untouched and stays ignored.
      await editor.edit((e) => e.insert(new vscode.Position(8, 1), 'Indeed, '));
      await waitFor('the edit to be checked', () => vscode.languages.getDiagnostics(copy.uri).length > 0);
      assert.strictEqual(diagnosticsOf(copy, 'unattributed-quote').length, 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(copyUri);
      await vscode.window.showTextDocument(story);
    }
  });
});
