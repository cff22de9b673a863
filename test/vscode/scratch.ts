// Files the suites create in the launcher's throwaway workspace (both launchers set it).
import * as assert from 'assert';
import * as vscode from 'vscode';

/** A file of that name in the test workspace, not yet written. */
export function scratchUri(name: string): vscode.Uri {
  const dir = process.env.COPYDESK_TEST_WORKSPACE;
  assert.ok(dir, 'the launcher sets COPYDESK_TEST_WORKSPACE');
  return vscode.Uri.joinPath(vscode.Uri.file(dir), name);
}
