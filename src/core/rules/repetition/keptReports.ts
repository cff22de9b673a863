import type { Report, RuleContext } from '../../findings/rule';

/** What a report says besides what its key fixes, as values compared with ===. */
type Inputs = readonly unknown[];

interface Kept {
  report: Report;
  inputs: Inputs;
}

function same(a: Inputs, b: Inputs): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A rule's reports kept from one version of a document to the next, by the object they report
 * on. Paragraphs before an edit keep their objects, and so does what they found, so a basket's
 * thousands of repeated paragraphs are not reported anew at each keystroke: a kept report is
 * used again when everything else it was built from (its inputs) is the same. Each version's
 * reports are kept in a map of their own, which replaces the one before: a WeakMap would keep
 * every report whose paragraph an edit replaced alive through young collections, until a full
 * one.
 */
export class KeptReports<K extends object> {
  private constructor(
    private readonly earlier: ReadonlyMap<K, Kept>,
    private readonly reports: Map<K, Kept>,
  ) {}

  /**
   * The last version's reports at hand, and this version's kept in the analyzer's history in
   * their place (none kept without a history). The history holds the map alone: this object,
   * which holds the last version's too, goes with the run.
   */
  static of<K extends object>(context: RuleContext, rule: object): KeptReports<K> {
    const reports = new Map<K, Kept>();
    const earlier = (context.history?.get(rule) as Map<K, Kept> | undefined) ?? new Map<K, Kept>();
    context.history?.set(rule, reports);
    return new KeptReports<K>(earlier, reports);
  }

  /** The report on `key` built from `inputs`: the one kept if it was built from the same. */
  report(key: K, inputs: Inputs, build: () => Report): Report {
    const before = this.earlier.get(key);
    const entry = before !== undefined && same(before.inputs, inputs) ? before : { report: build(), inputs };
    this.reports.set(key, entry);
    return entry.report;
  }
}
