import type { SourceKind } from '../model/quote';
import { NATIONALITIES, ORGANISATION_NAME_WORDS, TITLE_WORDS } from '../people/vocabulary';
import { type FrameToken, PUNCT, QUOTE, WORD } from './frame';
import {
  CUE_VERBS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, INDEFINITE, IRREGULAR_PAST, OPENERS, ORGANISATION_NOUNS,
  PERSON_NOUNS, PRONOUNS, SPEECH_NOUNS, TIMES, VERB_LEAD,
} from './lexicon';

/*
 * The noun phrase that names a source, read from frame tokens: `Lavrov`, `Sen. Ann Walsh
 * (D-Ore.)`, `the Russian top diplomat`, `Nomura's Tanaka`, `the paper's editorial board`,
 * `a spokesman for the company`, `he`. What the phrase is (a person, an organisation, ...)
 * comes from its head: a name, or the last noun of a description.
 */

export interface Phrase {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** What it names; null for a thing that says nothing (`these accusations`). */
  kind: SourceKind | 'pronoun' | null;
  /** The proper name it ends in, as a token range (`Ann Walsh` of `Sen. Ann Walsh`), or null. */
  name: { from: number; to: number } | null;
  /** The head of a description, lower case (`diplomat`, `bank`, `report`), or null for a name or pronoun. */
  head: string | null;
  /** A new source (`a trader`, `one delegate`) rather than one met before (`the senator`). */
  indefinite: boolean;
}

/** Words that end a phrase: what follows them is no part of the name (`Democrat familiar with`, `who`, `that`). */
const BREAKS = new Set([
  'and', 'or', 'but', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'than', 'as', 'if', 'because', 'while', 'when',
  'where', 'after', 'before', 'since', 'until', 'about', 'on', 'in', 'into', 'by', 'during', 'over', 'under', 'like',
  'what', 'whatever', 'whoever', 'how', 'why', 'whether', 'out', 'up', 'off', 'down', 'back', 'away', 'through',
  'although', 'though', 'unless', 'whereas', 'once',
  'to', 'not', 'so', 'familiar', 'close', 'involved', 'responsible', 'aware', 'speaking', 'knowledgeable',
  'briefed', 'there', 'here', 'now', 'then', 'also', 'however', 'said', 'says', 'told',
]);
/** Prepositions that attach one phrase to a head: `a spokesman for the company`, `the head of the agency`, `an analyst at Nomura`. */
const POSTMODIFIERS = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'in', 'on']);
/** Particles of names, in lower case before a capital: `de Blasio`, `van Gogh`, `al-Assad`. */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'la', 'le', 'st.']);
/** Pronouns that are subjects: one ends a phrase. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** The most tokens a phrase holds. */
const LONGEST = 24;
/** Determiners that stand alone for people: `Some chanted "USA! USA!"`. */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'both', 'few', 'most', 'all', 'one', 'another', 'others']);
/** Prepositions that attach a phrase to a name. */
const NAME_POSTMODIFIERS = new Set(['of', 'at', 'from', 'with']);

/** The kind of source each noun of the lexicon names, plurals of person nouns as groups: one look-up per word. */
const NOUN_KINDS = new Map<string, SourceKind>();
for (const w of PERSON_NOUNS) {
  NOUN_KINDS.set(w, 'unnamed');
  for (const plural of [`${w}s`, `${w}es`, w.endsWith('y') ? `${w.slice(0, -1)}ies` : '', w.endsWith('man') ? `${w.slice(0, -3)}men` : '']) {
    if (plural && !NOUN_KINDS.has(plural)) NOUN_KINDS.set(plural, 'group');
  }
}
for (const w of GROUP_NOUNS) NOUN_KINDS.set(w, 'group');
for (const w of DOCUMENT_NOUNS) NOUN_KINDS.set(w, 'document');
for (const w of ORGANISATION_NOUNS) NOUN_KINDS.set(w, 'organisation');

export const isNoun = (w: string): boolean => NOUN_KINDS.has(w);

