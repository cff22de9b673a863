import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { analysisDelta, applyDelta, type Parts } from '../../src/core/analysis/delta';
import { type Analysis, analyze } from '../../src/core/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/styleConfig';
import type { Finding } from '../../src/core/findings/finding';
import { RULES } from '../../src/core/rules';
import { readFixture } from './fixtures';

/** The basket fixture's three stories, with a doubled space in the first and the third, and a paragraph of the first repeated in the third. */
const basket = readFixture('basket.txt')
  .replace('Hundreds of schools', 'Hundreds of  schools')
  .replace('called off a strike', 'called off  a strike')
  .replace(/(The agreement includes .*)$/m, '$1\n\nNetwork Rail suspended all services north of Perth until at least midday, and ferry operator CalMac cancelled most sailings to the islands.');

function partsOf({ text: _text, ...parts }: Analysis): Parts {
  return parts;
}

/** The delta as the main thread receives it: a structured clone, as a worker's message is. */
const received = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('an analysis told as what changed since the one before', () => {
  const at = basket.indexOf('ordered a recount') + 'ordered'.length;
  const edited = `${basket.slice(0, at)} a full${basket.slice(at)}`;
  const before = analyze(basket);
  const after = analyze(edited);

  it('gives the analysis after the edit when applied to the one before', () => {
    assert.deepStrictEqual(applyDelta(partsOf(before), received(analysisDelta(before, after))), partsOf(after));
    assert.deepStrictEqual(applyDelta(partsOf(after), received(analysisDelta(after, before))), partsOf(before));
  });

  it('sends whole only the story edited and the findings that changed', () => {
    const delta = analysisDelta(before, after);
    assert.equal(before.stories.length, 3);
    assert.deepStrictEqual(delta.stories.fresh, [after.stories[1]], 'the second story holds the edit');
    assert.deepStrictEqual([...delta.stories.order], [0, -1, 2]);
    // The third story's findings are the ones before, moved by the six characters typed.
    const third = after.findings.filter((f) => f.start >= after.stories[2]!.start);
    assert.deepStrictEqual(
      third.map((f) => f.rule),
      ['spacing', 'duplicate-paragraph'],
      'the third story has a finding of its own and one that points at the first story',
    );
    for (const f of third) assert.ok(!delta.findings.fresh.includes(f), `${f.rule} at ${f.start} is told as moved`);
    assert.ok(delta.findings.fresh.length < after.findings.length);
  });

  it('keeps the objects before the edit as they were', () => {
    const parts = applyDelta(partsOf(before), analysisDelta(before, after));
    assert.equal(parts.stories[0], before.stories[0]);
    const first = before.findings.filter((f) => f.end <= before.stories[0]!.end);
    assert.ok(first.length > 0, 'the first story has findings');
    for (const f of first) assert.ok(parts.findings.includes(f), `${f.rule} at ${f.start} is the same object`);
  });

  it('tells findings that share one list as moved, and keeps the list shared', () => {
    // Every name-spelling finding offers one fix correcting every mention: one list of edits.
    const config = { ...DEFAULT_CONFIG, people: [{ name: 'Sergey Lavrov', title: 'Foreign Minister', variants: ['Sergei Lavrov'] }] };
    const story = 'Lavrov visit\n\nMOSCOW, March 29. /TASS/. Sergei Lavrov met officials.\n\nSergei Lavrov said talks went well.\n\nLater, Sergei Lavrov left.\n';
    const at = story.indexOf('talks');
    const one = analyze(story, RULES, config);
    const two = analyze(`${story.slice(0, at)}the ${story.slice(at)}`, RULES, config);
    const names = (a: Parts): Finding[] => a.findings.filter((f) => f.rule === 'name-spelling');
    assert.equal(names(two).length, 3);
    const delta = analysisDelta(one, two);
    assert.deepStrictEqual(names({ ...partsOf(two), findings: delta.findings.fresh }), [], 'no name-spelling finding sent whole');
    const parts = applyDelta(partsOf(one), received(delta));
    assert.deepStrictEqual(parts, partsOf(two));
    const [a, b, c] = names(parts).map((f) => f.fixes[0]!.edits);
    assert.ok(a === b && b === c, 'the three findings share one list of edits');
  });

  it('sends everything whole when the whole text changed', () => {
    const other = analyze(readFixture('tass-lavrov-2017-03-29.txt'));
    const delta = analysisDelta(before, other);
    assert.equal(delta.stories.fresh.length, other.stories.length);
    assert.equal(delta.findings.fresh.length, other.findings.length);
    assert.deepStrictEqual(applyDelta(partsOf(before), received(delta)), partsOf(other));
  });
});
