// The units a figure in a report can carry: the legal units of measurement (法定计量单位) in the
// forms reports write them, Chinese measure words (量词) and the compound units reports use.
// Data only; the extractor builds one expression from it.

export type Dimension =
  | 'money'
  | 'ratio'
  | 'count'
  | 'people'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'power'
  | 'time'
  | 'age'
  | 'rate'
  | 'compute'
  | 'freight';

export interface UnitEntry {
  unit: string;
  dimension: Dimension;
  /**
   * A capacity or class when written before a noun (`700万吨露天矿`, `30万千瓦机组`), not an amount
   * of work to do (`31.2公里农村公路`).
   */
  capacity?: boolean;
}

const entries = (dimension: Dimension, units: string, capacity?: boolean): UnitEntry[] =>
  units.split(' ').map((unit) => ({ unit, dimension, ...(capacity ? { capacity } : {}) }));

export const UNITS: readonly UnitEntry[] = [
  ...entries('money', '元 美元 欧元 港元 日元 元/人 元/月 元/年 元/天 元/吨 元/平方米 元/亩'),
  ...entries('ratio', '% ％ ‰ 个百分点 百分点 倍 成'),
  ...entries('people', '人 人次 人年 户 户次 名 位 人/年'),
  ...entries(
    'count',
    '个 项 家 所 座 条 套 套（间） 处 批 批次 台 辆 张 间 栋 幢 床 张床位 件 次 支 场 场次 期 例 门 宗 列 株 棵 头（只） 匹 口 艘 架 块 片 部 本 册 份 篇 首 种 类 款 枚 颗 粒 根 盏 把 对 双 组 轮 班 趟 班次 架次 台次 辆次 艘次 堂 课时 航班 航线 线路 所（个） 个（所） 块（处） 穴 眼 尾',
  ),
  ...entries('length', '公里 千米 米 厘米 毫米 km 里 延米 标准公里'),
  ...entries('area', '公顷 亩 亩次 平方米 平米 ㎡ m2'),
  // Zones are sized, not built: `2.2平方公里中心文化区`.
  ...entries('area', '平方公里 平方千米 km² km2', true),
  ...entries('volume', '立方米 方 升 毫升 m³ m3'),
  ...entries('mass', '吨 公斤 千克 克 斤 担 公担 吨标准煤 吨标煤 标准煤 微克/立方米 微克每立方米', true),
  ...entries('energy', '千瓦时 度 兆瓦时 焦耳 吨油当量', true),
  ...entries('power', '千瓦 兆瓦 吉瓦 瓦 kW MW GW 伏 千伏 kV 伏安 千伏安 兆伏安', true),
  ...entries('time', '年 个月 天 日 小时 分钟 秒 周 工作日'),
  ...entries('age', '岁 周岁'),
  ...entries('rate', '吨/年 吨/日 吨/天 立方米/年 立方米/日 立方米/秒 千米/小时 公里/小时 毫克/升', true),
  ...entries('compute', 'Eflops EFlops EFLOPS Pflops PFlops PFLOPS P 亿次 TB PB Gbps Mbps 比特', true),
  ...entries('freight', '标准箱 标箱 TEU 吨公里 人公里 车次 管', true),
  // Livestock counts read as a farm's size before a noun: `5万只现代化养鸡场`; bee colonies (`4.2万群中蜂`), poultry (`500万羽`).
  ...entries('count', '只 头 群 羽', true),
];

/** Scale prefixes a report writes before a unit: `1.1万亿元`, `3.65万亿元`, `5000万吨`. */
export const SCALES: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };

const byUnit = new Map(UNITS.map((e) => [e.unit, e]));

export function unitEntry(unit: string): UnitEntry | undefined {
  return byUnit.get(unit);
}

const SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length);

/** The scale word a unit opens with, when a known unit follows it or it stands alone: `亿` of `亿元`, `万` of `万千瓦`. */
export function scalePrefix(unit: string): string | undefined {
  return SCALE_WORDS.find((w) => unit.startsWith(w) && (unit.length === w.length || unitEntry(unit.slice(w.length)) !== undefined));
}

/** Every unit, longest first (an alternation tries them in this order). */
const LONGEST_FIRST = [...byUnit.keys()].sort((a, b) => b.length - a.length);

/** Units by their first character, longest first. */
const byFirst = new Map<string, string[]>();
for (const unit of LONGEST_FIRST) {
  const list = byFirst.get(unit[0]!);
  if (list) list.push(unit);
  else byFirst.set(unit[0]!, [unit]);
}

/**
 * The longest unit written at `at`, or ''. What `(${UNIT_PATTERN})?` matches there, in a few
 * comparisons instead of trying several hundred alternatives after every number.
 */
export function unitAt(text: string, at: number): string {
  const candidates = byFirst.get(text[at] ?? '');
  return candidates?.find((unit) => text.startsWith(unit, at)) ?? '';
}

/** Alternation of all units, longest first, escaped for a RegExp. */
export const UNIT_PATTERN = LONGEST_FIRST.map((u) => u.replace(/[.*+?^${}()|[\]\\/%]/g, '\\$&'))
  .join('|');

/** Measure words a Chinese numeral may count (`两所`, `三条`); others (`三大`, `一批`) are not figures. */
export const CHINESE_COUNTED = '所个座条家项名支台套处辆栋间场';
