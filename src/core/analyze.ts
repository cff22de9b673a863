import { type Analysis, Analyzer } from './analysis/analyzer';
import { DEFAULT_CONFIG, type StyleConfig } from './config/styleConfig';
import type { Rule } from './findings/rule';
import { RULES } from './rules';

export type { Analysis } from './analysis/analyzer';
export { Analyzer } from './analysis/analyzer';
export type { RuleError } from './analysis/ruleRun';

/** Text → story model → quotes and people → rules → findings: the one data flow every adapter reads. */
export function analyze(text: string, rules: readonly Rule[] = RULES, config: StyleConfig = DEFAULT_CONFIG): Analysis {
  return new Analyzer(rules, config).analyze(text);
}
