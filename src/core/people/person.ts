import type { Mention, Person, SourceKind } from '../model/quote';
import { LEADING_DETERMINER } from './descriptors';

/**
 * A person from their mentions in text order and each one's words: the other names they go
 * by, and the first full naming.
 */
export function personFrom(name: string, kind: SourceKind, title: string | null, mentions: Mention[], surfaces: string[]): Omit<Person, 'quotes'> {
  const aliases = new Set<string>();
  surfaces.forEach((s, i) => {
    if (mentions[i]!.kind === 'pronoun' || s === name) return;
    aliases.add(mentions[i]!.kind === 'descriptor' ? s.replace(LEADING_DETERMINER, (d) => d.toLowerCase()) : s);
  });
  const firstFull = mentions.find((_, i) => surfaces[i] === name) ?? mentions[0]!;
  return { name, kind, title: kind === 'organisation' ? null : title, aliases: [...aliases], mentions, first: { start: firstFull.start, end: firstFull.end } };
}
