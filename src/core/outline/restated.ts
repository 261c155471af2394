import type { OutlineStatement } from './types';

/** The economy's output named as such: `地区生产总值`, `GDP`. */
const OUTPUT_NAMED = /生产总值|GDP/i;
/** The economy's growth said in words only: `经济增长预期目标`, `经济增速`, `增长目标确定为`. */
const GROWTH_WORDS = /经济(?:增长|增速)|(?:增长|增速)目标/;
/** A measure per head is another one: `人均生产总值`. */
const PER_HEAD = /人均/;
/** A place's own growth (`凤泉区经济增速`, in news of several places' targets), not the whole's (`全省`). */
const PLACE_OWN = /^(?!全)[\u4e00-\u9fff]{1,5}[省市县区州旗]/;

/** How many lines apart a restatement stands from the target it restates (a headline over its lead, a quote after it). */
const NEAR = 1;
const sameFigureNear = (a: OutlineStatement, b: OutlineStatement) => a.value === b.value && a.unit === b.unit && Math.abs(a.range.startLine - b.range.startLine) <= NEAR;

/**
 * Goals without the growth target said again in words on the line before or after (`经济增长预期目标为5%左右` after
 * `国内生产总值增长5%左右`): news and reports restate the economy's target, and it is one goal, named by the output it measures.
 * Further off, the same figure may be another place's (`…凤泉区经济增速10%`).
 */
export function withoutRestatedGrowth(goals: OutlineStatement[]): OutlineStatement[] {
  const named = goals.filter((g) => OUTPUT_NAMED.test(g.indicator) && !PER_HEAD.test(g.indicator));
  if (named.length === 0) return goals;
  return goals.filter((g) => !(GROWTH_WORDS.test(g.indicator) && !OUTPUT_NAMED.test(g.indicator) && !PLACE_OWN.test(g.indicator) && named.some((n) => sameFigureNear(n, g))));
}

/**
 * Goals without those of a headline (the text's first line, `line`) that a later goal states again with its value and unit
 * (`…重大项目出炉 158个项目在列` over `共确定158个省列重大建设项目`): the headline repeats the text's figure, less well named.
 */
export function withoutHeadlineRestated(goals: OutlineStatement[], line: number): OutlineStatement[] {
  const restated = (g: OutlineStatement) => g.range.startLine === line && goals.some((o) => o.range.startLine > line && o.value === g.value && o.unit === g.unit);
  return goals.some(restated) ? goals.filter((g) => !restated(g)) : goals;
}
