import * as vscode from 'vscode';
import type { RuleError } from '../core/analyze';

/** The "Copydesk" output channel, where a rule that throws is reported once, by its id. */
export class RuleErrorLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Copydesk');
  private readonly reported = new Set<string>();

  report(errors: RuleError[]): void {
    for (const e of errors) {
      if (this.reported.has(e.rule)) continue;
      this.reported.add(e.rule);
      this.channel.appendLine(`Rule ${e.rule} failed and was skipped; the other rules still ran: ${e.message}`);
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
