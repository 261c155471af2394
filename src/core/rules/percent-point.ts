import { extractFigures } from '../figures';
import type { Rule } from './types';

const CLAUSE_BREAK = /[，,：:；;。！？!?\n、]/;
const VERBS = '提高|提升|增加|上升|下降|降低|减少|回落|增长|扩大|缩小|收窄';
const SINCE = '(?:比上年|较上年|比去年|较去年|同比|年均|平均)?';
/** A rate or share right before the change of it: `城镇化率提高`, `占比下降了`, `增速回落近`. */
const RATE_CHANGE = new RegExp(`(率|比重|占比|比例|份额|增速|增幅)${SINCE}(?:${VERBS})了?(?:近|约|超过|逾)?$`);
/** Rates that are not percentages, or whose relative change is usual: 劳动生产率提高6%, 死亡率下降10%. */
const NOT_PERCENT = /(?:生产率|效率|汇率|频率|功率|速率|周转率|死亡率|发病率|患病率|出生率|犯罪率|发案率|事故率|容积率|倍率|利用系数)$/;
/** An amount right before its growth: `地区生产总值增长`. */
const AMOUNT_GROWTH = new RegExp(`(生产总值|GDP|增加值|产值|收入|投资|总额|零售额|销售额|营业额|营收|产量|出口|进口|进出口|贷款|存款|利润|税收)${SINCE}(?:增长|增加)了?$`);
/** Points are right for a contribution (`拉动经济增长0.5个百分点`) or a gap (`高于GDP增长1个百分点`). */
const POINTS_FIT = /拉动|带动|推动|贡献|拖累|高于|低于|快于|慢于|超过|超出|差距|率|比重|占比|比例|份额|增速|增幅/;

function clauseStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(s[i - 1]!)) i--;
  return i;
}

export const percentPoint: Rule = {
  id: 'percent-point',
  title: { zh: '百分点与百分比', en: 'Percent vs. points' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '比率、比重的变化应以“个百分点”表示（城镇化率提高1.2个百分点），总量的增长则以“%”表示',
    en: 'A change of a rate or share is given in percentage points (个百分点), the growth of an amount in %',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    for (const f of extractFigures(doc)) {
      const points = f.unit === '个百分点' || f.unit === '百分点';
      if (f.unit !== '%' && !points) continue;
      const at = f.valueRange.start;
      const before = s.slice(clauseStart(s, at), at);
      if (!points) {
        const m = RATE_CHANGE.exec(before);
        if (!m || NOT_PERCENT.test(before.slice(0, m.index + m[1]!.length))) continue;
        const low = Number(f.value.split('-')[0]);
        // A change of 100% or more cannot be in points of a share: it is relative.
        if (low >= 100) continue;
        const stated = s.slice(at, f.valueRange.end);
        const signs = [...stated.matchAll(/[%％]/g)];
        const subject = before.slice(0, m.index + m[1]!.length).slice(-12);
        const verb = before.slice(m.index + m[1]!.length);
        const fixed = stated.replace(/[%％]/, '个百分点');
        report({
          start: f.range.start,
          end: f.valueRange.end,
          message: {
            zh: `“${subject}”是比率，其升降应以“个百分点”表示：“${verb}${stated}”宜为“${verb}${fixed}”`,
            en: `"${subject}" is a rate or share: its change is in percentage points ("${verb}${fixed}"), not "${stated}"`,
          },
          ...(signs.length === 1 ? { fix: [{ start: at + signs[0]!.index, end: at + signs[0]!.index + 1, text: '个百分点' }] } : {}),
        });
      } else {
        const m = AMOUNT_GROWTH.exec(before);
        if (!m || POINTS_FIT.test(before)) continue;
        const stated = s.slice(at, f.valueRange.end);
        report({
          start: f.range.start,
          end: f.valueRange.end,
          message: {
            zh: `“${m[1]}”是总量，其增长应以“%”表示，“${stated}”只用于比率或增速的变化`,
            en: `"${m[1]}" is an amount: its growth is given in %, "${stated}" (percentage points) only for a change of a rate or growth rate`,
          },
        });
      }
    }
  },
};
