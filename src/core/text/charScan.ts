import type { Span } from '../model/span';
import { codeTable } from './characters';

/** A character class of `chars` (UTF-16 code units, no surrogates) for a pattern's source. */
export function charClass(chars: string): string {
  let escaped = '';
  for (let i = 0; i < chars.length; i++) escaped += `\\u${chars.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return `[${escaped}]`;
}

/** What a {@link CharScan} looks for, in two forms that must agree. */
export interface ScanSet {
  /** Global; each match is one code unit (a character class, maybe with lookaround). */
  pattern: RegExp;
  /** The characters the pattern may match, by code: 1 for each. */
  chars: Uint8Array;
  /** For a pattern with lookaround, whether it matches at `i`, one of `chars`, in a span ending at `end` (lookaround does not pass it). */
  around?: (text: string, i: number, end: number) => boolean;
}

/** The characters of `chars` as a set to scan for. */
export const charSet = (chars: string): ScanSet => ({ pattern: new RegExp(charClass(chars), 'g'), chars: codeTable(chars) });

/** Whether the set matches at `i` of a span ending at `end`. */
export function matchesAt(set: ScanSet, text: string, i: number, end: number): boolean {
  return set.chars[text.charCodeAt(i)] === 1 && (set.around === undefined || set.around(text, i, end));
}

/**
 * Characters read one by one before the pattern is run: where the characters sought are dense
 * (a file of quote marks, a line of slashes) running the pattern for each costs more than the
 * loop it spares.
 */
const NEAR = 8;

/**
 * The offsets of the characters of a set in a span of a text. Past the first few characters
 * asked about, a regular expression finds them: V8 runs it as machine code, three to four times as
 * fast as a loop of charCodeAt over the characters that are none of the set, which most are. The
 * pattern reads a slice of the span alone (a view, not a copy), so a scan never reads past it. A
 * pass asks at offsets that move forward; a hit found past the offset asked about answers every
 * later question up to it, so the span is read once.
 */
export class CharScan {
  private readonly span: string;
  private readonly to: number;
  /** The last answer the pattern gave, and the offset it was asked from: it answers any question between them. */
  private hit = -1;
  private asked = Infinity;

  /** Scans share a set's pattern, as each sets where it starts. */
  constructor(
    private readonly set: ScanSet,
    private readonly text: string,
    private readonly from = 0,
    to = text.length,
  ) {
    this.span = text.slice(from, to);
    this.to = to;
  }

  /** A scan of the text from the first of `spans` to the last, whatever their order. */
  static across(set: ScanSet, text: string, spans: readonly Span[]): CharScan {
    let from = text.length;
    let to = 0;
    for (const s of spans) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
    return new CharScan(set, text, Math.min(from, to), to);
  }

  /** The first offset at or after `at` that holds one of the characters, or the span's end. */
  next(at: number): number {
    const from = Math.max(at, this.from);
    if (from - this.from >= this.asked && from - this.from <= this.hit) return this.from + this.hit;
    const near = Math.min(from + NEAR, this.to);
    for (let i = from; i < near; i++) if (matchesAt(this.set, this.text, i, this.to)) return i;
    if (near >= this.to) return this.to;
    const pattern = this.set.pattern;
    pattern.lastIndex = near - this.from;
    this.asked = near - this.from;
    this.hit = pattern.test(this.span) ? pattern.lastIndex - 1 : this.span.length;
    return this.from + this.hit;
  }
}
