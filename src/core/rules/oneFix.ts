import type { Edit } from '../findings/finding';
import type { Report } from '../findings/rule';
import type { Span } from '../model/span';

/** A finding with a single fix, the shape most hygiene findings take. */
export function oneFix(span: Span, message: string, title: string, edits: Edit[], safe: boolean): Report {
  return { start: span.start, end: span.end, message, related: [], fixes: [{ title, safe, edits }] };
}
