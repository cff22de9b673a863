import type { DirectoryEntry } from '../config/styleConfig';
import type { Span } from '../model/span';

export interface Misspelling extends Span {
  variant: string;
  /** The canonical words that replace the variant: the whole name, or as many of its last words. */
  canonical: string;
  entry: DirectoryEntry;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}\-]/u.test(c);

/** The canonical form for a variant: a one-word variant (a surname) takes the name's last word. */
function canonicalFor(entry: DirectoryEntry, variant: string): string {
  const words = entry.name.split(/\s+/);
  const n = variant.split(/\s+/).length;
  return n >= words.length ? entry.name : words.slice(-n).join(' ');
}

/**
 * Every place in the spans where a directory variant stands as whole words. Variants are
 * matched as plain text, longest first, never compiled into patterns: they come from a file.
 */
export function findMisspellings(text: string, spans: Span[], directory: DirectoryEntry[]): Misspelling[] {
  const variants = directory
    .flatMap((entry) => entry.variants.filter((v) => v.trim() !== '' && v !== entry.name).map((variant) => ({ entry, variant })))
    .sort((a, b) => b.variant.length - a.variant.length);
  const candidates: Misspelling[] = [];
  for (const span of spans) {
    for (const { entry, variant } of variants) {
      for (let at = text.indexOf(variant, span.start); at >= 0 && at + variant.length <= span.end; at = text.indexOf(variant, at + 1)) {
        const end = at + variant.length;
        if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) candidates.push({ start: at, end, variant, canonical: canonicalFor(entry, variant), entry });
      }
    }
  }
  // Where variants overlap ("Stefan Lofven" and "Lofven"), the longest wins.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Misspelling[] = [];
  for (const c of candidates) if (found.length === 0 || found[found.length - 1]!.end <= c.start) found.push(c);
  return found;
}

/** The directory entry for a person, by canonical name or a variant. */
export function entryFor(name: string, directory: DirectoryEntry[]): DirectoryEntry | undefined {
  return directory.find((e) => e.name === name || e.variants.includes(name));
}
