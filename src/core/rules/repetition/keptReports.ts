import type { Report, RuleContext } from '../../findings/rule';

/** What a report says besides what its key fixes, as values compared with ===. */
type Inputs = readonly unknown[];

function same(a: Inputs, b: Inputs): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A rule's reports kept from one version of a document to the next, by the object they report
 * on. Paragraphs before an edit keep their objects, and so does what they found, so a basket's
 * thousands of repeated paragraphs are not reported anew at each keystroke: a kept report is
 * used again when everything else it was built from (its inputs) is the same.
 */
export class KeptReports<K extends object> {
  private readonly kept = new WeakMap<K, { report: Report; inputs: Inputs }>();

  /** The rule's kept reports in this analyzer's history (none kept without one). */
  static of<K extends object>(context: RuleContext, rule: object): KeptReports<K> {
    let kept = context.history?.get(rule) as KeptReports<K> | undefined;
    if (kept === undefined) {
      kept = new KeptReports<K>();
      context.history?.set(rule, kept);
    }
    return kept;
  }

  /** The report on `key` built from `inputs`: the one kept if it was built from the same. */
  report(key: K, inputs: Inputs, build: () => Report): Report {
    const kept = this.kept.get(key);
    if (kept !== undefined && same(kept.inputs, inputs)) return kept.report;
    const report = build();
    this.kept.set(key, { report, inputs });
    return report;
  }
}
