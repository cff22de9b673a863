import type { Story } from '../model/story';
import { splitStories } from './stories';
import { buildStory } from './story';

/** Parses a whole document into its stories. Never throws on any string. */
export function parseStories(text: string): Story[] {
  return splitStories(text).map((lines) => buildStory(text, lines));
}
