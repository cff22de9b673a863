import type { Span } from '../model/span';
import { isBlankLine, leadingSpace, trailingSpace } from './storyLines';
import { isIndented } from './whitespace';

/** Whitespace at a line's edge that the spacing rule reports, and where it is. */
export interface Margin extends Span {
  where: 'empty line' | 'start' | 'end';
}

const NONE: readonly Margin[] = [];

/** A plain space or tab: whitespace holding one is a spacing slip, not only an invisible character. */
function holdsPlainSpace(text: string, { start, end }: Span): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 9) return true;
  }
  return false;
}

/** Whether `text[start..end)` is only spaces and tabs. */
function onlySpacesAndTabs(text: string, { start, end }: Span): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 9) return false;
  }
  return true;
}

/**
 * The whitespace at a line's edges that is a spacing slip: a whole line of whitespace, or the
 * whitespace that opens or closes a line of text, when it holds a plain space or tab. A paragraph
 * indent (a tab, two spaces or more) is layout, not a slip. Edge whitespace made only of special
 * and zero-width spaces is left to invisible-character, which names each one; the two rules
 * share this reading so that no character is reported twice.
 */
export function reportedMargins(text: string, line: Span): readonly Margin[] {
  if (line.end === line.start) return NONE;
  if (isBlankLine(text, line)) {
    // A control character makes it a wire format's line: left alone.
    const margin = leadingSpace(text, line);
    return margin.end === line.end && holdsPlainSpace(text, line) ? [{ start: line.start, end: line.end, where: 'empty line' }] : NONE;
  }
  let out: Margin[] | null = null;
  const lead = leadingSpace(text, line);
  if (holdsPlainSpace(text, lead) && !(isIndented(text, line.start, line.end) && onlySpacesAndTabs(text, lead))) out = [{ ...lead, where: 'start' }];
  const trail = trailingSpace(text, line);
  if (holdsPlainSpace(text, trail)) (out ??= []).push({ ...trail, where: 'end' });
  return out ?? NONE;
}
