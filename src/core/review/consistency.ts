// Which findings are consistency problems (figures and counts that disagree), as opposed to format problems.

/**
 * Rule ids whose findings a reviewer reads as consistency problems. The figure rules
 * (figure-mismatch, official-figure, ratio-sum, part-exceeds-whole, period-mismatch, name-variant,
 * percent-point) join this list when they land.
 */
export const CONSISTENCY_RULES: readonly string[] = ['count-mismatch', 'respectively-mismatch'];

export function isConsistencyRule(rule: string): boolean {
  return CONSISTENCY_RULES.includes(rule);
}
