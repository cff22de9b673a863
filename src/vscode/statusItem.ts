import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import { storySources } from '../core/sources/storySources';
import { summarize } from '../core/summary';
import { analysisOf } from './analyses';
import { counted } from './counted';
import { LANGUAGE_ID, SELECTOR } from './language';

/** What the status item shows, for the extension-host tests. */
export interface StatusShown {
  text: string;
  detail: string | undefined;
}

/**
 * The language status item of the active wire-copy document: words, quotes and sources of the
 * story at the cursor, with how many of those are not named (`4 sources · 1 unnamed`), then in
 * the detail its findings.
 */
export function registerStatusItem(context: vscode.ExtensionContext, onAnalysed: vscode.Event<vscode.TextDocument>): () => StatusShown {
  const item = vscode.languages.createLanguageStatusItem('copydesk.summary', SELECTOR);
  item.name = 'Copydesk';
  /** The analysis shown, so that moving the cursor to another story of it starts no analysis. */
  let shown: { document: vscode.TextDocument; version: number; analysis: Analysis } | undefined;

  const show = (editor: vscode.TextEditor, analysis: Analysis): void => {
    const s = summarize(analysis, editor.document.offsetAt(editor.selection.active));
    const sources = storySources(analysis, s.story);
    item.text = `${counted(s.words, 'word')} · ${counted(s.quotes, 'quote')} · ${counted(sources.sources.length, 'source')} · ${sources.unnamed} unnamed`;
    const findings = counted(s.findings, 'finding');
    item.detail = s.stories > 1 ? `story ${s.story + 1} of ${s.stories}: ${findings}, ${s.allFindings.toLocaleString('en-US')} in all` : findings;
    item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
  };
  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const analysis = await analysisOf(document);
    // Another editor may have become active meanwhile; its own update follows.
    const editor = vscode.window.activeTextEditor;
    if (!analysis || document !== editor?.document) return;
    shown = { document, version: document.version, analysis };
    show(editor, analysis);
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => {
      shown = undefined;
      void update();
    }),
    onAnalysed((document) => document === vscode.window.activeTextEditor?.document && void update()),
    // An edited document's own analysis follows its debounce; until then the counts stay as they were.
    vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
      if (shown && textEditor === vscode.window.activeTextEditor && textEditor.document === shown.document && shown.version === textEditor.document.version) {
        show(textEditor, shown.analysis);
      }
    }),
  );
  void update();
  return () => ({ text: item.text, detail: item.detail });
}
