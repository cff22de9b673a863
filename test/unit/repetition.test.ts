import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/findings/finding';
import { applyEdits } from '../../src/core/findings/applyFixes';
import fc from 'fast-check';
import { normalisedUnits } from '../../src/core/rules/repetition/normalisedUnits';
import { normalisedText } from '../../src/core/rules/repetition/normalisedText';
import { readFixture, SAMPLE } from './fixtures';

const RULES = ['duplicate-paragraph', 'near-duplicate-paragraph', 'repeated-passage'];

function repetitions(text: string): Finding[] {
  return analyze(text).findings.filter((f) => RULES.includes(f.rule));
}

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);
const story = (...paragraphs: string[]): string => `${paragraphs.join('\n\n')}\n`;
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word the fix removed is still in the text after it: nothing that existed once is lost. */
function assertNothingLost(before: string, after: string): void {
  const left = new Map<string, number>();
  for (const w of words(after)) left.set(w, (left.get(w) ?? 0) + 1);
  const gone = new Map<string, number>();
  for (const w of words(before)) gone.set(w, (gone.get(w) ?? 0) + 1);
  for (const [w, n] of gone) assert.ok((left.get(w) ?? 0) > 0 || n === 0, `"${w}" is gone`);
}

/** Paragraphs stay separated by exactly one blank line, with no stray spaces at their edges. */
function assertCleanSpacing(text: string): void {
  assert.doesNotMatch(text, /\n{3,}/, 'no doubled blank lines');
  assert.doesNotMatch(text, / {2,}|^ | $/m, 'no doubled or dangling spaces');
  assert.doesNotMatch(text, /\s[,.;:]/, 'no space before punctuation');
}

const HEAD = 'Flood waters rise along the Danube';
const LEAD = 'BUDAPEST, Sept 16 (Reuters) - Flood waters on the Danube rose to their highest level in a decade on Monday as rescuers evacuated villages north of the capital.';
const P2 = 'Officials said 40 people had been moved from their homes in Szentendre overnight and that schools in the area would stay closed until Thursday.';
const P3 = '"We are doing everything we can to protect people and property, but the river will not peak before Wednesday," Prime Minister Viktor Orban said at a briefing.';
const P4 = 'The army sent 300 soldiers to reinforce the dykes along the river, the defence ministry said in a statement.';

