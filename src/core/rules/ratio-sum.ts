import { decimalPlaces } from '../figures/normalize';
import { isSentenceEnd, runBefore } from '../text';
import type { ParagraphRule } from './types';
import { matches } from '../matches';

const NUMBER = '\\d+(?:\\.\\d+)?';
/** `8.2∶39.5∶53.1`, `3.6 : 48 : 48.4`: two or more parts joined by ratio colons. */
const RATIO = new RegExp(`(?<![\\d.])${NUMBER}(?:[ \\u3000]*[∶:：][ \\u3000]*${NUMBER}){1,11}(?![\\d.:：∶])`, 'g');
/** Shares listed after 分别占…的 / 分别为 / 结构为: `8.2%、39.5%和53.1%`. */
const SHARES = new RegExp(
  `(?:分别(?:占[^，。；：%％\\d]{0,20}?的?|为|是|达到?)?|结构(?:为|是|调整为|优化为|演进为|变为))(${NUMBER}[%％](?:[、和及]${NUMBER}[%％]){1,11})(?![\\d.])`,
  'g',
);
/** Words saying the parts make up one whole. */
const STRUCTURE = /结构|构成/;
/** The three industries named together cover the whole economy. */
const ALL_INDUSTRIES = /三次产业|一二三产业?|第?一、二、三产业?|第一产业、第二产业[、和及]第三产业|一产、二产[、和及]三产/;
/** A proportion of the parts named (`煤、油、气消费比例`) may leave parts out: checked only past 100. */
const PROPORTION = /比例|比重|之比|比为|占比/;
/** Each industry with its share: `第一产业占比8.2%，第二产业占比39.5%，第三产业占比53.1%`. */
const INDUSTRY_SHARE = (name: string) => `(?:第${name}产业|${name}产)(?:增加值)?(?:占[^，。；、%％\\d]{0,12}?|比重|占比|比例)(?:为|达到?)?(${NUMBER})[%％]`;
const INDUSTRY_SHARES = new RegExp(`${INDUSTRY_SHARE('一')}[、，,][ \\u3000]*${INDUSTRY_SHARE('二')}[、，,和][ \\u3000]*${INDUSTRY_SHARE('三')}`, 'g');
/** Each part with its share after the whole is named (`常住人口中，城镇人口占65.3%，乡村人口占34.7%`). */
const SHARE_CLAUSE = `[^，。；：、\\d%％]{1,12}?占比?(?:为|达到?)?${NUMBER}[%％]`;
/** Opens with the whole's `中，` (matched, not looked behind for: a literal start is found fast). */
const SHARE_CLAUSES = new RegExp(`中[，,](${SHARE_CLAUSE}(?:[，,、]${SHARE_CLAUSE}){1,11})(?=[，,。；;]|$)`, 'g');
/** Growth rates of the parts are not shares: `三次产业增加值分别增长3%、5%、8%`. */
const RATES = /增速|增幅|增长(?!的贡献)|增加(?!值)|下降|提高|降低|(?<!贡献)率/;
/** Parts that add to far from 100 are not shares of a whole (`1∶1配套`, `3∶2∶1`). */
const NEAR_HUNDRED = 20;

/** Rounding each part may carry: half a unit of its last digit, and at least 0.1. */
function tolerance(parts: string[]): number {
  return parts.reduce((sum, p) => sum + Math.max(0.1, 0.5 * 10 ** -decimalPlaces(p)), 0);
}

/** How far back the words naming the whole are looked for. */
const MAX_CONTEXT = 60;

/** The sentence before `at` (`能源消费结构中，煤炭、石油…`), at most MAX_CONTEXT characters back. */
const sentenceBefore = (text: string, at: number): string => runBefore(text, at, isSentenceEnd, MAX_CONTEXT);

export const ratioSum: ParagraphRule = {
  id: 'ratio-sum',
  scope: 'paragraph',
  title: { zh: '结构占比之和不为100', en: 'Shares not adding to 100' },
  severity: 'warning',
  fixable: false,
  consistency: true,
  description: {
    zh: '一个整体的构成（三次产业结构8.2∶39.5∶53.1，或各部分分别占X%、Y%、Z%）之和应为100',
    en: 'The parts of one whole (a structure 8.2∶39.5∶53.1, or shares 分别占X%、Y%、Z%) must add up to 100',
  },
  check({ doc, report }) {
    const text = doc.checkable;
    /** `complete`: the parts are all of the whole, so a sum under 100 is wrong too. */
    const found: { start: number; end: number; parts: string[]; complete: boolean }[] = [];
    for (const m of matches(RATIO, text)) {
      const before = sentenceBefore(text, m.index);
      const complete = STRUCTURE.test(before) || ALL_INDUSTRIES.test(before);
      if (complete || PROPORTION.test(before)) {
        found.push({ start: m.index, end: m.index + m[0].length, parts: m[0].split(/[∶:：]/).map((p) => p.trim()), complete });
      }
    }
    for (const m of matches(SHARES, text)) {
      const before = sentenceBefore(text, m.index) + m[0].slice(0, m[0].length - m[1]!.length);
      const complete = ALL_INDUSTRIES.test(before);
      // Rates are looked for in the clause of the list only: `GDP增长6%，…分别占` still lists shares.
      if ((!complete && !STRUCTURE.test(before)) || RATES.test(before.slice(before.search(/[^，,]*$/)))) continue;
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start, end: m.index + m[0].length, parts: m[1]!.split(/[%％][、和及]?/).filter(Boolean), complete });
    }
    for (const m of matches(SHARE_CLAUSES, text)) {
      const parts = matches(/(\d+(?:\.\d+)?)[%％]/g, m[1]!).map((x) => x[1]!);
      found.push({ start: m.index + 2, end: m.index + m[0].length, parts, complete: ALL_INDUSTRIES.test(m[1]!) });
    }
    for (const m of matches(INDUSTRY_SHARES, text)) {
      found.push({ start: m.index, end: m.index + m[0].length, parts: [m[1]!, m[2]!, m[3]!], complete: true });
    }
    for (const { start, end, parts, complete } of found) {
      const sum = parts.reduce((s, p) => s + Number(p), 0);
      const off = Math.abs(sum - 100);
      if (off > NEAR_HUNDRED || off <= tolerance(parts) + 1e-9 || (!complete && sum < 100)) continue;
      const shown = String(Number(sum.toFixed(Math.max(...parts.map(decimalPlaces)))));
      report({
        start,
        end,
        message: {
          zh: `各部分之和为${shown}，不是100（${parts.join('+')}）`,
          en: `The parts add up to ${shown}, not 100 (${parts.join('+')})`,
        },
      });
    }
  },
};
