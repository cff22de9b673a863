import * as vscode from 'vscode';
import { personAtPosition } from './people';
import { rangeOf } from './ranges';

/** Go to Definition: the person's first full naming. */
export class DefinitionProvider implements vscode.DefinitionProvider {
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const at = await personAtPosition(document, position);
    return at && new vscode.Location(document.uri, rangeOf(document, at.person.first));
  }
}

/** Find All References: every mention of the person, resolved pronouns included. */
export class ReferenceProvider implements vscode.ReferenceProvider {
  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const at = await personAtPosition(document, position);
    return at ? at.person.mentions.map((m) => new vscode.Location(document.uri, rangeOf(document, m))) : [];
  }
}

/** Highlights every mention of the person under the cursor; the first naming as the "write". */
export class HighlightProvider implements vscode.DocumentHighlightProvider {
  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const at = await personAtPosition(document, position);
    if (!at) return [];
    return at.person.mentions.map(
      (m) =>
        new vscode.DocumentHighlight(
          rangeOf(document, m),
          m.start === at.person.first.start ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
        ),
    );
  }
}