describe('repetition rules', () => {
  describe('normalisation', () => {
    it('ignores case, spacing, quote style, dashes and no-break spaces, but not words', () => {
      assert.equal(normalisedText('“We won’t stop,”  he said — again.'), normalisedText('"we won\'t stop,"\u00a0he said--again.'));
      assert.equal(normalisedText('A - B'), normalisedText('A—B'));
      assert.notEqual(normalisedText('40 people'), normalisedText('42 people'));
    });

    it('reads in one pass the units normalisedText gives', () => {
      const pieces = [' ', '  ', '\t', '\u00a0', '\u200b', '\ufeff', '\u3000', '-', '--', '_', '\u2010', '—', '–', '\u2212', "'", "''", '`', '‘', '’', '“', '”', '«', '»', '″', 'A', 'b', 'Σ', 'İ', 'É', 'ß', '😀', '\ud800', 'x'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.string(), (parts, noise) => {
          const text = `${noise}${parts.join('')}${noise}`;
          const units = normalisedUnits(text, noise.length, text.length - noise.length);
          assert.equal(String.fromCharCode(...units), normalisedText(parts.join('')));
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('duplicate-paragraph', () => {
    it('finds a paragraph pasted again with curly quotes and a no-break space, and removes it cleanly', () => {
      const copy = P3.replace(/"([^"]*)"/, '“$1”').replace('Prime Minister', 'Prime\u00a0Minister');
      const text = story(HEAD, LEAD, P2, P3, P4, copy);
      const found = repetitions(text);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.rule, 'duplicate-paragraph');
      assert.equal(f.severity, 'warning');
      assert.equal(slice(text, f), copy);
      assert.match(f.message, /^Repeats paragraph 3 \("We are doing everything/);
      assert.deepEqual(
        f.related.map((r) => slice(text, r)),
        [P3],
      );
      assert.equal(f.fixes[0]!.title, 'Remove repeated paragraph');
      assert.equal(f.fixes[0]!.safe, false);
      assert.equal(applyEdits(text, f.fixes[0]!.edits), story(HEAD, LEAD, P2, P3, P4));
    });

    it('points the third copy at both earlier ones', () => {
      const text = story(HEAD, LEAD, P2, P4, P2, P2);
      const found = repetitions(text);
      assert.deepEqual(
        found.map((f) => f.related.length),
        [1, 2],
      );
      assert.match(found[1]!.message, /^Repeats paragraphs 2 and 4 /);
    });
  });

  describe('near-duplicate-paragraph', () => {
    it('finds a paragraph repeated with a changed number and other attribution, and offers no removal', () => {
      const changed = 'Officials said 42 people had been moved from their homes in Szentendre overnight and that schools in the area would stay closed until Thursday, police said.';
      const text = story(HEAD, LEAD, P2, P3, P4, changed);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      assert.equal(f!.rule, 'near-duplicate-paragraph');
      // 26 words; only runs of 8 words or more count, so "Officials said" before the changed
      // number does not, and "people … Thursday" (21 words) does.
      assert.equal(f!.message, 'Mostly repeats paragraph 2: 21 of 26 words (81%) are shared');
      assert.equal(slice(text, f!.related[0]!), P2);
      assert.deepEqual(f!.fixes, [], 'the number 42 and the police exist only here');
    });

    it('finds two earlier paragraphs merged under new attribution, and says with which', () => {
      const merged =
        'Officials said 40 people had been moved from their homes in Szentendre overnight. The army sent 300 soldiers to reinforce the dykes along the river, the government spokesman added.';
      const text = story(HEAD, LEAD, P2, P3, P4, merged);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      assert.equal(f!.rule, 'near-duplicate-paragraph');
      // 13 words from paragraph 2; 12 from paragraph 4, and its "the" that follows "river,".
      assert.match(f!.message, /^Mostly repeats paragraphs 2 and 4: 26 of 29 words/);
      assert.equal(f!.related.length, 2);
    });

    it('finds a paragraph rewritten a few paragraphs on with words changed, dropped and doubled, though no 8 words in a row are the same', () => {
      // 7 of paragraph 2's 24 words changed: "had been" → "were", "overnight" → "late on Sunday", "that" dropped, "would" doubled.
      const rewrite = 'Officials said 40 people were moved from their homes in Szentendre late on Sunday and schools in the area would would stay closed until Thursday.';
      const text = story(HEAD, LEAD, P2, P3, P4, rewrite);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      assert.equal(f!.rule, 'near-duplicate-paragraph');
      assert.equal(slice(text, f!), rewrite);
      // 25 words; in runs of 3 or more in paragraph 2's order: "Officials said 40 people" (4),
      // "moved from their homes in Szentendre" (6), "schools in the area would" (5) and "stay closed
      // until Thursday" (4). The lone "and" between two changes does not count.
      assert.equal(f!.message, 'Mostly repeats paragraph 2: 19 of 25 words (76%) are shared');
      assert.equal(slice(text, f!.related[0]!), P2);
      assert.deepEqual(f!.fixes, [], '"late on Sunday" exists only here');
    });

    it('finds a quotation rewritten with words replaced and dropped', () => {
      const rewrite = '"We are doing all we can to protect people, but the river will not peak before Wednesday," Orban said at a briefing.';
      const text = story(HEAD, LEAD, P3, P2, rewrite, P4);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      // 22 words: all but "all" line up with paragraph 2, in runs of 3, 5, 8 and 5.
      assert.equal(f!.message, 'Mostly repeats paragraph 2: 21 of 22 words (95%) are shared');
    });

    it('offers removal of a shortened version whose every word lines up with the paragraph it repeats', () => {
      const shortened = 'The army sent soldiers to reinforce the dykes along the river, the ministry said in a statement.';
      const text = story(HEAD, LEAD, P2, P4, P3, shortened);
      const f = repetitions(text)[0]!;
      // "300" and "defence" dropped: runs of 3, 9 and 5 words.
      assert.equal(f.message, 'Mostly repeats paragraph 3: 17 of 17 words (100%) are shared');
      assert.equal(applyEdits(text, f.fixes[0]!.edits), story(HEAD, LEAD, P2, P4, P3));
    });

    it('leaves nearby paragraphs that share common phrases but not half their words', () => {
      // 31 words each, 15 of them in runs in the same order: "in the capital said on Monday that one of the" and "and that the others would".
      const police = 'Police in the capital said on Monday that one of the men arrested after the protest had been released without charge, and that the others would appear in court on Friday.';
      const hospital = 'Hospital officials in the capital said on Monday that one of the injured was in a serious condition, and that the others would be sent home by the end of the week.';
      assert.deepEqual(repetitions(story(HEAD, LEAD, police, P3, hospital)), []);
    });

    it('leaves two statements in one formula that give different figures, and finds a version that only drops one', () => {
      const budapest = 'River levels at Budapest rose 40 centimetres on Monday and were expected to rise a further 25 centimetres by Wednesday, the water authority said.';
      const esztergom = 'River levels at Esztergom rose 55 centimetres on Monday and were expected to rise a further 30 centimetres by Wednesday, the water authority said.';
      assert.deepEqual(repetitions(story(HEAD, LEAD, budapest, P4, esztergom)), []);
      const sharply = 'River levels at Esztergom rose sharply on Monday and were expected to climb a further 25 centimetres by Wednesday, the water authority said.';
      // 23 words, in runs of 3, 6 and 10: "River levels at", "on Monday … expected to", "a further 25 … authority said".
      assert.deepEqual(
        repetitions(story(HEAD, LEAD, budapest, P4, sharply)).map((f) => f.message),
        ['Mostly repeats paragraph 2: 19 of 23 words (83%) are shared'],
      );
    });

    it('does not align two nearby paragraphs that repeat one phrase all through, listing other things', () => {
      const counties = (names: string[]): string => `Ballots were recounted in ${names.map((c) => `the county of ${c}`).join(', ')}.`;
      const first = counties(['Adams', 'Boone', 'Clark', 'Dade', 'Elko', 'Ford', 'Grant', 'Hale', 'Iron', 'Jay', 'Kent', 'Lake', 'Marion', 'Noble', 'Ohio', 'Park', 'Quay', 'Rusk', 'Sioux', 'Teton']);
      const second = counties(['Union', 'Vance', 'Wayne', 'Yuma', 'Ada', 'Bath', 'Cass', 'Dunn', 'Erie', 'Falls', 'Gove', 'Hart', 'Ida', 'Jack', 'Kane', 'Lee', 'Mills', 'Nye', 'Otoe', 'Pike']);
      // "Ballots were recounted in the county of" and "the county of" 19 times line up: 64 of 84 words
      // in runs of 3. But the two share 3 words in over 400 places, more than twice their 168 words:
      // a list, not a rewrite.
      assert.deepEqual(repetitions(story(HEAD, LEAD, first, P3, second)), []);
    });

    it('leaves a rewrite in another story of a basket, where the wire repeats its formulae', () => {
      const rewrite = 'Officials said 40 people were moved from their homes in Szentendre late on Sunday and schools in the area would would stay closed until Thursday.';
      const other = story('Danube towns count the cost', 'SZENTENDRE, Sept 17 (Reuters) - Shopkeepers began clearing mud from the riverside on Tuesday.', rewrite);
      assert.deepEqual(repetitions(`${story(HEAD, LEAD, P2, P3)}\nENDS\n\n${other}`), []);
    });

    it('offers removal when every word is found earlier (a sentence dropped)', () => {
      const shorter = 'Officials said 40 people had been moved from their homes in Szentendre overnight.';
      const text = story(HEAD, LEAD, P2, P3, shorter, P4);
      const f = repetitions(text)[0]!;
      assert.equal(f.rule, 'near-duplicate-paragraph');
      const fixed = applyEdits(text, f.fixes[0]!.edits);
      assert.equal(fixed, story(HEAD, LEAD, P2, P3, P4));
    });
  });

  describe('repeated-passage', () => {
    const passage = 'rescuers evacuated villages north of the capital as the river burst its banks in several places';
    const a = `Water levels rose through the night and ${passage}, the disaster agency said.`;
    const tail = 'leaving thousands of hectares of farmland under water and cutting the main road to Vienna, local officials said.';
    const b = `By Monday afternoon ${passage}, ${tail}`;

    it('finds a 16-word passage inside two different paragraphs and removes it from the later one', () => {
      const text = story(HEAD, LEAD, a, P3, b);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      assert.equal(f!.rule, 'repeated-passage');
      assert.equal(slice(text, f!), passage);
      assert.equal(f!.message, 'These 16 words repeat paragraph 2');
      assert.equal(slice(text, f!.related[0]!), passage);
      const fixed = applyEdits(text, f!.fixes[0]!.edits);
      assert.equal(fixed, story(HEAD, LEAD, a, P3, `By Monday afternoon, ${tail}`));
      assertNothingLost(text, fixed);
      assertCleanSpacing(fixed);
    });

    it('names the earlier copies of a passage found in several paragraphs in text order', () => {
      const c = `Police said on Tuesday that ${passage}, and that the army had been called in to help farmers move their cattle.`;
      const text = story(HEAD, LEAD, a, P3, b, c);
      const f = repetitions(text).find((x) => x.start > text.indexOf(c))!;
      assert.equal(f.message, 'These 16 words repeat paragraphs 2 and 4');
      assert.deepEqual(
        f.related.map((r) => [r.message, slice(text, r)]),
        [
          ['the same words in paragraph 2', passage],
          ['the same words in paragraph 4', passage],
        ],
      );
      assert.ok(f.related[0]!.start < text.indexOf(b));
    });

    it('counts a passage the earlier paragraph holds twice once, as the words of the later one it covers', () => {
      const twice = `Overnight ${passage}, the agency said, and by dawn ${passage} again.`;
      const text = story(HEAD, LEAD, twice, P3, b);
      // b has 37 words, 16 of them shared: under half, so a passage, not a near-duplicate "32 of 37".
      const found = repetitions(text).filter((f) => f.start >= text.indexOf(b));
      assert.deepEqual(
        found.map((f) => [f.rule, f.message, slice(text, f)]),
        [['repeated-passage', 'These 16 words repeat paragraph 2', passage]],
      );
      const firstCopy = text.indexOf(passage, text.indexOf(twice));
      assert.deepEqual(
        found[0]!.related.map((r) => r.start),
        [firstCopy, text.indexOf(passage, firstCopy + 1)],
        'both copies shown',
      );
    });

    it('removes whole sentences when the passage is one', () => {
      const sentence = 'Rescuers evacuated villages north of the capital as the river burst its banks in several places.';
      const first = `${sentence} Roads into the city were closed and more than 2,000 homes lost power, the utility company said.`;
      const later = 'Schools stayed shut across the county and the regional airport cancelled all flights for the day.';
      const text = story(HEAD, LEAD, first, P3, `${later} ${sentence} Trains ran late.`);
      const [f, ...rest] = repetitions(text);
      assert.equal(rest.length, 0);
      assert.equal(f!.rule, 'repeated-passage');
      const fixed = applyEdits(text, f!.fixes[0]!.edits);
      assert.equal(fixed, story(HEAD, LEAD, first, P3, `${later} Trains ran late.`));
      assertCleanSpacing(fixed);
    });

    it('leaves passages shorter than 12 words', () => {
      // Nine words in common, in paragraphs of 20 words or more.
      const short = 'the river burst its banks in several places again';
      const text = story(
        HEAD,
        LEAD,
        `Overnight ${short}, flooding cellars and gardens in the old town, police said.`,
        P3,
        `Farmers near Esztergom said ${short} and their maize harvest was lost.`,
      );
      assert.deepEqual(repetitions(text), []);
    });

    it('lowers a quotation the same speaker repeats further down, and says so', () => {
      const q = '"We are doing everything we can to protect people and property, but the river will not peak before Wednesday"';
      const recap = `On Sunday Orban said that ${q.slice(1, -1).replace(/^We/, '"we')}." His government has asked the European Union for emergency funds and called up army reservists to fill sandbags in the towns along the river.`;
      const text = story(HEAD, LEAD, P3, P2, P4, recap);
      const f = repetitions(text)[0]!;
      assert.equal(f.rule, 'repeated-passage');
      assert.equal(f.severity, 'info');
      assert.match(f.message, /both copies are quotations of Viktor Orban: a deliberate recap\?$/);
    });
  });

  describe('baskets', () => {
    it('reports a story filed twice once, and removes the second copy whole', () => {
      const text = readFixture('repetition/story-twice.txt');
      const found = repetitions(text);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.rule, 'duplicate-paragraph');
      assert.match(f.message, /^Repeats story 1 \("Storm closes schools across northern Scotland"\) word for word$/);
      const half = text.indexOf('ENDS') + 'ENDS\n'.length;
      assert.equal(f.start, half + 1);
      assert.equal(f.related[0]!.start, 0);
      assert.equal(applyEdits(text, f.fixes[0]!.edits), text.slice(0, half));
    });

    it('reports a write-through that repeats the whole earlier take with small changes once', () => {
      const first = story(HEAD, LEAD, P2, P3);
      const second = story(HEAD, LEAD.replace('a decade', 'ten years'), P2.replace('40', '55'), P3);
      const text = `${first}\nENDS\n\n${second}`;
      const found = repetitions(text);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.rule, 'near-duplicate-paragraph');
      assert.match(found[0]!.message, /^Repeats story 1 \("Flood waters rise along the Danube"\) with small changes/);
    });

    it('reports an item filed three times once for each later copy, pointing at the first, though a paragraph also repeats a third story', () => {
      const other = story('Army deployed along the river', 'VIENNA, Sept 16 (Reuters) - Austria also called in troops.', P2);
      const item = story(HEAD, LEAD, P2, P3);
      const text = [other, item, item, item].join('\nENDS\n\n');
      const found = repetitions(text);
      // The first copy's second paragraph is the other story's: reported as a paragraph.
      assert.deepEqual(
        found.map((f) => f.message),
        [
          'Repeats paragraph 2 of story 1 ("Officials said 40 people had been…") word for word',
          'Repeats story 2 ("Flood waters rise along the Danube") word for word',
          'Repeats story 2 ("Flood waters rise along the Danube") word for word',
        ],
      );
    });

    it('reports a later version\'s repeated lead from its first word after the dateline', () => {
      const later = story('Danube flood peaks in Budapest', LEAD.replace('a decade', 'ten years'), 'Water levels began to fall in the north on Tuesday afternoon, officials said.');
      const text = `${story(HEAD, LEAD, P2)}\nENDS\n\n${later}`;
      const found = repetitions(text);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(text.slice(f.start, f.start + 5), LEAD.slice(LEAD.indexOf(' - ') + 3, LEAD.indexOf(' - ') + 8));
      assert.equal(text.slice(f.related[0]!.start, f.related[0]!.start + 5), LEAD.slice(LEAD.indexOf(' - ') + 3, LEAD.indexOf(' - ') + 8));
    });

    it('finds a paragraph repeated in another story', () => {
      const other = story('Hungary raises interest rates', 'BUDAPEST, Sept 16 (Reuters) - Hungary’s central bank raised its base rate by 25 basis points on Monday.', P4);
      const text = `${story(HEAD, LEAD, P2, P4)}\nENDS\n\n${other}`;
      const found = repetitions(text);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.message, `Repeats paragraph 3 of story 1 ("The army sent 300 soldiers to…") word for word`);
    });

    it('leaves clean stories that share common phrases and datelines', () => {
      assert.deepEqual(repetitions(readFixture('repetition/clean-basket.txt')), []);
    });
  });

  describe('the sample', () => {
    const text = readFixture(SAMPLE);
    const found = repetitions(text);

    it('finds the merged paragraph in "The \'Russia\' issue", pointing at body paragraphs 2 and 3', () => {
      const near = found.filter((f) => f.rule === 'near-duplicate-paragraph');
      assert.equal(near.length, 1);
      const f = near[0]!;
      assert.ok(slice(text, f).startsWith('"We said that we would be ready to come back'));
      assert.ok(f.start > text.indexOf("The 'Russia' issue"));
      assert.equal(f.severity, 'warning');
      assert.match(f.message, /^Mostly repeats paragraphs 2 and 3: /);
      assert.deepEqual(
        f.related.map((r) => slice(text, r).slice(0, 30)),
        ['"We said that we would be read', '"We will be ready to cover our'],
      );
      assert.deepEqual(f.fixes, [], '"Lavrov concluded" exists only there');
    });

    it('finds the 32-word passage in the two consecutive paragraphs', () => {
      const passages = found.filter((f) => f.rule === 'repeated-passage' && f.severity === 'warning');
      assert.equal(passages.length, 1);
      const f = passages[0]!;
      const passage =
        'agreed that they would continue being in touch and after the inauguration they talked again, and they reconfirmed the need to look for ways which would be effective in handling international problems';
      assert.equal(slice(text, f), passage);
      assert.equal(slice(text, f.related[0]!), passage);
      assert.ok(f.related[0]!.start < f.start);
      assert.match(f.message, /^These 32 words repeat paragraph 5; both copies quote Sergey Lavrov$/);
      const fixed = applyEdits(text, f.fixes[0]!.edits);
      assert.ok(fixed.includes('pointed out that the two presidents. "And of course'));
      assertNothingLost(text, fixed);
    });

    it('reports nothing else but the stock attribution, as a hint', () => {
      const rest = found.filter((f) => f.severity !== 'warning');
      assert.equal(found.length, 3);
      assert.equal(rest.length, 1);
      assert.equal(rest[0]!.severity, 'hint');
      assert.equal(slice(text, rest[0]!), 'Russian Foreign Minister Sergey Lavrov said in an interview with the US National Interest magazine');
      assert.ok(text.slice(0, rest[0]!.related[0]!.start).includes('MOSCOW, March 29'), 'the other copy is in the lead');
    });
  });
});
