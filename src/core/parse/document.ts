import type { Story } from '../model/story';
import { kindLines } from './lineKinds';
import { normaliseResidue } from './residue';
import { splitStories } from './stories';
import { buildStory } from './story';

/** Parses a whole document into its stories. Never throws on any string. */
export function parseStories(text: string, residue: readonly string[] = []): Story[] {
  // The desk's page-furniture phrases are compared as whole lines, like the built-in ones.
  const extra = new Set(residue.map(normaliseResidue));
  return splitStories(kindLines(text)).map((lines) => buildStory(text, lines, extra));
}
