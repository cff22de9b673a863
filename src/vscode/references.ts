import * as vscode from 'vscode';
import { analysisOf } from './analyses';
import { personAtPosition } from './people';
import { rangeOf } from './ranges';

/** Go to Definition: the person's first full naming. */
export class DefinitionProvider implements vscode.DefinitionProvider {
  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const at = personAtPosition(analysisOf(document), document, position);
    return at && new vscode.Location(document.uri, rangeOf(document, at.person.first));
  }
}

/** Find All References: every mention of the person, resolved pronouns included. */
export class ReferenceProvider implements vscode.ReferenceProvider {
  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const at = personAtPosition(analysisOf(document), document, position);
    return at ? at.person.mentions.map((m) => new vscode.Location(document.uri, rangeOf(document, m))) : [];
  }
}

/** Highlights every mention of the person under the cursor; the first naming as the "write". */
export class HighlightProvider implements vscode.DocumentHighlightProvider {
  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const at = personAtPosition(analysisOf(document), document, position);
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
