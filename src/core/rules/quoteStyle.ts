import type { StyleConfig } from '../config/styleConfig';
import type { Edit, Fix } from '../findings/finding';
import type { Report, Rule, RuleContext } from '../findings/rule';
import type { Story } from '../model/story';
import { proseBlocks } from '../text/proseBlocks';
import { curlyEdit, lastClosingSingle, straightEdit, styledMarks, type KnownRoles, type QuoteStyle, type StyledMark } from '../text/quoteStyles';

/** The house style: one of the two, or "either" when only mixing them in one story is wrong. */
type HouseQuoteStyle = StyleConfig['quoteStyle'];

const NAME: Record<QuoteStyle, string> = { straight: 'straight', curly: 'curly' };

/** Where the quotation model pairs a straight double mark; a stray mark's role stays in doubt. */
function knownRoles({ text, quotes }: RuleContext): KnownRoles {
  const roles: KnownRoles = new Map();
  for (const q of quotes) {
    roles.set(q.start, 'open');
    if (q.end - 1 > q.start && text[q.end - 1] === '"') roles.set(q.end - 1, 'close');
  }
  return roles;
}

/**
 * The fix that converts every mark of a story to one style. It is safe only when the house
 * chose the style (with "either" the editor picks) and, for curly, every mark's role is certain.
 */
function conversion(context: RuleContext, story: Story, target: QuoteStyle, known: KnownRoles, chosen: boolean): Fix {
  const edits: Edit[] = [];
  let certain = true;
  for (const block of proseBlocks(story)) {
    const lastClosing = lastClosingSingle(context.text, block);
    for (const mark of styledMarks(context.text, block)) {
      if (mark.style === target) continue;
      if (target === 'straight') {
        const edit = straightEdit(context.text, mark);
        if (edit) edits.push(edit);
        continue;
      }
      const curly = curlyEdit(context.text, mark, block, known, lastClosing);
      if (!curly) continue;
      edits.push(curly.edit);
      certain &&= curly.certain;
    }
  }
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
    },
    check(context) {
      const house = fixed ?? context.config.quoteStyle;
      const known = knownRoles(context);
      const reports: Report[] = [];
      for (const story of context.stories) {
        const marks = proseBlocks(story).flatMap((b) => styledMarks(context.text, b));
        const straight = marks.filter((m) => m.style === 'straight').length;
        const curly = marks.length - straight;
        if (house === 'either' && (straight === 0 || curly === 0)) continue;
        // With "either", the story's own majority is its style; a tie goes to straight, the lossless conversion.
        const target: QuoteStyle = house === 'either' ? (curly > straight ? 'curly' : 'straight') : house;
        const odd: StyledMark[] = marks.filter((m) => m.style !== target);
        if (odd.length === 0) continue;
        const [first, ...rest] = odd;
        const other: QuoteStyle = target === 'straight' ? 'curly' : 'straight';
        const fixes = [conversion(context, story, target, known, house !== 'either')];
        if (house === 'either') fixes.push(conversion(context, story, other, known, false));
        reports.push({
          start: first!.start,
          end: first!.end,
          message:
            house === 'either'
              ? `This story mixes straight and curly quotes (${straight} straight, ${curly} curly); this ${NAME[other]} mark is in the minority`
              : `House style is ${NAME[target]} quotes; this story has ${odd.length} ${NAME[other]} mark${odd.length === 1 ? '' : 's'}`,
          related: rest.map((m) => ({ start: m.start, end: m.end, message: `${NAME[other]} mark` })),
          fixes,
        });
      }
      return reports;
    },
  };
}

export const quoteStyle = quoteStyleRule();
