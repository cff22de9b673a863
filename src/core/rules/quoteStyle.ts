import type { StyleConfig } from '../config/styleConfig';
import type { Edit, Fix, Related } from '../findings/finding';
import type { Report, Rule, RuleContext } from '../findings/rule';
import type { Story } from '../model/story';
import {
  CURLY,
  curlyOf,
  isCurlyMark,
  KNOWN_CLOSE,
  KNOWN_OPEN,
  type KnownRoles,
  lastClosingSingle,
  markEnd,
  markStart,
  straightOf,
  type StyledMark,
  styledMarks,
  UNCERTAIN,
} from '../quotes/styledMarks';
import { proseBlocks, type ProseBlock } from '../text/proseBlocks';

type QuoteStyle = 'straight' | 'curly';

/** The house style: one of the two, or "either" when only mixing them in one story is wrong. */
type HouseQuoteStyle = StyleConfig['quoteStyle'];

const NAME: Record<QuoteStyle, string> = { straight: 'straight', curly: 'curly' };

/** Where the quotation model pairs a straight double mark; a stray mark's role stays in doubt. A later quotation's role wins. */
function knownRoles({ text, quotes }: RuleContext): KnownRoles {
  const roles: KnownRoles = new Uint8Array(text.length);
  for (const q of quotes) {
    roles[q.start] = KNOWN_OPEN;
    if (q.end - 1 > q.start && text.charCodeAt(q.end - 1) === 0x22) roles[q.end - 1] = KNOWN_CLOSE;
  }
  return roles;
}

/** A story's prose blocks and their marks, found once and read by the count, the findings and both conversions. */
interface StoryMarks {
  blocks: readonly ProseBlock[];
  marks: Int32Array;
  /** Where each block's marks end in `marks`. */
  ends: number[];
}

/**
 * A story's marks; without its headline when only mixing is wrong: a headline is often set in
 * another system, in straight single marks over a curly story (`Trump: 'We're going to win'`).
 */
function storyMarks(text: string, story: Story, headline: boolean): StoryMarks {
  const prose = proseBlocks(text, story);
  const blocks = headline ? prose : prose.filter((b) => b.kind !== 'headline');
  return { blocks, ...styledMarks(text, blocks) };
}

/**
 * The fix that converts every mark of a story to one style. It is safe only when the house
 * chose the style (with "either" the editor picks) and, for curly, every mark's role is certain.
 */
function conversion(text: string, { blocks, marks, ends }: StoryMarks, target: QuoteStyle, known: () => KnownRoles, chosen: boolean): Fix {
  const edits: Edit[] = [];
  let certain = true;
  let k = 0;
  blocks.forEach((block, b) => {
    // Only a single mark that opens a word asks for the block's last closing mark, which reads the block from its end.
    let closing: number | undefined;
    const lastClosing = (): number => (closing ??= lastClosingSingle(text, block));
    for (; k < ends[b]!; k++) {
      const m: StyledMark = marks[k]!;
      if (isCurlyMark(m) === (target === 'curly')) continue;
      if (target === 'straight') {
        edits.push({ start: markStart(m), end: markEnd(m), text: straightOf(text, m) });
        continue;
      }
      const form = curlyOf(text, m, block, known(), lastClosing);
      edits.push({ start: markStart(m), end: markEnd(m), text: CURLY[form % UNCERTAIN]! });
      certain &&= form < UNCERTAIN;
    }
  });
  return { title: `Convert the story to ${NAME[target]} quotes and apostrophes`, safe: chosen && certain, edits };
}

/** The rule with a fixed house style, or, without one, the style the configuration gives. */
export function quoteStyleRule(fixed?: HouseQuoteStyle): Rule {
  return {
    meta: {
      id: 'quote-style',
      description: 'Straight and curly quotation marks or apostrophes mixed in one story, or marks of the style the house does not use.',
      defaultSeverity: 'info',
      fixable: true,
      safe: true,
      scope: 'story',
    },
    check(context) {
      const { text } = context;
      const house = fixed ?? context.config.quoteStyle;
      // Made once, and only when a conversion to curly needs it.
      let roles: KnownRoles | null = null;
      const known = (): KnownRoles => (roles ??= knownRoles(context));
      const reports: Report[] = [];
      for (const story of context.stories) {
        const found = storyMarks(text, story, house !== 'either');
        let curly = 0;
        for (const m of found.marks) if (isCurlyMark(m)) curly++;
        const straight = found.marks.length - curly;
        if (house === 'either' && (straight === 0 || curly === 0)) continue;
        // With "either", the story's own majority is its style; a tie goes to straight, the lossless conversion.
        const target: QuoteStyle = house === 'either' ? (curly > straight ? 'curly' : 'straight') : house;
        const odd = target === 'straight' ? curly : straight;
        if (odd === 0) continue;
        const other: QuoteStyle = target === 'straight' ? 'curly' : 'straight';
        // One message for every related mark: a story dense with marks has hundreds of thousands.
        const note = `${NAME[other]} mark`;
        let first = -1;
        const related: Related[] = [];
        for (const m of found.marks) {
          if (isCurlyMark(m) === (target === 'curly')) continue;
          if (first < 0) first = m;
          else related.push({ start: markStart(m), end: markEnd(m), message: note });
        }
        const fixes = [conversion(text, found, target, known, house !== 'either')];
        if (house === 'either') fixes.push(conversion(text, found, other, known, false));
        reports.push({
          start: markStart(first),
          end: markEnd(first),
          message:
            house === 'either'
              ? `This story mixes straight and curly quotes (${straight} straight, ${curly} curly); this ${NAME[other]} mark is in the minority`
              : `House style is ${NAME[target]} quotes; this story has ${odd} ${NAME[other]} mark${odd === 1 ? '' : 's'}`,
          related,
          fixes,
        });
      }
      return reports;
    },
  };
}

export const quoteStyle = quoteStyleRule();
