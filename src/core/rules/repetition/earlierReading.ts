import type { Span } from '../../model/span';
import type { Para } from './paragraphs';
import type { KeyGroups } from './keyGroups';
import { NEARBY } from './nearbyVersions';
import type { Copy, NearDuplicate, Passage } from './repetitions';
import type { Ends } from '../../text/unchangedEnds';
import { hashShingles, type SharedRuns, shingleCount } from './shingleIndex';
import type { WordArrays, WordTable } from './words';

/** What one paragraph's lookup in the index found. */
export interface Found {
  near: NearDuplicate | null;
  /** Its repeated passages, when it is not a near-duplicate. */
  passages: Passage[];
}

/** The repetition rules' reading of one version of a document, kept to read the next one faster. */
export interface Reading {
  text: string;
  paras: Para[];
  words: WordTable;
  /** The normalised texts of the paragraphs that were compared whole. */
  groups: KeyGroups;
  /** Per paragraph: what its lookup found; undefined for a duplicate, which is not looked up. */
  found: (Found | undefined)[];
  /** The index, whose arrays the next reading uses again. */
  runs: SharedRuns;
  /**
   * The word arrays of the reading before this one, free now: the next reading writes its words
   * into them, as it copies words from this reading's own.
   */
  spare: WordArrays | undefined;
}

/** A new version's paragraphs against the earlier reading. */
export interface Reread {
  /** Per paragraph: its unchanged copy in the earlier version, if it has one. */
  original: (Para | undefined)[];
  /** Per paragraph: what it finds, when certain to be what it found before. */
  found: (Found | undefined)[];
}

/** Same text in the same place of its own, and the same words counted (a dateline's left out). */
function sameParagraph(o: Para, oWords: WordTable, n: Para, nWords: WordTable): boolean {
  if (o.end - o.start !== n.end - n.start || o.wordCount !== n.wordCount) return false;
  return o.wordCount === 0 || oWords.start[o.first]! - o.start === nWords.start[n.first]! - n.start;
}

function addShingles(to: Set<number>, p: Para, words: WordTable, scratch: Int32Array): void {
  const count = shingleCount(p);
  hashShingles(words, p.first, count, scratch);
  for (let i = 0; i < count; i++) to.add(scratch[i]!);
}

function sharesAny(hashes: ReadonlySet<number>, p: Para, words: WordTable, scratch: Int32Array): boolean {
  const count = shingleCount(p);
  hashShingles(words, p.first, count, scratch);
  for (let i = 0; i < count; i++) if (hashes.has(scratch[i]!)) return true;
  return false;
}

/**
 * Whether the paragraphs an earlier version of n is looked for among, those before it in its
 * story, are the unchanged copies of those of o: the same paragraphs in the same story.
 */
function sameNeighbours(n: Para, paras: Para[], o: Para, old: Para[], original: (Para | undefined)[]): boolean {
  for (let k = 1; k <= NEARBY; k++) {
    const a = paras[n.index - k];
    const b = old[o.index - k];
    const inStory = a !== undefined && a.story === n.story;
    if (inStory !== (b !== undefined && b.story === o.story)) return false;
    if (!inStory) return true;
    if (original[a.index] !== b) return false;
  }
  return true;
}

/** A span of an old paragraph at the same place in its new copy. */
function moved(s: Span, from: Para, to: Para): Span {
  return { start: s.start + to.start - from.start, end: s.end + to.start - from.start };
}

/** What an old paragraph found, moved to its new copy; undefined when a paragraph it names has none. */
function movedFound(found: Found, from: Para, to: Para, copyOf: (Para | undefined)[]): Found | undefined {
  // Before the edit, paragraphs keep their objects: what names only those is still true as it is.
  const kept = (c: { para: Para }): boolean => copyOf[c.para.index] === c.para;
  if (to === from && (found.near ? found.near.sources.every((s) => kept(s) && s.copies.every(kept)) : found.passages.every((p) => p.copies.every(kept)))) return found;
  const copy = (c: Copy): Copy | undefined => {
    const para = copyOf[c.para.index];
    return para && { para, span: moved(c.span, c.para, para), at: moved(c.at, from, to) };
  };
  const copies = (list: Copy[]): Copy[] | undefined => {
    const out: Copy[] = [];
    for (const c of list) {
      const m = copy(c);
      if (!m) return undefined;
      out.push(m);
    }
    return out;
  };
  if (found.near) {
    const sources: NearDuplicate['sources'] = [];
    for (const s of found.near.sources) {
      const para = copyOf[s.para.index];
      const list = copies(s.copies);
      if (!para || !list) return undefined;
      sources.push({ para, copies: list });
    }
    return { near: { para: to, sources, shared: found.near.shared, redundant: found.near.redundant }, passages: [] };
  }
  const passages: Passage[] = [];
  for (const p of found.passages) {
    const list = copies(p.copies);
    if (!list) return undefined;
    passages.push({ ...moved(p, from, to), para: to, words: p.words, copies: list });
  }
  return { near: null, passages };
}

/**
 * The paragraphs of a new version that are unchanged copies of earlier ones, and what they
 * would find in the index, where it is certain that they find what they found in the earlier
 * reading: undefined for the others, which are looked up.
 * A paragraph's lookup meets only the paragraphs before it, so those before the first change
 * find the same; one after it finds the same when it is unchanged and shares no shingle hash
 * with a changed paragraph, old or new, since the index files places by hash. Its nearby
 * versions are looked for among the paragraphs before it in its story: those must be the same
 * too, wherever it lies, as an edit can move a story's end.
 */
export function reread(before: Reading, text: string, paras: Para[], words: WordTable, { prefix, suffix }: Ends): Reread {
  // Old paragraphs in the unchanged text at either end: by start, and by distance from the end.
  const byStart = new Map<number, Para>();
  const byEnd = new Map<number, Para>();
  for (const o of before.paras) {
    if (o.end <= prefix) byStart.set(o.start, o);
    else if (o.start >= before.text.length - suffix) byEnd.set(before.text.length - o.start, o);
  }
  /** Per old paragraph: its unchanged copy in the new version. */
  const copyOf: (Para | undefined)[] = new Array(before.paras.length);
  const original: (Para | undefined)[] = paras.map((n) => {
    const o = n.end <= prefix ? byStart.get(n.start) : n.start >= text.length - suffix ? byEnd.get(text.length - n.start) : undefined;
    if (!o || !sameParagraph(o, before.words, n, words)) return undefined;
    copyOf[o.index] = n;
    return o;
  });
  let first = 0;
  while (first < paras.length && original[first]?.index === first) first++;
  const changed = new Set<number>();
  let scratch = new Int32Array(64);
  const room = (p: Para): Int32Array => (scratch.length >= shingleCount(p) ? scratch : (scratch = new Int32Array(2 * shingleCount(p))));
  for (const o of before.paras) if (!copyOf[o.index]) addShingles(changed, o, before.words, room(o));
  paras.forEach((n, i) => {
    if (!original[i]) addShingles(changed, n, words, room(n));
  });
  const found = paras.map((n, i) => {
    const o = original[i];
    const known = o && before.found[o.index];
    if (!o || !known || !sameNeighbours(n, paras, o, before.paras, original) || (i >= first && sharesAny(changed, n, words, room(n)))) return undefined;
    return movedFound(known, o, n, copyOf);
  });
  return { original, found };
}
