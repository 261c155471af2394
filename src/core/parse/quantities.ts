import type { LineIndex } from '../lines';
import type { Quantity } from '../model';

/** Units that make a number a quantified statement (years are not quantities). */
const UNITS = [
  '个百分点', '%', '‰', '倍',
  '亿元', '万元', '千元', '元', '美元',
  '万人次', '人次', '万人', '人', '万户', '户', '家', '个', '项', '所', '座', '条', '套', '处', '名', '批', '台', '辆', '张', '间', '栋', '床', '件', '位', '天', '次', '支',
  '万亩', '亩', '公顷', '平方公里', '平方米', '万平米', '平米', '立方米', '公里', '千米', '米',
  '万吨', '吨', '千瓦时', '万千瓦', '千瓦', '兆瓦', '度', '微克/立方米',
];
const AMOUNT = '(\\d+(?:\\.\\d+)?|X+)';
const UNIT_ALT = [...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[/%]/g, '\\$&')).join('|');
const QUANTITY = new RegExp(`(?<![\\d.A-Za-z])${AMOUNT}[ \\u3000]?((?:万|亿|千|百)?(?:${UNIT_ALT}))`, 'g');

export function findQuantities(checkable: string, text: string, lines: LineIndex): Quantity[] {
  const found: Quantity[] = [];
  for (const m of checkable.matchAll(QUANTITY)) {
    const end = m.index + m[0].length;
    found.push({ range: lines.range(m.index, end), text: text.slice(m.index, end), amount: m[1]!, unit: m[2]! });
  }
  return found;
}
