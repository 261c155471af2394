// Normal forms of a figure's parts: the number behind a value as written, and the indicator
// without the modal words, time words and verbs around it.

import { parseChineseNumeral } from '../numerals';
import { SCALES } from './units';
import { CharSet, LIST_BULLETS, WHITE_SPACE, WHITE_SPACE_RANGES } from '../chars';
import { withoutSpaces } from '../text';

export interface Amount {
  /** The number with its scale applied (`1.1万亿` → 1.1e12); the low end of a range. */
  amount: number;
  /** The high end of a range (`5%—5.5%`, `1-2家`). */
  upper?: number;
}

/** A round amount written as a scale word alone (`稳定在百万吨以上`, `新增千万吨产能`): its pattern, and the whole word. */
export const ROUND_SCALE = '[百千][万亿]';
export const ROUND_SCALE_ALONE = new RegExp(`^${ROUND_SCALE}$`);

/** A number in digits, its thousands maybe set off by Latin commas: `12.5`, `200,000`, `1,234.5`; not `2,3`. */
export const DIGITS = '\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const DIGITS_ONLY = new RegExp(`^(?:${DIGITS})$`);
/** A value left to be filled in: `XX`, asterisks (`*`, `**`), `○○`. */
export const UNFILLED_DIGITS = 'X+|[*＊]{1,4}|○{2,}';
const UNFILLED_MARK = /[X*＊○]/;
/** Whether a value as written is (or holds) a placeholder. */
export const isUnfilled = (value: string): boolean => UNFILLED_MARK.test(value);

/** A numeral as written: digits, a round scale word (`百万`, `百`), or a Chinese numeral up to 九十九 (两 as 二). */
export function numeralValue(s: string): number | undefined {
  if (DIGITS_ONLY.test(s)) return Number(s.replaceAll(',', ''));
  if (ROUND_SCALE_ALONE.test(s)) return SCALES[s[0]!]! * SCALES[s[1]!]!;
  // The round count of a scale word (`百亿元` is 百 of 亿元).
  if (s === '百' || s === '千') return SCALES[s];
  // A decimal in words: `五点五`, `六点零五`.
  const point = s.indexOf('点');
  if (point > 0) {
    const whole = numeralValue(s.slice(0, point));
    const digits = [...s.slice(point + 1)].map((d) => (d === '零' ? 0 : parseChineseNumeral(d)));
    if (whole === undefined || digits.length === 0 || digits.some((d) => d === undefined || d > 9)) return undefined;
    return Number(`${whole}.${digits.join('')}`);
  }
  return parseChineseNumeral(s.replace(/^两$/, '二'));
}

/** Digits after the point of a written number: `12.50` → 2, `8` → 0. */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** `5-5.5` with scale `万` → 50000…55000; undefined for placeholders (`XX`). */
export function amountOf(value: string, scale: string): Amount | undefined {
  const factor = scale ? (SCALES[scale] ?? 1) : 1;
  const dash = value.indexOf('-');
  const a = numeralValue(dash === -1 ? value : value.slice(0, dash));
  if (a === undefined) return undefined;
  const amount: Amount = { amount: a * factor };
  const b = dash === -1 ? undefined : numeralValue(value.slice(dash + 1));
  if (b !== undefined) amount.upper = b * factor;
  return amount;
}

/**
 * The year a value is for, is compared with or starts from, between its indicator and the value (`森林覆盖率到2025年达到`,
 * `人均GDP提高到2025年的`, `PM2.5年均浓度较2020年下降`, an old value's `由2020年底的`): no part of the indicator.
 */
const YEAR_END = /(?:(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|上升)?[到至]|[比较是由从]|[快慢高低]于)?\d{4}年(?:底|末)?$/;
const YEAR_LAST = new Set('年底末');

