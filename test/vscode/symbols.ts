// Finds document symbols by name at any depth, so tests don't depend on how the outline nests
// (a headline may be top level for a single-story file, or under a story node).
import * as vscode from 'vscode';

export interface Found {
  symbol: vscode.DocumentSymbol;
  /** The list the symbol sits in: its parent's children, or the top level. */
  siblings: vscode.DocumentSymbol[];
}

/** A symbol's name with whitespace runs (including no-break spaces, as wire copy has) made one space. */
export const plainName = (symbol: vscode.DocumentSymbol) => symbol.name.replace(/\s+/g, ' ').trim();

export function findSymbol(symbols: vscode.DocumentSymbol[], name: string): Found | undefined {
  for (const symbol of symbols) {
    if (plainName(symbol) === name) return { symbol, siblings: symbols };
    const inner = findSymbol(symbol.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/** Names of all symbols, indented by depth: printed when an expected symbol is missing. */
export function outlineText(symbols: vscode.DocumentSymbol[], depth = 0): string {
  return symbols
    .map((s) => `${'  '.repeat(depth)}${s.name} [${vscode.SymbolKind[s.kind]}]\n${outlineText(s.children, depth + 1)}`)
    .join('');
}