/** Whether a word is a number written in digits alone. */
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 0x30 || w.charCodeAt(i) > 0x39) return false;
  return w.length > 0;
}

/** A party and state, lower case: `d-ore.`, `r`, `i-vt.`. */
const isPartyTag = (w: string): boolean => w.length === 1 ? w >= 'a' && w <= 'z' : w.charCodeAt(1) === 0x2d && w.charCodeAt(0) >= 0x61 && w.charCodeAt(0) <= 0x7a;

/** Whether a word starts with an ASCII digit: a number, an age, a year. */
export const startsWithDigit = (w: string): boolean => w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39;

/** A word of speech used as a noun: after an owner or a modifier (`his anti-Muslim remarks`, `Clinton's claims`), not after a name (`Trump claims`). */
export function isSpeechNounAt(tokens: readonly FrameToken[], j: number): boolean {
  const before = tokens[j - 1];
  // After a noun the word is its verb: `The ad claims`.
  return SPEECH_NOUNS.has(tokens[j]!.lower) && before !== undefined && before.kind === WORD && (before.possessive || !before.cap) && PRONOUNS[before.lower] === undefined && (before.possessive || !isNoun(before.lower));
}

/*
 * The classes of a word the phrase grammar asks about, worked out once per word: the grammar
 * asks them of each token again and again (every start of a phrase before a verb), and one
 * look-up replaces a dozen.
 */
const F_BREAK = 1;
const F_POSTMODIFIER = 2;
const F_DETERMINER = 4;
const F_QUANTIFIER = 8;
const F_NOUN = 16;
const F_VERB_FORM = 32;
const F_ROLE = 64;
const F_SPEECH_NOUN = 128;
const F_SUBJECT_PRONOUN = 256;
const F_PRESENT = 512;

const CLASSES = new Map<string, number>();
/** Words of copy are many: the cache is emptied when it grows past this. */
const CLASSES_LIMIT = 20_000;

function classesOf(w: string): number {
  let f = CLASSES.get(w);
  if (f === undefined) {
    const noun = isNoun(w);
    const role = noun || ROLE_ENDING.test(w);
    f =
      (BREAKS.has(w) ? F_BREAK : 0) |
      (POSTMODIFIERS.has(w) ? F_POSTMODIFIER : 0) |
      (DETERMINERS.has(w) ? F_DETERMINER : 0) |
      (QUANTIFIERS.has(w) ? F_QUANTIFIER : 0) |
      (noun ? F_NOUN : 0) |
      (isVerbForm(w) ? F_VERB_FORM : 0) |
      (role ? F_ROLE : 0) |
      (SPEECH_NOUNS.has(w) ? F_SPEECH_NOUN : 0) |
      (SUBJECT_PRONOUNS.has(w) ? F_SUBJECT_PRONOUN : 0) |
      (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !role ? F_PRESENT : 0);
    if (CLASSES.size >= CLASSES_LIMIT) CLASSES.clear();
    CLASSES.set(w, f);
  }
  return f;
}

/** A token's classes, worked out when first asked. */
function flagsOf(t: FrameToken): number {
  if (t.flags < 0) t.flags = classesOf(t.lower);
  return t.flags;
}

/** Whether a lower-case word is a verb's form (not a noun of the lexicon). Read only once a phrase has its head. */
export function isVerbForm(w: string): boolean {
  return CUE_VERBS.has(w) || IRREGULAR_PAST.has(w) || VERB_LEAD.has(w) || (w.length > 4 && w.endsWith('ed') && !isNoun(w));
}

/**
 * Whether the word at `j` starts the verb after a phrase that has its head: a verb's form, or
 * any lower-case word that neither the lexicon knows as a noun nor a capital or noun follows
 * (a noun's modifier: `press` of `press secretary`, `campaign` of `campaign staffer`).
 */
