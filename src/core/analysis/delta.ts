import type { Finding } from '../findings/finding';
import { FindingShift } from '../findings/shift';
import type { Person, Quotation } from '../model/quote';
import { shiftStory } from '../model/shift';
import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { unchangedEnds } from '../text/unchangedEnds';
import type { Analysis } from './analyzer';

/** An analysis without its text, which whoever asked for the analysis holds already. */
export type Parts = Omit<Analysis, 'text'>;

/** What an edit left alone: offsets up to `from` stay, offsets from `to` on move by `delta`, those between are gone. */
export interface Move {
  from: number;
  to: number;
  delta: number;
}

/**
 * A list as it is after an edit, told against the list before it: an item the edit only moved
 * is told by its index there, the others are given whole.
 */
export interface ListDelta<T> {
  /** For each item, the index of the item before the edit it is a moved copy of, or -1 for the next of `fresh`. */
  order: Int32Array;
  fresh: T[];
}

/**
 * An analysis after an edit, told against the analysis before it: what a worker thread sends,
 * so that the thread receiving it takes apart only what changed. After a keystroke most
 * stories, quotations, people and findings are the ones before, moved.
 */
export interface AnalysisDelta extends Omit<Parts, 'stories' | 'quotes' | 'people' | 'findings'> {
  move: Move;
  stories: ListDelta<Story>;
  quotes: ListDelta<Quotation>;
  people: ListDelta<Person>;
  findings: ListDelta<Finding>;
}

function moveOf(before: string, after: string): Move {
  const { prefix, suffix } = unchangedEnds(before, after);
  return { from: prefix, to: before.length - suffix, delta: after.length - before.length };
}

/** An offset moved by the edit, or -1 where the edit changed the text. */
const moved = (m: Move, offset: number): number => (offset <= m.from ? offset : offset >= m.to ? offset + m.delta : -1);

/** Lists at least this long are read once per delta, however many findings share them (one fix correcting every mention). */
const SHARED = 4;

/** A story the edit left alone: wholly before it, or wholly after it, where `moved` adds the delta to every offset. */
const untouched = (m: Move, s: Story): boolean => s.end <= m.from || (s.start > m.from && s.start >= m.to);

/** Whether every offset of a quotation lies before the edit (its words lie inside it). */
const quoteBefore = (m: Move, q: Quotation): boolean =>
  q.end <= m.from && q.container.end <= m.from && (q.source?.end ?? 0) <= m.from && (q.cue?.end ?? 0) <= m.from;

/** Whether every mention of a person lies before the edit. */
const personBefore = (m: Move, p: Person): boolean => p.first.end <= m.from && p.mentions.every((x) => x.end <= m.from);

/** Where a person is first mentioned: the analysis lists people in that order. */
const firstMention = (p: Person): number => p.mentions[0]?.start ?? p.first.start;

interface Movers {
  story(s: Story): Story;
  quote(q: Quotation): Quotation;
  person(p: Person): Person;
  finding(f: Finding): Finding;
}

/** Each item's copy after the edit, as the receiving thread makes it: the item itself if the edit lies wholly after it. */
function movers(m: Move): Movers {
  const shift = new FindingShift((offset) => moved(m, offset));
  // Whether every span of a list lies before the edit: asked once of a long list that findings share.
  const known = new Map<readonly Span[], boolean>();
  const before = (list: readonly Span[]): boolean => {
    if (list.length < SHARED) return list.every((s) => s.end <= m.from);
    let all = known.get(list);
    if (all === undefined) known.set(list, (all = list.every((s) => s.end <= m.from)));
    return all;
  };
  /** Whether every offset of a finding lies before the edit, which then leaves it as it is. */
  const findingBefore = (f: Finding): boolean => f.end <= m.from && before(f.related) && f.fixes.every((fix) => before(fix.edits));
  const span = (s: Span): Span => ({ start: moved(m, s.start), end: moved(m, s.end) });
  // The quotations of a paragraph share its span, as the reading made them.
  const containers = new Map<Span, Span>();
  const container = (s: Span): Span => {
    let copy = containers.get(s);
    if (copy === undefined) containers.set(s, (copy = span(s)));
    return copy;
  };
  return {
    story: (s) => (s.end <= m.from ? s : shiftStory(s, m.delta)),
    quote: (q) =>
      quoteBefore(m, q)
        ? q
        : {
            ...q,
            ...span(q),
            inner: span(q.inner),
            source: q.source && span(q.source),
            cue: q.cue && span(q.cue),
            container: container(q.container),
          },
    person: (p) => (personBefore(m, p) ? p : { ...p, first: span(p.first), mentions: p.mentions.map((x) => ({ ...x, ...span(x) })) }),
    finding: (f) => (findingBefore(f) ? f : shift.finding(f)),
  };
}

