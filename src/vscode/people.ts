import type * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import { analysisOf } from './analyses';
import type { Mention, Person, Quotation } from '../core/model/quote';

export interface PersonAt {
  person: Person;
  index: number;
  mention: Mention;
}

/** The person mentioned at an offset, if any. */
export function personAt(analysis: Analysis, offset: number): PersonAt | undefined {
  for (const [index, person] of analysis.people.entries()) {
    const mention = person.mentions.find((m) => m.start <= offset && offset <= m.end);
    if (mention) return { person, index, mention };
  }
  return undefined;
}

/** The innermost quotation at an offset, if any. */
export function quoteAt(analysis: Analysis, offset: number): Quotation | undefined {
  return analysis.quotes.find((q) => q.start <= offset && offset < q.end);
}

/** The person mentioned at a position of the document as it is now, if any. */
export async function personAtPosition(document: vscode.TextDocument, position: vscode.Position): Promise<PersonAt | undefined> {
  const analysis = await analysisOf(document);
  return analysis && personAt(analysis, document.offsetAt(position));
}
