import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { readFixture, SAMPLE } from './fixtures';

/** The quotes issue's figures for the real TASS story, checked by hand against the file. */
describe('quotes and speakers in the sample TASS story', () => {
  const text = readFixture(SAMPLE);
  const analysis = analyze(text);
  const { quotes, people } = analysis;
  const lavrov = people.find((p) => p.name === 'Sergey Lavrov')!;
  const lavrovIndex = people.indexOf(lavrov);
  const partial = quotes.find((q) => text.slice(q.inner.start).startsWith('which for some reason seemed to the Democratic Party'))!;

  it('finds all 33 quotations, each opening with its mark', () => {
    // Counted by hand: 33 quoted passages in the body; the headline and standfirst have none.
    assert.equal(quotes.length, 33);
    for (const q of quotes) assert.match(text[q.start]!, /["“]/);
  });

  it('attributes every quotation but the partial one to Sergey Lavrov', () => {
    const others = quotes.filter((q) => q.speaker !== lavrovIndex);
    assert.deepEqual(others, [partial]);
    assert.equal(partial.speaker, null);
  });

  it('knows Lavrov by his title and the names the story uses for him', () => {
    assert.equal(lavrov.title, 'Russian Foreign Minister');
    assert.deepEqual([...lavrov.aliases].sort(), ['Lavrov', 'the Russian foreign minister', 'the Russian top diplomat']);
    assert.equal(lavrov.quotes.length, 32);
  });

  it('reads the attribution words of a quotation', () => {
    const first = quotes[0]!;
    assert.equal(text.slice(first.source!.start, first.source!.end), 'the Russian top diplomat');
    assert.equal(text.slice(first.cue!.start, first.cue!.end), 'noted');
    const second = quotes[1]!;
    assert.equal(text.slice(second.source!.start, second.source!.end), 'he');
    assert.equal(text.slice(second.cue!.start, second.cue!.end), 'said');
  });

  it('gives the quotation after an attributed one in the same paragraph to the same speaker', () => {
    // "It was a very blunt, illegal intervention ... in Iraq." follows the foreign minister's quote.
    const blunt = quotes.find((q) => text.slice(q.inner.start).startsWith('It was a very blunt'))!;
    assert.equal(blunt.speaker, lavrovIndex);
    assert.equal(blunt.inherited, true);
  });

  it('lists the other people, titled where the story titles them, with no quotes', () => {
    const expected: [string, string | null][] = [
      ['Rex Tillerson', 'US Secretary of State'],
      ['Stefan Lofven', 'Swedish Prime Minister'],
      ['Donald Trump', 'US President'],
      ['Putin', 'President'],
      ['Tony Blair', null],
    ];
    for (const [name, title] of expected) {
      const person = people.find((p) => p.name === name);
      assert.ok(person, `${name} is among ${people.map((p) => p.name).join(', ')}`);
      assert.equal(person.title, title, name);
      assert.equal(person.quotes.length, 0, `${name} is given no quote`);
    }
    assert.ok(people.find((p) => p.name === 'Stefan Lofven')!.aliases.includes('the Swedish prime minister'));
    assert.ok(people.find((p) => p.name === 'Rex Tillerson')!.aliases.includes('Rex'));
  });

  it('reports exactly one unattributed quotation and one stray mark', () => {
    const unattributed = analysis.findings.filter((f) => f.rule === 'unattributed-quote');
    assert.deepEqual(
      unattributed.map((f) => f.start),
      [partial.start],
    );
    const unbalanced = analysis.findings.filter((f) => f.rule === 'unbalanced-quote');
    assert.equal(unbalanced.length, 1);
    assert.equal(text.slice(unbalanced[0]!.start - 12, unbalanced[0]!.end), 'Lavrov said."');
  });

  it('offers to attribute the partial quote to Lavrov in house form, and a placeholder', () => {
    const finding = analysis.findings.find((f) => f.rule === 'unattributed-quote')!;
    assert.deepEqual(
      finding.fixes.map((f) => f.title),
      ['Attribute to Sergey Lavrov', 'Attribute to…'],
    );
    const edits = [...finding.fixes[0]!.edits].sort((a, b) => b.start - a.start);
    const fixed = edits.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
    assert.ok(fixed.includes('no one shall meddle with American affairs," Lavrov said.\n'));
  });
});
