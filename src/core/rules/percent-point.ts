import { runBefore } from '../text';
import type { ParagraphRule } from './types';
import { matches, matchesInLines } from '../matches';

const VERBS = '提高|提升|增加|上升|下降|降低|减少|回落|增长|扩大|缩小|收窄';
const SINCE = '(?:[比较](?:上年|去年|上年末|年初|\\d{4}年)|同比|年均|平均|(?:近|过去)(?:\\d+|[两三四五六七八九十])年(?:来)?)?';
const VALUE = '(\\d+(?:\\.\\d+)?|X+)';
const RATE = '(?<rate>率|比重|占比|比例|份额|增速|增幅)';
/** The change in % (groups `stated`, `low`): `提高1.2%`, `下降了2%`, `回落近1.5%`, `提高1—2%`. */
const change = (verbs: string) =>
  `${SINCE}(?:${verbs})了?(?:近|约|超过|逾)?(?<stated>(?<low>\\d+(?:\\.\\d+)?|X+)[%％]?(?:[-—–~～至到]${VALUE})?[%％])`;
/** A rate or share right before a change of it: `城镇化率提高1.2%`. */
const RATE_CHANGE = new RegExp(`${RATE}${change(VERBS)}`, 'g');
/**
 * A rate's level in %, then its change in the next clause: `空气优良天数比例达到99.2%，同比提高0.8%`,
 * `产业投资比重提升至55.7%、提高4.7%`. Growth
 * there (`高新技术产业增加值占比达到35%，增长12%`) is usually the amount's, not the share's.
 */
const LEVEL_THEN_CHANGE = new RegExp(
  `${RATE}(?:达到|达|为|是|保持在|稳定在|(?:提高|提升|上升|下降|降低|回落)(?:到|至))?${VALUE}[%％](?:以上|左右)?[，,、]${change(VERBS.replace('|增加', '').replace('|增长', ''))}`,
  'g',
);
/** Rates that are not percentages, or whose relative change is usual: 劳动生产率提高6%, 死亡率下降10%. */
const NOT_PERCENT = /(?:生产率|效率|汇率|频率|功率|速率|周转率|死亡率|发病率|患病率|出生率|犯罪率|发案率|事故率|发生率|产出率|容积率|倍率|概率)$/;
/** `按比例提高10%`, `同比例增长`: proportionally, not a share that changes. */
const PROPORTIONALLY = /(?:按|照|同)[^，。；]{0,6}比例$/;
/** An amount right before its growth in points: `地区生产总值增长5个百分点`. */
const AMOUNT_GROWTH = new RegExp(`(生产总值|GDP|增加值|产值|收入|投资|总额|零售额|销售额|营业额|营收|产量|出口|进口|进出口|贷款|存款|利润|税收)${SINCE}(?:增长|增加)了?(${VALUE}个?百分点)`, 'g');
/** Points are right for a contribution (`拉动经济增长0.5个百分点`) or a gap (`高于GDP增长1个百分点`). */
const POINTS_FIT = /拉动|带动|推动|贡献|拖累|拉低|拉高|影响|高于|低于|快于|慢于|超过|超出|高出|低出|差距|回落|回升|率|比重|占比|比例|份额|增速|增幅/;
const CLAUSE_BREAK = /[，,：:；;。！？!?\n、]/;
const PERCENT_SIGNS = ['%', '％'];
/** How far back the subject of a change is looked for. */
const MAX_SUBJECT = 40;

/** The clause before `at`, at most MAX_SUBJECT characters back. */
const clauseBefore = (s: string, at: number): string => runBefore(s, at, (ch) => CLAUSE_BREAK.test(ch), MAX_SUBJECT);

export const percentPoint: ParagraphRule = {
  id: 'percent-point',
  scope: 'paragraph',
  title: { zh: '百分点与百分比', en: 'Percent vs. points' },
  severity: 'warning',
  fixable: true,
  consistency: true,
  description: {
    zh: '比率、比重的变化应以“个百分点”表示（城镇化率提高1.2个百分点），总量的增长则以“%”表示',
    en: 'A change of a rate or share is given in percentage points (个百分点), the growth of an amount in %',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    // Every pattern here ends in a sign or 百分点 and never spans a line: only lines holding one are read.
    for (const m of [...matchesInLines(RATE_CHANGE, s, PERCENT_SIGNS), ...matchesInLines(LEVEL_THEN_CHANGE, s, PERCENT_SIGNS)]) {
      const { rate, stated, low } = m.groups!;
      const rateEnd = m.index + m[0].indexOf(rate!) + rate!.length;
      const subject = clauseBefore(s, rateEnd);
      // A change of 100% or more cannot be in points of a share: it is relative.
      if (NOT_PERCENT.test(subject) || PROPORTIONALLY.test(subject) || Number(low) >= 100) continue;
      const end = m.index + m[0].length;
      const at = end - stated!.length;
      // The change alone: after the rate word (`城镇化率|提高`) or the clause break (`，|同比提高`).
      const verbStart = Math.max(rateEnd, at - clauseBefore(s, at).length);
      const verb = s.slice(verbStart, at);
      const signs = matches(/[%％]/g, stated!);
      const fixed = stated!.replace(/[%％]$/, '个百分点').replace(/[%％]/, '');
      report({
        start: verbStart === rateEnd ? rateEnd - subject.length : verbStart,
        end,
        message: {
          zh: `“${subject}”是比率，其升降应以“个百分点”表示：“${verb}${stated}”宜为“${verb}${fixed}”`,
          en: `"${subject}" is a rate or share: its change is in percentage points ("${verb}${fixed}"), not "${verb}${stated}"`,
        },
        ...(signs.length === 1 ? { fix: [{ start: at + signs[0]!.index, end: at + signs[0]!.index + 1, text: '个百分点' }] } : {}),
      });
    }
    for (const m of matchesInLines(AMOUNT_GROWTH, s, ['百分点'])) {
      const subject = clauseBefore(s, m.index + m[1]!.length);
      if (POINTS_FIT.test(clauseBefore(s, m.index + m[0].length))) continue;
      report({
        start: m.index + m[1]!.length - subject.length,
        end: m.index + m[0].length,
        message: {
          zh: `“${subject}”是总量，其增长应以“%”表示，“${m[2]}”只用于比率或增速的变化`,
          en: `"${subject}" is an amount: its growth is given in %, "${m[2]}" (percentage points) only for a change of a rate or growth rate`,
        },
      });
    }
  },
};
