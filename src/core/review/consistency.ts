// Which findings are consistency problems (figures and counts that disagree), as opposed to format problems.
import { rules } from '../rules';

/** Rule ids whose findings a reviewer reads as consistency problems: the rules that say so. */
export const CONSISTENCY_RULES: readonly string[] = rules.filter((r) => r.consistency).map((r) => r.id);

export function isConsistencyRule(rule: string): boolean {
  return CONSISTENCY_RULES.includes(rule);
}
