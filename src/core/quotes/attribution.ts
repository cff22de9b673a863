import type { SourceKind } from '../model/quote';
import type { Span } from '../model/span';
import { type Frame, type FrameToken, isTerminal, PUNCT, QUOTE, WORD } from './frame';
import { CLAUSE_JOINS, CUE_PHRASES, CUE_VERBS, DETERMINERS, OPENERS, SPEECH_NOUNS, TIMES, VERB_LEAD } from './lexicon';
import { isNoun, isSpeechNounAt, isVerbForm, type Phrase, phraseAt, possessorAt, startsWithDigit } from './phrases';

/** The words that name a quotation's source, with what they name. */
export interface SourceMention extends Span {
  /** Null for a description the lexicon does not know (`the designer`): an unnamed source where a speech verb makes it one. */
  kind: SourceKind | 'pronoun' | null;
  /** The proper name inside (`Ann Walsh` of `Sen. Ann Walsh (D-Ore.)`), or null. */
  name: Span | null;
  /** A description's head noun, lower case (`senator`, `bank`), or null. */
  head: string | null;
  /** A new source (`a trader`), not one met before (`the trader`). */
  indefinite: boolean;
  /** What a relative `who` stands for: the phrase before it. */
  antecedent: SourceMention | null;
}

export interface Attribution {
  source: SourceMention;
  /** The verb or phrase (`said`, `according to`, `told reporters`), or the colon of `Lavrov: "..."`. */
  cue: Span;
}

/** One paragraph as attribution reads it. */
export interface Reading {
  text: string;
  frame: Frame;
  /** The inner span of every quotation of the story, by index. */
  inners: readonly Span[];
  /** The desk's own speech verbs, lower case. */
  verbs: ReadonlySet<string>;
}

/** Words that cannot be the verb of an attribution, whatever follows a quotation. */
const NOT_VERBS = new Set([
  'and', 'or', 'but', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'who', 'which',
  'that', 'this', 'these', 'those', 'as', 'than', 'if', 'when', 'while', 'is', 'are', 'was', 'were', 'be', 'it',
  'its', 'his', 'her', 'their', 'our', 'my', 'your', 'so', 'not', 'no', 'into', 'about', 'after', 'before', 'because',
]);
/** Words that open a relative clause: the verb right after them is the clause's, not the attribution's. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** The longest appositive read between a source and its verb: `Lena Park, a fellow at a think tank in Seoul that advises the government, puts it`. */
const APPOSITIVE = 30;
/** How far back from a verb its source may start. */
const PHRASE = 12;
/** How many tokens from a quotation its attribution is looked for: attributions sit close, and a sentence of a thousand quotations stays linear. */
const REACH = 40;

const isWord = (t: FrameToken | undefined): t is FrameToken => t !== undefined && t.kind === WORD;
const isMark = (t: FrameToken | undefined, mark: string): boolean => t !== undefined && t.kind === PUNCT && t.lower === mark;
const isAdverb = (t: FrameToken | undefined): boolean =>
  isWord(t) && ((!t.cap && (VERB_LEAD.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !isNoun(t.lower)))) || TIMES.has(t.lower));

/** A speech verb of the built-in list or the desk's, in any case (`Stated Stone:`, `Murphy Tweeted`). */
const isCueWord = (r: Reading, t: FrameToken | undefined): boolean => isWord(t) && (CUE_VERBS.has(t.lower) || r.verbs.has(t.lower));
/** A speech verb in lower case, as one inside a sentence is written (`States` is a name's word). */
const isCue = (r: Reading, t: FrameToken | undefined): boolean => isCueWord(r, t) && !t!.cap;
/** A speech verb in lower case at `v`, or the first word of a cue of several (`pointed out`, `went on to say`). */
const isCueAt = (r: Reading, v: number): boolean => {
  const t = r.frame.tokens[v];
  return isCue(r, t) || (isWord(t) && !t.cap && cueEnd(r.frame.tokens, v) > v + 1);
};

/** A lower-case word that may be a clause's verb. */
const isLowerVerb = (r: Reading, v: number): boolean => {
  const t = r.frame.tokens[v];
  return isWord(t) && !t.cap && !NOT_VERBS.has(t.lower);
};

/** A verb's -ing form: `saying`, `calling` share the subject of the clause they hang from, and never stand before a source. */
const isParticiple = (t: FrameToken): boolean => t.lower.length > 4 && t.lower.endsWith('ing');

/** Any verb in the place of one: a word neither a capital (but a cue's, `Tweeted`) nor a function word starts. */
const isAnyVerb = (r: Reading, t: FrameToken | undefined): boolean => isWord(t) && (t.cap ? isCueWord(r, t) : !NOT_VERBS.has(t.lower) && !startsWithDigit(t.lower));

/** The end (exclusive) of the cue that starts at `v`: the longest phrase of the list, else the word. */
function cueEnd(tokens: readonly FrameToken[], v: number): number {
  let best = v + 1;
  for (const phrase of PHRASES_BY_FIRST.get(tokens[v]!.lower) ?? []) {
    if (v + phrase.length <= best) continue;
    if (phrase.every((w, i) => tokens[v + i]?.kind === WORD && tokens[v + i]!.lower === w)) best = v + phrase.length;
  }
  return best;
}

/** The cues of several words by their first word. */
const PHRASES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const phrase of CUE_PHRASES) PHRASES_BY_FIRST.set(phrase[0]!, [...(PHRASES_BY_FIRST.get(phrase[0]!) ?? []), phrase]);

const spanOf = (tokens: readonly FrameToken[], from: number, to: number): Span => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });

