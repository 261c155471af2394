import { splitUnit, type OfficialFigure } from '../config/officialRow';
import { extractFigures, type Figure } from '../figures';
import { ABOUT, AT_LEAST, AT_MOST, decimalPlaces } from '../figures/normalize';
import type { ReportDocument } from '../model';
import { candidateRows, contextOf, figureMeasure, indexRows, mayMatch, periodFits, type IndexedRow } from './official-rows';
import type { Edit, Message, Rule } from './types';

/** The text rounds on purpose (ABOUT): within 5% of the official value is fine. */
const ABOUT_TOLERANCE = 0.05;

/** Whether the text's value (with its comparator and precision) can be the official one. */
function agrees(written: number, official: number, places: number, comparator: string | undefined): boolean {
  const rounding = 0.5 * 10 ** -places + 1e-9 * Math.max(1, Math.abs(official));
  if (comparator && AT_LEAST.has(comparator)) return official >= written - rounding;
  if (comparator && AT_MOST.has(comparator)) return official <= written + rounding;
  if (comparator && ABOUT.has(comparator)) return Math.abs(official - written) <= Math.max(rounding, Math.abs(written) * ABOUT_TOLERANCE);
  return Math.abs(official - written) <= rounding;
}

/** A number without floating-point noise, or undefined when it needs more than 4 decimals. */
function exactDecimal(n: number): string | undefined {
  const s = String(Number(n.toFixed(4)));
  return Math.abs(Number(s) - n) <= 1e-9 * Math.max(1, Math.abs(n)) ? s : undefined;
}

/**
 * Replaces the value: the number alone when the official value converts exactly into the text's unit
 * (`1.3万亿元` → `1.25万亿元` for 12500亿元), else number and unit (`12345.6亿元`).
 */
function fixOf(doc: ReportDocument, figure: Figure, row: OfficialFigure, textScale: number, base: string): Edit[] {
  const start = figure.valueRange.start;
  const inTextUnit = exactDecimal(Math.abs(row.amount) / textScale);
  if (inTextUnit !== undefined) return [{ start, end: start + figure.value.length, text: inTextUnit }];
  const scale = figure.unit.slice(0, figure.unit.length - base.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/%]/g, '\\$&');
  const written = new RegExp(`^${escape(figure.value)}[ \\u3000]?${escape(scale)}(?:余|多)?${escape(figure.unit.slice(scale.length))}`).exec(doc.text.slice(start));
  return written ? [{ start, end: start + written[0].length, text: `${row.value.replace(/^-/, '')}${row.unit}` }] : [];
}

function message(row: OfficialFigure, figure: Figure, doc: ReportDocument): Message {
  const written = doc.text.slice(figure.valueRange.start, figure.valueRange.end);
  const official = `${row.value}${row.unit}`;
  const where = `${row.file}:${row.line}`;
  const months = row.months ? (row.months[0] === row.months[1] ? `${row.months[0]}月` : `${row.months[0]}-${row.months[1]}月`) : '';
  const when = row.year === undefined ? '' : `${row.year}年${months}`;
  const period = { zh: when, en: when ? ` (${when})` : '' };
  return {
    zh: `与官方数据不一致：“${row.indicator}”${period.zh}官方数据为${official}（${row.source ? `来源：${row.source}` : `见 ${where}`}），此处为“${written}”`,
    en: `Disagrees with the official figure: ${row.indicator}${period.en} is officially ${official} (${row.source ? `source: ${row.source}` : `see ${where}`}); the text says "${written}"`,
  };
}

/** The first row the figure should agree with but does not; undefined when it agrees or none applies. */
function disagreeing(doc: ReportDocument, figure: Figure, rows: IndexedRow[], context: string) {
  const split = splitUnit(figure.unit);
  if (!split || figure.amount === undefined) return undefined;
  const { measure, sign } = figureMeasure(figure, split.base);
  const written = figure.amount / split.scale;
  for (const entry of rows) {
    if (entry.base !== split.base || entry.measure !== measure || !periodFits(doc, figure, entry.row, context)) continue;
    const official = (entry.sign * entry.row.amount) / split.scale;
    const signed = sign * written;
    // Opposite directions (增长 in the text, a fall in the table) disagree whatever the numbers.
    const opposite = official * signed < 0;
    if (!opposite && agrees(Math.abs(signed), Math.abs(official), decimalPlaces(figure.value), figure.comparator)) return undefined;
    return { entry, split, opposite };
  }
  return undefined;
}

export const officialFigure: Rule = {
  id: 'official-figure',
  title: { zh: '与官方数据不一致', en: 'Official figure' },
  severity: 'warning',
  fixable: true,
  consistency: true,
  description: {
    zh: '文中数据应与团队官方数据表（配置 officialFigures）中同一指标、同一期间、同一口径的数值一致',
    en: 'A figure must agree with the team’s official table (config officialFigures) for the same indicator, period and scope',
  },
  check({ doc, settings, report }) {
    const table = settings.officialFigures;
    if (!table || table.length === 0) return;
    const index = indexRows(table);
    const candidates = extractFigures(doc)
      // Targets are not statistics; placeholders, ranges and Chinese numerals are left alone.
      .filter((f) => (f.kind === 'achievement' || f.kind === 'forecast') && !f.unfilled && f.upper === undefined && f.comparator !== '力争' && /^\d/.test(f.value))
      .filter((f) => mayMatch(index, f))
      .map((figure) => ({ figure, context: contextOf(doc, figure) }));
    // One indicator with several values of one unit in a sentence (`城乡居民收入分别完成37820元、28104元`):
    // which value is which cannot be told, so none is compared.
    const sameSentence = new Map<string, number>();
    const keyOf = ({ figure, context }: (typeof candidates)[number]) =>
      `${figure.valueRange.start - context.length}\u0000${figure.indicator}\u0000${figure.unit}\u0000${figureMeasure(figure, splitUnit(figure.unit)?.base ?? '').measure}`;
    for (const c of candidates) sameSentence.set(keyOf(c), (sameSentence.get(keyOf(c)) ?? 0) + 1);
    for (const c of candidates) {
      const { figure, context } = c;
      if (sameSentence.get(keyOf(c))! > 1) continue;
      const rows = candidateRows(index, figure, context);
      if (rows.length === 0) continue;
      const found = disagreeing(doc, figure, rows, context);
      if (!found) continue;
      const { row, base } = found.entry;
      const fix = found.opposite ? [] : fixOf(doc, figure, row, found.split.scale, base);
      report({
        start: figure.valueRange.start,
        end: figure.valueRange.end,
        message: message(row, figure, doc),
        ...(fix.length > 0 ? { fix } : {}),
      });
    }
  },
};
