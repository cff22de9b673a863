import type { Span } from '../model/span';
import type { Story } from '../model/story';
import { textSpan } from '../model/span';
import { type Block, blocksOf } from './blocks';
import { matchDateline } from './dateline';
import { anpaHeadline, isByline, isFlash, looksLikeHeadline, unwrapped } from './front';
import { isResidue } from './residue';
import { sectionsOf } from './sections';
import { tablesOf } from './tables';
import { opensEditorsNote } from './wireLines';
import { splitSentences } from './sentences';
import type { StoryLines } from './stories';

/** The dateline opens the lead within the first few blocks, after headline, dek and byline. */
const MAX_FRONT_BLOCKS = 6;

function isResidueBlock(text: string, block: Block, extra: ReadonlySet<string>): boolean {
  return block.kind === 'text' && block.lines.length === 1 && isResidue(text.slice(block.start, block.end), extra);
}

/** Every opening of an editors' note or a note to readers starts with n, e, d or t, in either case. */
const NOTE_INITIALS = new Set([0x4e, 0x6e, 0x45, 0x65, 0x44, 0x64, 0x54, 0x74]);

function isEditorsNote(text: string, block: Block): boolean {
  return block.kind === 'text' && NOTE_INITIALS.has(text.charCodeAt(block.start)) && opensEditorsNote(text.slice(block.start, block.lines[0]!.content.end));
}

function spanOf(block: Block): Span {
  return { start: block.start, end: block.end };
}

export function buildStory(text: string, lines: StoryLines, deskResidue: ReadonlySet<string> = new Set()): Story {
  const blocks = blocksOf(text, lines);
  let first = 0;
  let last = blocks.length;
  while (first < last && isResidueBlock(text, blocks[first]!, deskResidue)) first++;
  while (last > first && isResidueBlock(text, blocks[last - 1]!, deskResidue)) last--;
  const residue = [...blocks.slice(0, first), ...blocks.slice(last)].map((b) => textSpan(text, b.start, b.end));

  const kept = blocks.slice(first, last);
  const notes = kept.filter((b) => b.kind === 'note');
  // Notes to editors are wire matter, not prose: kept out of the front matter and the sections.
  const editorsNotes = kept.filter((b) => isEditorsNote(text, b));
  const content = kept.filter((b) => b.kind !== 'note' && !editorsNotes.includes(b));

  const leadIndex = content
    .slice(0, MAX_FRONT_BLOCKS)
    .findIndex((b) => b.kind === 'text' && matchDateline(text, b.start, b.end) !== null);
  const opening = content[0];
  const front =
    leadIndex >= 0
      ? content.slice(0, leadIndex)
      : opening && ((content.length > 1 && looksLikeHeadline(text, opening)) || isFlash(text, opening))
        ? [opening]
        : [];
  const body = content.slice(front.length);

  const bylineBlock = notes.find((b) => isByline(text, b)) ?? front.find((b) => isByline(text, b));
  const headlineBlock = anpaHeadline(text, notes) ?? front.find((b) => b !== bylineBlock);
  const standfirstBlock = front.find((b) => b !== bylineBlock && b !== headlineBlock);
  const used = new Set([bylineBlock, headlineBlock]);

  const { prose, tables } = tablesOf(text, body);
  const sections = sectionsOf(text, prose);
  const leadBlock = leadIndex >= 0 ? content[leadIndex]! : null;
  const dateline = leadBlock ? matchDateline(text, leadBlock.start, leadBlock.end) : null;
  const lead = dateline ? (sections[0]?.paragraphs[0] ?? null) : null;
  // The dateline is not a sentence: the lead's first sentence starts after it.
  if (lead && dateline) lead.sentences = splitSentences(text, dateline.end, lead.end);
  const wireLines: Span[] = [
    ...lines.filter((l) => l.kind === 'header' || l.kind === 'wire' || l.kind === 'end' || l.kind === 'rule').map((l) => l.content),
    ...notes.filter((b) => !used.has(b)).map(spanOf),
    ...editorsNotes.flatMap((b) => b.lines.map((l) => l.content)),
  ].sort((a, b) => a.start - b.start);

  return {
    start: lines[0]!.start,
    end: lines[lines.length - 1]!.next,
    wireLines,
    residue,
    headline: headlineBlock ? unwrapped(text, headlineBlock) : null,
    standfirst: standfirstBlock ? unwrapped(text, standfirstBlock) : null,
    byline: bylineBlock ? unwrapped(text, bylineBlock) : null,
    dateline,
    lead,
    sections,
    tables,
  };
}