function mention(tokens: readonly FrameToken[], p: Phrase): SourceMention {
  const { start, end } = spanOf(tokens, p.from, p.to);
  const name = p.name ? spanOf(tokens, p.name.from, p.name.to) : null;
  return { start, end, kind: p.kind, name, head: p.head, indefinite: p.indefinite, antecedent: null };
}

/** A phrase as a source; a relative `who` after a comma stands for the phrase before it (`Chen Shibiao, who said that "..."`). */
function sourceOf(r: Reading, p: Phrase): SourceMention {
  const tokens = r.frame.tokens;
  const m = mention(tokens, p);
  if (tokens[p.from]!.lower === 'who' && isMark(tokens[p.from - 1], ',')) m.antecedent = phraseEndingAt(r, p.from - 1, Math.max(0, p.from - 1 - PHRASE));
  return m;
}

function attribution(tokens: readonly FrameToken[], source: SourceMention, cueFrom: number, cueTo: number): Attribution {
  return { source, cue: spanOf(tokens, cueFrom, cueTo) };
}

/** The comma that closes an aside opened by the comma at `open`, before `limit`, or -1. */
function closingComma(tokens: readonly FrameToken[], open: number, limit: number): number {
  for (let i = open + 1; i < limit && i <= open + APPOSITIVE; i++) {
    const t = tokens[i]!;
    if (t.kind === QUOTE || isTerminal(t)) return -1;
    if (isMark(t, ',')) return i;
  }
  return -1;
}

/**
 * A phrase followed by its verb from `at`: an aside between them (an appositive, a relative
 * clause) is passed over, and a name in it is the source (`The head of the agency, Rafael
 * Ortiz, said`). Returns the source and the index of the verb, or null.
 */
/** What may be the verb after a phrase: any verb (after a quotation's comma), a speech verb, or any lower-case word but a function word. */
const ANY_VERB = 0;
const CUE = 1;
const LOWER_VERB = 2;
type VerbKind = typeof ANY_VERB | typeof CUE | typeof LOWER_VERB;

function isVerbOf(r: Reading, v: number, kind: VerbKind): boolean {
  return kind === ANY_VERB ? isAnyVerb(r, r.frame.tokens[v]) : kind === CUE ? isCueAt(r, v) : isLowerVerb(r, v);
}

function phraseThenVerb(r: Reading, at: number, limit: number, kind: VerbKind): { source: SourceMention; verb: number } | null {
  const tokens = r.frame.tokens;
  const p = phrase(r, at, limit);
  if (!p) return null;
  let m = p.to;
  let source = sourceOf(r, p);
  if (isMark(tokens[m], '(')) {
    while (m < limit && !isMark(tokens[m], ')') && m < p.to + 8) m++;
    m++;
  }
  if (isMark(tokens[m], ',')) {
    const close = closingComma(tokens, m, limit);
    if (close < 0) {
      // An aside the copy did not close: `Nate Silver, the polling guru who founded the site tweeted on Wednesday.`
      for (let c = m + 2; c < limit && c <= m + APPOSITIVE && !isTerminal(tokens[c]) && tokens[c]!.kind !== QUOTE; c++) {
        if (isCueAt(r, c) && !isParticiple(tokens[c]!) && !RELATIVES.has(tokens[c - 1]!.lower)) return isVerbOf(r, c, kind) ? { source, verb: c } : null;
      }
      return null;
    }
    const aside = phrase(r, m + 1, close);
    if (aside && aside.to === close && aside.kind === 'person' && p.kind !== 'person' && p.kind !== 'pronoun') source = mention(tokens, aside);
    m = close + 1;
    // A second aside: `Clinton, during a town hall meeting in Columbus, Ohio, said`.
    const again = isMark(tokens[m], ',') ? -1 : closingComma(tokens, m - 1, Math.min(limit, m + 6));
    if (again > m && !isVerbOf(r, m, kind)) m = again + 1;
  }
  while (m < limit && isAdverb(tokens[m]) && !isCue(r, tokens[m])) m++;
  // A relative clause without commas (`An analyst who wanted anonymity said`), or what says how a source knows (`people familiar with the matter said`).
  if (m < limit && (tokens[m]!.lower === 'who' || tokens[m]!.lower === 'that' || isAccessAt(tokens, m)) && p.kind !== null && p.kind !== 'pronoun') {
    for (let c = m + 2; c < limit && c <= m + APPOSITIVE && !isTerminal(tokens[c]) && tokens[c]!.kind !== QUOTE && !isMark(tokens[c], ','); c++) {
      if (!isCueAt(r, c) || isParticiple(tokens[c]!)) continue;
      if (!isVerbOf(r, c, kind)) return null;
      // How it knows is part of the description: the source is `people familiar with the matter`, not `people`.
      if (isAccessAt(tokens, m)) source = { ...source, end: tokens[lastBeforeAdverbs(tokens, m, c)]!.end };
      return { source, verb: c };
    }
  }
  return m < limit && isVerbOf(r, m, kind) ? { source, verb: m } : null;
}

/** Words after a source that say how it knows what it says; the phrase grammar ends a phrase before them. */
const ACCESS = new Set(['familiar', 'close', 'involved', 'knowledgeable', 'briefed', 'privy']);

/** The last token before `c`, and after `from`, that is no adverb: `familiar with the matter` of `familiar with the matter also said`. */
function lastBeforeAdverbs(tokens: readonly FrameToken[], from: number, c: number): number {
  let e = c - 1;
  while (e > from && isAdverb(tokens[e])) e--;
  return e;
}

/** Whether token `m` opens what says how a source knows: `familiar with`, `close to`, `with knowledge of`. */
const isAccessAt = (tokens: readonly FrameToken[], m: number): boolean =>
  !tokens[m]!.cap && (ACCESS.has(tokens[m]!.lower) || (tokens[m]!.lower === 'with' && tokens[m + 1]?.lower === 'knowledge'));

