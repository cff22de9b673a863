import assert from 'node:assert/strict';
import { looksLikeWireCopy } from '../../src/core/detect';
import { readFixture, SAMPLE } from './fixtures';

describe('wire copy detection', () => {
  it('recognises the sample story by its dateline', () => {
    assert.equal(looksLikeWireCopy(readFixture(SAMPLE)), true);
  });

  it('recognises a story that opens with a wire control character', () => {
    assert.equal(looksLikeWireCopy('\u0001dpa0143 3 wi 412 dpa 0578\nWirtschaft/\n\u0002Headline =\n'), true);
  });

  it('recognises a raw Reuters feed, which opens with a line of ENQ characters before its first header', () => {
    assert.equal(looksLikeWireCopy(readFixture('agencies/reuters-1987-feed.txt')), true);
  });

  const plain: [string, string][] = [
    ['an empty file', ''],
    ['a shopping list', 'eggs\nmilk\nbread\n'],
    ['a letter', 'Dear Anna,\n\nThank you for your note - I will call on Monday.\n\nBest,\nTom\n'],
    ['notes with capitals and a dash', 'TODO - fix the build\n\nNOTES: none\n'],
    ['prose whose dateline-like line comes too late', 'Line\n'.repeat(40) + 'LONDON (Reuters) - A story.\n'],
  ];
  for (const [what, text] of plain) {
    it(`leaves ${what} as plain text`, () => assert.equal(looksLikeWireCopy(text), false));
  }
});