/** Modal, time and scope words that open a clause but are not part of what is measured. */
const LEADING = new RegExp(
  '^(?:' +
    [
      '[一二三四五六七八九十]+是', '第[一二三四五六七八九十]+(?![批期届轮]|产业)', '到?(?:\\d{4}|20[Xx]{2})(?:年(?:底|末)?(?!度)|年度(?!计划|投资|目标|任务)|(?=年度(?:计划|投资|目标|任务)))', '首先', '其次', '其中', '即(?![墨时食])', '同时', '重点', '朝着', '向着', '奔着', '锚定', '瞄准', '全面', '着力', '切实', '力促', '全力以赴', '并且', '并', '还', '要', '将', '再', '又', '继续', '进一步', '力争', '确保', '争取', '努力', '全力', '奋力', '力求', '坚持', '持续', '稳步', '大力', '积极', '加快',
      // The words stating the year's targets (`松原经济社会发展主要预期目标是`, `顺德政府工作的主要目标是`, `明确目标任务为`), when no colon ends them.
      '[\\u4e00-\\u9fff]{0,12}?(?:(?:预期|主要)目标|目标任务)(?:是|为)',
      // The place spoken of by a pronoun (`该县今年将投入…`).
      '该[省市县区州旗镇乡]',
      // A news item's tag (`【政府工作报告⑮】`).
      '【[^【】]*】',
      '今年', '明年', '全年', '年内', '当年', '本年(?!度)', '年底前', '年底', '到年底', '上半年', '下半年', '一年来', '五年来', '过去一年', '过去的一年', '累计', '共', '总计', '合计', '预计', '预测', '预期(?!寿命)', '计划', '拟', '初步',
      '实现', '做到', '完成', '达到', '新增', '新建', '改建', '新改建', '改扩建', '扩建', '维修', '建设', '建成', '改造', '打造', '培育', '举办', '开展', '提供', '实施', '推动', '推进', '启动', '引进', '引育', '招引', '组建', '开设', '开办', '选送', '整合', '提升', '更新', '交付', '盘活', '带动', '支持', '安排', '确定了', '确定', '排定', '使用', '发放', '发行', '为', '对(?!应)', '向', '在(?![建营])', '使', '让', '把', '将',
    ]
      .sort((a, b) => b.length - a.length)
      .join('|') +
    // Not a verb listed with the next (`新建、改造…厕所`, `新建和改扩建小学`; not `和美乡村`): the list says what is counted.
    ')+(?![、及与]|和(?!美))',
);

/** Verbs and bound words between an indicator and its value (`增长`, `控制在`, `超过`). */
export const CHANGE_VERBS = [
  '提高到', '提高至', '提升到', '提升至', '降低到', '降低至', '下降到', '下降至', '减少到', '减少至', '增加到', '增加至', '增长到', '增长至', '扩大到', '扩大至',
  '缩小到', '缩小至', '压减到', '压缩到', '上升到', '上升至', '增至', '升至', '降至', '减至',
  '控制在', '控制到', '稳定在', '保持在', '维持在', '确保在', '保持', '达到', '达', '突破', '站上', '超过', '增长', '比增', '增加', '递增', '提高', '提升', '上升', '上涨', '下降', '下跌', '递减', '回落', '降低', '减少', '压减', '压降', '退出', '扩大',
  '新增', '新建', '新开工', '新开通', '开行', '完成', '实现', '建设', '建成', '改造', '培育', '打造', '举办', '开展', '提供', '实施', '引进', '引育', '招引', '盘活', '交付', '整治', '复垦', '治理',
] as const;

/**
 * Words looked up by their last character: the longest one a string ends with, in a few
 * comparisons (an alternation anchored at the end would be tried from every position).
 */
export class SuffixWords {
  private readonly byLast = new Map<string, string[]>();

  /** Words of `except` by their last character: a longer one ending the text hides a word (`签约` is no bound `约`). */
  private readonly exceptByLast = new Map<string, string[]>();

  constructor(words: readonly string[], except: readonly string[] = []) {
    for (const e of except) this.exceptByLast.set(e[e.length - 1]!, [...(this.exceptByLast.get(e[e.length - 1]!) ?? []), e]);
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const last = w[w.length - 1]!;
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else this.byLast.set(last, [w]);
    }
  }

  longest(s: string): string | undefined {
    const last = s[s.length - 1] ?? '';
    const w = this.byLast.get(last)?.find((word) => s.endsWith(word));
    return w && this.exceptByLast.get(last)?.some((e) => e.length > w.length && s.endsWith(e)) ? undefined : w;
  }

  /** Takes words off the end while one matches. */
  strip(s: string): string {
    for (let w = this.longest(s); w; w = this.longest(s)) s = s.slice(0, -w.length);
    return s;
  }
}

/** Comparators saying the true value is at least the written one (`5%以上`, `突破100亿元`, `1.2万余人`). */
export const AT_LEAST = new Set(['以上', '超过', '超', '逾', '突破', '不低于', '不少于', '不小于', '高于', '大于', '多于', '多', '余']);
/** Comparators saying the true value is at most the written one. */
export const AT_MOST = new Set(['以下', '以内', '不超过', '不高于', '不大于', '低于', '小于', '少于']);
/** Comparators of an approximate value. */
export const ABOUT = new Set(['左右', '约', '上下', '近']);

