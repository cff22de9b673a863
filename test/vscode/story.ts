// The sample story as the tests open it: the launcher's copy in a throwaway workspace
// (COPYDESK_TEST_WORKSPACE), or else the fixture in the repository.
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './wait';

const storyName = 'tass-lavrov-2017-03-29.txt';

export function storyUri(): vscode.Uri {
  const dir = process.env.COPYDESK_TEST_WORKSPACE ?? path.resolve(__dirname, '../../../test/fixtures');
  return vscode.Uri.file(path.join(dir, storyName));
}

/** The open document for uri once its language is languageId (switching replaces the document). */
export function documentWithLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  return waitFor(`${uri.toString(true)} to have language ${languageId}`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId),
  );
}

/** Opens the sample story (a .txt) in an editor and waits for the extension to detect wire copy. */
export async function openStory(): Promise<vscode.TextDocument> {
  const uri = storyUri();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return documentWithLanguage(uri, 'wirecopy');
}
