import type { Span } from '../model/span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Edit extends Span {
  text: string;
}

export interface Fix {
  title: string;
  /** May run unattended (fix-all, on save): changes only whitespace, punctuation or invisible characters. */
  safe: boolean;
  edits: Edit[];
  /** The edits' text holds snippet placeholders (`${1:name}`) for the editor to fill in. */
  snippet?: boolean;
}

export interface Related extends Span {
  message: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Read-only: a rule may share one list among its findings. */
  related: readonly Related[];
  fixes: readonly Fix[];
}