/** The end of what says how a source knows from token `m` to the next mark or quotation (`according to people familiar with the matter.`), else `m`. */
export function accessEnd(tokens: readonly FrameToken[], m: number, limit: number): number {
  if (m >= limit || !isAccessAt(tokens, m)) return m;
  let e = m + 1;
  while (e < limit && tokens[e]!.kind === WORD) e++;
  return e;
}

/**
 * The speech verb whose subject is the phrase at `at`, before `limit`: reported speech read
 * from its source, quotation or none (`Two officials, speaking on condition of anonymity, said`,
 * `people familiar with the matter told reporters`). Read strictly, as no quotation vouches
 * for it: not an object (`met two officials`) unless a relative clause makes it a subject
 * (`spoke to two officials who said`), not across an aside left open (`with aides, because he
 * said`), not a passive's subject (`a man was described as`), a participle's (`with officials
 * saying`) or a modifier's (`the estimated 55 million`).
 */
export function speechOfPhrase(r: Reading, at: number, limit: number): Attribution | null {
  const tokens = r.frame.tokens;
  const p = phrase(r, at, limit);
  if (!p || (objectAt(tokens, at) && tokens[p.to]?.lower !== 'who')) return null;
  const pv = phraseThenVerb(r, at, limit, CUE);
  if (!pv || isParticiple(tokens[pv.verb]!) || isPassive(tokens, pv.verb) || DETERMINERS.has(tokens[pv.verb - 1]!.lower)) return null;
  let commas = 0;
  for (let i = p.to; i < pv.verb; i++) {
    if (isMark(tokens[i], ',')) commas++;
    // `a politician who will say whatever`: what one would say is no report of what one said.
    else if (MODALS.has(tokens[i]!.lower)) return null;
  }
  return commas % 2 === 0 ? attribution(tokens, pv.source, pv.verb, cueEnd(tokens, pv.verb)) : null;
}

/** Modal verbs: what follows one is no report. */
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);

/** Verbs that copy puts before their subject: `," said a senior official`. */
const INVERTED = new Set(['said', 'says', 'added', 'adds', 'noted', 'explained', 'continued', 'wrote', 'writes', 'recalled', 'warned', 'insisted', 'stressed', 'argued']);

/**
 * The cue that a source phrase from `at` to `end` follows: `according to two officials`, or a
 * verb put before its subject after a comma or a quotation, the phrase closing the clause (`,"
 * said a senior official.`, `, said one trader,`).
 */
export function cueBefore(r: Reading, at: number, end: number): Span | null {
  const tokens = r.frame.tokens;
  if (at >= 2 && tokens[at - 1]!.lower === 'to' && tokens[at - 2]!.lower === 'according') return spanOf(tokens, at - 2, at);
  const v = tokens[at - 1];
  const before = tokens[at - 2];
  const after = tokens[end];
  if (!isWord(v) || v.cap || !INVERTED.has(v.lower) || before === undefined || !(isMark(before, ',') || before.kind === QUOTE)) return null;
  return after === undefined || isTerminal(after) || isMark(after, ',') || isMark(after, ';') ? spanOf(tokens, at - 1, at) : null;
}

