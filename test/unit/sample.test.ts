import assert from 'node:assert/strict';
import { parseStories } from '../../src/core/parse/document';
import { readFixture, SAMPLE } from './fixtures';

/** The foundation issue's figures for the real TASS story, checked by hand against the file. */
describe('the sample TASS story', () => {
  const text = readFixture(SAMPLE);
  const stories = parseStories(text);
  const story = stories[0]!;

  it('is one story covering the whole file', () => {
    assert.equal(stories.length, 1);
    assert.equal(story.start, 0);
    assert.equal(story.end, text.length);
  });

  it('keeps "All news" as residue, out of the headline', () => {
    assert.deepEqual(
      story.residue.map((r) => r.text),
      ['All news'],
    );
  });

  it('finds headline and standfirst', () => {
    assert.equal(story.headline?.text, 'Russian top diplomat says Moscow ready to develop relations with Washington');
    assert.equal(
      story.standfirst?.text,
      'Sergey Lavrov says the Russian Foreign Ministry and the US state department should work closer',
    );
  });

  it('finds the TASS dateline and its parts', () => {
    const d = story.dateline!;
    assert.equal(d.text, 'MOSCOW, March 29. /TASS/.');
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.deepEqual([d.place, d.date, d.agency], ['MOSCOW', 'March 29', 'TASS']);
  });

  it('makes the dateline paragraph the lead and the first paragraph of the body', () => {
    assert.equal(story.lead, story.sections[0]!.paragraphs[0]);
    assert.equal(story.lead!.start, story.dateline!.start);
    assert.ok(text.slice(story.lead!.sentences[0]!.start).startsWith('Moscow is ready to develop'));
  });

  it('splits the body into four sections with 9, 5, 4 and 4 paragraphs', () => {
    assert.deepEqual(
      story.sections.map((s) => s.title?.text ?? null),
      // The file has a no-break space inside the last title ("in\u00a0Swedish"): the text is kept as it is.
      [null, "The 'Russia' issue", 'US election', 'Moscow’s alleged plans to interfere in\u00a0Swedish elections'],
    );
    assert.deepEqual(
      story.sections.map((s) => s.paragraphs.length),
      [9, 5, 4, 4],
    );
  });

  it('keeps the subheads’ trailing no-break spaces out of their titles', () => {
    for (const section of story.sections.slice(1)) {
      const title = section.title!;
      assert.equal(text.slice(title.start, title.end), title.text);
      assert.doesNotMatch(title.text, /\s$/);
    }
  });

  it('starts each section paragraph where the file’s paragraph starts', () => {
    const openings = story.sections.map((s) => s.paragraphs.map((p) => text.slice(p.start, p.start + 12)));
    assert.equal(openings[1]![0], 'Some people ');
    assert.equal(openings[2]![0], 'Lavrov stres');
    assert.equal(openings[3]![0], 'Swedish Prim');
    assert.equal(openings[3]![3], '"But if you ');
  });

  it('splits sentences at the attributions between quotes, not inside quotes', () => {
    const last = story.sections[3]!.paragraphs[3]!;
    const sentences = last.sentences.map((s) => text.slice(s.start, s.end));
    assert.equal(sentences.length, 4);
    assert.ok(sentences[0]!.endsWith('the Russian foreign minister said.'));
    assert.ok(sentences[1]!.startsWith('"It was a very blunt'));
    assert.ok(sentences[2]!.startsWith('Lavrov went on saying'));
    assert.ok(sentences[3]!.endsWith('Lavrov noted.'));
  });
});