/** Bound words written before a value (`不低于5%`, `超130万辆`, `约2.5万亿元`). */
export const PREFIX_BOUNDS: readonly string[] = ['不低于', '不少于', '不小于', '不超过', '不高于', '不大于', '超过', '超', '逾', '高于', '大于', '多于', '低于', '小于', '少于', '约', '近'];
/** Words ending in a bound that are none: `签约120个` signs 120, it does not say about 120. */
export const NOT_BOUNDS: readonly string[] = ['签约', '预约', '节约', '合约', '制约', '公约', '条约', '履约', '邀约', '附近', '最近', '临近', '就近'];
export const BOUND_PREFIXES = new SuffixWords(PREFIX_BOUNDS, NOT_BOUNDS);
export const CHANGE_SUFFIX = new SuffixWords(CHANGE_VERBS);
/** The words opening the old value of a change: `由30万元提高到50万元`, `从人均800元…`, `从每年5000元…`. */
export const OLD_VALUE_WORDS: readonly string[] = ['由', '从'].flatMap((w) => [w, ...['人均', '户均', '每年', '每月', '每亩'].map((per) => w + per)]);
/** The year an old value is of, after its word: `从2021年`, `由2020年底的`, `从去年的`. */
const OLD_VALUE_YEAR = '(?:\\d{4}年(?:底|末)?|去年|上年)的?';
/** An old value's words, maybe with its year: `从`, `从2021年`, `由2020年底的`. */
export const OLD_VALUE_BEFORE = new RegExp(`(?:${OLD_VALUE_WORDS.join('|')})(?:${OLD_VALUE_YEAR})?$`);
/** Old values listed before the value, which is one of them: `分别从每月631元、` before `286元`. */
export const OLD_VALUES_LISTED = new RegExp(`(?:${OLD_VALUE_WORDS.join('|')})(?:${OLD_VALUE_YEAR})?(?:[\\d.]+[^\\d、，。；]{0,4}、)+$`);

/** Verbs ending in a change verb that are none: `下达3000亿元` issues funds, it does not reach them. */
const NOT_CHANGES: readonly string[] = ['下达', '传达', '抵达'];
const TRAILING = new SuffixWords(
  [...CHANGE_VERBS, ...PREFIX_BOUNDS, '至少', '迈上', '为', '共有', '共', '共计', '合计', '总计', '分别', '平均', '均', '都', '也', '力争', '年均', '同比', '可比', '比上年', '较上年', '比去年', '较去年', '再', '要', '将', '拟', '拟安排', '继续', '连续', '预期', '的', '总量', '规模', '、', ...OLD_VALUE_WORDS],
  // `总规模` is a measure whole: stripping `规模` alone would leave `总` dangling (`重点项目在建总规模`).
  [...NOT_BOUNDS, ...NOT_CHANGES, '公共', '总规模'],
);

/** The change verb a text ends with, past a bound word: `增长`, `达到` of `…达到不低于`. */
export function changeAtEnd(s: string): string | undefined {
  const b = BOUND_PREFIXES.longest(s);
  return CHANGE_SUFFIX.longest(b ? s.slice(0, -b.length) : s);
}

/** Joining words and list bullets before an indicator: `和`, `●`, `◆`. */
const LEADING_MARK_CHARS = `、，,和及与以${LIST_BULLETS}`;
const LEADING_MARKS = new RegExp(`^[${LEADING_MARK_CHARS}]+`);
const LEADING_MARK = new CharSet(LEADING_MARK_CHARS);
/** What an item number (ITEM_NUMBER) opens with: a space or a digit. */
const OPENS_ITEM_NUMBER = new CharSet('', [...WHITE_SPACE_RANGES, ['0', '9']]);

/** An item's or a table row's number before its text, spaced off (`2 对完成清洁取暖改造的农户进行补助`, `1 公共文化服务…`). */
export const ITEM_NUMBER = /^[\s\u3000]*\d{1,3}[\s\u3000]+(?=[\u4e00-\u9fff“])/;

/** Verbs of saying before what is quoted or told: `报告提到“…`, `总理在政府工作报告中表示,2021年,…`. */
export const SAYS = '(?:表示|指出|提到|说|要求|强调|提出|写道)';

/**
 * A news item's byline or dateline opening its first paragraph: `株洲日报讯（全媒体记者/李逸峰通讯员/谢珂）`, `本报讯`,
 * `新华社北京6月25日电（记者刘诗平）`, `星辰在线—长沙新闻网1月30日讯(长沙晚报记者 黎欣刚)`; not `通讯`. Neither a figure's indicator nor a work's name.
 */
export const NEWS_LEAD = '[^，。；：]{0,16}?(?:[报网台社](?:\\d{1,2}月)?(?:\\d{1,2}日)?讯|\\d{1,2}日电)(?:[（(][^（）()]*[）)])?';
const BYLINE = new RegExp(`^${NEWS_LEAD}`);

/** Words introducing targets with a dash, before the indicator: `《规划》也有明确的发展目标——`. */
const TARGETS_DASHED = /^[^—]*?(?:目标|表述|指标|任务)——?/;

/**
 * Words up to an aim inside an indicator, when a measure of two characters or more follows it (not `努力争取`, nor the
 * target so named: `增速确保目标` beside `奋斗目标`).
 */
