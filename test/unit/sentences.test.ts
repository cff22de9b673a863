import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/parse/sentences';

function split(paragraph: string): string[] {
  return splitSentences(paragraph, 0, paragraph.length).map((s) => paragraph.slice(s.start, s.end));
}

/** A paragraph and the sentences a copy editor reads in it. */
const CASES: Array<[string, string, string[]]> = [
  ['titles', 'Mr. Smith arrived. Dr. Jones left.', ['Mr. Smith arrived.', 'Dr. Jones left.']],
  [
    'military and political titles',
    'Gen. Mark Allen and Sen. Ann Fox met on Monday. Lt. Col. Sarah Ames and Rep. Tom Diaz joined them.',
    ['Gen. Mark Allen and Sen. Ann Fox met on Monday.', 'Lt. Col. Sarah Ames and Rep. Tom Diaz joined them.'],
  ],
  [
    'U.S. before a capital',
    'The U.S. Senate voted. The House followed.',
    ['The U.S. Senate voted.', 'The House followed.'],
  ],
  ['months', 'The talks opened on Jan. 5 in Geneva. They end on Sept. 12. Both sides agreed.', [
    'The talks opened on Jan. 5 in Geneva.',
    'They end on Sept. 12.',
    'Both sides agreed.',
  ]],
  [
    'a.m. inside a sentence',
    'The blast hit at 6:30 a.m. Friday near the port. No one was hurt.',
    ['The blast hit at 6:30 a.m. Friday near the port.', 'No one was hurt.'],
  ],
  [
    'initials',
    'John F. Kennedy was elected in 1960. He was 43.',
    ['John F. Kennedy was elected in 1960.', 'He was 43.'],
  ],
  ['decimals', 'Prices rose 2.5 percent. Shares fell 0.4%.', ['Prices rose 2.5 percent.', 'Shares fell 0.4%.']],
  ['a sentence that opens with a digit', 'River won 2-1. 60,000 fans watched.', ['River won 2-1.', '60,000 fans watched.']],
  ['question and exclamation', 'Is it over? Nobody knows! The count goes on.', ['Is it over?', 'Nobody knows!', 'The count goes on.']],
  ['an ellipsis', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
  [
    'an initial inside a quote',
    '"A. B," he said. Next.',
    ['"A. B," he said.', 'Next.'],
  ],
  [
    'sentences inside a quote do not end the outer sentence',
    '"We are ready. We will go," he said. Next.',
    ['"We are ready. We will go," he said.', 'Next.'],
  ],
  [
    'a quote that closes the sentence',
    'He said: "It is done. We won." Then he left.',
    ['He said: "It is done. We won."', 'Then he left.'],
  ],
  [
    'curly quotes',
    '“It is over. We lost,” the coach said. Fans wept.',
    ['“It is over. We lost,” the coach said.', 'Fans wept.'],
  ],
  [
    'single quotes nested in double ones',
    '"He told me, \'We are done. Go home,\'" she said. Next.',
    ['"He told me, \'We are done. Go home,\'" she said.', 'Next.'],
  ],
  [
    'ANPA quotes',
    "``We suffered until the very end, but this group never gave up,'' coach Marcelo Gallardo said. ``The title belongs to the fans.''",
    [
      "``We suffered until the very end, but this group never gave up,'' coach Marcelo Gallardo said.",
      "``The title belongs to the fans.''",
    ],
  ],
  ['an ANPA quote holding two sentences', "``It is over. We lost,'' he said.", ["``It is over. We lost,'' he said."]],
  [
    // The opening mark of a quote that continues into the next paragraph has no partner:
    // quotes cannot guide the split, so the paragraph still splits at its full stops.
    'an unclosed quote continuing into the next paragraph',
    '"It is over. We lost, and we know why.',
    ['"It is over.', 'We lost, and we know why.'],
  ],
  ['a closing bracket', '(The figures were revised.) Analysts were surprised.', ['(The figures were revised.)', 'Analysts were surprised.']],
  ['no closing punctuation', 'The vote was close', ['The vote was close']],
  ['trailing whitespace', 'One. Two.  \u00a0', ['One.', 'Two.']],
];

describe('splitSentences', () => {
  for (const [name, paragraph, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(split(paragraph), expected);
    });
  }

  it('splits only the given range, with offsets into the whole text', () => {
    const text = 'Intro. Mr. Brown left. Ms. Green stayed. Outro.';
    const start = text.indexOf('Mr.');
    const end = text.indexOf(' Outro');
    const spans = splitSentences(text, start, end);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['Mr. Brown left.', 'Ms. Green stayed.'],
    );
    assert.equal(spans[0]!.start, start);
  });

  it('gives no sentence for an empty or blank range', () => {
    assert.deepEqual(splitSentences('', 0, 0), []);
    assert.deepEqual(splitSentences(' \t\u00a0', 0, 3), []);
  });
});
