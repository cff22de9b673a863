import * as vscode from 'vscode';
import { DEFAULT_CONFIG, mergeConfig, type StyleConfig } from '../core/config/styleConfig';
import { readStyleFile, STYLE_FILE_NAMES } from '../core/config/styleFile';
import { RULES } from '../core/rules';
import { LineIndex } from '../core/text/positions';

const RULE_IDS = RULES.map((r) => r.meta.id);

interface StyleFile {
  uri: vscode.Uri;
  layer: Partial<StyleConfig>;
  /** Its problems, shown on the file once this reading is the one in use. */
  problems: vscode.Diagnostic[];
}

/** The editor's settings as a configuration layer. */
function settingsLayer(scope: vscode.Uri | undefined): Partial<StyleConfig> {
  const c = vscode.workspace.getConfiguration('copydesk', scope);
  return {
    rules: c.get<StyleConfig['rules']>('rules', {}),
    quoteStyle: c.get<StyleConfig['quoteStyle']>('quoteStyle', DEFAULT_CONFIG.quoteStyle),
    dash: c.get<StyleConfig['dash']>('dash', DEFAULT_CONFIG.dash),
    minQuoteWords: c.get<number>('minQuoteWords', DEFAULT_CONFIG.minQuoteWords),
    minPassageWords: c.get<number>('minPassageWords', DEFAULT_CONFIG.minPassageWords),
  };
}

/** The folders from a document's folder up to its workspace folder (or the root), nearest first. */
function folderChain(uri: vscode.Uri): vscode.Uri[] {
  const top = vscode.workspace.getWorkspaceFolder(uri)?.uri.path ?? '/';
  const chain: vscode.Uri[] = [];
  let dir = vscode.Uri.joinPath(uri, '..');
  for (;;) {
    chain.push(dir);
    if (dir.path === top || dir.path === '/' || !dir.path.startsWith(top)) break;
    dir = vscode.Uri.joinPath(dir, '..');
  }
  return chain;
}

/**
 * Settings and the desk's style file for each document: built-in defaults, then the editor's
 * settings, then the nearest .copydesk.json(c) up the folder tree. In an untrusted workspace
 * the style file is not read. Problems in a style file are diagnostics on that file.
 */
export class StyleConfigs implements vscode.Disposable {
  private readonly files = new Map<string, StyleFile | null>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('copydesk-style');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when settings or a style file change: the analyses must be redone. */
  readonly onDidChange = this.changed.event;
  /** Bumped on every change, so cached analyses know they are stale. */
  generation = 0;

  /** Counts reloads, so that only the latest one's reading is kept. */
  private reloads = 0;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${STYLE_FILE_NAMES.join(',')}}`);
    const reload = (): void => this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('copydesk') && this.bump()),
      vscode.workspace.onDidGrantWorkspaceTrust(reload),
      this.problems,
      this.changed,
    );
  }

  private bump(): void {
    this.generation++;
    this.changed.fire();
  }

  /**
   * Reads the style file of every folder met so far again, and only then tells the analyses.
   * The files read before stay in use meanwhile: an analysis in between would otherwise run on
   * the defaults and show, for a moment, findings the desk ignored or turned off.
   */
  private reload(): void {
    const round = ++this.reloads;
    const folders = [...this.files.keys()];
    // find() walks up from a document's folder: any name in the folder will do.
    const read = folders.map((key) => this.find(vscode.Uri.joinPath(vscode.Uri.parse(key), 'x')));
    void Promise.all(read).then((files) => {
      if (round !== this.reloads) return;
      this.problems.clear();
      folders.forEach((key, i) => this.use(key, files[i]!));
      this.bump();
    });
  }

  /** A folder's style file (or none) from now on, its problems shown on it. */
  private use(key: string, file: StyleFile | null): void {
    this.files.set(key, file);
    if (file) this.problems.set(file.uri, file.problems);
  }

  /** The configuration for a document now; a style file not read yet is read, and onDidChange fires when it is. */
  configFor(document: vscode.TextDocument): StyleConfig {
    const base = mergeConfig(DEFAULT_CONFIG, settingsLayer(document.uri));
    if (document.uri.scheme === 'untitled' || !vscode.workspace.isTrusted) return base;
    const key = vscode.Uri.joinPath(document.uri, '..').toString();
    const file = this.files.get(key);
    if (file === undefined) {
      this.load(document.uri, key);
      return base;
    }
    return file ? mergeConfig(base, file.layer) : base;
  }

  /** The style file that applies to a document, if any has been found. */
  styleFileFor(document: vscode.TextDocument): vscode.Uri | undefined {
    return this.files.get(vscode.Uri.joinPath(document.uri, '..').toString())?.uri;
  }

  private load(uri: vscode.Uri, key: string): void {
    if (this.pending.has(key)) return;
    const task = this.find(uri)
      .then((file) => {
        this.use(key, file);
        this.bump();
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, task);
  }

  private async find(uri: vscode.Uri): Promise<StyleFile | null> {
    for (const dir of folderChain(uri)) {
      for (const name of STYLE_FILE_NAMES) {
        const candidate = vscode.Uri.joinPath(dir, name);
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(candidate);
        } catch {
          continue;
        }
        const text = new TextDecoder('utf-8').decode(bytes);
        const { layer, problems } = readStyleFile(text, RULE_IDS);
        const lines = new LineIndex(text);
        const diagnostics = problems.map((p) => {
          const { line, character } = lines.position(p.offset);
          const d = new vscode.Diagnostic(new vscode.Range(line, character, line, character + 1), p.message, vscode.DiagnosticSeverity.Error);
          d.source = 'Copydesk';
          return d;
        });
        return { uri: candidate, layer, problems: diagnostics };
      }
    }
    return null;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
