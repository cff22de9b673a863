import type { SourceKind } from '../../core/model/quote';

/** What a source is, in words: the hover and the Sources view say it alike. */
export const KIND_LABEL: Record<SourceKind, string> = {
  person: 'person',
  organisation: 'organisation',
  group: 'group of people',
  document: 'document quoted',
  unnamed: 'unnamed source',
};