/** The index in `frame.sentences` of the sentence that holds token `k`. */
function sentenceIndex(frame: Frame, k: number): number {
  const starts = frame.sentences;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the sentence that holds token `k` starts: its first token. */
export const sentenceStart = (frame: Frame, k: number): number => frame.sentences[sentenceIndex(frame, k)]!;

/** The sentence, as a token range, that holds token `k`. */
export function sentenceAround(frame: Frame, k: number): { from: number; to: number } {
  const i = sentenceIndex(frame, k);
  return { from: frame.sentences[i]!, to: frame.sentences[i + 1] ?? frame.tokens.length };
}

/** The phrase at token `i` up to `limit`. */
const phrase = (r: Reading, i: number, limit: number): Phrase | null => phraseAt(r.frame.tokens, i, limit, r.text);

/** Whether only punctuation stands before token `k` in its sentence. */
export function opensItsSentence(r: Reading, k: number): boolean {
  const from = sentenceStart(r.frame, k);
  for (let i = k - 1; i >= from; i--) if (r.frame.tokens[i]!.kind !== PUNCT) return false;
  return true;
}

/** The last character of the quotation's words. */
const lastOfQuote = (r: Reading, t: FrameToken): string => r.text[r.inners[t.quote]!.end - 1] ?? '';

/** Whether a quotation token is followed, before the sentence's end, by another quotation. */
function quoteFollows(tokens: readonly FrameToken[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + REACH && !isTerminal(tokens[i]); i++) if (tokens[i]!.kind === QUOTE) return true;
  return false;
}

/**
 * The attribution right after the quotation at `k`: `," Lavrov said.`, `," said Lavrov.`,
 * `," according to X.`, whatever the verb (`fumed`, `interjected`, `said said` as a typo). A
 * quotation closed by a stop takes it only if no other quotation follows in its sentence,
 * else the cue introduces that one (`"...Iraq." Lavrov went on saying "take a look..."`).
 */
export function attributionAfter(r: Reading, k: number): Attribution | null {
  const tokens = r.frame.tokens;
  const comma = isMark(tokens[k + 1], ',');
  const j = comma ? k + 2 : k + 1;
  const w = tokens[j];
  if (!isWord(w)) return null;
  const limit = tokens.length;
  let found: Attribution | null = null;
  let end = j;
  let verb = j;
  if (w.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    const p = phrase(r, j + 2, limit);
    if (p) {
      found = attribution(tokens, mention(tokens, p), j, j + 2);
      end = p.to;
    }
  } else if (!w.cap && isCueWord(r, w) && !VERB_LEAD.has(w.lower) && !isParticiple(w)) {
    // Only a reporting verb stands before its subject: `," said Lavrov`; `," denounced her record` is no attribution.
    let v = j;
    while (tokens[v + 1]?.lower === w.lower) v++;
    const to = cueEnd(tokens, v);
    const p = phrase(r, to, limit);
    if (p) {
      let source = mention(tokens, p);
      // `," said the head of the agency, Rafael Ortiz.`
      if (isMark(tokens[p.to], ',') && p.kind !== 'person') {
        const aside = phrase(r, p.to + 1, limit);
        if (aside?.kind === 'person') source = mention(tokens, aside);
      }
      found = attribution(tokens, source, v, to);
      end = p.to;
      verb = v;
    }
  } else {
    const pv = phraseThenVerb(r, j, limit, ANY_VERB);
    // A thing the lexicon does not know speaks only with a speech verb: `," the number needed to win` is no attribution.
    if (pv && (pv.source.kind !== null || isCueWord(r, tokens[pv.verb]))) {
      const to = cueEnd(tokens, pv.verb);
      found = attribution(tokens, pv.source, pv.verb, to);
      end = to;
      verb = pv.verb;
    }
  }
  if (!found) return null;
  const last = lastOfQuote(r, tokens[k]!);
  if (last === '.' && quoteFollows(tokens, end)) return null;
  // After a comma (the quotation's own or the one after it) any verb attributes. Else the
  // quotation must open its sentence and a speech verb close it (`"Why?" she asked.`): words
  // after a quotation inside a sentence go on with it (`the nation's "broken" campaign finance system`),
  // and a quotation that ends a sentence inside another takes nothing from the next.
  if (comma || /[,—–\-:;]/.test(last)) return found;
  return opensItsSentence(r, k) && (isCueWord(r, tokens[verb]) || w.lower === 'according') && endsAttribution(tokens, end) ? found : null;
}

/**
 * Whether an attribution after a quotation that ended its sentence ends there too, a place or a
 * time aside (`"Stop!" Smith shouted at the crowd.`): `GM said it anticipates a decrease` opens a sentence of its own.
 */
function endsAttribution(tokens: readonly FrameToken[], at: number): boolean {
  const t = tokens[at];
  if (!t || isTerminal(t) || isMark(t, ',') || isMark(t, ';')) return true;
  if (t.kind !== WORD) return false;
  return t.cap || TIMES.has(t.lower) || PREPOSITIONS.has(t.lower) || t.lower === 'reporters';
}

/**
 * An attribution that closes the quotation's sentence further on: `"..." that Sanders can
 * catch Clinton, said Steve Elmendorf.` Only the listed speech verbs count this far from the quotation.
 */
export function attributionClosing(r: Reading, k: number): Attribution | null {
  const tokens = r.frame.tokens;
  const { to } = sentenceAround(r.frame, k);
  for (let c = k + 2; c < to && c < k + REACH; c++) {
    const t = tokens[c]!;
    if (t.kind === QUOTE) return null;
    if (!isMark(t, ',')) continue;
    if (isCueAt(r, c + 1)) {
      const cue = cueEnd(tokens, c + 1);
      const p = phrase(r, cue, to);
      if (p && !quoteFollows(tokens, p.to)) return attribution(tokens, mention(tokens, p), c + 1, cue);
      continue;
    }
    const pv = phraseThenVerb(r, c + 1, to, CUE);
    if (pv && !quoteFollows(tokens, pv.verb)) return attribution(tokens, pv.source, pv.verb, cueEnd(tokens, pv.verb));
  }
  return null;
}

/** The phrase that ends right before the verb at `v` (adverbs and an aside between them), starting no earlier than `from`. */
function phraseBefore(r: Reading, v: number, from: number): { source: SourceMention; from: number } | null {
  const tokens = r.frame.tokens;
  let e = v;
  while (e > from && isAdverb(tokens[e - 1])) e--;
  // Up to two asides: `Sen. Maria Lopez, R-Ariz., the party's lead negotiator, said`.
  const asides: { from: number; to: number }[] = [];
  let close = isMark(tokens[e - 1], ',') ? e - 1 : -1;
  while (asides.length < 2 && close > from) {
    let open = close - 1;
    while (open >= from && open > close - APPOSITIVE && !isMark(tokens[open], ',') && tokens[open]!.kind !== QUOTE) open--;
    if (open < from || !isMark(tokens[open], ',') || !isAside(r, open + 1, close)) break;
    asides.push({ from: open + 1, to: close });
    close = open;
  }
  // A comma the copy put between a named subject and its verb: `representative Suzanne Earley, replied`.
  if (asides.length === 0 && close > from) {
    const named = earliestPhrase(r, close, from);
    return named && (named.kind === 'person' || named.kind === 'organisation') ? { source: sourceOf(r, named), from: named.from } : null;
  }
  for (let n = asides.length > 0 ? 1 : 0; n <= asides.length; n++) {
    const end = n === 0 ? e : asides[n - 1]!.from - 1;
    const p = earliestPhrase(r, end, from);
    // A party and state or an age is an aside of its own: `Lopez, R-Ariz., ...` and `Lopez, 54, ...`.
    if (!p || (n < asides.length && isTag(tokens, p))) continue;
    if (p.kind !== 'person' && p.kind !== 'pronoun') {
      for (const aside of asides.slice(0, n)) {
        const named = phrase(r, aside.from, aside.to);
        if (named && named.to === aside.to && named.kind === 'person') return { source: mention(tokens, named), from: p.from };
      }
    }
    return { source: sourceOf(r, p), from: p.from };
  }
  // No subject before the first aside: it is the subject, set off by a stray comma (`In the race, Gov. John Kasich (R-OH), said`).
  const first = asides[0];
  const named = first ? phrase(r, first.from, first.to) : null;
  return named && named.to === first!.to && (named.kind === 'person' || named.kind === 'organisation') ? { source: mention(tokens, named), from: first!.from } : null;
}

/** A title's word (`Sen.`, `President`): a name may follow it in a phrase of its own. */
const isTitleToken = (t: FrameToken): boolean => /^(?:sen|rep|gov|gen|dr|mr|mrs|ms|president|senator|secretary|minister|judge)\.?$/.test(t.lower);

/** Verbs in the present or the infinitive that take an object: what follows them is no subject. */
const SIMPLE_VERBS = new Set(['discuss', 'discusses', 'see', 'sees', 'meet', 'meets', 'call', 'tell', 'ask', 'asks', 'urge', 'urges', 'thank', 'thanks', 'praise', 'praises', 'attack', 'attacks', 'support', 'supports', 'oppose', 'opposes', 'elect', 'endorse', 'endorses', 'defeat', 'beat', 'beats', 'replace', 'replaces', 'join', 'joins', 'help', 'helps', 'hire', 'hires', 'fire', 'fires', 'face', 'faces', 'like', 'likes', 'want', 'wants', 'need', 'needs', 'get', 'gets', 'take', 'takes', 'give', 'gives', 'make', 'makes', 'let', 'lets', 'visit', 'visits', 'host', 'hosts', 'name', 'names', 'nominate', 'nominates', 'appoint', 'appoints', 'interview', 'interviews', 'quote', 'quotes', 'cite', 'cites']);

/** Prepositions whose object is never the subject of the verb after it: `a meeting in Columbus, Ohio, said`. */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'for', 'on', 'from', 'to', 'by', 'into', 'about', 'near', 'during', 'against', 'over', 'under']);

