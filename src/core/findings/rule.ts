import type { StyleConfig } from '../config/styleConfig';
import type { Person, Quotation, StrayMark } from '../model/quote';
import type { Story } from '../model/story';
import type { Finding, Severity } from './finding';

export interface RuleMeta {
  /** Kebab-case id, the name of docs/rules/<id>.md. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Whether its fixes may run unattended. */
  safe: boolean;
  /**
   * What one run reads. A story rule sees one story at a time (its text, quotes and people
   * alone), so an edit re-runs it only on the story edited; a document rule compares stories.
   */
  scope: 'story' | 'document';
}

/**
 * What document rules keep from one version of a document to the next, each under a key of its
 * own: only what lets them skip work whose result provably did not change.
 */
export type RuleHistory = Map<object, unknown>;

export interface RuleContext {
  text: string;
  stories: Story[];
  quotes: Quotation[];
  people: Person[];
  strays: StrayMark[];
  /** The house style: rule options, the people directory. */
  config: StyleConfig;
  /** For document rules, when an analyzer reads the versions of one document. */
  history?: RuleHistory;
}

/** What a rule reports; the engine adds the rule id and, unless the rule lowers it for this finding, the severity. */
export type Report = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule {
  meta: RuleMeta;
  /**
   * Report objects made for this document: the engine completes them in place into findings. A
   * document rule may hand out again a report it kept in `history` from an earlier version of
   * the same document, unchanged since; completing it again gives the same finding, as an
   * analyzer's configuration never changes.
   */
  check(context: RuleContext): Report[];
}
