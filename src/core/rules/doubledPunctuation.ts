import type { Report, Rule } from '../findings/rule';
import { proseBlocks } from '../text/proseBlocks';
import { firstFrom, isStopCode, punctuationOf } from '../text/punctuation';
import { oneFix } from './oneFix';

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
      scope: 'story',
    },
    check({ text, stories }) {
      const reports: Report[] = [];
      const { stops } = punctuationOf(text, stories);
      for (const block of stories.flatMap((s) => proseBlocks(text, s))) {
        for (let k = firstFrom(stops, block.start); k < stops.length && stops[k]! < block.end; k++) {
          const i = stops[k]!;
          let j = i + 1;
          while (j < block.end && isStopCode(text.charCodeAt(j))) j++;
          // Most marks stand alone: the run is read as a string only when it is one.
          const run = j - i >= 2 ? text.slice(i, j) : '';
          const keep = run ? keeper(run, options) : null;
          if (keep !== null) {
            const span = { start: i, end: j };
            reports.push(oneFix(span, `Doubled punctuation "${run}"`, `Keep one "${keep}"`, [{ ...span, text: keep }], true));
          }
          // The rest of the run is read.
          while (k + 1 < stops.length && stops[k + 1]! < j) k++;
        }
      }
      return reports;
    },
  };
}

export const doubledPunctuation = doubledPunctuationRule();
