import type { Range } from '../model';
import type { Dimension } from './units';

/**
 * goal: a planned quantity (plan part or annex); achievement: the same in the review part;
 * forecast: 预计…; other: counts of structure, slogans, size classes, limits, stock, project investment.
 */
export type FigureKind = 'goal' | 'achievement' | 'forecast' | 'other';

/** One quantity in the text with what it measures. */
export interface Figure {
  kind: FigureKind;
  /** What is measured, e.g. `城镇新增就业`; taken from the previous figure when the text leaves it out. */
  indicator: string;
  /** The value as written: `5.5`, `XX`, `5-5.5`, `两`. */
  value: string;
  /** The number with its scale applied (`1.1万亿元` → 1.1e12), absent for placeholders. */
  amount?: number;
  /** High end of a range. */
  upper?: number;
  /** The unit with its scale as written: `万人`, `亿元`, `%`, `万` (a scale alone). */
  unit: string;
  dimension?: Dimension;
  /** Bound words: 以上, 左右, 以内, 不低于, 超过, 力争 … */
  comparator?: string;
  /** Change verb: 增长, 下降, 提高到, 达到, 新增, 控制在 … */
  change?: string;
  /** Time the figure refers to when the sentence says: `2026年`, `年均`, `“十五五”`, `全年`. */
  period?: string;
  /** The value is an unfilled placeholder (`XX`, `*`, `○○`). */
  unfilled: boolean;
  /** Title path of the enclosing section. */
  section: string;
  /** The statement: indicator (when written here), value, unit, comparator. */
  text: string;
  range: Range;
  /** Exactly the value and unit. */
  valueRange: Range;
}
