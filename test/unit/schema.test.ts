import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config/styleConfig';
import { RULES } from '../../src/core/rules';
import { ROOT } from './fixtures';

const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** The style file's schema and the settings are written by hand; these keep them in step with the rules. */
describe('style file schema and settings', () => {
  const ids = RULES.map((r) => r.meta.id).sort();
  const schema = json('schemas/copydesk.schema.json');
  const settings = json('package.json').contributes.configuration.properties;

  it('name every rule, and only rules, in the schema', () => {
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), ids);
    assert.deepEqual([...schema.properties.ignore.items.properties.rule.enum].sort(), ids);
  });

  it('name every rule in the copydesk.rules setting', () => {
    assert.deepEqual([...settings['copydesk.rules'].propertyNames.enum].sort(), ids);
  });

  it('give the same defaults as the engine', () => {
    for (const key of ['quoteStyle', 'dash', 'minQuoteWords', 'minPassageWords'] as const) {
      assert.equal(schema.properties[key].default, DEFAULT_CONFIG[key], `schema ${key}`);
      assert.equal(settings[`copydesk.${key}`].default, DEFAULT_CONFIG[key], `setting copydesk.${key}`);
    }
  });
});
