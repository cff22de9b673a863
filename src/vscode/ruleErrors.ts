import * as vscode from 'vscode';
import type { RuleError } from '../core/analyze';

/** The "Copydesk" output channel, where a rule that throws is reported once, by its id. */
export class RuleErrorLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Copydesk');
  private readonly reported = new Set<string>();
  /** What was written, for the extension-host tests (an output channel cannot be read back). */
  readonly logged: string[] = [];

  private write(line: string): void {
    this.logged.push(line);
    this.channel.appendLine(line);
  }

  report(errors: readonly RuleError[]): void {
    for (const e of errors) {
      if (this.reported.has(e.rule)) continue;
      this.reported.add(e.rule);
      this.write(`Rule ${e.rule} failed and was skipped; the other rules still ran: ${e.message}`);
    }
  }

  /** An analysis that failed as a whole (the worker died): said every time, as each is a new failure. */
  analysisFailed(document: vscode.Uri, error: unknown): void {
    this.write(`Analysis of ${document.toString(true)} failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
