import type { StyleConfig } from '../config/styleConfig';
import type { Edit, Fix, Related } from '../findings/finding';
import type { Report, Rule, RuleContext } from '../findings/rule';
import { proseBlocks, type ProseBlock } from '../text/proseBlocks';
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

/** A prose block with its marks, found once per story and read by the count and both conversions. */
interface MarkedBlock {
  block: ProseBlock;
  marks: StyledMark[];
}

/**
 * The fix that converts every mark of a story to one style. It is safe only when the house
 * chose the style (with "either" the editor picks) and, for curly, every mark's role is certain.
 */
function conversion(text: string, blocks: MarkedBlock[], target: QuoteStyle, known: KnownRoles, chosen: boolean): Fix {
  const edits: Edit[] = [];
  let certain = true;
  for (const { block, marks } of blocks) {
    // Only a conversion to curly reads the last closing mark; a straight one need not scan for it.
    const lastClosing = target === 'curly' ? lastClosingSingle(text, block) : -1;
    for (const mark of marks) {
      if (mark.style === target) continue;
      if (target === 'straight') {
        const edit = straightEdit(text, mark);
        if (edit) edits.push(edit);
        continue;
      }
      const curly = curlyEdit(text, mark, block, known, lastClosing);
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
        const blocks = proseBlocks(story).map((block) => ({ block, marks: styledMarks(context.text, block) }));
        let straight = 0;
        let curly = 0;
        for (const { marks } of blocks) {
          for (const m of marks) {
            if (m.style === 'straight') straight++;
            else curly++;
          }
        }
        if (house === 'either' && (straight === 0 || curly === 0)) continue;
        // With "either", the story's own majority is its style; a tie goes to straight, the lossless conversion.
        const target: QuoteStyle = house === 'either' ? (curly > straight ? 'curly' : 'straight') : house;
        const odd: StyledMark[] = [];
        for (const { marks } of blocks) for (const m of marks) if (m.style !== target) odd.push(m);
        if (odd.length === 0) continue;
        const first = odd[0]!;
        const other: QuoteStyle = target === 'straight' ? 'curly' : 'straight';
        // One message for every related mark: a story dense with marks has hundreds of thousands.
        const note = `${NAME[other]} mark`;
        const related: Related[] = [];
        for (let k = 1; k < odd.length; k++) related.push({ start: odd[k]!.start, end: odd[k]!.end, message: note });
        const fixes = [conversion(context.text, blocks, target, known, house !== 'either')];
        if (house === 'either') fixes.push(conversion(context.text, blocks, other, known, false));
        reports.push({
          start: first.start,
          end: first.end,
          message:
            house === 'either'
              ? `This story mixes straight and curly quotes (${straight} straight, ${curly} curly); this ${NAME[other]} mark is in the minority`
              : `House style is ${NAME[target]} quotes; this story has ${odd.length} ${NAME[other]} mark${odd.length === 1 ? '' : 's'}`,
          related,
          fixes,
        });
      }
      return reports;
    },
  };
}

export const quoteStyle = quoteStyleRule();
