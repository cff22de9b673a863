import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CopydeskTestHooks } from '../../src/vscode/extension';

/** What the extension hands the tests once active: what its views and items show. */
export async function testHooks(): Promise<CopydeskTestHooks> {
  const extension = vscode.extensions.getExtension<CopydeskTestHooks>('copydesk.copydesk');
  assert.ok(extension, 'the extension is installed');
  return extension.activate();
}
