import { matchDateline } from './parse/dateline';
import { kindLines } from './parse/lineKinds';

/** Wire copy shows itself early: a dateline or a wire header within the first lines. */
const HEAD_CHARS = 4000;
const HEAD_LINES = 15;

/** Whether a plain-text document looks like wire copy, judged from its opening lines. */
export function looksLikeWireCopy(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS);
  if (/[\u0001\u0002]/.test(head)) return true;
  return kindLines(head)
    .filter((l) => l.kind !== 'blank')
    .slice(0, HEAD_LINES)
    .some((l) => l.kind === 'header' || l.kind === 'note' || matchDateline(head, l.content.start, l.content.end) !== null);
}
