import type * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { type StorySources, storySources } from '../../core/sources/storySources';

/**
 * One version of a document with its analysis, which every row of the view is made from, so
 * that rows shown together never mix versions. Each story's sources are read off the analysis
 * once, when first asked for.
 */
export class Snapshot {
  readonly version: number;
  private readonly sources = new Map<number, StorySources>();

  constructor(
    readonly document: vscode.TextDocument,
    readonly analysis: Analysis,
  ) {
    this.version = document.version;
  }

  /** Whether the document is still the version analysed: offsets of the editor's selection fit. */
  get current(): boolean {
    return !this.document.isClosed && this.document.version === this.version;
  }

  storySources(k: number): StorySources {
    let s = this.sources.get(k);
    if (!s) this.sources.set(k, (s = storySources(this.analysis, k)));
    return s;
  }
}