function startsVerb(tokens: readonly FrameToken[], j: number): boolean {
  const t = tokens[j]!;
  if (t.cap) return false;
  const f = flagsOf(t);
  if (f & F_VERB_FORM) return true;
  if (f & (F_NOUN | F_DETERMINER) || startsWithDigit(t.lower)) return false;
  // A present tense after a head, whatever follows: `The Rove ad hits Clinton`, `the group calls it`.
  if (f & F_PRESENT) return true;
  const next = tokens[j + 1];
  return !(next && next.kind === WORD && (next.cap || flagsOf(next) & F_ROLE));
}

/** Whether a word is written in capitals (letters of two or more, `CBS`, `U.N.`) or is a number: an organisation's acronym. */
function isShoutedOrNumber(text: string, t: FrameToken): boolean {
  let letters = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c >= 0x80) return text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase();
  }
  return letters >= 2 || isNumber(t.lower);
}

/** What a proper name at the end of a phrase names: an organisation by its words, else a person. */
function nameKind(tokens: readonly FrameToken[], from: number, to: number, text: string): SourceKind {
  // A common noun capitalised as a sentence's first word: `Economists said`, `Police said`, `Supporters of Sanders`.
  if (to - from === 1 || tokens[from + 1]?.lower === 'of') {
    const kind = kindOfNoun(tokens[from]!.lower);
    if (kind !== null && kind !== 'unnamed') return kind;
  }
  if (ORGANISATION_WORDS.has(tokens[to - 1]!.lower.replace(/\.$/, ''))) return 'organisation';
  let acronyms = true;
  for (let i = from; i < to && acronyms; i++) acronyms = isShoutedOrNumber(text, tokens[i]!);
  if (acronyms) return 'organisation';
  if (from > 0 && tokens[from - 1]!.lower === 'the' && !tokens[from - 1]!.possessive) return 'organisation';
  return 'person';
}

/** The name words of organisations, lower case, without a final full stop. */
const ORGANISATION_WORDS = new Set([...ORGANISATION_NAME_WORDS].map((w) => w.toLowerCase().replace(/\.$/, '')));

/** The last run of capitalised words (with connectors, initials and suffixes) ending at `to`, or null. */
function nameAt(tokens: readonly FrameToken[], from: number, to: number): { from: number; to: number } | null {
  let i = to;
  while (i > from) {
    const t = tokens[i - 1]!;
    if (t.kind !== WORD) break;
    // `Secretary of State`, `Charles de Gaulle`, and a particle that opens a name: `de Blasio`.
    const connector = (t.lower === 'of' && i - 1 > from && tokens[i - 2]!.cap) || (PARTICLES.has(t.lower) && tokens[i]?.cap === true);
    if (!t.cap && !connector && !isNumber(t.lower)) break;
    if (t.possessive && i !== to) break;
    i--;
  }
  if (i === to) return null;
  // Titles and nationalities before a name are its title, not the name: `US President Donald Trump`.
  let n = i;
  while (n < to - 1 && (isTitleToken(tokens[n]!) || TIMES.has(tokens[n]!.lower) || OPENERS.has(tokens[n]!.lower))) n++;
  return { from: n, to };
}

/** Title words and nationalities, lower case: a capitalised token is one when its lower case is. */
const TITLE_LOWER = new Set([...TITLE_WORDS, ...NATIONALITIES].map((w) => w.toLowerCase()));
const isTitleToken = (t: FrameToken): boolean => t.cap && TITLE_LOWER.has(t.lower);

/**
 * The source phrase that starts at token `i`, up to `limit`, or null when none does there.
 * It ends before a verb, punctuation (a party's parenthesis aside), a quotation or a word that
 * cannot belong to a name; one prepositional phrase may follow its head.
 */
