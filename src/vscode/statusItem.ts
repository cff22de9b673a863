import * as vscode from 'vscode';
import { summarize } from '../core/summary';
import { analysisOf } from './analyses';
import { LANGUAGE_ID, SELECTOR } from './language';

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The language status item of the active wire-copy document: words, quotes, speakers, findings. */
export function registerStatusItem(context: vscode.ExtensionContext, onAnalysed: vscode.Event<vscode.TextDocument>): void {
  const item = vscode.languages.createLanguageStatusItem('copydesk.summary', SELECTOR);
  item.name = 'Copydesk';
  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) return;
    const analysis = await analysisOf(document);
    // Another editor may have become active meanwhile; its own update follows.
    if (!analysis || document !== vscode.window.activeTextEditor?.document) return;
    const s = summarize(analysis);
    item.text = `${plural(s.words, 'word')} · ${plural(s.quotes, 'quote')} · ${plural(s.speakers, 'speaker')}`;
    item.detail = `${plural(s.findings, 'finding')}${s.stories > 1 ? ` in ${s.stories} stories` : ''}`;
    item.command = { title: 'Show problems', command: 'workbench.actions.view.problems' };
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    onAnalysed((document) => document === vscode.window.activeTextEditor?.document && void update()),
  );
  void update();
}