/**
 * Whether `b` equals `a` moved by the edit: plain data compared all the way down, every `start`
 * and `end` moved as the movers above move them, without making the copy. `same` holds the
 * long lists found equal so far, each with its match, so that a list every finding shares is
 * compared once, not once per finding.
 */
function sameMoved(a: unknown, b: unknown, m: Move, same: Map<unknown[], unknown>): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    if (a.length >= SHARED && same.get(a) === b) return true;
    for (let i = 0; i < a.length; i++) if (!sameMoved(a[i], b[i], m, same)) return false;
    if (a.length >= SHARED) same.set(a, b);
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    keys++;
    if (!Object.hasOwn(y, key)) return false;
    const value = x[key];
    if ((key === 'start' || key === 'end') && typeof value === 'number' ? moved(m, value) !== y[key] : !sameMoved(value, y[key], m, same)) return false;
  }
  for (const _ in y) keys--;
  return keys === 0;
}

/** Both lists in order of `startOf`, as the analysis lists them; `keeps` tells which items may be moved copies. */
function listDelta<T>(
  before: readonly T[],
  after: readonly T[],
  m: Move,
  keeps: (item: T) => boolean,
  startOf: (item: T) => number = (item) => (item as Span).start,
): ListDelta<T> {
  const taken = new Uint8Array(before.length);
  const same = new Map<unknown[], unknown>();
  const order = new Int32Array(after.length);
  const fresh: T[] = [];
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    const item = after[j]!;
    const start = startOf(item);
    // Moved starts keep the order of the starts before the edit; -1 (changed text) is passed over.
    while (i < before.length && moved(m, startOf(before[i]!)) < start) i++;
    let found = -1;
    for (let k = i; found < 0 && k < before.length && moved(m, startOf(before[k]!)) === start; k++) {
      if (!taken[k] && keeps(before[k]!) && sameMoved(before[k], item, m, same)) found = k;
    }
    order[j] = found;
    if (found >= 0) taken[found] = 1;
    else fresh.push(item);
  }
  return { order, fresh };
}

function applyList<T>(before: readonly T[], { order, fresh }: ListDelta<T>, move: (item: T) => T): T[] {
  const out: T[] = new Array(order.length);
  let f = 0;
  for (let j = 0; j < order.length; j++) out[j] = order[j]! < 0 ? fresh[f++]! : move(before[order[j]!]!);
  return out;
}

/** `after` told against `before`: applied to `before`'s parts, it gives `after`'s, equal in every field. */
export function analysisDelta(before: Analysis, after: Analysis): AnalysisDelta {
  const move = moveOf(before.text, after.text);
  const { text: _text, stories, quotes, people, findings, ...rest } = after;
  const any = (): boolean => true;
  return {
    ...rest,
    move,
    stories: listDelta(before.stories, stories, move, (s) => untouched(move, s)),
    quotes: listDelta(before.quotes, quotes, move, any),
    people: listDelta(before.people, people, move, any, firstMention),
    findings: listDelta(before.findings, findings, move, any),
  };
}

export function applyDelta(before: Parts, delta: AnalysisDelta): Parts {
  const { move, stories, quotes, people, findings, ...rest } = delta;
  const to = movers(move);
  return {
    ...rest,
    stories: applyList(before.stories, stories, to.story),
    quotes: applyList(before.quotes, quotes, to.quote),
    people: applyList(before.people, people, to.person),
    findings: applyList(before.findings, findings, to.finding),
  };
}
