import type { Severity } from '../findings/finding';

export type RuleSetting = Severity | 'off';
export type QuoteStyle = 'straight' | 'curly' | 'either';
export type DashStyle = 'spaced-em' | 'unspaced-em' | 'spaced-en';

/** A person the desk covers: the canonical spelling, the title, and the spellings to correct. */
export interface DirectoryEntry {
  name: string;
  title?: string;
  variants: string[];
}

/** A finding the desk has ruled out: the rule and the normalised text of its sentence. */
export interface IgnoredFinding {
  rule: string;
  text: string;
}

/** The house style: built-in defaults, then the editor's settings, then the desk's style file. */
export interface StyleConfig {
  rules: Record<string, RuleSetting>;
  quoteStyle: QuoteStyle;
  dash: DashStyle;
  /** Quotations shorter than this are scare quotes or terms, not statements. */
  minQuoteWords: number;
  /** The shortest run of words reported as a repeated passage. */
  minPassageWords: number;
  speechVerbs: string[];
  residue: string[];
  people: DirectoryEntry[];
  ignore: IgnoredFinding[];
}

export const DEFAULT_CONFIG: StyleConfig = {
  rules: {},
  quoteStyle: 'either',
  dash: 'spaced-em',
  minQuoteWords: 4,
  minPassageWords: 12,
  speechVerbs: [],
  residue: [],
  people: [],
  ignore: [],
};

/** Later layers win key by key; rule severities and lists merge. */
export function mergeConfig(base: StyleConfig, layer: Partial<StyleConfig>): StyleConfig {
  return {
    ...base,
    ...layer,
    rules: { ...base.rules, ...layer.rules },
    speechVerbs: [...base.speechVerbs, ...(layer.speechVerbs ?? [])],
    residue: [...base.residue, ...(layer.residue ?? [])],
    people: [...base.people, ...(layer.people ?? [])],
    ignore: [...base.ignore, ...(layer.ignore ?? [])],
  };
}
