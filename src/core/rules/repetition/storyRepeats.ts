import type { Report, RuleContext } from '../../findings/rule';
import type { Story } from '../../model/story';
import { lineRemoval } from '../../text/lineRemoval';
import { trimSpan } from '../../text/whitespace';
import { opening } from './labels';
import type { StoryRepeat } from './repetitions';
import { normalisedText } from './normalisedText';

/**
 * From the headline (or first paragraph) to the end of the last paragraph: the story an editor
 * reads. An ANPA headline is a note line, which a broken feed can put after the body.
 */
function storySpan(story: Story): { start: number; end: number } {
  const paras = story.sections.flatMap((s) => s.paragraphs);
  const first = paras[0]!;
  const last = paras.at(-1)!;
  const headline = story.headline ?? first;
  return { start: Math.min(headline.start, first.start), end: Math.max(headline.end, last.end) };
}

function storyName(text: string, story: Story, number: number): string {
  const title = story.headline?.text ?? opening(text, storySpan(story).start, storySpan(story).end);
  return `story ${number} ("${opening(title, 0, title.length)}")`;
}

const same = (a: { text: string } | null, b: { text: string } | null): boolean =>
  (a === null && b === null) || (a !== null && b !== null && normalisedText(a.text) === normalisedText(b.text));

/** Whether every paragraph repeats word for word: a duplicate-paragraph finding, else a near-duplicate one. */
export const isExact = (r: StoryRepeat): boolean => r.paragraphs.every((p) => 'earlier' in p);

/**
 * One finding for a story filed twice, rather than one per paragraph. It can be removed whole
 * only when its headline, standfirst and every paragraph are found in the earlier story.
 */
export function storyReport({ text, stories }: RuleContext, r: StoryRepeat): Report {
  const story = stories[r.story]!;
  const source = stories[r.source]!;
  const name = storyName(text, source, r.source + 1);
  const total = r.paragraphs.reduce((n, p) => n + p.para.wordCount, 0);
  const shared = r.paragraphs.reduce((n, p) => n + ('earlier' in p ? p.para.wordCount : p.shared), 0);
  const count = source.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const exact = isExact(r);
  const message = !exact
    ? `Repeats ${name} with small changes: ${shared} of ${total} words (${Math.round((100 * shared) / total)}%) are shared`
    : r.paragraphs.length === count
      ? `Repeats ${name} word for word`
      : `All ${r.paragraphs.length} paragraphs repeat ${name} word for word`;
  const whole = r.paragraphs.length === story.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const removable = exact && whole && same(story.headline, source.headline) && same(story.standfirst, source.standfirst);
  return {
    ...storySpan(story),
    message,
    related: [{ ...storySpan(source), message: 'the earlier copy of the story' }],
    fixes: removable ? [{ title: 'Remove repeated story', safe: false, edits: [lineRemoval(text, trimSpan(text, story.start, story.end))] }] : [],
  };
}