const AIMED_BY = /^.+?(?:确保|(?<!努)力争)(?=(?!目标)[\u4e00-\u9fff]{2})/;

/** `全年实现新增就业` → `新增就业`; `力争全社会研发投入强度达到` → `全社会研发投入强度`. */
export function cleanIndicator(raw: string): string {
  // Each pattern is tried only where the character it needs stands: most indicators hold none of them.
  let s = OPENS_ITEM_NUMBER.has(raw.charCodeAt(0)) ? raw.replace(ITEM_NUMBER, '') : raw;
  if (WHITE_SPACE.indexIn(s) !== -1) s = withoutSpaces(s);
  if (LEADING_MARK.has(s.charCodeAt(0))) s = s.replace(LEADING_MARKS, '');
  if (s.includes('讯') || s.includes('日电')) s = s.replace(BYLINE, '');
  if (s.includes('—')) s = s.replace(TARGETS_DASHED, '');
  s = TRAILING.strip(s);
  // Only an indicator ending with a year's last character is scanned.
  if (YEAR_LAST.has(s[s.length - 1] ?? '')) {
    const undated = s.replace(YEAR_END, '');
    if (undated !== s) s = TRAILING.strip(undated);
  }
  // Who aims before the aim (`全市上下确保地区生产总值`, `…责任单位1确保…`) is no part of what is measured, where the aim names
  // its subject; one opening with a verb takes the subject before (`交通工作要确保完成建设投资`).
  if (s.includes('确保') || s.includes('力争')) {
    const aimed = s.replace(AIMED_BY, '');
    if (aimed.replace(LEADING, '') === aimed) s = aimed;
  }
  const stripped = s.replace(LEADING, '');
  // Keep a verb with a one-character remainder (`新增` of `新增岗` ); drop one that is all there is.
  if (stripped.length !== 1) s = stripped;
  return s.startsWith('的') || s.endsWith('的') ? s.replace(/^的+|的+$/g, '') : s;
}

/** Modal and time words off the start only: what follows a value keeps its verbs (`沙区治理`). */
export function cleanLeading(raw: string): string {
  const stripped = raw.replace(LEADING, '');
  return stripped.length >= 2 && !/^(?:项目|工程)$/.test(stripped) ? stripped : raw;
}

/** Words that only qualify the works after them. */
const QUALIFIER_ONLY = /^(?:[省市县区]{1,4}|国家)?级?(?:重点|重大|骨干|标志性|新建|续建|在建|新开工)?$|^(?:拟|计划)?(?:竣工投产|竣工|投产|开工|建成|完工)$/;

/** A qualifier ending what is left of works counted. */
const QUALIFIER_END = /(?:重点|重大|骨干|标志性)$/;

/** A sector, which its projects are named by: `重大产业`, `民生`, `社会事业`. */
const SECTOR_END = /(?:产业|工业|农业|服务业|制造业|民生|社会事业|基础设施|交通|水利|能源|市政|城建|文旅|旅游|生态|环保)$/

/** `蔬菜基地建设工程` → `蔬菜基地`: what follows a value, read as its indicator. */
export function cleanTrailingIndicator(raw: string): string {
  // Status words after the works counted (`2个批发市场正式运营`) are not what is measured, nor is 中 of some among them (`23个预备项目中`).
  const s = raw
    .replace(/^(?:的|以上|以下|左右|以内|多|余)+/, '')
    .replace(/(?:正式|全面|建成|年内)*(?:运营|投入运营|投入使用|投用|开业|营业|竣工|完工)$/, '')
    .replace(/(?<=项目|工程)中$/, '');
  const full = s.replace(/(?:等|的)?(?:项目)?(?:开发)?(?:建设|改造)?(?:工程|任务|项目|工作|行动|活动)?(?:建设)?$/, '').replace(/^的+|的+$/g, '');
  // `的改造任务` keeps `改造`: the work is what is measured when nothing else is named.
  // `子工程` keeps its noun too: one character alone names nothing.
  if (full.length < 2) return s.length > 3 ? s.replace(/(?:工程|任务|工作)$/, '') : s;
  // An abbreviation keeps its works noun: `1500个技改项目` counts 技改项目.
  if (full.length === 2 && /^[^的等]{2}项目$/.test(s)) return s;
  // A qualifier alone is not what is counted: `93个重点项目` counts 重点项目; nor is a sector (`26个重大产业项目` counts projects).
  // So do works qualified so after their name (`“千项万亿”重大项目`, `省列重大项目`).
  return QUALIFIER_ONLY.test(full) || QUALIFIER_END.test(full) || (SECTOR_END.test(full) && (s.includes('项目') || s.includes('工程'))) ? s.replace(/(?:开发)?建设(?:任务)?$/, '') : full;
}
