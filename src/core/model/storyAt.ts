import type { Span } from './span';
import type { Story } from './story';

/** How many of `spans`, in order of their start, start before `at`. */
export function startingBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The story that holds `offset` (the one before, between two stories), as an index from 0. */
export const storyAt = (stories: readonly Story[], offset: number): number => Math.max(0, startingBefore(stories, offset + 1) - 1);

/**
 * What belongs to story `k`: from its start to the next story's, the text between two stories
 * (an end marker) counting with the story before it and the text before the first with the first.
 */
export function storyReach(stories: readonly Story[], k: number): { from: number; to: number } {
  return { from: k === 0 ? 0 : stories[k]!.start, to: k + 1 < stories.length ? stories[k + 1]!.start : Infinity };
}