/** Words after which a clause, and so a subject, may start: `..., and Smith said`, `when Smith said`. */
const CLAUSE_WORDS = new Set([...CLAUSE_JOINS, ...RELATIVES, 'what', 'how', 'why', 'whether', 'where', 'then', 'also', 'now', 'still', 'yet', 'later', 'earlier', 'meanwhile', 'instead']);

/** Whether a phrase stands where no subject does: after a preposition or a verb (`to discuss internal strategy said`). */
function isObject(tokens: readonly FrameToken[], p: Phrase): boolean {
  return objectAt(tokens, p.from);
}

/** Whether a phrase starting at `from` stands as an object: see {@link isObject}. */
export function objectAt(tokens: readonly FrameToken[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || before.kind !== WORD) return false;
  if (PREPOSITIONS.has(before.lower)) return true;
  // A phrase does not start inside a name: `New Hampshire` holds no `Hampshire`.
  if (before.cap) return !before.possessive && !OPENERS.has(before.lower) && !TIMES.has(before.lower) && !isTitleToken(before);
  // After a determiner a phrase starts inside another: `a statement` holds no `statement`.
  if (DETERMINERS.has(before.lower)) return true;
  // After a verb no subject stands (`to discuss internal strategy said`); after a noun or a modifier one may (`In a separate interview Keating said`, `A defensive Obama said`).
  return !before.cap && !CLAUSE_WORDS.has(before.lower) && !OPENERS.has(before.lower) && !TIMES.has(before.lower) && (isVerbForm(before.lower) || before.lower.endsWith('ing') || SIMPLE_VERBS.has(before.lower));
}

/** Whether the tokens between two commas are an aside: a phrase, a party-and-state tag or an age, or a relative clause. */
function isAside(r: Reading, from: number, to: number): boolean {
  const tokens = r.frame.tokens;
  if (from >= to) return false;
  const first = tokens[from]!;
  // A relative clause, a prepositional or participial phrase: `, who led the talks,`, `, during a meeting in Columbus,`, `, speaking in Iowa,`.
  if (RELATIVES.has(first.lower) || (!first.cap && (PREPOSITIONS.has(first.lower) || isParticiple(first)))) return true;
  const p = phrase(r, from, to);
  return p !== null && p.to === to;
}

/** A party-and-state tag (`R-Ariz.`, `D-N.M.`) or a number standing alone between commas. */
const isTag = (tokens: readonly FrameToken[], p: Phrase): boolean => p.to - p.from === 1 && /^(?:[a-z]-[a-z.]+|\d+)$/.test(tokens[p.from]!.lower);

/** The longest phrase that ends right before token `e`, starting no earlier than `from`. */
function earliestPhrase(r: Reading, e: number, from: number, subject = true): Phrase | null {
  // No phrase runs over punctuation but a tag's brackets, or over a quotation: start after the last such token.
  let lowest = e - 1;
  const tokens = r.frame.tokens;
  while (lowest > Math.max(from, e - PHRASE) && (tokens[lowest - 1]!.kind === WORD || isMark(tokens[lowest - 1], '(') || isMark(tokens[lowest - 1], ')'))) lowest--;
  for (let st = lowest; st < e; st++) {
    const p = phrase(r, st, e);
    if (p && p.to === e && (!subject || !isObject(r.frame.tokens, p))) return p;
  }
  return null;
}

/**
 * The attribution before the quotation at `k` within its sentence: `according to X`, the
 * source and speech verb nearest the quotation (`Lavrov said that the two presidents "agreed"`,
 * `Democrats crafted the schedule, explained Rosenberg, "..."`), or `Name:` and `Name, Outlet:`
 * before it.
 */
