// One row of an official figure table, and units as the figure extractor splits them. Apart from the table
// reader (officialFigures.ts, with its CSV library) so that the rule in the startup bundle does not load it.

import { SCALES, scalePrefix, unitEntry } from '../figures/units';

/** One row of an official table. */
export interface OfficialFigure {
  /** The indicator as the table names it, and its aliases (`GDP|地区生产总值`). */
  indicator: string;
  aliases: string[];
  /** The number as written in the table, without its unit (`1.2`). */
  value: string;
  /** The number with the unit's scale applied (`1.2万亿元` → 1.2e12). */
  amount: number;
  /** The unit with its scale, as written (`万亿元`, `%`). */
  unit: string;
  /** The period as written (`2025年`, `2025年1-11月`), parsed into a year and months. */
  period?: string;
  year?: number;
  months?: [number, number];
  /** Where the row applies (`规模以上`, `城镇`); a row with a scope applies only where the text names it. */
  scope?: string;
  source?: string;
  /** The table file and the row's line (1-based). */
  file: string;
  line: number;
}

/** Spellings of one unit: the text may write either. */
const UNIT_SPELLINGS: Readonly<Record<string, string>> = { '％': '%', 百分点: '个百分点' };

/** A unit split into scale and base the way the figure extractor splits it: `万亿元` → 1e12 × `元`. */
export function splitUnit(unit: string): { scale: number; base: string } | undefined {
  const prefix = scalePrefix(unit);
  const base = prefix ? unit.slice(prefix.length) : unit;
  if (!prefix && !unitEntry(base)) return undefined;
  return { scale: prefix ? SCALES[prefix]! : 1, base: UNIT_SPELLINGS[base] ?? base };
}

