import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { isResidue } from '../../src/core/parse/residue';
import { readFixture, SAMPLE } from './fixtures';

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

describe('residue', () => {
  const cases: [string, boolean][] = [
    ['All news', true],
    ['Read more »', true],
    ['SHARE', true],
    ['Advertisement', true],
    ['We use cookies to improve your experience.', true],
    ['All news agencies reported the strike', false],
    ['Share prices fell sharply on Monday.', false],
    ['Read more about it in his new book, he said.', false],
  ];
  for (const [line, expected] of cases) {
    it(`${expected ? 'recognises' : 'leaves'} "${line}"`, () => assert.equal(isResidue(line), expected));
  }

  it('reports the sample’s "All news" with a fix that removes the line and its blank line', () => {
    const text = readFixture(SAMPLE);
    const findings = analyze(text).findings.filter((f) => f.rule === 'residue');
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.equal(text.slice(f.start, f.end), 'All news');
    assert.equal(f.fixes[0]!.safe, false, 'removing text never runs unattended');
    const fixed = applyEdits(text, f.fixes[0]!.edits);
    assert.ok(fixed.startsWith('Russian top diplomat says Moscow'));
    assert.equal(fixed.length, text.length - 'All news\n\n'.length);
  });

  it('removes residue at the bottom without leaving blank lines behind', () => {
    const text = 'Headline\n\nLONDON (Reuters) - A story.\n\nRead more\n';
    const f = analyze(text).findings.find((x) => x.rule === 'residue')!;
    assert.equal(applyEdits(text, f.fixes[0]!.edits), 'Headline\n\nLONDON (Reuters) - A story.\n');
  });
});