export function attributionBefore(r: Reading, k: number): Attribution | null {
  return attributionBetween(r, sentenceStart(r.frame, k), k);
}

/** {@link attributionBefore} between token `from` and a quotation, or the end of a sentence, at `k`. */
export function attributionBetween(r: Reading, from: number, k: number): Attribution | null {
  const tokens = r.frame.tokens;
  for (let v = k - 1; v >= from && v >= k - REACH; v--) {
    const t = tokens[v]!;
    if (t.kind === QUOTE) continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const p = phrase(r, v + 2, k);
      if (p) return attribution(tokens, mention(tokens, p), v, v + 2);
      continue;
    }
    if ((!isCueAt(r, v) && !(v === from && isCueWord(r, t))) || isSpeechNounAt(tokens, v)) continue;
    // `the rules were described as`: the subject of a passive said nothing.
    const found = t.cap || isPassive(tokens, v) ? null : phraseBefore(r, v, from);
    // A participle speaks for the phrase before it only where that phrase is its own subject: `with Sen. John McCain calling it`, `Ryan saying`.
    if (found && (!isParticiple(t) || (!objectAt(tokens, found.from) && !isMark(tokens[v - 1], ',')))) {
      return attribution(tokens, found.source, v, cueEnd(tokens, v));
    }
    if (isParticiple(t)) continue;
    // The verb first, right before the quotation: `explained Rosenberg, "`, `Stated Stone:`.
    const cue = cueEnd(tokens, v);
    const p = phrase(r, cue, k);
    if (p && p.to === k - 1 && (isMark(tokens[p.to], ',') || isMark(tokens[p.to], ':'))) return attribution(tokens, mention(tokens, p), v, cue);
  }
  // `As the Rainmakers sang back in the 1980s, "..."`: an `as` clause whatever its verb.
  const as = asClause(r, from, k);
  if (as) return as;
  if (isMark(tokens[k - 1], ':')) {
    const colon = { start: tokens[k - 1]!.start, end: tokens[k - 1]!.end };
    const p = phrase(r, from, k - 1);
    // `Lavrov: "..."`, `Jane Roe, The Daily Star: "..."`, `Pollsters agree - Carl Bialik: "..."`.
    const outlet = p && isMark(tokens[p.to], ',') ? phrase(r, p.to + 1, k - 1) : null;
    if (p && p.kind !== null && p.kind !== 'document' && outlet && outlet.to === k - 1) return { source: mention(tokens, p), cue: colon };
    // `Clinton on Trump: "..."`, as headlines and roundups put it: the one named first speaks on the topic after `on`.
    if (p && (p.kind === 'person' || p.kind === 'organisation') && tokens[p.to]?.lower === 'on' && k - 1 - p.to <= ON_TOPIC) return { source: mention(tokens, p), cue: colon };
    for (let st = Math.max(from, k - 1 - PHRASE); st < k - 1; st++) {
      const named = phrase(r, st, k - 1);
      if (!named || named.to !== k - 1 || named.kind === null) continue;
      // A named person before a colon introduces what follows, wherever the phrase starts (`doesn't surprise pollster Daron Shaw:`), but not one spoken to (`a blunt message to Trump:`).
      if (st === from || tokens[st - 1]!.kind === PUNCT || (named.kind === 'person' && !isObject(tokens, named))) return { source: mention(tokens, named), cue: colon };
    }
  }
  return null;
}

/** The words of a topic between `on` and the colon: `Clinton on Trump:`, `Lavrov on the new sanctions:`. */
const ON_TOPIC = 6;

/** `As X VERB ..., "` right before a quotation: X is its source, whatever the verb (`put it`, `sang`, `wrote`). */
function asClause(r: Reading, from: number, k: number): Attribution | null {
  const tokens = r.frame.tokens;
  if (!isMark(tokens[k - 1], ',')) return null;
  for (let a = k - 2; a >= from && a >= k - APPOSITIVE; a--) {
    const t = tokens[a]!;
    if (t.kind !== WORD) return null;
    if (t.lower !== 'as' || (a > from && !isMark(tokens[a - 1], ','))) continue;
    const pv = phraseThenVerb(r, a + 1, k - 1, LOWER_VERB);
    return pv && pv.source.kind !== null ? attribution(tokens, pv.source, pv.verb, cueEnd(tokens, pv.verb)) : null;
  }
  return null;
}

/** Possessive determiners that stand for their pronoun: `his comment` is his. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** How far before a quotation the speech noun that owns it may stand. */
const SPEECH_NOUN_REACH = 10;

/**
 * The owner of a speech noun just before the quotation: `Trump's controversial pledge to be
 * "neutral"`, `his comment that "..."`. The words are the owner's, whoever the clause's subject.
 */
export function possessiveSpeech(r: Reading, k: number, from: number): Attribution | null {
  const tokens = r.frame.tokens;
  // The speech noun after the quotation: `Obama's "if you like your plan, you can keep it" promise`.
  const after = tokens[k + 1];
  if (k > from && tokens[k - 1]!.possessive && isWord(after) && !after.cap && SPEECH_NOUNS.has(after.lower)) {
    const p = possessorAt(tokens, k - 1, from, r.text);
    if (p) return { source: mention(tokens, p), cue: { start: after.start, end: after.end } };
  }
  for (let n = k - 1; n >= Math.max(from, k - SPEECH_NOUN_REACH); n--) {
    const t = tokens[n]!;
    if (t.kind === QUOTE || isTerminal(t)) return null;
    if (!isWord(t) || t.cap || !SPEECH_NOUNS.has(t.lower)) continue;
    let o = n - 1;
    while (o >= from && o > n - 4 && isWord(tokens[o]) && !tokens[o]!.cap && !tokens[o]!.possessive && !POSSESSIVE_PRONOUNS.has(tokens[o]!.lower) && !isVerbForm(tokens[o]!.lower)) o--;
    const owner = tokens[o];
    if (!isWord(owner) || o < from) continue;
    if (POSSESSIVE_PRONOUNS.has(owner.lower)) {
      const source: SourceMention = { start: owner.start, end: owner.end, kind: 'pronoun', name: null, head: null, indefinite: false, antecedent: null };
      return { source, cue: { start: t.start, end: t.end } };
    }
    if (!owner.possessive) continue;
    const p = possessorAt(tokens, o, from, r.text);
    if (p) return { source: mention(tokens, p), cue: { start: t.start, end: t.end } };
  }
  return null;
}

