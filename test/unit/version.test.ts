import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocsUrl, VERSION } from '../../src/core/version';
import { RULES } from '../../src/core/rules';
import { ROOT } from './fixtures';

describe('release metadata', () => {
  it('core VERSION equals package.json version', () => {
    assert.equal(VERSION, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('every rule has docs/rules/<id>.md, linked at the released version', () => {
    for (const rule of RULES) {
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`)), rule.meta.id);
      assert.match(ruleDocsUrl(rule.meta.id), new RegExp(`/blob/v${VERSION}/docs/rules/${rule.meta.id}\\.md$`));
    }
  });
});
