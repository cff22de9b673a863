import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Span } from '../core/model/span';
import { analysisOf } from './analyses';
import { actionsForFindings } from './codeActions';

/** Read-only virtual documents holding the two copies: nothing is written to disk. */
export const COPY_SCHEME = 'copydesk-copy';
export const COMPARE_COMMAND = 'copydesk.compareCopies';

/** Rules whose findings have another copy to compare with, in `related`. */
const REPETITION_RULES = new Set(['duplicate-paragraph', 'near-duplicate-paragraph', 'repeated-passage']);

/** The text of each open virtual copy, by URI; dropped when its editor closes. */
const copies = new Map<string, string>();
let serial = 0;

class CopyProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    return copies.get(uri.toString()) ?? '';
  }
}

/** The body paragraph holding the span, so a repeated passage is compared with its surroundings. */
function paragraphAround(analysis: Analysis | undefined, span: Span): Span {
  const paragraphs = (analysis?.stories ?? []).flatMap((s) => s.sections.flatMap((sec) => sec.paragraphs));
  return paragraphs.find((p) => p.start <= span.start && span.end <= p.end) ?? span;
}

function copyUri(document: vscode.TextDocument, span: Span): vscode.Uri {
  const line = document.positionAt(span.start).line + 1;
  const name = document.uri.path.split('/').pop() || 'story';
  const uri = vscode.Uri.from({ scheme: COPY_SCHEME, path: `/${name}, line ${line}`, query: String(++serial) });
  copies.set(uri.toString(), document.getText().slice(span.start, span.end));
  return uri;
}

/** Opens the diff view: the other (earlier) copy on the left, this one on the right. */
async function compareCopies(uri: vscode.Uri, here: Span, other: Span): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const analysis = await analysisOf(document);
  const mine = paragraphAround(analysis, here);
  const theirs = paragraphAround(analysis, other);
  const line = (s: Span): number => document.positionAt(s.start).line + 1;
  await vscode.commands.executeCommand(
    'vscode.diff',
    copyUri(document, theirs),
    copyUri(document, mine),
    `Line ${line(theirs)} ↔ line ${line(mine)} (Copydesk)`,
    { preview: true },
  );
}

/**
 * "Compare with the other copy" on repetition findings. The core describes the copies as
 * `related` spans; only the adapter can turn them into a command that opens an editor.
 */
class CompareProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    return actionsForFindings(document, context.diagnostics, (diagnostic, finding) => {
      const other = finding.related[0];
      if (!other || !REPETITION_RULES.has(finding.rule)) return [];
      const action = new vscode.CodeAction('Compare with the other copy', vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      const here: Span = { start: finding.start, end: finding.end };
      action.command = {
        title: action.title,
        command: COMPARE_COMMAND,
        arguments: [document.uri, here, { start: other.start, end: other.end }],
      };
      return [action];
    });
  }
}

export function registerCompare(context: vscode.ExtensionContext, selector: vscode.DocumentSelector): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(COPY_SCHEME, new CopyProvider()),
    vscode.commands.registerCommand(COMPARE_COMMAND, compareCopies),
    vscode.languages.registerCodeActionsProvider(selector, new CompareProvider(), { providedCodeActionKinds: CompareProvider.kinds }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === COPY_SCHEME) copies.delete(d.uri.toString());
    }),
  );
}
