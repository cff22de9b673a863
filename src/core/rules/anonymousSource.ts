import type { Edit } from '../findings/finding';
import type { Report, Rule } from '../findings/rule';
import type { Person } from '../model/quote';
import type { Span } from '../model/span';
import type { Paragraph, Story } from '../model/story';
import { givesReason } from '../sources/anonymityReason';
import { type UnnamedAttribution, unnamedAttributions } from '../sources/unnamedAttributions';

/*
 * Agency standards grant a source anonymity only when the information cannot be had on the
 * record, and then the story tells readers why the source is not named. The reason belongs
 * where the source is brought in: the sentence that attributes to it, or the next one.
 */

/** The desk's speech verbs as a set, made once per configuration's list. */
const VERBS = new WeakMap<readonly string[], ReadonlySet<string>>();
function verbsOf(list: readonly string[]): ReadonlySet<string> {
  let verbs = VERBS.get(list);
  if (!verbs) VERBS.set(list, (verbs = new Set(list.map((v) => v.toLowerCase()))));
  return verbs;
}

/** Where people are named (not described), in order: a description beside a name is that person's. */
function namesOf(people: readonly Person[]): Span[] {
  const names: Span[] = [];
  for (const p of people) if (p.kind === 'person') for (const m of p.mentions) if (m.kind === 'name' || m.kind === 'alias') names.push(m);
  return names.sort((a, b) => a.start - b.start);
}

/** The story's body paragraphs in order, the headline's and standfirst's conventions aside. */
const paragraphsOf = (story: Story): Paragraph[] => story.sections.flatMap((s) => s.paragraphs);

/** The span from the sentence that holds `at` to the end of the next one, which may open the next paragraph. */
function reasonWindow(at: number, paragraph: Paragraph, next: Paragraph | undefined): Span {
  const sentences = paragraph.sentences;
  let i = sentences.findIndex((s) => s.end > at);
  if (i < 0) i = sentences.length - 1;
  const following = sentences[i + 1] ?? next?.sentences[0];
  return { start: sentences[i]?.start ?? paragraph.start, end: following?.end ?? paragraph.end };
}

const REASON = 'who spoke on condition of anonymity because ${1:reason}';

/**
 * The snippet that gives the reason right after the mention, set off by commas: its closing
 * comma only before a word, since a comma, a stop or a closing mark after the mention already
 * ends the clause (`A senior official, speaking in Brussels,` keeps one comma, `said a senior
 * official.` gets none before its stop).
 */
function reasonEdit(text: string, mention: Span): Edit {
  let i = mention.end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const wordFollows = i > mention.end && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
  return { start: mention.end, end: mention.end, text: `, ${REASON}${wordFollows ? ',' : ''}` };
}

function report(text: string, a: UnnamedAttribution): Report {
  const words = text.slice(a.start, a.end).replace(/\s+/g, ' ');
  return {
    start: a.start,
    end: a.end,
    message: `The source "${words}" is not named, and neither this sentence nor the next says why: tell readers why, and how the source knows.`,
    related: [],
    fixes: [{ title: 'Say why the source is not named', safe: false, snippet: true, edits: [reasonEdit(text, a)] }],
  };
}

export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    description: 'A quotation or statement attributed to a source the copy does not name (`a senior official said`, `sources said`) with no reason for the anonymity in its sentence or the next.',
    defaultSeverity: 'info',
    fixable: true,
    safe: false,
    scope: 'story',
  },
  check({ text, stories, quotes, people, config }) {
    const reports: Report[] = [];
    const inners = quotes.map((q) => q.inner);
    const names = namesOf(people);
    const verbs = verbsOf(config.speechVerbs);
    for (const story of stories) {
      const paragraphs = paragraphsOf(story);
      // Sources whose reason the story has given: said once, it holds for the rest of the story.
      const explained = new Set<string>();
      paragraphs.forEach((paragraph, n) => {
        // The dateline is no part of the lead's sentences: `WASHINGTON (Reuters) - Officials said`.
        const d = story.dateline;
        const span = d && d.start >= paragraph.start && d.end <= paragraph.end ? { start: d.end, end: paragraph.end } : paragraph;
        // One finding per source a paragraph, however often it is quoted there.
        const reported = new Set<string>();
        for (const a of unnamedAttributions(text, span, quotes, inners, names, verbs)) {
          if (explained.has(a.key) || reported.has(a.key)) continue;
          const window = reasonWindow(a.start, paragraph, paragraphs[n + 1]);
          if (givesReason(text, window.start, window.end)) explained.add(a.key);
          else {
            reported.add(a.key);
            reports.push(report(text, a));
          }
        }
      });
    }
    return reports;
  },
};