export function phraseAt(tokens: readonly FrameToken[], i: number, limit: number, text: string): Phrase | null {
  const first = tokens[i];
  if (!first || first.kind !== WORD || i >= limit) return null;
  const pronoun = PRONOUNS[first.lower];
  const next = tokens[i + 1];
  const determinerPronoun = (first.lower === 'her' || first.lower === 'his') && next?.kind === WORD && !isVerbForm(next.lower);
  if (pronoun && !determinerPronoun && !first.possessive && (first.lower !== 'i' || first.cap)) {
    return { from: i, to: i + 1, kind: 'pronoun', name: null, head: null, indefinite: false };
  }
  // A verb's form opens no phrase, but an adjective in -ed before a role or a name does (`retired neurosurgeon Ben Carson`).
  const adjective = next?.kind === WORD && (next.cap || isRole(next.lower)) && first.lower.endsWith('ed') && !CUE_VERBS.has(first.lower);
  if (BREAKS.has(first.lower) || (!first.cap && isVerbForm(first.lower) && !DETERMINERS.has(first.lower) && !adjective)) return null;
  let j = i;
  let head = -1;
  /** A name or noun has been read: a lower-case word after it may be the verb. */
  let headed = false;
  /** A word other than a determiner has been read: a verb's form after it ends the phrase. */
  let worded = false;
  let possessor = -1;
  let postmodifier = false;
  /** Where a party tag after the name starts: the name ends there. */
  let tag = -1;
  // No source is named in more words than this: a longer run of words is no phrase, and the scan stays short.
  const last = Math.min(limit, i + LONGEST);
  while (j < last) {
    const t = tokens[j]!;
    if (t.kind === QUOTE) break;
    if (t.kind === PUNCT) {
      // A party and state after a name (`Sen. Ann Walsh (D-Ore.)`), an abbreviation inside one (`Mansion House Securities (F.E.) Ltd`).
      const inside = tokens[j + 1];
      const party = inside?.kind === WORD && isPartyTag(inside.lower);
      if (t.lower === '(' && headed && tokens[j + 2]?.lower === ')' && inside?.kind === WORD && (party || (inside.cap && tokens[j + 3]?.cap === true))) {
        if (party) tag = j;
        j += 3;
        continue;
      }
      break;
    }
    const w = t.lower;
    const f = flagsOf(t);
    const joinsName = w === 'of' && tokens[j - 1]?.cap && tokens[j + 1]?.cap;
    if (f & F_POSTMODIFIER && !joinsName) {
      if (!headed || postmodifier || j === i) break;
      // After a name only `of`, `at`, `from` and `with` belong to it (`Smith of Nomura`); `Sanders in the past` is a name and an adverb.
      if (tokens[j - 1]!.cap && !NAME_POSTMODIFIERS.has(w) && kindOfNoun(tokens[j - 1]!.lower) === null) break;
      const object = phraseAt(tokens, j + 1, limit, text);
      if (!object || object.kind === 'pronoun') break;
      postmodifier = true;
      j = object.to;
      break;
    }
    // `GM vice-president and group executive Robert Schultz`: a title of two roles before a name.
    if (w === 'and' && headed && !t.cap && andJoinsTitle(tokens, j, limit)) {
      j++;
      continue;
    }
    // A pronoun starts a clause of its own: `an investment he concludes`.
    if (j > i && f & F_SUBJECT_PRONOUN && !t.possessive) break;
    if (j > i && !t.cap && !joinsName && !(f & F_SPEECH_NOUN && isSpeechNounAt(tokens, j)) && ((worded && f & F_VERB_FORM && !(f & F_NOUN)) || (headed && startsVerb(tokens, j)) || f & F_BREAK)) break;
    if ((t.cap && !(f & F_DETERMINER)) || f & F_NOUN || startsWithDigit(w) || (f & F_QUANTIFIER && tokens[j + 1]?.lower === 'of')) {
      headed = true;
      if (!t.cap && f & F_NOUN) head = j;
    }
    worded ||= !(f & F_DETERMINER);
    if (t.possessive) {
      possessor = j;
      headed = false;
      head = -1;
    }
    j++;
  }
  if (j === i || possessor === j - 1) return null;
  // A determiner alone names someone only as a pronoun would: `Some chanted`, `one read`; never `the`, `a` or `his`.
  if (!worded) return QUANTIFIERS.has(tokens[j - 1]!.lower) && j - i === 1 ? { from: i, to: j, kind: first.lower === 'one' || first.lower === 'another' ? 'unnamed' : 'group', name: null, head: null, indefinite: true } : null;
  const end = postmodifier ? lastBefore(tokens, i, j) : tag >= 0 && tag === j - 3 ? tag : j;
  const name = nameAt(tokens, Math.max(i, possessor + 1), end);
  // A phrase opens with a determiner, a capital, a number, a noun or a role's word (`retired neurosurgeon Ben Carson`), or with the modifier of a role before a name (`election lawyer Joe Birkenstock`).
  const roleBeforeName = name !== null && name.from > i + 1 && isRole(tokens[name.from - 1]!.lower);
  if (!first.cap && !DETERMINERS.has(first.lower) && !isRole(first.lower) && !(PARTICLES.has(first.lower) && next?.cap) && !roleBeforeName) return null;
  const indefinite = INDEFINITE.has(first.lower);
  if (name && name.to === end) {
    const titleOnly = name.to - name.from === 1 && isTitleToken(tokens[name.from]!);
    // Days, months and words that open sentences name no one: `said Wednesday,`, `Likewise`.
    if (isNotName(tokens, name.from, name.to)) return null;
    // Only a role stands in lower case before a name (`union official Dean Hollis`): `a charge Democrats reject` is no source.
    const before = tokens[name.from - 1];
    if (DETERMINERS.has(first.lower) && name.from > Math.max(i, possessor + 1) && before && !before.cap && !DETERMINERS.has(before.lower) && !isRole(before.lower)) return null;
    if (!titleOnly) return { from: i, to: j, kind: nameKind(tokens, name.from, name.to, text), name, head: null, indefinite: false };
  }
  const headWord = head >= 0 ? tokens[head]!.lower : tokens[end - 1]!.lower;
  return { from: i, to: j, kind: kindOfNoun(headWord), name: null, head: headWord, indefinite };
}

