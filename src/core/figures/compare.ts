// Whether two figures state the same quantity: units brought to one base where the conversion is
// exact (亿元 and 万元, 公斤 and 吨), and a value written less precisely read as a rounding of the other.

import { decimalPlaces } from './normalize';
import type { Figure } from './types';
import { SCALES, scalePrefix, unitEntry } from './units';

/** Exact conversions between units of one dimension (亩 is 10000/15 m², not exact in decimals: left out). */
const EXACT: Readonly<Record<string, readonly [string, number]>> = {
  '％': ['%', 1],
  个百分点: ['百分点', 1],
  千克: ['公斤', 1],
  吨: ['公斤', 1000],
  斤: ['公斤', 0.5],
  克: ['公斤', 0.001],
  公里: ['米', 1000],
  千米: ['米', 1000],
  平方公里: ['平方米', 1e6],
  平方千米: ['平方米', 1e6],
  公顷: ['平方米', 1e4],
  平米: ['平方米', 1],
  '㎡': ['平方米', 1],
  标箱: ['标准箱', 1],
};

export interface BaseUnit {
  /** The unit every figure of the quantity is brought to: `元` for `亿元`, `公斤` for `万吨`. */
  unit: string;
  /** Multiplier from the written unit without its scale to `unit`. */
  factor: number;
  /** The scale written before the unit (`亿` of `亿元`), 1 when none. */
  scale: number;
}

/** `亿元` → 元 ×1 scale 1e8; `万吨` → 公斤 ×1000 scale 1e4; `千米` stays a unit of its own (not 千 × 米). */
export function baseUnit(unit: string): BaseUnit {
  let scale = 1;
  let rest = unit;
  if (!unitEntry(unit)) {
    const word = scalePrefix(unit);
    if (word) {
      scale = SCALES[word]!;
      rest = unit.slice(word.length);
    }
  }
  const [base, factor] = EXACT[rest] ?? [rest, 1];
  return { unit: base, factor, scale };
}

/** The figure's amounts in its base unit with the step of its last written digit. */
function measured(f: Figure): { low: number; high: number; step: number } | undefined {
  if (f.amount === undefined) return undefined;
  const { factor, scale } = baseUnit(f.unit);
  const [low, high = low] = f.value.split('-');
  const step = scale * factor * 10 ** -Math.max(decimalPlaces(low!), decimalPlaces(high!));
  return { low: f.amount * factor, high: (f.upper ?? f.amount) * factor, step };
}

/** `x` rounded to a multiple of `step` equals `y`: 12468亿 to the step of 1.2万亿 is 1.2万亿. */
function roundsTo(x: number, y: number, step: number): boolean {
  return Math.abs(Math.round(x / step) * step - y) <= step * 1e-6;
}

function sameNumber(a: number, stepA: number, b: number, stepB: number): boolean {
  return stepA >= stepB ? roundsTo(b, a, stepA) : roundsTo(a, b, stepB);
}

/**
 * The two figures give the same amount in the same base unit, the more precise one rounding to the
 * other (1.25万亿元 = 12500亿元, 1.2万亿元 ≈ 12468亿元, 5% = 5.0%); undefined when either is unfilled
 * or the units cannot be compared.
 */
export function sameAmount(a: Figure, b: Figure): boolean | undefined {
  if (baseUnit(a.unit).unit !== baseUnit(b.unit).unit) return undefined;
  const x = measured(a);
  const y = measured(b);
  if (!x || !y) return undefined;
  return sameNumber(x.low, x.step, y.low, y.step) && sameNumber(x.high, x.step, y.high, y.step);
}

/** `b` lies within the range `a` states (`5-5.5%` holds 5.2%). */
export function withinRange(a: Figure, b: Figure): boolean {
  const x = measured(a);
  const y = measured(b);
  if (!x || !y || a.upper === undefined || baseUnit(a.unit).unit !== baseUnit(b.unit).unit) return false;
  return y.low >= x.low - x.step / 2 && y.high <= x.high + x.step / 2;
}
