import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, mergeConfig } from '../../src/core/config/styleConfig';
import { readStyleFile } from '../../src/core/config/styleFile';
import { analyze } from '../../src/core/analyze';
import { findMisspellings } from '../../src/core/people/directory';
import { RULES as RULES_ALL } from '../../src/core/rules';

const RULES = ['residue', 'unattributed-quote', 'quote-style'];

describe('the desk style file', () => {
  it('reads JSON with comments and trailing commas', () => {
    const text = `{
      // the desk's house style
      "rules": { "residue": "off", "quote-style": "warning", },
      "quoteStyle": "curly", /* AP */
      "people": [{ "name": "Stefan Löfven", "title": "Swedish Prime Minister", "variants": ["Stefan Lofven", "Lofven"] }],
    }`;
    const { layer, problems } = readStyleFile(text, RULES);
    assert.deepEqual(problems, []);
    assert.deepEqual(layer.rules, { residue: 'off', 'quote-style': 'warning' });
    assert.equal(layer.quoteStyle, 'curly');
    assert.deepEqual(layer.people, [{ name: 'Stefan Löfven', title: 'Swedish Prime Minister', variants: ['Stefan Lofven', 'Lofven'] }]);
  });

  it('places a syntax error where it is', () => {
    const text = '{ "rules": { "residue": "off" }\n  "dash": "spaced-em" }';
    const { layer, problems } = readStyleFile(text, RULES);
    assert.deepEqual(layer, {});
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /not valid JSON/);
    assert.equal(problems[0]!.offset, text.indexOf('"dash"'));
  });

  it('reports each wrong entry at its key and keeps the rest', () => {
    const text = '{ "rules": { "no-such-rule": "off", "residue": "loud", "quote-style": "info" }, "colour": 1, "minQuoteWords": 0 }';
    const { layer, problems } = readStyleFile(text, RULES);
    assert.deepEqual(layer.rules, { 'quote-style': 'info' });
    assert.deepEqual(
      problems.map((p) => text.slice(p.offset, p.offset + 15)),
      ['"no-such-rule":', '"residue": "lou', '"colour": 1, "m', '"minQuoteWords"'],
    );
  });

  it('takes an empty file as no settings', () => {
    assert.deepEqual(readStyleFile('', RULES), { layer: {}, problems: [] });
  });

  it('layers settings: later layers win, lists add up', () => {
    const merged = mergeConfig(mergeConfig(DEFAULT_CONFIG, { rules: { residue: 'off' }, residue: ['Print this'] }), {
      rules: { 'quote-style': 'error' },
      residue: ['Sign up for our newsletter'],
      quoteStyle: 'straight',
    });
    assert.deepEqual(merged.rules, { residue: 'off', 'quote-style': 'error' });
    assert.deepEqual(merged.residue, ['Print this', 'Sign up for our newsletter']);
    assert.equal(merged.quoteStyle, 'straight');
    assert.equal(merged.minQuoteWords, DEFAULT_CONFIG.minQuoteWords);
  });
});

describe('the people directory', () => {
  const directory = [{ name: 'Stefan Löfven', variants: ['Stefan Lofven', 'Lofven'] }];

  it('finds variants as whole words, the longest first, with the canonical words to use', () => {
    const text = 'Swedish Prime Minister Stefan Lofven’s statement. Lofven said. Lofvenberg is a town.';
    const found = findMisspellings(text, [{ start: 0, end: text.length }], directory);
    assert.deepEqual(
      found.map((f) => [text.slice(f.start, f.end), f.canonical]),
      [
        ['Stefan Lofven', 'Stefan Löfven'],
        ['Lofven', 'Löfven'],
      ],
    );
  });

  it('leaves the canonical spelling alone', () => {
    const text = 'Stefan Löfven said.';
    assert.deepEqual(findMisspellings(text, [{ start: 0, end: text.length }], directory), []);
  });
});

describe('the desk’s word lists in the analysis', () => {
  const story = (body: string): string => `Headline of the day\n\nLONDON (Reuters) - ${body}\n`;

  it('attributes by the desk’s own speech verbs, looked up as words', () => {
    // After a quotation any verb attributes; before one, a source the lexicon does not know speaks only with a speech verb.
    const text = story('The caterer harrumphed that the food would be "ready whenever the guests are, and not a minute before."');
    assert.equal(analyze(text).findings.filter((f) => f.rule === 'unattributed-quote').length, 1);
    const withVerbs = analyze(text, RULES_ALL, mergeConfig(DEFAULT_CONFIG, { speechVerbs: ['Harrumphed'] }));
    assert.equal(withVerbs.findings.filter((f) => f.rule === 'unattributed-quote').length, 0);
    const q = withVerbs.quotes[0]!;
    assert.equal(withVerbs.people[q.speaker!]!.name, 'the caterer');
    assert.equal(text.slice(q.cue!.start, q.cue!.end), 'harrumphed');
  });

  it('reports the desk’s own page furniture as residue', () => {
    const text = `${story('The talks went on.')}\nMost viewed stories:\n`;
    assert.equal(analyze(text).findings.filter((f) => f.rule === 'residue').length, 0);
    const found = analyze(text, RULES_ALL, mergeConfig(DEFAULT_CONFIG, { residue: ['most viewed stories'] })).findings.filter((f) => f.rule === 'residue');
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['Most viewed stories:'],
    );
  });

  it('drops an ignored finding by its rule and sentence, and only that one', () => {
    const text = story('The talks went on.\n\n"We will be ready to talk whenever they are."\n\n"The rest is up to them, and we are waiting."');
    assert.equal(analyze(text).findings.filter((f) => f.rule === 'unattributed-quote').length, 2);
    // Stored as the editor stores it: the sentence's text, here with other spacing and marks.
    const ignore = [{ rule: 'unattributed-quote', text: '“We will be  ready to talk whenever they are.”' }];
    const left = analyze(text, RULES_ALL, mergeConfig(DEFAULT_CONFIG, { ignore })).findings.filter((f) => f.rule === 'unattributed-quote');
    assert.deepEqual(
      left.map((f) => text.slice(f.start, f.start + 9)),
      ['"The rest'],
    );
  });
});
