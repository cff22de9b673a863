import * as vscode from 'vscode';
import { storyAt } from '../../core/model/storyAt';
import { analysisOf, lengthOf, sizeLimit } from '../analyses';
import { LANGUAGE_ID } from '../language';
import { Snapshot } from './snapshot';
import { childrenOf, type Scope, type SourcesNode, storyGroups, storyRows } from './sourceNodes';
import { registerSourceCommands } from './sourceCommands';
import { treeItemOf } from './sourceItems';

export const VIEW_ID = 'copydesk.sources';

/** Why the view is empty: each has its welcome message (package.json, viewsWelcome). */
export type EmptyReason = 'notWireCopy' | 'tooLarge' | 'documentWithoutQuotes' | 'storyWithoutQuotes';

/** A row as the view shows it, with its children, for the extension-host tests. */
export interface ShownRow {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  icon: string | undefined;
  contextValue: string | undefined;
  collapsibleState: vscode.TreeItemCollapsibleState | undefined;
  command: vscode.Command | undefined;
  /** The element the view hands to its context menu's commands. */
  node: SourcesNode;
  children: ShownRow[];
}

/** What the view shows, for the extension-host tests. */
export interface SourcesShown {
  rows: ShownRow[];
  empty: EmptyReason | undefined;
  description: string | undefined;
  /** The document the rows are of, and its version. */
  uri: string | undefined;
  version: number | undefined;
}

class SourcesProvider implements vscode.TreeDataProvider<SourcesNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  snapshot: Snapshot | undefined;
  scope: Scope = 'story';
  /** The story at the active editor's cursor, from 0. */
  cursorStory = 0;

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    return treeItemOf(node, this.cursorStory);
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (node) return childrenOf(node);
    if (!this.snapshot || this.empty() !== undefined) return [];
    return this.scope === 'document' ? storyGroups(this.snapshot) : storyRows(this.snapshot, this.cursorStory, 'story');
  }

  /** Why there is nothing to list, if so; undefined also while a document's first analysis runs. */
  empty(): EmptyReason | undefined {
    const s = this.snapshot;
    if (!s) return undefined;
    if (s.analysis.quotes.length === 0) return lengthOf(s.document) > sizeLimit(s.document) ? 'tooLarge' : 'documentWithoutQuotes';
    return this.scope === 'story' && s.storySources(this.cursorStory).quotes === 0 ? 'storyWithoutQuotes' : undefined;
  }

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Sets a context key only when its value changes: `when` clauses are re-evaluated at each set. */
function contextKeys(): (key: string, value: unknown) => void {
  const values = new Map<string, unknown>();
  return (key, value) => {
    if (values.has(key) && values.get(key) === value) return;
    values.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
}

/**
 * The Sources view: who is quoted in the story at the cursor of the active wire-copy document
 * (or in every story of it), read off the analysis the diagnostics already made.
 */
export function registerSourcesView(context: vscode.ExtensionContext, onAnalysed: vscode.Event<vscode.TextDocument>): () => SourcesShown {
  const provider = new SourcesProvider();
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const setContext = contextKeys();
  /** Set when no wire-copy document is active: the snapshot is then none, and not a pending one. */
  let notWireCopy = true;

  const render = (): void => {
    const s = provider.snapshot;
    const stories = s?.analysis.stories.length ?? 0;
    setContext('copydesk.sources.empty', notWireCopy ? 'notWireCopy' : (provider.empty() ?? false));
    setContext('copydesk.sources.basket', stories > 1);
    setContext('copydesk.sources.wholeDocument', provider.scope === 'document');
    view.description = stories < 2 ? undefined : provider.scope === 'document' ? `${stories} stories` : `story ${provider.cursorStory + 1} of ${stories}`;
    provider.refresh();
  };

  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      provider.snapshot = undefined;
      notWireCopy = true;
      render();
      return;
    }
    notWireCopy = false;
    if (provider.snapshot?.document !== document) {
      // Another document's rows must not stay up while this one's analysis runs.
      provider.snapshot = undefined;
      render();
    }
    const analysis = await analysisOf(document);
    // Another editor may have become active meanwhile; its own update follows.
    const editor = vscode.window.activeTextEditor;
    if (!analysis || editor?.document !== document) return;
    provider.snapshot = new Snapshot(document, analysis);
    provider.cursorStory = storyAt(analysis.stories, document.offsetAt(editor.selection.active));
    render();
  };

  /**
   * Moving into another story shows its sources from the analysis already made; within a story,
   * or in the view of every story, nothing changes.
   */
  const followCursor = (editor: vscode.TextEditor): void => {
    const s = provider.snapshot;
    if (!s?.current || editor !== vscode.window.activeTextEditor || editor.document !== s.document) return;
    const k = storyAt(s.analysis.stories, s.document.offsetAt(editor.selection.active));
    if (k === provider.cursorStory) return;
    provider.cursorStory = k;
    if (provider.scope === 'story') render();
  };

  const showScope = (scope: Scope): void => {
    provider.scope = scope;
    render();
  };

  context.subscriptions.push(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    onAnalysed((document) => document === vscode.window.activeTextEditor?.document && void update()),
    vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => followCursor(textEditor)),
    // A language switched by hand closes the document and opens another in the same editor.
    vscode.workspace.onDidCloseTextDocument((document) => document === provider.snapshot?.document && void update()),
    vscode.commands.registerCommand('copydesk.sources.showWholeDocument', () => showScope('document')),
    vscode.commands.registerCommand('copydesk.sources.followStory', () => showScope('story')),
  );
  registerSourceCommands(context);
  void update();

  const shown = (nodes: SourcesNode[]): ShownRow[] =>
    nodes.map((node) => {
      const item = provider.getTreeItem(node);
      const tooltip = item.tooltip;
      return {
        id: item.id!,
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : '',
        tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
        contextValue: item.contextValue,
        collapsibleState: item.collapsibleState,
        command: item.command,
        node,
        children: shown(provider.getChildren(node)),
      };
    });
  return () => ({
    rows: shown(provider.getChildren()),
    empty: notWireCopy ? 'notWireCopy' : provider.empty(),
    description: view.description,
    uri: provider.snapshot?.document.uri.toString(),
    version: provider.snapshot?.version,
  });
}
