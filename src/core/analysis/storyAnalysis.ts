import type { StyleConfig } from '../config/styleConfig';
import type { Finding } from '../findings/finding';
import type { Rule } from '../findings/rule';
import type { Story } from '../model/story';
import { type KindedLine, movedLine } from '../parse/lineKinds';
import { buildStory } from '../parse/story';
import type { DescriptorFits } from '../people/registry';
import { readStoryQuotes, type StoryQuotes } from '../quotes/speakers';
import { type RuleError, runRules } from './ruleRun';

/** What the analysis reads everywhere, made once per configuration. */
export interface Settings {
  config: StyleConfig;
  /** The rules that read one story at a time. */
  storyRules: readonly Rule[];
  residue: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  ignored: ReadonlySet<string>;
}

/**
 * One story analysed on its own text, offsets from 0. Nothing in it is changed once made: when
 * the story lies elsewhere in the document, or an edit moves it, it is copied to its place.
 */
export interface StoryAnalysis {
  story: Story;
  quotes: StoryQuotes;
  /** The findings of the story rules, in text order. */
  findings: Finding[];
  errors: RuleError[];
}

/** `text` is the story's own text; `lines` are its lines as the document's split found them. */
export function analyseStory(text: string, lines: readonly KindedLine[], from: number, settings: Settings, fits: DescriptorFits): StoryAnalysis {
  // The story's lines moved to offsets in its own text.
  const story = buildStory(text, lines.map((l) => movedLine(l, -from)), settings.residue);
  const quotes = readStoryQuotes(text, story, settings.verbs, fits);
  const errors: RuleError[] = [];
  const context = { text, stories: [story], quotes: quotes.quotes, people: quotes.people, strays: quotes.strays, config: settings.config };
  return { story, quotes, findings: runRules(settings.storyRules, context, settings.ignored, errors), errors };
}
