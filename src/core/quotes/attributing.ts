import type { Quotation } from '../model/quote';
import type { Span } from '../model/span';
import type { PersonDraft, Registry } from '../people/registry';
import { isTrimBlank } from '../text/whitespace';
import {
  type Attribution, attributionAfter, attributionBefore, attributionBetween, attributionClosing, clauseSubject, opensItsSentence, possessiveSpeech, type Reading,
  sentenceAround, sentenceStart, sentenceSubject, type SourceMention, subjectOf,
} from './attribution';
import type { Container } from './containers';
import { type Frame, hasWordNear, PUNCT, QUOTE, readFrame } from './frame';
import { agrees, agreesKind, Genders, organisationBefore, resolveSource } from './resolve';

/**
 * A story's quotations while they are attributed, with each one's container, source mention
 * and speaker in lists beside them. A file of quote marks has hundreds of thousands of
 * quotations, and an intermediate object for each doubled what they cost.
 */
export interface Drafts {
  quotes: Quotation[];
  containers: Container[];
  speakers: (PersonDraft | null)[];
  sources: (SourceMention | null)[];
}

/** How many tokens around a quotation its attribution can lie in: as far as attribution.ts reads. */
const NEAR = 40;

/** How many sentences before its own a pronoun looks back over for a subject. */
const SUBJECTS_BACK = 3;

/** How many speakers and mentions a pronoun looks back over: the one it stands for is near, and a file of pronouns stays linear. */
const LOOK_BACK = 50;

/** The paragraphs of a story as attribution reads them, each read once and only when asked. */
class Readings {
  private readonly readings = new Map<Container, Reading>();
  /** Each quotation's token in its paragraph's frame, -1 when none (a quotation inside another). */
  readonly tokenOf: number[];
  private readonly inners: Span[];

  constructor(
    private readonly text: string,
    private readonly drafts: Drafts,
    private readonly verbs: ReadonlySet<string>,
    private readonly dateline: Span | null,
  ) {
    this.tokenOf = new Array<number>(drafts.quotes.length).fill(-1);
    this.inners = drafts.quotes.map((q) => q.inner);
  }

  of(container: Container, firstQuote: number): Reading {
    let r = this.readings.get(container);
    if (!r) {
      // A dateline is no part of the lead's sentences: `PHILADELPHIA (AP) — The party said`.
      const d = this.dateline;
      const span = d && d.start >= container.start && d.end <= container.end ? { start: d.end, end: container.end } : container;
      const frame: Frame = readFrame(this.text, span, this.drafts.quotes, firstQuote);
      frame.tokens.forEach((t, k) => {
        if (t.kind === QUOTE) this.tokenOf[t.quote] = k;
      });
      r = { text: this.text, frame, inners: this.inners, verbs: this.verbs };
      this.readings.set(container, r);
    }
    return r;
  }
}

/** Reads and resolves every quotation's source, then gives the rest the speaker their neighbours tell. */
export class Attributor {
  private readonly readings: Readings;
  private readonly genders: Genders;
  /** Unquoted mentions of people, by start: where a pronoun looks back; gathered when the first pronoun asks. */
  private unquotedList: { at: number; person: PersonDraft }[] | null = null;
  /** Index of the first quotation of each container. */
  private readonly firstOf = new Map<Container, number>();
  /** Each container's place in reading order. */
  private readonly order = new Map<Container, number>();
  /** Where the story's text starts: an organisation named before a description is looked for from there. */
  private readonly storyStart: number;

  constructor(
    private readonly text: string,
    private readonly containers: Container[],
    private readonly drafts: Drafts,
    private readonly registry: Registry,
    verbs: ReadonlySet<string>,
    dateline: Span | null,
  ) {
    this.readings = new Readings(text, drafts, verbs, dateline);
    this.storyStart = containers[0]?.start ?? 0;
    this.genders = new Genders(text);
    drafts.containers.forEach((c, i) => {
      if (!this.firstOf.has(c)) this.firstOf.set(c, i);
    });
    containers.forEach((c, i) => this.order.set(c, i));
  }

  run(): void {
    const { quotes, containers } = this.drafts;
    for (let i = 0; i < quotes.length; i++) {
      const r = this.readings.of(containers[i]!, this.firstOf.get(containers[i]!)!);
      const k = this.readings.tokenOf[i]!;
      // A quotation with no word near it (a run of quotation marks) has no attribution to find.
      if (k < 0 || !hasWordNear(r.frame, k, NEAR)) continue;
      const from = sentenceStart(r.frame, k);
      const found =
        attributionAfter(r, k) ??
        attributionBefore(r, k) ??
        attributionClosing(r, k) ??
        (opensItsSentence(r, k) ? null : (possessiveSpeech(r, k, from) ?? clauseSubject(r, k, from)));
      if (found) this.take(i, found, false);
    }
    for (let i = 0; i < quotes.length; i++) {
      const source = this.drafts.sources[i];
      if (source && source.kind === 'pronoun') this.drafts.speakers[i] = this.pronoun(source, i);
    }
    // The next quotation of the same paragraph with a source of its own, for each quotation.
    const nextSourced = new Int32Array(quotes.length).fill(-1);
    for (let i = quotes.length - 2; i >= 0; i--) {
      if (containers[i + 1] === containers[i]) nextSourced[i] = this.drafts.sources[i + 1] ? i + 1 : nextSourced[i + 1]!;
    }
    // The paragraph's latest speaker so far, as the quotations are given theirs in order.
    let spoken: PersonDraft | null = null;
    for (let i = 0; i < quotes.length; i++) {
      if (i === 0 || containers[i] !== containers[i - 1]) spoken = null;
      if (!this.drafts.speakers[i] && !this.drafts.sources[i]) this.fallBack(i, spoken, nextSourced[i]!);
      spoken = this.drafts.speakers[i] ?? spoken;
    }
  }

