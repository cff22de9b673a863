import type { SourceRow } from '../../core/sources/storySources';
import type { Snapshot } from './snapshot';

interface NodeBase {
  readonly snapshot: Snapshot;
  /** The story, from 0. */
  readonly story: number;
  /**
   * The row's TreeItem id: the view's scope, the story's index and the source's name, so that a
   * row keeps its id, and so its expansion, across edits that leave its story and source be.
   */
  readonly id: string;
}

/** A story of the document, in the view of the whole document. */
export interface StoryNode extends NodeBase {
  readonly type: 'story';
}

/** What a story's sources add up to: how many, how many named, how much unnamed. */
export interface SummaryNode extends NodeBase {
  readonly type: 'summary';
}

export interface SourceNode extends NodeBase {
  readonly type: 'source';
  readonly row: SourceRow;
}

export interface QuoteNode extends NodeBase {
  readonly type: 'quote';
  /** Index into the analysis's quotes. */
  readonly quote: number;
}

export type SourcesNode = StoryNode | SummaryNode | SourceNode | QuoteNode;

/** Whether the view shows the story at the cursor or every story of the document. */
export type Scope = 'story' | 'document';

const storyId = (scope: Scope, k: number): string => `${scope}/${k}`;

/** A story's rows: the summary first, then its sources, most quoted first. */
export function storyRows(snapshot: Snapshot, k: number, scope: Scope): SourcesNode[] {
  const prefix = storyId(scope, k);
  const seen = new Map<string, number>();
  const sources = snapshot.storySources(k).sources.map((row): SourceNode => {
    // Two sources of one story may read alike ("an official"): the second is told apart by its rank.
    const n = (seen.get(row.name) ?? 0) + 1;
    seen.set(row.name, n);
    return { type: 'source', snapshot, story: k, row, id: `${prefix}/${n === 1 ? row.name : `${row.name} #${n}`}` };
  });
  return [{ type: 'summary', snapshot, story: k, id: `${prefix}#summary` }, ...sources];
}

/** One group a story, for the view of the whole document. */
export function storyGroups(snapshot: Snapshot): StoryNode[] {
  return snapshot.analysis.stories.map((_, k) => ({ type: 'story', snapshot, story: k, id: storyId('document', k) }));
}

export function childrenOf(node: SourcesNode): SourcesNode[] {
  switch (node.type) {
    case 'story':
      return storyRows(node.snapshot, node.story, 'document');
    case 'source':
      return node.row.quotes.map((quote, i) => ({ type: 'quote', snapshot: node.snapshot, story: node.story, quote, id: `${node.id}#${i}` }));
    default:
      return [];
  }
}