/**
 * Where the clauses that may hold token `k` start, nearest first: after a semicolon, after a
 * comma and a word that joins clauses (`, but`, `, while`, `, who`), and the sentence's start.
 * A clause after `that` comes negated: its subject speaks only if it can (`It was so odd that a
 * spokesman could only quip:`), else the clause that holds it is read.
 */
function clauseStarts(tokens: readonly FrameToken[], from: number, k: number): number[] {
  const starts: number[] = [];
  for (let i = k - 1; i > from && i >= k - REACH; i--) {
    const t = tokens[i]!;
    if (isMark(t, ';')) starts.push(i + 1);
    else if (isMark(tokens[i - 1], ',') && isWord(t) && !t.cap && (CLAUSE_JOINS.has(t.lower) || t.lower === 'who')) starts.push(t.lower === 'who' ? i : i + 1);
    // `... system and he, once again, pledged`: a pronoun after `and` or `but` opens a clause, comma or none.
    else if ((t.lower === 'and' || t.lower === 'but') && isWord(tokens[i + 1]) && PRONOUN_SUBJECTS.has(tokens[i + 1]!.lower)) starts.push(i + 1);
    else if (t.lower === 'that' && !t.cap) starts.push(-(i + 1));
  }
  starts.push(from);
  return starts;
}

/** Past what opens a clause before its subject: a conjunction, an opener and its comma (`On Tuesday,`, `Asked about it,`), a fronted quotation and its comma. */
function subjectStart(r: Reading, at: number, k: number): number {
  const tokens = r.frame.tokens;
  for (let round = 0; round < 3; round++) {
    const t = tokens[at];
    if (!t) return at;
    if (isWord(t) && (t.lower === 'and' || t.lower === 'but' || t.lower === 'so' || t.lower === 'yet')) {
      at++;
      continue;
    }
    // One word and a comma opens a clause too: `Likewise,`, `Still,`.
    const opener =
      isWord(t) &&
      (OPENERS.has(t.lower) ||
        (!t.cap && t.lower.endsWith('ing')) ||
        (!t.cap && t.lower.endsWith('ed')) ||
        (isMark(tokens[at + 1], ',') && !phraseIsName(r, at)) ||
        // `Flying back from Iowa, she vented`; not a name in -ing before its verb (`Manning said`).
        (t.lower.length > 4 && t.lower.endsWith('ing') && isWord(tokens[at + 1]) && !tokens[at + 1]!.cap && !isVerbForm(tokens[at + 1]!.lower)) ||
        timeBeforeComma(tokens, at, k) ||
        // `Immediately after the attacks, Trump issued`: an adverb before a comma, not a name in -ly (`Kelly said`).
        (t.lower.length > 4 && t.lower.endsWith('ly') && isWord(tokens[at + 1]) && !tokens[at + 1]!.cap && !isVerbForm(tokens[at + 1]!.lower)));
    if (!opener && t.kind !== QUOTE) return at;
    let comma = at + 1;
    while (comma < k && !isMark(tokens[comma], ',') && comma < at + APPOSITIVE) comma++;
    if (comma >= k || !isMark(tokens[comma], ',')) return at;
    at = comma + 1;
  }
  return at;
}

/** Whether the words from `at` to the next comma say when, not who: `A few days later,`, `Two weeks ago,`. */
function timeBeforeComma(tokens: readonly FrameToken[], at: number, k: number): boolean {
  for (let c = at + 1; c < k && c <= at + 6; c++) {
    if (tokens[c]!.kind !== WORD) return isMark(tokens[c], ',') && (TIMES.has(tokens[c - 1]!.lower) || tokens[c - 1]!.lower === 'ago' || tokens[c - 1]!.lower === 'later');
  }
  return false;
}

/** Whether the word at `i` is a person's or organisation's name on its own (`Smith, 54, said`), not an opener. */
function phraseIsName(r: Reading, i: number): boolean {
  const p = phrase(r, i, i + 1);
  return p !== null && (p.kind === 'person' || p.kind === 'organisation' || p.kind === 'pronoun' || p.kind === 'group');
}

/** Whether the verb at `v` is a passive's participle: a form of `be` before it, adverbs aside (`were never described`). */
function isPassive(tokens: readonly FrameToken[], v: number): boolean {
  if (!/(?:ed|en|told|said|called|known|seen|shown|made)$/.test(tokens[v]!.lower)) return false;
  let b = v - 1;
  while (b >= 0 && isAdverb(tokens[b]) && !BE.has(tokens[b]!.lower)) b--;
  return b >= 0 && BE.has(tokens[b]!.lower);
}

/** Pronouns that are subjects. */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Passives of naming whose agent is the quotation's source (`known by some Republicans as a "hug"`); `quoted by PAP as saying` is the subject's. */
const NAMED_BY = new Set(['called', 'described', 'dubbed', 'known', 'labeled', 'labelled', 'branded', 'termed', 'nicknamed', 'derided', 'criticized', 'criticised', 'praised']);

