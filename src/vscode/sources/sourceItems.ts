import * as vscode from 'vscode';
import { firstWords } from '../../core/text/firstWords';
import { counted } from '../counted';
import { KIND_ICON, KIND_LABEL } from './kinds';
import { percent, shareBar } from './shareBar';
import type { QuoteNode, SourceNode, SourcesNode, StoryNode, SummaryNode } from './sourceNodes';

/** A quotation is named by its first words, as the outline names a paragraph. */
const QUOTE_WORDS = 8;
/** Its tooltip reads on further. */
const TOOLTIP_WORDS = 40;

const lineOf = (document: vscode.TextDocument, offset: number): number => document.positionAt(offset).line + 1;

function item(node: SourcesNode, label: string, description: string, state = vscode.TreeItemCollapsibleState.None): vscode.TreeItem {
  const i = new vscode.TreeItem(label, state);
  i.id = node.id;
  i.contextValue = node.type;
  i.description = description;
  // A string tooltip would be read out in place of the row itself.
  i.accessibilityInformation = { label: `${label}, ${description}` };
  return i;
}

function storyItem(node: StoryNode, cursorStory: number): vscode.TreeItem {
  const { analysis } = node.snapshot;
  const k = node.story;
  const s = node.snapshot.storySources(k);
  // The story being read opens; the others wait to be asked, as a basket may hold hundreds.
  const i = item(
    node,
    analysis.stories[k]!.headline?.text ?? `Story ${k + 1}`,
    `story ${k + 1} of ${analysis.stories.length} · ${counted(s.sources.length, 'source')} · ${s.unnamed} unnamed`,
    k === cursorStory ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
  );
  i.iconPath = new vscode.ThemeIcon('symbol-module'); // as the outline shows a basket's stories
  return i;
}

function summaryItem(node: SummaryNode): vscode.TreeItem {
  const s = node.snapshot.storySources(node.story);
  const unattributed = s.unattributed > 0 ? ` · ${counted(s.unattributed, 'quote')} unattributed` : '';
  const i = item(
    node,
    `${counted(s.sources.length, 'source')} · ${s.named} named · ${s.unnamed} unnamed`,
    `${percent(s.unnamedShare)} of quoted words unnamed${unattributed}`,
  );
  i.tooltip = [
    `${counted(s.quotes, 'quotation')}, ${counted(s.quotedWords, 'quoted word')}`,
    `${counted(s.sources.length, 'source')}: ${s.named} named, ${s.unnamed} unnamed`,
    `${percent(s.unnamedShare)} of the quoted words from sources not named`,
    `${counted(s.unattributed, 'quotation')} attributed to no one`,
  ].join('\n');
  i.iconPath = new vscode.ThemeIcon('pie-chart');
  return i;
}

function sourceItem(node: SourceNode): vscode.TreeItem {
  const { row } = node;
  const { document, analysis } = node.snapshot;
  const share = `${counted(row.quotes.length, 'quote')} · ${percent(row.share)}`;
  const i = item(node, row.name, row.title ? `${row.title}   ${shareBar(row.share)} ${share}` : `${shareBar(row.share)} ${share}`, vscode.TreeItemCollapsibleState.Collapsed);
  // Read out without the bar, whose blocks a screen reader would name one by one.
  i.accessibilityInformation = { label: [row.name, row.title, KIND_LABEL[row.kind], share].filter(Boolean).join(', ') };
  i.iconPath = KIND_ICON[row.kind];
  const quotedWords = node.snapshot.storySources(node.story).quotedWords;
  i.tooltip = [
    row.title ? `${row.name} — ${row.title}` : row.name,
    KIND_LABEL[row.kind],
    `${counted(row.quotes.length, 'quote')}: ${row.words.toLocaleString('en-US')} of the story's ${counted(quotedWords, 'quoted word')} (${percent(row.share)}); ` +
      `first named on line ${lineOf(document, analysis.people[row.person]!.first.start)}`,
  ].join('\n');
  return i;
}

function quoteItem(node: QuoteNode): vscode.TreeItem {
  const { document, analysis } = node.snapshot;
  const q = analysis.quotes[node.quote]!;
  const i = item(node, firstWords(analysis.text, q.inner.start, q.inner.end, QUOTE_WORDS), `line ${lineOf(document, q.start)}`);
  i.tooltip = firstWords(analysis.text, q.inner.start, q.inner.end, TOOLTIP_WORDS);
  i.iconPath = new vscode.ThemeIcon('quote');
  i.command = { title: 'Show the quotation', command: 'copydesk.sources.showQuotation', arguments: [node] };
  return i;
}

/** The row the view shows for a node; in the whole document's view, the story at the cursor opens. */
export function treeItemOf(node: SourcesNode, cursorStory: number): vscode.TreeItem {
  switch (node.type) {
    case 'story':
      return storyItem(node, cursorStory);
    case 'summary':
      return summaryItem(node);
    case 'source':
      return sourceItem(node);
    case 'quote':
      return quoteItem(node);
  }
}
