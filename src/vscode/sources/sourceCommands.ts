import * as vscode from 'vscode';
import type { Person } from '../../core/model/quote';
import type { Span } from '../../core/model/span';
import { analysisOf } from '../analyses';
import { rangeOf } from '../ranges';
import type { QuoteNode, SourceNode } from './sourceNodes';

/**
 * The source's person in the document's analysis as it is now: the row's own when the
 * document is unchanged since, else the person of that name (an edit may renumber people).
 */
async function personOf(node: SourceNode): Promise<Person | undefined> {
  const { snapshot, row } = node;
  if (snapshot.current) return snapshot.analysis.people[row.person];
  const analysis = await analysisOf(snapshot.document);
  return analysis?.people.find((p) => p.name === row.name && p.kind === row.kind);
}

/** Puts the cursor on the person's first mention in an editor of the document, which takes the focus. */
async function toFirstMention(node: SourceNode): Promise<boolean> {
  const person = await personOf(node);
  const document = node.snapshot.document;
  if (!person || document.isClosed) return false;
  const at = document.positionAt((person.mentions[0] ?? person.first).start);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preserveFocus: false });
  return true;
}

/**
 * Where the row's quotation is in the document as it is now: where the row's analysis put it
 * when the document is unchanged since, else the same words nearest that place in a fresh
 * analysis (an edit before the row was redrawn, or with checks on save only, moved it).
 */
async function quotationNow(node: QuoteNode): Promise<Span | undefined> {
  const { snapshot } = node;
  const q = snapshot.analysis.quotes[node.quote]!;
  if (snapshot.current) return q;
  const analysis = await analysisOf(snapshot.document);
  if (!analysis) return undefined;
  const words = snapshot.analysis.text.slice(q.start, q.end);
  let found: Span | undefined;
  for (const c of analysis.quotes) {
    if (analysis.text.slice(c.start, c.end) !== words) continue;
    if (!found || Math.abs(c.start - q.start) < Math.abs(found.start - q.start)) found = c;
  }
  return found;
}

/** Selects the row's quotation, marks included, in an editor of its document, the focus staying in the view. */
async function showQuotation(node: QuoteNode): Promise<void> {
  const span = await quotationNow(node);
  const document = node.snapshot.document;
  if (!span || document.isClosed) return;
  await vscode.window.showTextDocument(document, { selection: rangeOf(document, span), preserveFocus: true });
}

/**
 * Go to Definition and Find All References on a source row: the editor's own commands, run at
 * the person's first mention, so that they answer as they do in the text (references-view's
 * Find All References reads the active editor's cursor and takes no position); and a
 * quotation row's click.
 */
export function registerSourceCommands(context: vscode.ExtensionContext): void {
  const atFirstMention = (command: string) => async (node: SourceNode) => {
    if (await toFirstMention(node)) await vscode.commands.executeCommand(command);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.sources.goToDefinition', atFirstMention('editor.action.revealDefinition')),
    vscode.commands.registerCommand('copydesk.sources.findReferences', atFirstMention('references-view.findReferences')),
    vscode.commands.registerCommand('copydesk.sources.showQuotation', showQuotation),
  );
}
