import type { Analysis } from '../core/analyze';
import { LineIndex } from '../core/text/positions';

/** `file:line:col  severity  rule-id  message`, one-based, the shape editors and CI tools parse. */
export function formatFindings(file: string, analysis: Analysis): string[] {
  const index = new LineIndex(analysis.text);
  return analysis.findings.map((f) => {
    const { line, character } = index.position(f.start);
    return `${file}:${line + 1}:${character + 1}  ${f.severity}  ${f.rule}  ${f.message}`;
  });
}