/** A noun of a person's role or occupation, the lexicon's or one made like them (`neurosurgeon`, `strategist`, `staffer`), or an adjective of one (`retired`, `17-year-old`). */
const isRole = (w: string): boolean => isNoun(w) || ROLE_ENDING.test(w);
const ROLE_ENDING = /(?:ist|er|or|ian|ant|ent|eon|ee|man|woman|ed|al)$|[\d-]/;

/** Whether `and` at `j` joins two roles before a name: lower-case words, then a capital, within three words. */
function andJoinsTitle(tokens: readonly FrameToken[], j: number, limit: number): boolean {
  if (tokens[j - 1]?.cap || !isRole(tokens[j - 1]!.lower)) return false;
  for (let k = j + 1; k < limit && k <= j + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== WORD) return false;
    if (t.cap) return k > j + 1;
  }
  return false;
}

/** Whether every word of a name is one that never names anyone. */
function isNotName(tokens: readonly FrameToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!OPENERS.has(tokens[i]!.lower) && !TIMES.has(tokens[i]!.lower) && !isNumber(tokens[i]!.lower)) return false;
  return true;
}

/** The end of the phrase before its prepositional phrase: the token after the head's word. */
function lastBefore(tokens: readonly FrameToken[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (POSTMODIFIERS.has(tokens[k]!.lower) && k > from) return k;
  return to;
}

/** The kind of source a description's head names, or null when it names no source. */
export function kindOfNoun(w: string): SourceKind | null {
  return NOUN_KINDS.get(w) ?? null;
}

/** The name that owns what follows it, ending with the possessive word at `o`: `Donald Trump's`, `the Sanders campaign's` is no name. */
export function possessorAt(tokens: readonly FrameToken[], o: number, from: number, text: string): Phrase | null {
  if (!tokens[o]!.cap) return null;
  const name = nameAt(tokens, from, o + 1);
  if (!name || isNotName(tokens, name.from, name.to)) return null;
  return { from: name.from, to: o + 1, kind: nameKind(tokens, name.from, name.to, text), name, head: null, indefinite: false };
}
