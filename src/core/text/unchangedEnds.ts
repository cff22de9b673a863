/** Characters compared at once: V8 compares equal strings a block at a time, far faster than by character. */
const CHUNK = 1024;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** At most `max` characters, so that the suffix never overlaps the common prefix. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** How many characters two versions of a text share at the start, and at the end (the two never overlapping). */
export interface Ends {
  prefix: number;
  suffix: number;
}

/** What an edit left alone: found in a few block comparisons of the two versions. */
export function unchangedEnds(before: string, text: string): Ends {
  const prefix = commonPrefix(before, text);
  return { prefix, suffix: commonSuffix(before, text, Math.min(before.length, text.length) - prefix) };
}

