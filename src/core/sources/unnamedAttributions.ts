import type { Quotation } from '../model/quote';
import type { Span } from '../model/span';
import { startingBefore } from '../model/storyAt';
import { accessEnd, cueBefore, objectAt, type Reading, sentenceAround, speechOfPhrase } from '../quotes/attribution';
import { type FrameToken, readFrame, WORD } from '../quotes/frame';
import { type Phrase, phraseAt } from '../quotes/phrases';
import { isUnnamedSource, mayHoldUnnamedSource } from './unnamedSource';

/*
 * Where copy attributes something to a source it does not name: a quotation whose source
 * mention is one (`"...," a senior official said`), or reported speech without quote marks
 * (`The deal will close in March, sources said.`, `according to two officials`). Reported
 * speech is read as attribution reads a quotation's source: a description that is the subject
 * of a speech verb, or that follows `according to` or a verb put before its subject.
 */

export interface UnnamedAttribution extends Span {
  /**
   * Which source: the words of its mention in lower case, without its count, its head in the
   * singular, so that `one intelligence source` is one of `three intelligence sources`.
   */
  key: string;
}

/** Verbs that report what a source stated; `asked`, `called`, `suggested` or `shouted` report no information. */
const STATING = new Set([
  'said', 'says', 'say', 'told', 'tell', 'tells', 'added', 'adds', 'noted', 'notes', 'confirmed', 'confirms', 'explained',
  'explains', 'insisted', 'insist', 'insists', 'warned', 'warn', 'warns', 'stressed', 'acknowledged', 'admitted', 'conceded',
  'disclosed', 'revealed', 'predicted', 'predict', 'estimated', 'estimate', 'believe', 'believes', 'believed', 'reported',
  'indicated', 'cautioned', 'argued', 'argue', 'contended', 'maintained', 'claimed', 'alleged', 'expect', 'expects',
  'expected', 'according',
]);

/** Words before a description that make what follows a case in general or the setting of an event, not a source: `when a man says`, `when an activist revealed`. */
const GENERAL = new Set(['when', 'whenever', 'if', 'unless']);

/** Whether a cue's first word states: `said in a statement`, `according to`. */
const states = (text: string, cue: Span): boolean => STATING.has(/^\S+/.exec(text.slice(cue.start, cue.end))![0].toLowerCase());

/** The key of the source mentioned at `s` (see {@link UnnamedAttribution.key}): any word's plural goes, as keys are only compared. */
const keyOf = (text: string, s: Span): string =>
  text
    .slice(s.start, s.end)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|several|some|other) /, '')
    .replace(/\bpeople\b/, 'person')
    .replace(/\b([a-z]{2,}[^s'’])s\b/g, '$1');

/** Whether one of the names, sorted by start, starts at `start`. */
const nameStartsAt = (names: readonly Span[], start: number): boolean => names[startingBefore(names, start)]?.start === start;

/** Whether one of the names, sorted by start, ends at `end`: one of the few that start last before it. */
function nameEndsAt(names: readonly Span[], end: number): boolean {
  const i = startingBefore(names, end);
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (names[j]!.end === end) return true;
  return false;
}

/**
 * Whether a name stands beside the description from token `from` to `to`, set off by a comma:
 * the description is then the named person's (`Jane Roe, a former official, said`, `a former
 * official, Jane Roe, said`).
 */
function isNamedBeside(tokens: readonly FrameToken[], from: number, to: number, names: readonly Span[]): boolean {
  const before = tokens[from - 2];
  const after = tokens[to + 1];
  return (tokens[from - 1]?.lower === ',' && before !== undefined && nameEndsAt(names, before.end)) || (tokens[to]?.lower === ',' && after !== undefined && nameStartsAt(names, after.start));
}

/** A word that states (`said`, `according`), in any case. */
const STATING_WORD = new RegExp(`\\b(?:${[...STATING].join('|')})\\b`, 'i');

/** Whether the span holds a word that states: most paragraphs that hold none are not read further. */
const mayState = (text: string, start: number, end: number): boolean => STATING_WORD.test(text.slice(start, end));

/**
 * The mentions of sources not named that attribute a quotation or a statement in the
 * paragraph, in text order. `quotes` are the story's quotations, `inners` their words and
 * `names` the spans where the story names a person, in order.
 */
export function unnamedAttributions(text: string, paragraph: Span, quotes: readonly Quotation[], inners: readonly Span[], names: readonly Span[], verbs: ReadonlySet<string>): UnnamedAttribution[] {
  if (!mayState(text, paragraph.start, paragraph.end) || !mayHoldUnnamedSource(text, paragraph.start, paragraph.end)) return [];
  const first = startingBefore(quotes, paragraph.start);
  const frame = readFrame(text, paragraph, quotes, first);
  const r: Reading = { text, frame, inners, verbs };
  const { tokens } = frame;
  const found = new Map<number, UnnamedAttribution>();
  /** Takes the mention `s` of the phrase `p` at token `k` when it brings in a source not named; `known` when how it knows follows it. */
  const take = (k: number, p: Phrase, s: Span, known: boolean): void => {
    if (found.has(s.start) || !isUnnamedSource(tokens, p, known)) return;
    if (GENERAL.has(tokens[k - 1]?.lower ?? '') || isNamedBeside(tokens, k, p.to, names)) return;
    found.set(s.start, { start: s.start, end: s.end, key: keyOf(text, s) });
  };
  // The quotations' sources, as the quotation model read them, where they speak: `told one agent, "..."` speaks to the source.
  for (let i = first; i < quotes.length && quotes[i]!.start < paragraph.end; i++) {
    const { source, cue } = quotes[i]!;
    // `a man yelled "Stay there!"` reports an event, not what a source stated.
    if (!source || !cue || source.start < paragraph.start || !states(text, cue)) continue;
    const k = startingBefore(tokens, source.start);
    const p = tokens[k]?.start === source.start ? phraseAt(tokens, k, sentenceAround(frame, k).to, text) : null;
    if (p && (!objectAt(tokens, k) || cueBefore(r, k, p.to) !== null)) take(k, p, source, source.end > tokens[p.to - 1]!.end);
  }
  // Reported speech: each phrase, left to right, that speaks.
  for (let s = 0; s < frame.sentences.length; s++) {
    const from = frame.sentences[s]!;
    const to = frame.sentences[s + 1] ?? tokens.length;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    if (!mayState(text, start, end) || !mayHoldUnnamedSource(text, start, end)) continue;
    for (let i = from; i < to; i++) {
      if (tokens[i]!.kind !== WORD) continue;
      const p = phraseAt(tokens, i, to, text);
      if (!p) continue;
      // Most phrases name or describe no one unnamed: the speech around them need not be read.
      if (!isUnnamedSource(tokens, p, true)) {
        i = p.to - 1;
        continue;
      }
      const speech = speechOfPhrase(r, i, to);
      if (speech !== null && speech.source.start === tokens[i]!.start && states(text, speech.cue)) {
        take(i, p, speech.source, speech.source.end > tokens[p.to - 1]!.end);
      } else {
        // `according to two people familiar with the matter`: how they know is part of the description.
        const end = accessEnd(tokens, p.to, to);
        const cue = cueBefore(r, i, end);
        if (cue !== null && states(text, cue)) take(i, p, { start: tokens[i]!.start, end: tokens[end - 1]!.end }, end > p.to);
      }
      i = p.to - 1;
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