/** A passive of naming a few words after the verb at `v` (`came to be known`, `has long been called`): its participle, or -1. */
function passiveOfNaming(tokens: readonly FrameToken[], v: number, limit: number): number {
  for (let p = v + 1; p < limit && p <= v + 4; p++) {
    const t = tokens[p]!;
    if (t.kind !== WORD) return -1;
    if (NAMED_BY.has(t.lower) && isPassive(tokens, p)) return p;
  }
  return -1;
}

/** The source after `by` that follows a passive verb at `v`, before `limit`: its agent. */
function agentOf(r: Reading, v: number, limit: number): Attribution | null {
  const tokens = r.frame.tokens;
  for (let b = v + 1; b < limit && b <= v + 4; b++) {
    if (tokens[b]!.lower !== 'by') continue;
    const p = phrase(r, b + 1, limit);
    return p && p.kind !== null && p.kind !== 'pronoun' ? attribution(tokens, mention(tokens, p), v, v + 1) : null;
  }
  return null;
}

/** A speech verb's participle between a clause's verb and the quotation, with the clause's subject as source. */
function participleBetween(r: Reading, source: SourceMention, verb: number, k: number): Attribution | null {
  const tokens = r.frame.tokens;
  for (let v = Math.max(verb + 1, k - REACH); v < k; v++) if (isParticiple(tokens[v]!) && isCueAt(r, v)) return attribution(tokens, source, v, cueEnd(tokens, v));
  return null;
}

/** Forms of `be` that make a verb passive: its subject is what was said of, not who said it. */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * The subject of the clause that holds the quotation at `k`, when it can speak: the governor
 * of `The governor attacked the "dishonest" press`, `Randall Ortiz` of `Randall Ortiz dismissed
 * that notion, calling it "illogical"`. A thing (`these accusations were used as an instrument,
 * "which..."`) and the subject of a passive verb speak for no one; a description the lexicon
 * does not know speaks only with a speech verb.
 */
export function clauseSubject(r: Reading, k: number, from: number): Attribution | null {
  const tokens = r.frame.tokens;
  const starts = clauseStarts(tokens, from, k);
  // Clauses after `that` are read last: the main clause's reporter speaks for what it reports.
  starts.sort((a, b) => (a < 0 ? 1 : 0) - (b < 0 ? 1 : 0));
  for (const at of starts) {
    const start = subjectStart(r, Math.abs(at), k);
    if (start >= k) continue;
    const pv = phraseThenVerb(r, start, k, LOWER_VERB);
    // A clause without a subject of its own (`, but called it "..."`) shares the one before.
    if (!pv) continue;
    // `Silverman was booed ... after telling holdouts that they were "being ridiculous"`: the participle's subject is the clause's, passive or not.
    const found = speakingSubject(r, pv.source, pv.verb, k) ?? (pv.source.kind !== null ? participleBetween(r, pv.source, pv.verb, k) : null);
    if (!found && at === from && starts.some((a) => a < 0)) continue;
    // `Mike Lee, who declared in the spin room, "..."`: who is the name before it, or no one.
    return found && found.source.kind === 'pronoun' && tokens[start]!.lower === 'who' && !found.source.antecedent ? null : found;
  }
  return null;
}

/** The phrase that names a source and ends right before token `e`, as {@link earliestPhrase} finds it. */
function phraseEndingAt(r: Reading, e: number, from: number): SourceMention | null {
  // An antecedent may be an object or an inverted subject: `He met Smith, who said`, `said Marsh, who called`.
  const p = earliestPhrase(r, e, from, false);
  return p && p.kind !== null && p.kind !== 'pronoun' ? mention(r.frame.tokens, p) : null;
}

/**
 * The attribution a subject and its verb make, or null when the subject cannot speak: a thing,
 * the subject of a passive verb, `it` without a speech verb.
 */
function speakingSubject(r: Reading, source: SourceMention, verb: number, limit: number): Attribution | null {
  const tokens = r.frame.tokens;
  let v = verb;
  while (v + 1 < limit && (BE.has(tokens[v]!.lower) || isAdverb(tokens[v])) && isWord(tokens[v + 1])) v++;
  // A passive's agent speaks, not its subject: `would come to be known by some Republicans as a "hug"`.
  if (isPassive(tokens, v)) return NAMED_BY.has(tokens[v]!.lower) ? agentOf(r, v, limit) : null;
  const named = passiveOfNaming(tokens, v, limit);
  if (named >= 0) return agentOf(r, named, limit);
  const cue = isCueAt(r, v);
  if (source.kind === null && !cue) return null;
  if (source.kind === 'pronoun' && /^it$/i.test(r.text.slice(source.start, source.end)) && !cue) return null;
  return attribution(tokens, source, verb, cueEnd(tokens, verb));
}

/** The subject of the last clause of the sentence ending before token `k` (exclusive), as for {@link clauseSubject}. */
export function sentenceSubject(r: Reading, from: number, to: number): Attribution | null {
  const pv = phraseThenVerb(r, subjectStart(r, from, to), to, LOWER_VERB);
  return pv ? speakingSubject(r, pv.source, pv.verb, to) : null;
}

/** The subject of the sentence from `from` to `to` that names a source of any kind, spoken or not: what a pronoun after it may stand for. */
export function subjectOf(r: Reading, from: number, to: number): SourceMention | null {
  const pv = phraseThenVerb(r, subjectStart(r, from, to), to, LOWER_VERB);
  return pv && pv.source.kind !== null && pv.source.kind !== 'pronoun' ? pv.source : null;
}
