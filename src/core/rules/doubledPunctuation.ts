import type { Report, Rule } from '../findings/rule';
import { proseBlocks } from '../text/proseBlocks';
import { oneFix } from './oneFix';

const MARKS = '.,;:?!…';

export interface DoubledPunctuationOptions {
  /** House style allows `?!` and `!?` for an incredulous question. */
  allowInterrobang: boolean;
}

/**
 * The one mark to keep from a run, or null when the run is right as it is: an ellipsis
 * (`...`, `....`, `…`), an abbreviation's full stop before other punctuation (`U.S.,`), `?!`.
 */
function keeper(run: string, options: DoubledPunctuationOptions): string | null {
  if (run.includes('…') || /^\.{3,}/.test(run)) return null;
  if (run.startsWith('.')) return run === '..' ? '.' : null;
  if (options.allowInterrobang && (run === '?!' || run === '!?')) return null;
  const strong = [...run].find((c) => c === '?' || c === '!');
  if (strong) return strong;
  // The strongest stop stays: a full stop, then a colon, a semicolon, a comma.
  return ['.', ':', ';', ','].find((c) => run.includes(c)) ?? run[0]!;
}

export function doubledPunctuationRule(options: DoubledPunctuationOptions = { allowInterrobang: true }): Rule {
  return {
    meta: {
      id: 'doubled-punctuation',
      description: 'Two punctuation marks where one belongs: ,, ;; .. ?. and the like; not an ellipsis.',
      defaultSeverity: 'warning',
      fixable: true,
      safe: true,
    },
    check({ text, stories }) {
      const reports: Report[] = [];
      for (const block of stories.flatMap(proseBlocks)) {
        for (let i = block.start; i < block.end; i++) {
          if (!MARKS.includes(text[i]!)) continue;
          let j = i + 1;
          while (j < block.end && MARKS.includes(text[j]!)) j++;
          const run = text.slice(i, j);
          const keep = j - i >= 2 ? keeper(run, options) : null;
          if (keep !== null) {
            const span = { start: i, end: j };
            reports.push(oneFix(span, `Doubled punctuation "${run}"`, `Keep one "${keep}"`, [{ ...span, text: keep }], true));
          }
          i = j - 1;
        }
      }
      return reports;
    },
  };
}

export const doubledPunctuation = doubledPunctuationRule();
