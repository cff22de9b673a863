import * as vscode from 'vscode';
import type { Span } from '../core/model/span';
import { tablesBySection } from '../core/model/tablesBySection';
import { analysisOf } from './analyses';

/** Folds stories (in a basket), sections with the tables they hold, and tables, from their first line to their last. */
export class FoldingProvider implements vscode.FoldingRangeProvider {
  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const stories = (await analysisOf(document))?.stories ?? [];
    const spans: Span[] = [
      ...(stories.length > 1 ? stories : []),
      ...stories.flatMap((s) => tablesBySection(s).sections.map(({ section, end }) => ({ start: section.start, end }))),
      ...stories.flatMap((s) => s.tables),
    ];
    return spans.flatMap((span) => {
      const start = document.positionAt(span.start).line;
      // A story's span runs to the next story's first line; fold only its own lines.
      const end = document.positionAt(Math.max(span.start, span.end - 1)).line;
      return end > start ? [new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region)] : [];
    });
  }
}