  private get unquoted(): { at: number; person: PersonDraft }[] {
    if (this.unquotedList === null) {
      const list: { at: number; person: PersonDraft }[] = [];
      for (const person of this.registry.people) for (const m of person.mentions) if (!m.quoted && m.kind !== 'pronoun') list.push({ at: m.start, person });
      this.unquotedList = list.sort((a, b) => a.at - b.at);
    }
    return this.unquotedList;
  }

  /** Gives quotation `i` the attribution found; a pronoun waits for the pass that resolves them unless `now`. */
  private take(i: number, found: Attribution, now: boolean): void {
    const q = this.drafts.quotes[i]!;
    q.source = { start: found.source.start, end: found.source.end };
    q.cue = found.cue;
    this.drafts.sources[i] = found.source;
    const s = found.source;
    if (s.kind !== 'pronoun') this.drafts.speakers[i] = resolveSource(this.text, s, this.registry, this.storyStart);
    else if (now) this.drafts.speakers[i] = this.pronoun(s, i);
  }

  private inherit(i: number, from: PersonDraft | null): boolean {
    if (!from) return false;
    this.drafts.speakers[i] = from;
    this.drafts.quotes[i]!.inherited = true;
    return true;
  }

  /**
   * The person a pronoun stands for: `who` its antecedent; `he`, `she`, `they`, `it` the
   * paragraph's last speaker they agree with, else the last unquoted mention they agree with.
   * No one rather than the wrong one.
   */
  private pronoun(source: SourceMention, index: number): PersonDraft | null {
    if (source.antecedent) return resolveSource(this.text, source.antecedent, this.registry, this.storyStart);
    const word = this.text.slice(source.start, source.end);
    const { containers, speakers } = this.drafts;
    let found: PersonDraft | null = null;
    for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK && containers[i] === containers[index] && !found; i--) {
      const s = speakers[i];
      if (s && agrees(word, s, this.genders)) found = s;
    }
    if (!found) {
      let lo = 0;
      let hi = this.unquoted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.unquoted[mid]!.at < source.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK && !found; i--) if (agrees(word, this.unquoted[i]!.person, this.genders)) found = this.unquoted[i]!.person;
    }
    found ??= this.subjectBefore(source, index, word);
    if (!found) return null;
    this.registry.mention(found, source, 'pronoun', false);
    const w = word.toLowerCase();
    if (w === 'he' || w === 'him') this.genders.told.set(found, 'he');
    else if (w === 'she' || w === 'her') this.genders.told.set(found, 'she');
    return found;
  }

  /**
   * What a pronoun no speaker or person agrees with stands for: the subject of one of the
   * sentences before it that names a source it agrees with (`Union leaders met the board.
   * "...," they said.`), else for `it` the organisation the story names last.
   */
  private subjectBefore(source: SourceMention, index: number, word: string): PersonDraft | null {
    const container = this.drafts.containers[index]!;
    const r = this.readings.of(container, this.firstOf.get(container)!);
    const tokens = r.frame.tokens;
    // The first token at or after the source, by halves.
    let t = 0;
    let hi = tokens.length;
    while (t < hi) {
      const mid = (t + hi) >> 1;
      if (tokens[mid]!.start < source.start) t = mid + 1;
      else hi = mid;
    }
    let sentence = sentenceAround(r.frame, Math.min(t, tokens.length - 1));
    for (let n = 0; n < SUBJECTS_BACK && sentence.from > 0; n++) {
      sentence = sentenceAround(r.frame, sentence.from - 1);
      const subject = subjectOf(r, sentence.from, sentence.to);
      if (subject && agreesKind(word, subject.kind)) return resolveSource(this.text, subject, this.registry, this.storyStart);
    }
    const before = this.containers[this.order.get(container)! - 1];
    if (before && !before.headline) {
      const rb = this.readings.of(before, this.firstOf.get(before) ?? this.drafts.quotes.length);
      const end = rb.frame.tokens.length;
      if (end > 0) {
        const last = sentenceAround(rb.frame, end - 1);
        const subject = subjectOf(rb, last.from, last.to);
        if (subject && agreesKind(word, subject.kind)) return resolveSource(this.text, subject, this.registry, this.storyStart);
      }
    }
    return /^it$/i.test(word) ? organisationBefore(this.text, this.registry, this.storyStart, source.start, null) : null;
  }

  /**
   * A quotation with no source of its own: the one it continues, one beside it in its sentence,
   * the previous sentence's (its quotation's speaker, else its subject), for a quotation that
   * opens its paragraph a colon's introduction, a later attributed quotation of the paragraph,
   * or the paragraph before's last speaker; else an earlier quotation of the paragraph.
   */
  private fallBack(i: number, spoken: PersonDraft | null, nextSourced: number): void {
    const { quotes, containers, speakers } = this.drafts;
    const q = quotes[i]!;
    const container = containers[i]!;
    if (q.continues) {
      this.inherit(i, speakers[i - 1] ?? null);
      return;
    }
    const r = this.readings.of(container, this.firstOf.get(container)!);
    const k = this.readings.tokenOf[i]!;
    const previousQuote = i > 0 && containers[i - 1] === container ? this.readings.tokenOf[i - 1]! : -1;
    if (k < 0) {
      this.inherit(i, spoken);
      return;
    }
    if (container.headline && this.headlineSpeaker(i, r, k)) return;
    const sentence = sentenceAround(r.frame, k);
    // Quotations in one sentence share its speaker: the previous one has it by now, if any has.
    if (previousQuote >= sentence.from && this.inherit(i, speakers[i - 1] ?? null)) return;
    if (opensItsSentence(r, k)) {
      if (sentence.from > 0) {
        const previous = sentenceAround(r.frame, sentence.from - 1);
        if (previousQuote >= previous.from && this.inherit(i, speakers[i - 1] ?? null)) return;
        // The sentence before names its speaker: `..., he said. "Large lump insurance is..."`, `Marsh predicted a cut. "Nobody..."`.
        const before = attributionBetween(r, previous.from, previous.to) ?? sentenceSubject(r, previous.from, previous.to);
        if (before) {
          this.take(i, before, true);
          return;
        }
      } else if (this.introduced(i, container, true)) {
        return;
      }
      if (k === 0) {
        if (nextSourced >= 0 && this.inherit(i, speakers[nextSourced] ?? null)) return;
        const before = this.containers[this.order.get(container)! - 1];
        const last = this.firstOf.get(container)! - 1;
        if (before && last >= 0 && containers[last] === before && this.inherit(i, speakers[last] ?? null)) return;
        if (this.introduced(i, container, false)) return;
      }
    }
    if (this.inherit(i, spoken)) return;
    const next = i + 1;
    if (next < quotes.length && containers[next] === container && speakers[next] && r.frame.tokens[k + 1]?.kind === QUOTE && isTrimBlank(this.text, q.end, quotes[next]!.start)) {
      this.inherit(i, speakers[next]);
    }
  }

  /**
   * A headline that opens with its speaker and a colon gives them every quotation after it:
   * `Trump: Cruz Has 'To Come a Long Way' On Ethanol`, `Hacker Guccifer: Server Unprotected, 'Like
   * an Open Orchid'`.
   */
  private headlineSpeaker(i: number, r: Reading, k: number): boolean {
    const tokens = r.frame.tokens;
    let colon = 0;
    while (colon < k && !(tokens[colon]!.kind === PUNCT && tokens[colon]!.lower === ':')) colon++;
    if (colon === k) return false;
    const found = attributionBetween(r, 0, colon + 1);
    if (!found || found.source.kind === 'pronoun') return false;
    this.take(i, found, true);
    return true;
  }

  /**
   * A quotation opening a paragraph takes the source of the paragraph before's last sentence:
   * with `colon`, only when that sentence ends with a colon (the colon its cue when it has no
   * speech verb: `Dalton put it more bluntly:`); else any (`Trump spoke in bromides.` then his
   * quotations). A headline introduces nothing.
   */
  private introduced(i: number, container: Container, colon: boolean): boolean {
    const before = this.containers[this.order.get(container)! - 1];
    if (!before || before.headline) return false;
    const colonEnded = this.text[trimEnd(this.text, before) - 1] === ':';
    if (colon !== colonEnded) return false;
    const r = this.readings.of(before, this.firstOf.get(before) ?? this.drafts.quotes.length);
    const end = r.frame.tokens.length;
    if (end === 0) return false;
    const explicit = attributionBefore(r, end);
    if (explicit) {
      this.take(i, explicit, true);
      return true;
    }
    const { from } = sentenceAround(r.frame, end - 1);
    const subject = sentenceSubject(r, from, end);
    if (!subject) return false;
    const last = r.frame.tokens[end - 1]!;
    this.take(i, colonEnded ? { source: subject.source, cue: { start: last.start, end: last.end } } : subject, true);
    return true;
  }
}

function trimEnd(text: string, s: Span): number {
  let e = s.end;
  while (e > s.start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
