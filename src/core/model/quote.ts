import type { Span } from './span';

/** A direct quotation: the span includes its marks; `inner` is the words inside them. */
export interface Quotation extends Span {
  inner: Span;
  /** Index into the analysis's people, or null when no one is attributed. */
  speaker: number | null;
  /** The mention that attributes it ("the Russian top diplomat", "he"), or null. */
  source: Span | null;
  /** The attribution verb or phrase ("noted", "according to"), or null. */
  cue: Span | null;
  /** It continues the previous paragraph's quotation (the multi-paragraph convention). */
  continues: boolean;
  /** Speaker taken from an attributed quotation earlier in the paragraph, or the one it continues. */
  inherited: boolean;
  /** The paragraph (or headline, standfirst) that holds it. */
  container: Span;
}

export type MentionKind = 'name' | 'alias' | 'descriptor' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
  /** Inside a quotation: the speaker's words. */
  quoted: boolean;
}

/**
 * What a source is: a named person, an organisation (`the bank`, `Halvorsen Foods`), a group of
 * people (`analysts`), a document (`the report`), or a person described but not named (`a senior official`).
 */
export type SourceKind = 'person' | 'organisation' | 'group' | 'document' | 'unnamed';

export interface Person {
  /** The fullest form of the name in the text, or the descriptor of an unnamed source. */
  name: string;
  kind: SourceKind;
  /** A person's title; never an organisation's. */
  title: string | null;
  /** The other names used for them: surname, first name, descriptors. */
  aliases: string[];
  mentions: Mention[];
  /** The first full naming: where Go to Definition jumps. */
  first: Span;
  /** Indices of the quotations attributed to them. */
  quotes: number[];
}

/** A quote mark that the pairing and the multi-paragraph convention cannot explain. */
export interface StrayMark extends Span {
  /** An opening mark never closed, or a closing mark never opened. */
  side: 'opening' | 'closing';
}
