import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/styleConfig';
import { RULES } from '../../src/core/rules';
import { caseTable, findingsOf, story } from './hygiene';

describe('invisible-character', () => {
  caseTable('invisible-character', [
    { text: 'US\u00a0President Donald\u00a0Trump spoke.', found: ['\u00a0', '\u00a0'], fixed: 'US President Donald Trump spoke.', safe: true },
    { text: 'The talks ended.\u00a0', found: ['\u00a0'], fixed: 'The talks ended.' },
    { text: '\u00a0Swedish Prime Minister Stefan Lofven spoke.', found: ['\u00a0'], fixed: 'Swedish Prime Minister Stefan Lofven spoke.' },
    { text: 'The zero\u200bwidth space and the soft\u00adhyphen go.', found: ['\u200b', '\u00ad'], fixed: 'The zerowidth space and the softhyphen go.' },
    { text: 'A control\u0007character and a mark\u200e remain.', found: ['\u0007', '\u200e'], fixed: 'A control character and a mark remain.' },
    // Spaces and no-break spaces doubled are reported whole by spacing.
    { text: 'The talks \u00a0ended late.', found: [] },
    { text: 'The talks\u00a0\u00a0ended late.', found: [] },
    { text: 'The talks \u2009 ended late.', found: ['\u2009'], fixed: 'The talks ended late.' },
    // A run of special spaces stands for one space: the words stay apart.
    { text: 'The talks\u2009\u2009ended late.', found: ['\u2009', '\u2009'], fixed: 'The talks ended late.' },
    { text: 'The talks\u2009\u00a0\u2009ended late.', found: ['\u2009', '\u00a0', '\u2009'], fixed: 'The talks ended late.' },
    // Edge whitespace that holds a plain space is reported whole by spacing.
    { text: 'The talks ended. \u00a0', found: [] },
    { text: '\u00a0 Swedish Prime Minister Stefan Lofven spoke.', found: [] },
    { text: 'The road is 10\u00a0km long and costs €\u00a05\u00a0000.', found: [] },
    { text: 'The family emoji 👨\u200d👩\u200d👧 and Persian می\u200cخواهم stay.', found: [] },
  ]);

  it('names the character and its code point', () => {
    const text = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were\u00a0closed on Thursday.\n';
    assert.equal(findingsOf(text, 'invisible-character')[0]!.message, 'Invisible character: no-break space (U+00A0)');
  });

  it('reports a line of special spaces, which spacing leaves to it, and not one that also holds a plain space', () => {
    const text = 'Storm closes schools\n\nEDINBURGH, Jan 30 (Reuters) - Schools were closed.\n\u00a0\u00a0\n \u00a0\nThe council met.\n';
    const found = findingsOf(text, 'invisible-character').map((f) => f.start);
    const line = text.indexOf('\u00a0\u00a0\n');
    assert.deepEqual(found, [line, line + 1]);
  });

  it('reports the special spaces spacing would report whole when spacing is turned off', () => {
    const text = story('The talks \u00a0ended late. \u00a0');
    const config = { ...DEFAULT_CONFIG, rules: { spacing: 'off' as const } };
    const found = analyze(text, RULES, config).findings.filter((f) => f.rule === 'invisible-character');
    assert.deepEqual(
      found.map((f) => f.start),
      [text.indexOf('\u00a0'), text.lastIndexOf('\u00a0')],
    );
  });

  it('leaves the control characters of wire formats at the edges of lines', () => {
    const text = '\u0001dpa0143 3 wi 412 dpa 0578\nGermany/Economy/Trade/\n\u0002Exports fall for third month =\n   Berlin (dpa) - German exports fell for the third month.\n\u0003\n';
    assert.deepEqual(findingsOf(text, 'invisible-character'), []);
  });
});
