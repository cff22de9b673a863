import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import { summarize } from '../core/summary';
import { analysisOf } from './analyses';
import { LANGUAGE_ID, SELECTOR } from './language';

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** What the status item shows, for the extension-host tests. */
export interface StatusShown {
  text: string;
  detail: string | undefined;
}

/** The language status item of the active wire-copy document: words, quotes, speakers and findings of the story at the cursor. */
export function registerStatusItem(context: vscode.ExtensionContext, onAnalysed: vscode.Event<vscode.TextDocument>): () => StatusShown {
  const item = vscode.languages.createLanguageStatusItem('copydesk.summary', SELECTOR);
  item.name = 'Copydesk';
  /** The analysis shown, so that moving the cursor to another story of it starts no analysis. */
  let shown: { document: vscode.TextDocument; version: number; analysis: Analysis } | undefined;

  const show = (editor: vscode.TextEditor, analysis: Analysis): void => {
    const s = summarize(analysis, editor.document.offsetAt(editor.selection.active));
    item.text = `${plural(s.words, 'word')} · ${plural(s.quotes, 'quote')} · ${plural(s.speakers, 'speaker')}`;
    item.detail =
      s.stories > 1 ? `story ${s.story + 1} of ${s.stories}: ${plural(s.findings, 'finding')}, ${s.allFindings.toLocaleString('en-US')} in all` : plural(s.findings, 'finding');
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
