// The figure model: every quantity in a report with its indicator, value, unit, comparator, change
// verb, period and kind. Computed once per parsed document when asked for: by the figure rules
// (figure-mismatch, official-figure, part-exceeds-whole), the outline and a draft diff.

import type { Paragraph, ReportDocument } from '../model';
import { sectionPath, TASK_OPENS, type Period } from '../outline/periods';
import { JoinedSpan } from '../joined';
import { firstYearOf, OPENS_ON_YEAR, paragraphPeriod, underTasksTitle, YEAR_OPENS } from '../report-year';
import { amountOf, CHANGE_VERBS, changeAtEnd, cleanIndicator, cleanLeading, cleanTrailingIndicator, DIGITS, isUnfilled, ITEM_NUMBER, NOT_BOUNDS, numeralValue, OLD_VALUE_BEFORE, OLD_VALUES_LISTED, PREFIX_BOUNDS, ROUND_SCALE, ROUND_SCALE_ALONE, UNFILLED_DIGITS } from './normalize';
import { matches, matchesNotAfter } from '../matches';
import type { TextMemo } from '../memo';
import type { Figure, FigureKind } from './types';
import { CHINESE_COUNTED, unitAt, unitEntry, UNIT_PATTERN, type UnitEntry } from './units';
import { firstAtOrAfter } from '../bounds';
import { CharSet, LIST_BULLETS, SENTENCE_ENDS, WHITE_SPACE, WORD_BEFORE_DENG } from '../chars';
import { isGenericWork, sizedWork, WORK_LENGTH, WORK_SUFFIX } from '../outline/works';
import { CEREMONY_DAY } from '../outline/stages';
import { charBefore, isSentenceEnd, runStart } from '../text';

const SCALE = '万亿|千万|百万|亿|万|千|百';
const NUM = `${DIGITS}|${UNFILLED_DIGITS}`;
/** Between the two ends of a range: `5-5.5%`, `2个至3个`. */
const RANGE_MARK = '[-－—–~～至到]';
/** Digits or an X placeholder, an optional range and scale: `5%—5.5%`, `1.1万亿`, `10万余`; the unit after it is looked up (`unitAt`). */
const DIGIT_VALUE = new RegExp(`(${NUM})(?:[%％]?[ ]?${RANGE_MARK}[ ]?(${NUM}))?[ \\u3000]?(${SCALE})?(余|多)?`, 'g');
/** Not a figure after these: `PM2.5`, `G60`, `第5`, `6月30日`, `2×35万千瓦`, a denominator `每10万人`. */
const NOT_AFTER = new CharSet('.．×*+第月每/', [['0', '9'], ['A', 'Z'], ['a', 'z']]);
const PER_UNIT = new RegExp(`^/(?:[十百千]?(?:万亿|亿|万)|千|百)?(?:${UNIT_PATTERN})`);
/** 方 opening a word (`方案`, `方面`, `方式`) is no unit of volume. */
const NOT_VOLUME_AFTER = /[案面式向法针略位]/;
/** Units of a format named with 制 (`3人制`, `5年制`), not `259项制度`. */
const FORMAT_UNITS = new Set(['人', '年']);
/** Cheap test before the full scan: a paragraph with no digit, X or counted Chinese numeral has no figure. */
const FIGURE_CHARS = new CharSet('X*＊○两二三四五六七八九十百千', [['0', '9']]);
const mayHoldFigure = (text: string) => FIGURE_CHARS.indexIn(text) !== -1;
/** A round scale word alone before its unit (`百万吨`); not inside a numeral or an estimate (`三百万`, `几千万人`). */
const SCALE_FIGURE = new RegExp(`(?<![\\d.一二三四五六七八九十两百千万亿几数上近/])(${ROUND_SCALE})(${UNIT_PATTERN})`, 'g');
const HAS_ROUND_SCALE = new RegExp(ROUND_SCALE);
/** A Chinese numeral counting things: `两所`, `三条`; not `三大`, `一批`, `十方面`, `第三个`, `这两个`. */
const CHINESE_FIGURE = new RegExp(`([两二三四五六七八九十]{1,3})([${CHINESE_COUNTED}])(?![方大批级是类性化面])`, 'g');
/** A percentage in words: `百分之五`, `百分之六点五`. */
const CHINESE_PERCENT = /百分之([一二三四五六七八九十两零]{1,3}(?:点[零一二三四五六七八九]{1,2})?)/g;
/** Not a count after these. */
const NOT_BEFORE_CHINESE = new Set('第一二三四五六七八九十两“"这那每前后头');

const SCALE_AT_START = new RegExp(`^(?:${SCALE})`);
const SCALE_ALONE = new RegExp(`^(?:${SCALE})$`);

/**
 * Runs of text between clause breaks, read sticky from a position (no match arrays made). A Latin comma does not end
 * the clause before a value that a list goes on with (`分别完成60亿元,95亿元、100亿元`), nor inside a number (`200,000`).
 */
const CLAUSE_RUN = /[^，,：:]*(?:(?:,(?=\d[\d.]*[^\d，,、]{0,3}(?:、|,\d|$))|(?<=\d),(?=\d{3}(?!\d)))[^，,：:]*)*/y;

/** Spaces and joining words before what a value's words start with. */
const LEADING_JOINERS = /[\s\u3000、，和及与]*/y;

/** End of the run of `re` that starts at `from`. */
function runEnd(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  re.test(text);
  return re.lastIndex;
}

/** `10万千瓦及以下` bounds as `以下` does. */
const SUFFIX_COMPARATOR = /^(?:及(?=以[上下]))?(?:以上|以下|左右|以内|上下|多|余)/;
const SUFFIX_COMPARATOR_OPENS = new CharSet('及以左上多余');

/** The bound written at `at` (SUFFIX_COMPARATOR), read only where one can open. */
function boundAt(text: string, at: number): string | undefined {
  return SUFFIX_COMPARATOR_OPENS.has(text.charCodeAt(at)) ? SUFFIX_COMPARATOR.exec(text.slice(at))?.[0] : undefined;
}
const PREFIX_COMPARATOR_WORDS = [...PREFIX_BOUNDS, '突破'];
const PREFIX_COMPARATOR_ENDS = new CharSet(PREFIX_COMPARATOR_WORDS.map((w) => w[w.length - 1]).join(''));
const PREFIX_COMPARATOR = new RegExp(
  `(?:${PREFIX_COMPARATOR_WORDS
    .map((w) => {
      // `约` but not `签约`: the words hiding a bound, as a look-behind on that bound alone.
      const hiding = NOT_BOUNDS.filter((e) => e.length > w.length && e.endsWith(w)).map((e) => e.slice(0, -w.length));
      return hiding.length > 0 ? `(?<!${hiding.join('|')})${w}` : w;
    })
    .join('|')})$`,
);
const CHANGE_AT_START = new RegExp(`^(?:全年|今年|年内|力争|确保|再)*(${[...CHANGE_VERBS].sort((a, b) => b.length - a.length).join('|')})`);
const PERIOD = /“十[一二三四五六七八九]五”|(?<![较比与])\d{4}年(?:底|末)?|年均|全年|年内|今年|(?<![谈说讲提])到\d{4}年/g;

/** What follows a count of parts of the text itself: `以下六个方面`, `三大主导产业`, `10件40项民生实事`. */
const STRUCTURAL_AFTER = /^(?:个)?(?:方面|点意见|(?:项|个)?(?:重点|主要)任务(?:分别|是|为|包括)|(?:主要|[\u4e00-\u9fff]{1,3}性)?指标|任务举措|[件项]?(?:\d+[件项])?(?:[省市县区]级)?(?:重点)?(?:大事和)?(?:民生|惠民|为民办)?实事|事(?![项业务故件])|(?:具体)?内容|路径|(?:政策)?(?:举措|措施)|领域)/;
/** Words that refer to what the text has named: `这12个项目`, `上述5个`. */
const REFERS_BACK = '这(?![次天里])|上述|前述';
const NAMED_BEFORE = new RegExp(REFERS_BACK);
/** Before a count of parts of the text or of what it has named already: `以下六个方面`, `这12个项目`. */
const STRUCTURAL_BEFORE = new RegExp(`(?:以下|下列|如下|下面|大类|围绕|聚焦|依托|立足|${REFERS_BACK})$`);
/** Before the count of a kind's items: `“优化教育资源布局”类,共`. */
const KIND_TOTALLED = /类[”"]?[，,]共$/;
/** Before a count of the practical projects voted or decided (`票决确定了2023年…民生实事项目10项`, `确定2017年…民生实事项目为10项`): how many the list has. */
const VOTED_BEFORE = /(?:票决|评选|选出|产生|确定)[^，。；]{0,24}实事(?:项目|工程)?(?:为|是|共|有)?$/;
/** A count of works that are named next (`2个前期项目分别是A、B`, `6个续建项目：A、B`): the list is what is said. */
const MEMBERS_NAMED_AFTER = /^[\u4e00-\u9fff]{0,6}(?:项目|工程)(?:分别(?:是|为)|包括|[：:])/;
/** Capacity or class before the number: `年产3000辆`, `日处理80吨`. */
const CAPACITY_BEFORE = /(?:年产|日产|年处理|日处理|处理能力|装机容量|年吞吐)$/;
/** Capacity added, a target when no work's noun follows it: `新增污水处理能力10万吨/日` (not `新增日处理能力10万吨的污水处理厂`). */
const ADDED_CAPACITY = /(?:新增|增加|提升|提高|扩大)[\u4e00-\u9fff]{0,8}(?:处理能力|装机容量)$/;
/** A capacity named before a value that a work's noun follows sizes the work: `建成年输气量2亿方门站`, `输气能力20万方/小时门站`. */
const CAPACITY_NAMED_BEFORE = /(?:能力|年[\u4e00-\u9fff]{1,3}量)$/;
/** A width or depth named before its length (`宽12米`, `路面宽度15.5米`) or after it (`9米宽`, `5米深的`). */
const WIDTH_BEFORE = /(?:宽|深)度?$/;
const WIDTH_AFTER = /^[宽深]的?/;
/**
 * The size, speed or cost of a work described, not a target: `总建筑面积约6万平方米`, `占地21亩`, `占地面积为140亩`, `造价约7亿元`,
 * `设计时速350公里`, `到西安仅需3.5小时`, `改造长度为125米`.
 */
const SIZE_BEFORE = /(?:建筑面积|建筑规模|占地面积|占地|用地面积|建面|全长|总长|造价|设计时速|设计速度|时速|概算|概算总额|概算投资|仅需|只需)(?:约|为)?$|长度(?:约)?为$/;
const STOCK_BEFORE = /(?:^|[^拥])有$|(?:排名|位居|位列|前|后)$/;
/** What exists, counted: `全省现有各类学校2.3万所`, `高唐现有高速公路3条` (not `改造现有老旧小区200个`, a target). */
const EXISTING_BEFORE = /^(?:全省|全市|全县|全区|全州|全国|目前|当前|[\u4e00-\u9fff]{2,3}(?<!改造|提升|盘活|利用|整合|改善|整治|完善|优化|升级|扩建|更新|加固|保护|维修|修缮|新建|建设|用好|管好|整改))?现有/;
/** Verbs that strengthen or look after what exists (`做优做强5个国家先进制造业集群`, `守护、利用好531处国保单位`): a stock, not a target. */
const STRENGTHEN_BEFORE = /(?:做优做强|做大做强|做强做优|做强|做优|(?<!培育)壮大|巩固(?!率)|守护|守住|坚守|利用好|用好|管好|保护好|建好|建强)[^，。；]{0,40}$/;
/** Places, zones or designated sites that exist, counted after support (`支持29个扩权赋能县（市）…`, `支持3个国家级保种场`): a scope, not a target. */
const SUPPORT_BEFORE = /(?:支持|帮扶|指导|引导)$/;
const AREAS_AFTER = /^(?:国家级|省级)|^[^，。；]{0,12}?(?:县|县域|市州|区县|乡镇|集聚区|开发区|园区)/;
/** A count for each place (`支持各县…发展1-2个主导产业`) is a guide, not a total. */
const EACH_PLACE_BEFORE = /各(?:县|市|区|乡镇|村)[^，。；]{0,16}$/;
/**
 * Designated places, zones and pilots that exist, counted after a verb of advancing them (`推进4个…城市试点`, `提升39个
 * 欠发达县域…质效`, `稳妥运行14个传统边贸点`): a scope, not a target (`新建`, `创建`, `争创` would make one).
 */
const ADVANCING_BEFORE = /(?:推动|推进|提升|深化|运行|抓好|高水平建设)$/;
const DESIGNATED = /(?:试点|先导区|试验区|示范区|集聚区|发展区|县域|边贸点|口岸|重点镇|示范乡镇|示范镇)[^，。；、]{0,8}$/;
/** Existing works brought up a grade (`推动4个万亿级产业基地提质升级`). */
const UPGRADED = /^[^，。；]{2,40}(?:提质升级|提档升级|转型升级|提升能级)$/;
/**
 * Delegates counted at a meeting (`应到代表361名`, `出席本次全体会议的代表175人`, `缺席33人`, `代表名额为338名`, `实有代表334名`,
 * `因故缺席会议的代表16名`, `233名区人大代表出席大会`,
 * `…代表等共300多人参加会议`, `…各界人士130余人听取了…报告`): its attendance, no target.
 */
const ATTENDANCE_BEFORE = /(?:应到|实到|实有|出席|列席|缺席|请假|现有)[^，。；]{0,8}?(?:会议|大会)?的?(?:人大)?(?:代表|委员)$|(?:缺席|请假|应到|实到)(?:代表|委员)?$|(?:代表|委员)名额(?:为|是)?$/;
const ATTENDANCE_AFTER = /^[^，。；]{0,12}?(?:代表|委员)(?:出席|列席|参加)|^[余多]?人?(?:(?:出席|列席|参加)了?(?:会议|大会)|参会|听取了?)/;
/** Candidates counted while a list is chosen (`形成了候选项目24项`, `遴选形成12件候选项目`): no target. */
const CANDIDATES_BEFORE = /候选(?:项目|实事)?$/;
const CANDIDATES_AFTER = /^候选/;
/** A word's frequency in a text (`“发展”出现67次`): no target. */
const MENTIONS_BEFORE = /(?:出现|提到|提及)$/;
/** An event named with a number (`青年50人论坛`), or the day it is held on (`会议13日下午召开`). */
const EVENT_AFTER = /^(?:论坛|峰会|大会)/;
/** The first day of a span before its last (`从1月11日开始到16日`): that is a day of the month, no length of time. */
const LAST_DAY_BEFORE = /月\d{1,2}日[^，。；\d]{0,4}(?:到|至|[-—–~～])$/;
const DAY_OF_EVENT_AFTER = /^(?:上午|下午|晚上?|早上|凌晨|中午|召开|开幕|闭幕|举行|举办)/;
/** A stretch along a line (`长江沿线1公里`) bounds what follows. */
const ALONG_BEFORE = /(?:沿线|沿岸|两岸)$/;
/** Where, when the clause counts something else after it: `在14个市州城区…增补学位2万个` (not a level: `控制在`, `稳定在`). */
const SCOPE_BEFORE = /(?:^|[，、和并])在$/;
/**
 * A standard per head, anywhere before the value in its clause (`每人每月补贴200元`, `由每生每年5元提高至10元`), or a
 * one-off sum just before it (`一次性补助1万元`, not `一次性化解率达到93%`): not an amount to reach.
 */
const PER_HEAD = /每人|每户|每名|每生|生均/;
const ONE_OFF_BEFORE = /一次性[\u4e00-\u9fff]{0,4}$/;
/**
 * Works already under way, counted (`加快6个抽水蓄能电站建设`, `加快2条在建国际海缆`), also after a list of
 * them (`推进A、B、C等5个氢基能源一体化项目建设`): progress, not a target.
 */
const UNDER_WAY_END = /(?:加快|推进|提速|(?<!新建[、和及]?)续建)(?:建设)?$/;
const UNDER_WAY_OPENING = /^(?:大力|全力|扎实|积极|稳步|有序|持续|重点)*(?:加快|推进|推动|提速|续建)/;
const LISTED_UP_TO = /(?:等|、[^、]{1,8})$/;
/** The last characters before a value that UNDER_WAY_END and LISTED_UP_TO read (look-behind included). */
const UNDER_WAY_REACH = 12;
/** What ends the run of a list an opening verb governs. */
const LIST_RUN_END = new CharSet('，。；：');
/** What joins the members of a list. */
const LIST_JOINER = new CharSet('、和及');
/** Works of a kind; not the year's list of key projects (`推进2000个省级重点项目` is a target). */
const WORKS_AFTER = /^(?:在建|续建)|^(?!.*(?:重点|重大)项目)(?:.*(?:电站|水库|机场|港口|码头|高铁|铁路|公路|干线|市政道路|城市道路|海缆|管网|产业园|园区|中心|枢纽|基地|工程|项目))(?:的)?(?:建设|前期工作)?$/;
const LEVEL = '(?:国家|省|市|县|区|[A-Z]{1,5})级';
const LEVEL_ONLY = new RegExp(`^${LEVEL}$`);
const LATIN_GRADE = /^[A-Z]{1,5}级/;
const LEVEL_AT_START = new RegExp(`^${LEVEL}`);
const LEVEL_IN = new RegExp(LEVEL);
/** Verbs alone before works counted: `启动新建改造项目`. */
const WORKS_DONE = /^(?:全年|今年|年内|力争|确保|要|将|再)*((?:启动|新建|改造|改扩建|扩建|续建|开工|建成|竣工|实施|推进|谋划|储备|签约|引进|招引){1,3})(?:项目|工程)$/;
/** `实施重点项目32个` counts 重点项目: the qualifier a cleaned verb phrase lost. */
const KEY_WORKS = /(?:重点|重大)(?:建设)?(?=(?:项目|工程)(?:建设)?$)/;
/** Words of a works' stage; exact words are looked up in sets, not matched (figures ask them of every value). */
const WORKS_VERB_WORDS = ['新开工', '开工建设', '开复工', '复工', '开工', '建成通车', '建成投产', '竣工投产', '建成', '竣工', '续建', '新建', '签约', '落地', '投产'];
const WORKS_VERBS = `(?:${WORKS_VERB_WORDS.join('|')})`;
const WORKS_VERB = new RegExp(`^${WORKS_VERBS}`);
const WORKS_VERB_IN = new RegExp(WORKS_VERBS);
/** A verb building what a count before its noun counts (`改扩建两所村级幼儿园`): the count is the target, not a description. */
const WORKS_VERB_END = /(?:新建|改扩建|扩建|改建|建设|建成|新增|开工|新开工|完成)$/;
/** How far or when before a works verb: `基本建成`, `年内开工`. */
const STAGE_ADVERBS = /^(?:基本|全面|全部|力争|确保|全年|年内|今年)+/;
/** An indicator naming works, with or without its stage verb. */
const WORKS_OF = new RegExp(`(?:项目|工程)${WORKS_VERBS}?$`);
const INVESTMENT_BEFORE = /(?:总投资|投资)约?$/;
/** A measure a count of works may own, maybe bounded, before its value: `总投资超2万亿元`, `总里程约604公里` (see COUNT_THEN_MEASURE). */
const MEASURE_OF_WORKS_BEFORE = /(?:投资|里程)(?:超过?|逾|约|近|达)?$/;
/** An investment that names nothing (`投资`, `全年计划投资`), and the words before 投资 it may keep (`计划`). */
const BARE_INVESTMENT = /^(?:全年|今年|年内)?(?:计划|完成)?(?:总)?投资$/;
const BARE_INVESTMENT_WORDS = /^(?:全年|今年|年内)/;
/** Investment said as a plan or a result (`计划投资`, `完成投资`), not a work's own. */
const SAID_INVESTMENT = /计划|(?:完成|全年|年内|今年)投资约?$/;

/** Whether the words before 投资 name nothing it is the investment of, nor say it is planned or done. */
function namesNoInvestment(before: string): boolean {
  return !SAID_INVESTMENT.test(before) && cleanIndicator(before.replace(INVESTMENT_BEFORE, '')).length < 2;
}
/** A clause building works it counts: `新建、改建农村公路300公里`, `建设A水库等水利项目30个`. */
const WORKS_AHEAD = /^(?:新建|改建|扩建|建设|实施|完成|推进|开工|新开工|安排)[^，。；,;]*\d/;
/** Works counted: `重点项目共有208个`, `31个项目`, `重点项目253项`. */
const WORKS_COUNTED = /(?:项目|工程)(?:共有|共计|共|有)?\d+[个项]|\d+[个项][^，。；]{0,16}?(?:项目|工程)/;
/** The year's planned investment: `年度计划投资`, `当年计划完成投资`, `年度投资`. */
const YEAR_PLANNED = /(?:(?:年度|当年|今年|全年)计划(?:完成)?|年度)投资约?$/;
/** The total investment of works counted: `集中开工重点项目总投资` → `集中开工重点项目`. */
const WORKS_TOTAL = new RegExp(`^(.+?(?:项目|工程)${WORKS_VERBS}?)总投资$`);
/** A measure right after a count of works, which it belongs to: `项目16个，完成投资…`, `43个…项目，年内完成投资…`, `…，今年计划完成投资…`; `年度`, `全年` and `累计` name the measure. */
const COUNT_THEN_MEASURE = /^(项目|工程)?[，、,]?\s*(?:年内|今年|当年|\d{4}年(?!度)|(\d{4}年度|年度|全年|累计))?(完成|计划(?:安排|完成)?|安排|(?:计划)?总)?(?:投资|里程)(?:超过?|逾|约|近|达)?$/;
/** The works measured by the year's (`…年度投资`, `…全年计划投资`), planned whenever they started. */
const YEARS_MEASURE = /(?:年度|全年)(?:计划)?$/;
/** Projects of a kind: `产业项目`, `工业项目`. */
const KIND_OF_WORKS = /^[\u4e00-\u9fff]{1,4}项目$/;
/** The class and verb of works counted by their size (`引进5000万元以上项目60个`, `新引进落地总投资超10亿元项目50个`), before their noun (or a kind's, `…产业项目`). */
const SIZED_WORKS = /(?:新引进|引进|招引|新签约|签约|新开工|开工|新建|落地|落户)*(?:(?:总投资)?(?:超过|超)\d+(?:\.\d+)?(?:万|亿)(?:美)?元(?:或\d+(?:\.\d+)?(?:万|亿)美元)?|(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:万|亿)(?:美)?元(?:[（(][^（）()]{1,12}[）)])?(?:及)?以上)(?=(?:[\u4e00-\u9fff]{1,4})?项目$|工程$)/;
/** A forecast: `预计`, `据统计预测`. */
const FORECAST_WORD = '(?:预计|预测)';
const FORECAST = new RegExp(FORECAST_WORD);
/** Words stating the year's targets (before a 预计). */
const TARGETS_STATED = /(?:预期|主要|发展)[\u4e00-\u9fff]{0,6}?目标(?:任务)?(?:建议)?(?:是|为)|目标任务(?:建议)?(?:是|为)|目标(?:任务)?(?:[：:]|——?)|(?:重点|主要)任务(?:分别)?(?:是|为)[：:]|《[^《》]{0,40}?(?:规划|纲要)》[^，。；！？]{0,12}?(?:明确|提出|表述)/;
/** A measure named between a count and a value describing what is counted: `总装机`, `总投资`, `日处理`. */
const MEASURE_WORD = /^(?:总|年|日)?(?:投资|装机|装机容量|容量|产能|面积|建筑面积|规模|处理|处理能力|产|库容|里程|长度)$/;
/** The words between a value and its stretch: `、力争`, `，力争达到`. */
const STRETCH = /^[、，,]力争(?:达到|实现)?$/;
/** How much of the clause after a figure its tests read (the longest, STRUCTURAL_AFTER, needs 7). */
const REST_HEAD = 16;
/** The old value of a change (`由30万元提高到50万元`) and a difference to last year. */
const DIFFERENCE_BEFORE = /(?:比|较)(?:去年|上年|上一年)(?:增加|多|减少|少)$/;
/** By how much a target is beaten (`超市目标100亿元`, `超额完成12.3%`): a difference, no target. */
const OVER_TARGET_BEFORE = /超过?(?:[省市县区]|年度|全年)?目标$|超额(?:完成)?$/;
/** A base compared against (`与去年131项相比`, `比2014年的573项增加了119项`, `与去年1.53亿同比增长1.311亿元`), and the difference after it: no targets. */
const BASE = '(?:与|比|较)(?:去年|上年|上一年|\\d{4}年)(?:的|同期)?';
const BASE_BEFORE = new RegExp(`${BASE}$`);
const BASE_AFTER = /^(?:相比|相较|同比|增加|增长|多|减少|下降|少)/;
const DIFFERENCE_FROM_BASE = new RegExp(`${BASE}[\\d.]+[\\u4e00-\\u9fff]{0,3}?(?:相比|相较|同比)?(?:增加|增长|多|减少|下降|少)了?$`);
/** How far before a value a base is read (the joiner `与` is no part of `before`). */
const BASE_READ = 24;

/** Whether the value `t` of `clause` (`rest` after it) is a base compared against or the difference from one. */
function comparedToBase(clause: string, t: Token, rest: string): boolean {
  const read = clause.slice(Math.max(0, t.index - BASE_READ), t.index);
  // Most values have no 与, 比 or 较 before them: the patterns are tried only where one is.
  if (!read.includes('比') && !read.includes('与') && !read.includes('较')) return false;
  // `与去年的政府工作报告提出的全省生产总值增长9%相比`: whatever the base is, 与 … 相比 encloses it.
  return (BASE_AFTER.test(rest) && BASE_BEFORE.test(read)) || DIFFERENCE_FROM_BASE.test(read) || (COMPARED_AFTER.test(rest) && read.includes('与'));
}
const COMPARED_AFTER = /^(?:相比|相较)/;
/** Limits and thresholds: `18亿亩耕地红线`, `100万元至300万元部分`. */
const LIMIT_AFTER = /(?:红线|底线|上限|下限|门槛|标准线)$/;
const THRESHOLD = /^(?:部分|至|到)/;
/** The noun a threshold qualifies, up to the next value: `的经济强村`, `企业` (not `的有`, `的情况下`). */
const QUALIFIED_NOUN = /^的?(?!的|情况|前提|基础|背景)[\u4e00-\u9fff]{2,12}$/;
/** After a value over a threshold, what it qualifies: `的龙头企业`, `、税收超1000万元的…` (not `的目标`, `的任务`). */
const THRESHOLD_OF = /^(?:、[^，。；、]{1,8}(?:过|超)[^，。；]{1,10})?的(?!目标|任务|水平|规模|总量)[\u4e00-\u9fff]|^或\d+(?:\.\d+)?(?:万|亿)?美元[\u4e00-\u9fff]/;
/** The measure a bound value is of, ending the clause: `完成超过5000亿元综合交通投资` states a target, not a size class. */
const MEASURE_ENDS_CLAUSE = /^[\u4e00-\u9fff]{0,8}(?:投资|产值|收入|营收|销售额|营业额|总额)$/;
/** A count before a measure over a threshold: `40个预增产值过`. */
const COUNTED_BEFORE_THRESHOLD = /[\d两二三四五六七八九十]个[\u4e00-\u9fff]{1,8}(?:过|超)$/;
/** Words after a value that do not start what it measures. */
const NOT_A_NOUN = /^(?:新台阶|大台阶|大关|的|和|、|或|及|等|以|左|上|下|多|余|增|提(?![档质标]|升型)|达|是|为|分|均|其|比|同|较|并|安排|用于|支持|投入|开展|进行|覆盖|受益|入驻|以上|左右|，|建成|投产|投用|竣工|完工|开工|通车|运营|试运)/;
/** Words ending a clause that reports on a work, longest first (the leftmost one ending it). */
const WORK_STATUS_WORDS = ['投入使用', '开工建设', '运营', '完工', '竣工', '投用', '投产', '通车', '开工', '建成'];
/** Scope words and verbs do not qualify the noun after a value. */
const NOT_A_QUALIFIER = /^(?:全省|全市|全县|全区|全国|全镇)$|完成|实现|推进|加快|实施|确保|力争|要|就是|今年|全年|年内|(?<![应针相])对$/;
/** A verb with nothing measured: the object is in the clause before (`发行…国债，先发行1万亿元`). */
const BARE_VERB = /^(?:先|再|共|又|另)?(?:发行|安排|下达|拨付|争取|发放|投入|筹集|募集|落实)$|^(?:合计|共计|总计)$/;
/** A clause saying where news comes from: `记者从…获悉`, `笔者从…了解到`. */
const SOURCE_CLAUSE = /(?:获悉|了解到|得知)$/;
const BARE_VERB_START = /^(?:继续|今年|全年)?(?:发行|安排|下达|拨付|争取|发放|投入|筹集|募集|落实)/;
/** `A、B分别为`, `均达到`: the values go to the subjects listed before (not `平均为`, `人均提高`, `年均增长`). */
const SPREAD = '(?:分别|(?<![平人年])均|各)(?:要|将)?';
const SPREAD_VERB = '(?:为|是|达到|完成|实现|增长|下降|提高|达|稳定在|保持在|控制在)';
/** 都 spreads a value only with a verb: bare before it, it ends a place's name (`梧州至信都7个高速公路项目`). */
const DISTRIBUTE = new RegExp(`(?:${SPREAD}按?${SPREAD_VERB}?|都(?:要|将)?${SPREAD_VERB})$`);
/**
 * The same with a change to a level (`A率、B率分别提高到88%、83.6%`), only right after the subjects it spreads over: after old values
 * (`从A元和B元分别提高到`) the values go on with the subjects of those.
 */
const DISTRIBUTE_TO = new RegExp(`(?:${SPREAD}|都)(?:(?:提高|提升|增加|下降|降低)(?:到|至)|降至)$`);

/** The words before a value that spread it over subjects (DISTRIBUTE, DISTRIBUTE_TO), if any. */
function distributedBy(before: string): RegExpExecArray | null {
  const spread = DISTRIBUTE.exec(before);
  if (spread) return spread;
  const to = DISTRIBUTE_TO.exec(before);
  return to && to.index > 0 ? to : null;
}

/** Joiners of listed subjects; not the 及 of 普及, 涉及 or 及时. */
const LIST_SPLIT = /、|和|(?<![普涉])及(?!时)|与|以及/;
const VOLTAGE = new Set(['伏', '千伏', 'kV']);
/** Words before a count that name nothing it counts: a list's separator, or a bare verb of achieving. */
const LIST_END = /[、，和及]$/;
/** When, before a bare verb: `2024年完成`, `年内实现`. */
const TIME_WORDS = /^(?:\d{4}年(?:底前?)?|全年|今年|年内|年底前|当年)+/;
const BARE_TARGET_VERB = /^(?:实现|完成|确保|力争|帮助|推动)?$/;
/** An action that names no works of its own: `开工建设`, `完成治理`, `重点养护`. */
const BARE_ACTION = new RegExp(`^(?:重点|完成)?(?:${WORKS_VERBS}|治理|整治|养护|改造|修缮|铺设|硬化|绿化)$`);
/** The kind word closing a named topic of works: `棚户区改造项目` → `棚户区改造`, `农村公路建设项目` → `农村公路`. */
const WORKS_KIND_END = /(?:建设)?(?:项目|工程)$/;
/** A measure that names no subject of its own. */
const BARE_MEASURE = new Set(['产量', '投资', '总投资', '投入', '安排', '产值', '规模', '产能', '装机', '增加值', '收入', '总量', '受益人口', '里程', '总里程', '长度', '治理长度']);
/** The bare word for works. */
const WORKS_WORDS = new Set(['项目', '工程']);
/**
 * What the clause after money spent names as the work it is spent on: `计划投入1000万元，完善园区绿化、亮化` → `园区绿化、亮化`,
 * maybe past a count (`实施113个城建项目建设`, group 1 then undefined).
 */
const SPENT_ON = /^(?:完善|完成|实施|建设|推进|开展|新建|改造|提升)(?:([\u4e00-\u9fff、“”]{2,16})|\d+[个项处条]([\u4e00-\u9fff、“”]{2,16}))$/;
/** Whose works a count names before them (`5个村的饮水安全工程`): the places counted, not the works. */
const COUNTED_OF = /^[^的]{1,4}的/;
const SPENT = /^(?:总)?(?:投资|投入)$/;
/**
 * A measure named before a change to its new value: `医疗救助范围扩大至9类群体` measures 医疗救助范围 (but
 * `对外贸易扩大至228个国家和地区` counts the countries).
 */
const MEASURE_CHANGED_TO = /(?:范围|标准|比例|额度|上限|期限)(?:扩大|提高|提升|增加|降低|减少|调整|放宽)(?:到|至)$/;
/**
 * A sentence that profiles one work: where it is (`人民医院二期项目位于公园路…，建筑规模约8.8万平方米，床位数878张`), how big the
 * building named first is (`甲市医院新院总建筑面积14.98万平方米，…近期规划床位800张`) or a route runs (`元江至蔓耗高速公路起于元江，…建设里程139.6公里`),
 * what the work just named has (`项目总投资4.2亿`), or how long it is, after its name or under it (`长1660米、宽40米，新占土地158亩计价
 * 351万元`): its sizes and money are no targets.
 */
const WORK_PROFILE = new RegExp(`^[^，。；,;]{0,40}?(?:位于|坐落于|选址于|起于|起点|始于)|^(?:该|本)?项目(?:总投资|投资|总建筑面积|建筑面积|占地)|^[^，。；,;]{2,30}?(?:医院|新院|院区|学校|中心|大楼|馆|项目|工程)(?:总建筑面积|建筑面积)|^[\\s\\u3000]*(?:[^，。；,;]{2,30}?(?:工程|项目)[，,])?${WORK_LENGTH}`);
/** A clause opening a work's profile after it was named: `，该项目总建筑面积…`, `，本工程占地…`. */
const PROFILE_CLAUSE = /[，,](?:该|本)(?:项目|工程)(?:总投资|总建筑面积|建筑面积|占地|用地)/;
/** What a work yields once done, said after these: `（项目）建成后，可实现销售收入18亿元`, `投产达效后年产值达3500万元`. */
const WORK_EFFECT = /(?:建成|投产|达产|达效|运营|投用|完工|落成)后/;
/** A measure named right after a bounded value, which the value is: `50平方公里以上建设用地面积`. */
const MEASURE_NAMED_AFTER = /^[\u4e00-\u9fff]{0,8}(?:面积|规模|总量|产值|收入|投资额)/;
/** A works verb alone before a count: `全年新开工`, `、竣工`. */
const BARE_WORKS_VERB = /^(?:[、，和及]|全年|今年|年内|力争|确保|计划|要|将)*(新开工|开工建设|开工|竣工|建成|签约|投产|续建)$/;
/** Another measure of the works the figure before counts: `完成175个老旧小区改造，改造户数18687户`, `开工建设学校17所,新增班数282个`. */
const MEASURES_OF_WORKS = '户数|人数|套数|栋数|面积|里程|长度|班数|学位|床位|车位';
const MEASURE_OF_PREVIOUS = new RegExp(`^(?:改造|建设|新建|涉及|惠及|新增|提供)(?:${MEASURES_OF_WORKS})$`);
const MEASURE_OF_WORKS_END = new RegExp(`(?:${MEASURES_OF_WORKS})$`);
/** A work a clause is about: `全力建设中俄蒙国际物流园区` → `中俄蒙国际物流园区`, `全面加快东山组团建设` → `东山组团`, `一是开工建设甲乙高速公路`. */
const WORK_TOPIC = /^[\s\u3000]*(?:[一二三四五六七八九十]+是|\d{1,3}[\s\u3000]+)?(?:全力|全面|大力|积极|继续|着力|扎实|重点)*(?:开工建设|新开工|续建|新建|建设|推进|实施|打造|加快|开展)([\u4e00-\u9fff]{2,16}?)(?:建设|步伐|进度|发展)?$/;
/** A work a clause says is to be completed, the next clause measuring it: `完成A防渗工程，治理长度1678米`. */
const WORK_COMPLETED = /^[\s\u3000]*(?:[一二三四五六七八九十]+是)?(?:全面)?完成([\u4e00-\u9fff]{2,16}?(?:工程|项目))$/;
/** Works a clause says go on, named first: `城乡民生基础设施建设9大工程全面有序推进` → `城乡民生基础设施建设9大工程`. */
const WORK_GOING_ON = /^[\s\u3000]*([\u4e00-\u9fff\d]{2,20}?)(?:全面|有序|稳步|加快|扎实|顺利)*(?:推进|实施)$/;
/** A clause that is works described alone, the subject of the next: `参加本次集中开复工活动的项目，当年计划完成投资…`. */
const WORKS_SUBJECT = /^[\s\u3000]*([\u4e00-\u9fff]{2,20}的(?:项目|工程))$/;
/**
 * A clause naming a work and its status, the next clause measuring it: `青洋高架北延（青龙路—沪宁高速公路）年内通车，完成投资3.36亿元`,
 * also in a table's last cell (`路网完善工程 | 青洋高架北延…`).
 */
const WORK_WITH_STATUS = /(?:^|[\s\u3000|｜])(?!抓好|做好|推进|推动|加快|实施|完成|确保|力争|新建|开工|建设|全力|全面|积极|继续|着力)([\u4e00-\u9fff\dA-Z]{2,24}?)(?:[（(][^（）()]{1,24}[）)])?(?:年内|今年|年底前?|全年|力争|确保|基本|全面|建成)*(?:通车|竣工|完工|建成|开工|投用|投产|投入使用|封顶)$/;
const LEAD_SENTENCE = 24;
/** A sentence opening with its topic: `非常规天然气发展方面，`, `具体来说，在建设综合立体交通网方面，`, `在…基础设施工程上，` (not `在此基础上`). */
const TOPIC = /^[\s\u3000]*(?:(?:具体来说|具体而言|同时|此外|另外)[，,])?(?:在([^，。；：,;:]{2,24}?)(?:方面|(?<!基础|前提|意义|程度|层面)上)|([\u4e00-\u9fff]{2,12}?)(?:发展|建设|工作)?方面)[，,]|^[\s\u3000]*(?:推动|推进|加快|促进|支持|发展)([\u4e00-\u9fff]{2,10}?)(?:产业|行业)/;
/** A class opening an indicator: `科技产业类` (`科技产业类安排正式项目`). */
const CLASS_OPENING = /^[\u4e00-\u9fff]{2,8}类/;
/** Works counted by their stage alone: `预备项目`, `新开工项目`. */
const WORKS_OF_STAGE = /^[\u4e00-\u9fff]{1,4}(?:项目|工程)$/;
/** A total said alone: `共`, `合计`. */
const TOTAL_ALONE = /^(?:共|共计|合计|总计)$/;
/** An item's title before its colon (`实施类项目：`), not words introducing what follows (`其中：`, `具体如下：`, `…项目包括：`, `附项目概况：`). */
const ITEM_TITLE = /^[\s\u3000]*(?:\d{1,2}[.．、]|[一二三四五六七八九十]+、)?(?!其中|具体|主要)((?:(?!包括|概况|如下|的)[\u4e00-\u9fff]){2,12})[：:]/;
/** How long a sentence that is a topic alone may be. */
const TOPIC_LONGEST = 30;

/**
 * A sentence that is a topic and nothing else, or a task naming a work (`一是重点推进高速公路建设。`), with a comma after it as TOPIC
 * reads it, else ''.
 */
function topicAlone(sentence: string): string {
  const topic = TOPIC.exec(`${sentence}，`);
  return (topic && topic[0].length === sentence.length + 1) || WORK_TOPIC.test(sentence) ? `${sentence}，` : '';
}
/** Words of the year's plan before a bare measure: `年度计划安排`, `全年计划投资`. */
const PLAN_WORDS = /^(?:(?:年度|全年|今年|年内|当年)计划|计划|年度|当年)/;
/** Works counted by a stage alone (`投产项目`, `新开工项目`): what they are is the sentence's topic. */
const STAGE_WORKS = new RegExp(`^(?:计划)?${WORKS_VERBS}?(?:项目|工程)$`);

/** A value found in the text. Every token has every field (one object shape for the code that reads them). */
interface Token {
  index: number;
  end: number;
  value: string;
  scale: string;
  unit: string;
  comparator: string | undefined;
}

/** A value ending at `end`, with the bound written right after it (`以上`) unless `more` (`余`, `多`) already is one. */
function valueToken(text: string, index: number, end: number, value: string, scale: string, unit: string, more = ''): Token {
  const after = more ? undefined : boundAt(text, end);
  const comparator = more || after?.replace(/^及/, '');
  return { index, end: end + (after?.length ?? 0), value, scale, unit, comparator: comparator || undefined };
}

/** Units that open a word with the character after them: `人口`, `群众`, `群体`, `群落`, `台阶`, `台账`. */
const UNIT_OPENS_WORD: Readonly<Record<string, string>> = { 人: '口', 群: '众体落岛组', 台: '阶账' };

/**
 * The unit written at `at`, read with what follows it: `9万人口` counts 人口, as `1000万农村贫困人口` does, so its 人 is no
 * unit; `2万人年均增长` is 人 before 年均, not 人年.
 */
function unitIn(text: string, at: number): string {
  const unit = unitAt(text, at);
  const next = text[at + unit.length];
  if (next !== undefined && UNIT_OPENS_WORD[unit]?.includes(next)) return '';
  return unit === '人年' && text[at + 2] === '均' ? '人' : unit;
}

/** Words before a number of years that make it a span of time: `未来5年`, `今后3年`, `近5年`, `全力冲刺3年`. */
const YEARS_SPAN_BEFORE = /(?:未来|今后|近|过去|冲刺|奋战|苦干|[拟将]于|用)$/;
/** What follows a news item's day opening a sentence or following a byline (`（记者甲）12日，`, `讯记者 李丹4日,`): `5日，`, `27日上午，`. */
const DAY_NEWS_AFTER = /^(?:[，,]|上午|下午|晚上|晚|早上)/;
/** A byline or dateline right before a news item's day: `讯记者 李丹`, `（记者甲）`, `大众网1月24日讯 `, `1月15日电 (记者 乙 丙)`. */
const BYLINE_BEFORE = /(?:[讯电）)]|(?:记者|通讯员)[\s\u3000]*[\u4e00-\u9fff]{2,4})[\s\u3000]*$/;

/** A day and a range mark before a day: `24日至`. */
const DAY_SPAN_BEFORE = /\d日[至到—–-]$/;

/** 亿 counted as a measure word counts; not a class of works counted: `3个亿元项目`, `2个亿级产业`. */
const COUNTED_YI = /^个(多)?亿(?![元级])/;

/** People named after a scale, maybe after a word or two saying which: `农村人口`, `人口`, `群众`. */
const PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:人口|群众|居民|农民|市民|村民)/;
/** How far after a scale PEOPLE_AFTER reads. */
const PEOPLE_READ = 8;

/** The values of a paragraph's text, in order (none spans a sentence or clause break). */
function tokensIn(text: string): Token[] {
  const tokens: Token[] = [];
  DIGIT_VALUE.lastIndex = 0;
  for (let m = DIGIT_VALUE.exec(text); m; m = DIGIT_VALUE.exec(text)) {
    const [counted, low, high, countedScale = '', countedMore = ''] = m;
    // Hundreds of millions counted as a measure word counts (`突破30个亿`, `10个多亿`) are 亿.
    const yi = !countedScale && text[m.index + counted.length] === '个' ? COUNTED_YI.exec(text.slice(m.index + counted.length, m.index + counted.length + 3)) : null;
    const written = yi ? counted + yi[0] : counted;
    const scale = yi ? '亿' : countedScale;
    const more = yi?.[1] ?? countedMore;
    const unitStart = m.index + written.length;
    const unit = unitIn(text, unitStart);
    DIGIT_VALUE.lastIndex += (yi?.[0].length ?? 0) + unit.length;
    const whole = written + unit;
    if (!scale && !unit) continue;
    // Spaces between are no words (`12 月 25 日`, as text from PDFs has them).
    const previousChar = charBefore(text, m.index);
    if (previousChar !== undefined && NOT_AFTER.has(previousChar.charCodeAt(0))) continue;
    // An item number opening the paragraph: `2 对完成清洁取暖改造的农户进行补助`.
    if (m.index === 0 && ITEM_NUMBER.test(text)) continue;
    // A version, not a volume: `3.0方案`.
    if (unit === '方' && NOT_VOLUME_AFTER.test(text.charAt(m.index + whole.length))) continue;
    // Years and dates are not figures: 2026年, 12月30日, a news item's day opening a sentence (`5日，记者…`).
    if (unit === '年' && !scale && /^(?:1[89]|20)\d\d$/.test(low!)) continue;
    // The last day of a span of days: `4月24日至26日`.
    if (unit === '日' && !scale && !high && DAY_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (unit === '日' && !scale && !high && (m.index === 0 || SENTENCE_ENDS.has(text.charCodeAt(m.index - 1)) || BYLINE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) && DAY_NEWS_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 2))) continue;
    const value = high ? `${low}-${high}` : low!;
    // A rate over a scaled base the unit table lacks: `0.6人/百亿元`.
    const per = unit && text[m.index + whole.length] === '/' ? (PER_UNIT.exec(text.slice(m.index + whole.length))?.[0] ?? '') : '';
    // A scale before people named (`300万农村人口`, `9万人口`, `46万群众`) counts people: their noun stays after the value. A
    // vague one (`13亿多人口的发展中大国`) describes them.
    const people = !unit && !more && PEOPLE_AFTER.test(text.slice(unitStart, unitStart + PEOPLE_READ)) ? '人' : '';
    pushValue(tokens, text, valueToken(text, m.index, m.index + whole.length + per.length, value, scale, (unit === '％' ? '%' : unit || people) + per, more));
  }
  for (const m of matchesNotAfter(CHINESE_FIGURE, text, NOT_BEFORE_CHINESE)) {
    tokens.push({ index: m.index, end: m.index + m[0].length, value: m[1]!, scale: '', unit: m[2]!, comparator: undefined });
  }
  for (const m of text.includes('百分之') ? matches(CHINESE_PERCENT, text) : []) {
    tokens.push(valueToken(text, m.index, m.index + m[0].length, m[1]!, '', '%'));
  }
  // The unit alternation is long: scan for a scale word alone only where one is.
  for (const m of HAS_ROUND_SCALE.test(text) ? matches(SCALE_FIGURE, text) : []) {
    pushValue(tokens, text, valueToken(text, m.index, m.index + m[0].length, m[1]!, '', m[2]!));
  }
  return withSpelledRanges(text, withAlternatives(text, tokens.sort((a, b) => a.index - b.index)));
}

const RANGE_JOINER = new RegExp(`^${RANGE_MARK}$`);
/** Words opening an old value: `从2个到3个` is a change, not a range. */
const FROM_BEFORE = /[从由]$/;

/** A range written with its unit twice (`2个至3个社区公园`, `5万人～8万人`) is one value, as `2-3个` is. */
function withSpelledRanges(text: string, tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const low = tokens[i]!;
    const high = tokens[i + 1]!;
    if (low.comparator !== undefined || low.value.includes('-') || high.value.includes('-')) continue;
    if (low.unit !== high.unit || low.scale !== high.scale || !RANGE_JOINER.test(text.slice(low.end, high.index))) continue;
    if (FROM_BEFORE.test(text.slice(Math.max(0, low.index - 1), low.index))) continue;
    tokens.splice(i + 1, 1);
    low.value = `${low.value}-${high.value}`;
    low.end = high.end;
    low.comparator = high.comparator;
  }
  return tokens;
}

/**
 * A value given again in other units in parentheses right after it (`5亿元(3000万美元)以上`, `100亩（6.67公顷）`) is one
 * value: the one in parentheses goes, and the first runs to the closing mark and takes the bound after it.
 */
function withAlternatives(text: string, tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const alternative = tokens[i + 1]!;
    if (!OPENING_PARENTHESIS.has(text[t.end] ?? '') || alternative.index !== t.end + 1 || !CLOSING_PARENTHESIS.has(text[alternative.end] ?? '')) continue;
    tokens.splice(i + 1, 1);
    const after = t.comparator === undefined ? boundAt(text, alternative.end + 1) : undefined;
    t.end = alternative.end + 1 + (after?.length ?? 0);
    if (after) t.comparator = after.replace(/^及/, '');
  }
  return tokens;
}
const OPENING_PARENTHESIS = new Set(['(', '（']);
const CLOSING_PARENTHESIS = new Set([')', '）']);

/** Adds a value unless it is a class or format inside a name, no quantity: `100万千瓦级核电机组`, `百万吨级`, `3人制篮球场`. */
function pushValue(tokens: Token[], text: string, token: Token): void {
  const after = text[token.end];
  if (after === '级' || (after === '制' && FORMAT_UNITS.has(token.unit))) return;
  tokens.push(token);
}

/** The longest quote read as a slogan, open to close. */
const SHORT_QUOTE = 24;

/**
 * Open quote before the figure closed shortly after it: a slogan such as `“三个80%”`. Looks only
 * within SHORT_QUOTE of the figure, so a long sentence with many figures stays linear.
 */
function inShortQuote(sentence: string, at: number, end: number): boolean {
  const from = Math.max(0, end - SHORT_QUOTE);
  const found = sentence.slice(from, at + 1).lastIndexOf('“');
  if (found === -1) return false;
  const open = from + found;
  if (sentence.slice(open, at + 1).includes('”')) return false;
  return sentence.slice(end, open + SHORT_QUOTE + 1).includes('”');
}

const LIST_THEN_VERB = /(?:新建|建成|建设|改造|打造|实施|完成|开工|培育|创建|新增|设立|增设)$/;

/**
 * The works verb opening a list of works counted after it (`计划新开工A至B、C至D2个高速公路项目`, `争取开工建设A、B2条高等级公路`): the
 * count is the plan's, by that verb; a list put to other use (`启用A、B2个智慧应用`) is only counted.
 */
function worksListedBy(before: string): string | undefined {
  const first = before.indexOf('、');
  return first === -1 ? undefined : WORKS_VERB_IN.exec(before.slice(0, first))?.[0];
}

function countsListed(before: string, value: string): boolean {
  // Only what follows a quoted slogan is listed: `“省市共建、一室一策”支持A、B、C3个省实验室`.
  const listed = before.slice(before.lastIndexOf('”') + 1);
  // Places listed before what is done in them count nothing: `在火车站、明珠路、滨河市场新建3座人行天桥`.
  if (!listed.includes('、') || /[等、]$/.test(listed) || LIST_THEN_VERB.test(listed)) return false;
  return Number(value) === listed.split('、').length;
}

/**
 * Whether a position is inside parentheses, asked at increasing positions of one sentence: the
 * last open and close marks are carried forward instead of searched back from every figure.
 */
function parenthesesScanner(sentence: string): (at: number) => boolean {
  let scanned = 0;
  let open = -1;
  let close = -1;
  return (at) => {
    for (; scanned <= at && scanned < sentence.length; scanned++) {
      const c = sentence[scanned];
      if (c === '（' || c === '(') open = scanned;
      else if (c === '）' || c === ')') close = scanned;
    }
    return open !== -1 && close < open;
  };
}

/** A 等 within a word (`高等级公路`, `平等`), not ending a list. */
const DENG_IN_WORD = new RegExp(`(?<=${WORD_BEFORE_DENG})等|等(?=级)`, 'y');
const inWord = (text: string, at: number) => {
  DENG_IN_WORD.lastIndex = at;
  return DENG_IN_WORD.test(text);
};

/** Text up to the first `、`, `，` or list-ending `等` outside parentheses (`县（市、区）` stays whole). */
function firstItem(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (c === '、' || c === '，' || (c === '等' && !inWord(text, i)))) return text.slice(0, i);
  }
  return text;
}


/** Those counted, 的 and the work done on each to the clause's end: `小区的二次供水综合设施改造工程`. */
const WORK_ON_COUNTED = /^([^的、，]{2,8})的((?:(?!实施|进行|开展|项目|工程)[^了的等、，。；]){0,12}?(?:改造|建设|整治|治理|提升|更新|修缮|维修))(?:工程|项目|任务|工作)?$/;

/** The name right after a value; a count counts the noun before a 的 (`17个棚改区域的道路、供水等配套设施`: 17 areas). */
function followingName(afterText: string): string {
  // Classes listed before the noun they share (`10个企业级、行业级工业互联网平台`, `2所省、市级示范性幼儿园`, `150个省、市重点项目`): the
  // list and its noun.
  const classes = CLASSES_LISTED.exec(afterText);
  if (classes) return cleanTrailingIndicator(classes[0]);
  // Descriptions listed before 的 (`40个吸引力强、带动面广的消费场景`): the noun after them.
  const described = DESCRIBED_NOUN.exec(afterText);
  if (described) return cleanTrailingIndicator(described[1]!);
  // What the counted have, or where they are, before 的 (`5个具有示范作用的产业园`, `3个年产值超亿元的企业`, `80条老百姓身边的微循环路`): the noun after it.
  const having = HAVING_OF.exec(afterText);
  // Qualities listed before the noun go too (`稀缺性、标志性重大科技基础设施`).
  if (having) afterText = having[1]!.replace(/^(?:[\u4e00-\u9fff]{1,4}性、)+[\u4e00-\u9fff]{1,4}性(?=[\u4e00-\u9fff]{2})/, '');
  // What is done to each of those counted, after 的 (`190个小区的二次供水综合设施改造工程`): the work names them.
  const worked = WORK_ON_COUNTED.exec(afterText);
  if (worked) return worked[1]! + worked[2]!;
  // `120个重点项目年内要完成投资…`: the name ends before the time of what is said of it, and before the members counted.
  return cleanTrailingIndicator(firstItem(afterText.replace(/^[、，]/, '')).replace(MEMBERS_AFTER, '').replace(/[和及与]+$/, '').replace(/^([^的]{2,})的.*$/, '$1').replace(/^(.{2,}?)(?:年内|全年|当年|年底前).*$/, '$1'));
}

/** The investment said of works counted, before its amount (`268个重大项目年度计划投资1390亿元`): no part of what is counted. */
const INVESTMENT_OF_COUNTED = /^(.{2,}?)(?:年度)?(?:计划|完成)?(?:总)?投资额?$/;

/** The name after a value; a count's ends before the investment whose amount comes next. */
function nameAfterValue({ afterText, entry, nextToken }: ValueSite): string {
  const name = followingName(afterText);
  return entry?.dimension === 'count' && nextToken ? name.replace(INVESTMENT_OF_COUNTED, '$1') : name;
}

/** The members of what a count counts, named in brackets after its noun: `(紫金港单元R21-01地块配套小学)`. */
const MEMBERS_AFTER = /(?<=[\u4e00-\u9fff]{2})[（(][^（）()]{4,}[）)]$/;
const CLASSES_LISTED = /^(?:(?:[\u4e00-\u9fff]{1,4}[级型]|[国省市县区])、)+(?:[\u4e00-\u9fff]{1,4}[级型]|[国省市县区](?=重点|重大))[\u4e00-\u9fff]{2,12}/;
const HAVING_OF = /^(?:(?:具有|具备|拥有|富有|符合|满足|年产值|年营收|年销售收入|年销售额|年产|总投资|产值|营收)[^，。；的]{1,14}|[^，。；的]{1,8}(?:身边|周边|周围|沿线|沿岸|境内|辖区内?))的([^，。；]{2,})$/;
const DESCRIBED_NOUN = /^[^，。；的、]{2,12}(?:、[^，。；的、]{2,12})+的([\u4e00-\u9fff]{2,12})$/;

const fits = (name: string) => name.length >= 2 && name.length <= 20;

/**
 * A count opened by 为 (`为1万名…`, `为全县不少于5万名…`), or a count of people by 对 (`对480户…家庭进行…改造`): those served, not a
 * subject measured; not `比重为5%`, nor places worked on (`对14个景区景点的环境实施…`).
 */
const SERVED_BEFORE = /^(?:全年|今年|年内|力争|确保|要|将|再|计划)*(为|对)(?:全省|全市|全县|全区|全州|全旗)?(?:不少于|不低于|超过|约|近)?$/;

/** Whether the words before a value open those served (SERVED_BEFORE): any count after 为, people after 对. */
function servedBy(before: string, entry: UnitEntry | undefined): boolean {
  const opening = SERVED_BEFORE.exec(before.slice(before.lastIndexOf('、') + 1));
  return opening !== null && (opening[1] === '为' || entry?.dimension === 'people');
}

/** What is done for those served. */
const SERVICE_VERB = /提供|开展|进行|免费|安装|配备|发放|实施|建设|引入|解决|追回|办理|配置|更换|筛查|体检/;
/** How long a phrase of those served and their service may be before only the service names it. */
const SERVED_LONGEST = 30;

/**
 * Those a count serves and what they get, to the first value that measures the service or the clause's end:
 * `为1万名困境、留守儿童提供心理健康评估干预`, `为100所海拔1500米以上农村中小学幼儿园建设供暖设施`; a phrase too long
 * keeps the service (`免费提供抗精神病药物`). Undefined when nothing is done for them.
 */
function servedPhrase(clause: string, from: number, tokens: readonly Token[]): string | undefined {
  // `为A…筛查、为B…筛查`: the next 为 serves others.
  const next = clause.indexOf('、为', from);
  const remainder = clause.slice(from, next === -1 ? undefined : next);
  const verb = SERVICE_VERB.exec(remainder);
  if (!verb) return undefined;
  const measured = tokens.find((t) => t.index > from + verb.index && t.index < from + remainder.length);
  const phrase = clause.slice(from, measured ? measured.index : from + remainder.length).replace(/^的/, '');
  if (phrase.length <= SERVED_LONGEST) return phrase;
  const service = remainder.slice(verb.index, measured ? measured.index - from : undefined);
  return fits(service) ? service : undefined;
}
/** Works listed before 等 and the projects they are: `帕古水库、堆曲灌区工程等水利项目` → `水利项目`, `建成东部过境高速等道路` → `建成道路`. */
const LISTED_KIND = /^[^，。；]{2,}(?<![平同对相均高初甲乙中])等([\u4e00-\u9fff]{0,6}(?:项目|工程|道路|公路|学校|医院))$/;

/** A long indicator keeps what follows its last 等 or verb: `为残疾人适配…等科技辅具服务` → `科技辅具服务`. */
function shorten(indicator: string): string {
  // `建设A水库、B灌区工程等水利项目`: the projects counted, not the works named.
  const listed = indicator.includes('等') ? LISTED_KIND.exec(indicator) : null;
  // The verb opening the list stays (`签约A等亿元以上项目` counts 签约亿元以上项目).
  if (listed) return (WORKS_VERB.exec(indicator)?.[0] ?? '') + listed[1]!;
  if (indicator.length <= 16) return indicator;
  const cut = Math.max(indicator.lastIndexOf('等'), ...['开展', '实施', '提供', '建设', '推进', '完成'].map((v) => {
    const i = indicator.lastIndexOf(v);
    return i === -1 ? -1 : i + v.length - 1;
  }));
  const tail = indicator.slice(cut + 1);
  // A bare category after 等 names nothing without its list (`惠民演出、文化下乡…等活动` stays whole), nor does a bare measure
  // without what it measures (`城乡民生基础设施建设9大工程完成投资`).
  return cut !== -1 && tail.length >= 2 && !BARE_CATEGORY.test(tail) && !BARE_MEASURE.has(tail) ? tail : indicator;
}
const BARE_CATEGORY = /^(?:活动|工作|项目|工程|行动|任务|事项)$/;

function kindOf(period: Period | undefined): FigureKind {
  return period === 'plan' ? 'goal' : period === 'review' ? 'achievement' : 'other';
}
/** The period a figure of `kind` was counted in: a goal's is the plan, an achievement's the review. */
function periodOfKind(kind: FigureKind | undefined): Period | undefined {
  return kind === 'goal' ? 'plan' : kind === 'achievement' ? 'review' : undefined;
}

interface Draft extends Omit<Figure, 'range' | 'valueRange' | 'text' | 'section'> {
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/** The tokens from index `from` on that start before `end`, moved to offsets from `start` (a sentence's or a clause's). */
function takeTokens(tokens: readonly Token[], from: number, start: number, end: number): Token[] {
  let next = from;
  while (next < tokens.length && tokens[next]!.index < end) next++;
  const taken = tokens.slice(from, next);
  for (const t of taken) {
    t.index -= start;
    t.end -= start;
  }
  return taken;
}

/** What every value of a clause reads of it, found once per clause (offsets in the sentence). */
interface ClauseView {
  clause: string;
  clauseStart: number;
  clauseEnd: number;
  /** The clause's tokens, at offsets from its start. */
  tokens: readonly Token[];
  /** Where 力争 stands, or -1. */
  aimAt: number;
  /** Where a work's status ends the clause, or -1. */
  workStatusAt: number;
  /** The clause's last 等, or -1. */
  lastDeng: number;
  /** Where the clause's first standard per head (PER_HEAD) ends, or Infinity. */
  perHeadEnd: number;
  /** Where the clause's opening verb of works under way (UNDER_WAY_OPENING) ends, or -1. */
  underWayOpening: number;
  /** The clause's first LIST_RUN_END, or Infinity. */
  listRunEnd: number;
  /** Whether the clause of a plan reports what is done so far (`1-5月实际完成…`, `已完成投资…`): results, not targets. */
  reportsDone: boolean;
  /** Where differences to last year spread over the values after it start (`分别比去年增加81个、697亿元`), or Infinity. */
  differencesFrom: number;
}

/** The clause of `sentence` from `clauseStart` to `clauseEnd`, with its `tokens`, in a sentence that plans or not. */
function clauseView(sentence: string, clauseStart: number, clauseEnd: number, tokens: readonly Token[], plan: boolean): ClauseView {
  const clause = sentence.slice(clauseStart, clauseEnd);
  // `rest` (the clause after a figure) is read at its start, its end and for a 等: the last two once per clause.
  const status = WORK_STATUS_WORDS.find((w) => clause.endsWith(w));
  // Every alternative of PER_HEAD is two characters long: the leftmost match ends first.
  const perHead = clause.includes('每') || clause.includes('生均') ? PER_HEAD.exec(clause) : null;
  const listStop = LIST_RUN_END.indexIn(clause);
  const differences = clause.includes('分别') ? SPREAD_DIFFERENCE.exec(clause) : null;
  return {
    clause,
    clauseStart,
    clauseEnd,
    tokens,
    aimAt: clause.indexOf('力争'),
    workStatusAt: status ? clause.length - status.length : -1,
    lastDeng: clause.lastIndexOf('等'),
    perHeadEnd: perHead ? perHead.index + perHead[0].length : Infinity,
    underWayOpening: UNDER_WAY_OPENING.exec(clause)?.[0].length ?? -1,
    listRunEnd: listStop === -1 ? Infinity : listStop,
    // `共完成投资1235.23亿元，占年计划104.2%`: an amount the next clause measures against the plan is done so far.
    reportsDone: plan && ((DONE_SO_FAR.test(clause) && !AIMS.test(clause)) || shareOfPlanAt(sentence, clauseEnd) || OPENS_YEAR_BEHIND.test(clause)),
    differencesFrom: differences ? differences.index + differences[0].length : Infinity,
  };
}

/** A clause opening on the year behind: `去年全省地区生产总值48810亿元`, in a sentence going on to this year's target. */
const OPENS_YEAR_BEHIND = /^[\s\u3000]*(?:去年|上年)(?!同期)/;

/** Differences to last year spread over the values after them: `分别比去年增加81个、697亿元、327亿元`. */
const SPREAD_DIFFERENCE = /分别(?:比|较)(?:去年|上年|上一年)(?:增加|多|减少|少)/;

/** A share of what follows (`占省列重大项目年度计划投资的`, `占年计划`, `不足年度计划的`): of a plan or target, it tells progress and aims at nothing. */
const SHARE_OF = '(?:占|不足|相当于)[^，。；]{0,12}';
/** The share of a plan done: `完成年度计划投资的92%`, `完成年度计划的26.6%`, `为年度计划投资的103.6%`. */
const SHARE_DONE = '(?:完成|为|达)[^，。；]{0,12}?计划[^，。；]{0,6}?的';
/** The share of works started or finished, stated as it is (`开工率71%`, `开复工率为73%`), not as a target reached later (`开工率一季度达到50%`). */
const SHARE_STARTED = '(?:开复工|开工|复工|竣工|完工)率(?:为|达)?(?=\\s?\\d)';
/** The year's task said done next (`，超额完成年度任务`, `，提前完成全年目标任务`): what the clause before counts is a result. */
const TASK_DONE = '(?:超额|提前|全面|圆满|已经?)完成了?(?:年度|全年|既定)?(?:目标)?任务';
/** A share of the plan opening the next clause, or the task said done: `，占年计划104.2%`, `，完成年度计划的92%`, `，开复工率78%`, `，超额完成年度任务`. */
const SHARE_OF_PLAN_NEXT = new RegExp(`[，,](?:${SHARE_OF}(?:目标|计划)|${SHARE_DONE}|${SHARE_STARTED}|${TASK_DONE})`, 'y');
/** Whether SHARE_OF_PLAN_NEXT stands at `at` in `sentence` (read in place: most clauses are followed by something else). */
function shareOfPlanAt(sentence: string, at: number): boolean {
  SHARE_OF_PLAN_NEXT.lastIndex = at;
  return SHARE_OF_PLAN_NEXT.test(sentence);
}

/**
 * What is done so far, said in a plan's progress report: `1-5月实际完成`, `已完成投资`, `累计已完成`, `目前主体完成约70%`,
 * `1-6月份累计完成投资`, `1-3月完成23.1亿元`, `完成年度计划的26.6%`, `占年度目标的63.88%`, `占省列重大项目年度计划投资的79.5%`, `占该计划的97.7%`, `完成率分别为38%`; and what
 * the day's ceremony started (`今天集中开工项目31个`, `此次西峡县集中开工64个项目`).
 */
const DONE_SO_FAR = new RegExp(`实际完成|已经?完成|${SHARE_DONE}|累计已完成|(?<!项)目前|(?:\\d{1,2}[-—–~～至到])?\\d{1,2}月份?(?:底)?累计完成|\\d{1,2}[-—–~～至到]\\d{1,2}月份?(?:底)?(?:完成|新?开工|开复工|竣工)|(?:上半年|前[一二三]季度|[一二三]季度)累计完成|${SHARE_OF}(?:目标|计划)|完成率|${SHARE_STARTED}|已(?:集中)?(?:新增|建成|开工|开复工|竣工|签约)|${CEREMONY_DAY}(?:[\\u4e00-\\u9fff]{1,6}?[省市县区镇])?(?:集中)?(?:开工|开复工|开竣工|签约|竣工)`);
/** Part of a year gone, not all of it: `元-4月`, `1—11月`, `前三季度`, `上半年`, `截至9月底`, `今年以来`. */
const YEAR_IN_PROGRESS = /(?:今年|年初)以来|(?<!\d)[1元一][-—–~～至到](?:[1-9]|1[01]|[二三四五六七八九十]|十一)月|前[一二三]季度|上半年|[一二三]季度|截[至止]到?(?:\d{4}年)?(?:[1-9]|1[01])月(?:底|末)/;
/** Words of what is aimed at, in a clause that may count what is done toward it (`力争累计完成`); not the plan a share is of (`占年计划104.2%`, `完成1-4月投资计划的132.1%`). */
const AIMS = new RegExp(`力争|确保|(?<!${SHARE_OF}|(?:完成|为|达)[^，。；]{0,12})计划|(?<![主重需只])要`);

/** A value with the words around it, as `statesNoTarget` and `indicatorOf` read it (offsets in `t` are the clause's). */
interface ValueSite extends ClauseView {
  t: Token;
  /** Scale and unit: `万吨`. */
  unit: string;
  sentence: string;
  /** The clause from the previous value's end to this one, joiners before its words dropped. */
  before: string;
  /** The last 12 characters of `before`. */
  tail: string;
  /** The clause right after the value (REST_HEAD characters). */
  rest: string;
  /** The clause from the value to the next one. */
  afterText: string;
  entry: UnitEntry | undefined;
  nextToken: Token | undefined;
  comparator: string | undefined;
  change: string | undefined;
  nounFollows: boolean;
  ofFollows: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
  /** A size class or threshold (`营收过百亿元`). */
  threshold: boolean;
  /** After 投资. */
  invested: boolean;
  worksMeasured: string | undefined;
  /** Money opening the sentence with nothing named before it, where the next clause counts works. */
  beforeWorks: boolean;
  /** Money opening a sentence, spent on the works the next clause counts. */
  investsAhead: boolean;
}

/**
 * The value `t` of clause `c` in `sentence` (found `at` in its paragraph) with the words around it: `before` runs from
 * the previous value's end (`cursor`) to it, and `previous` is the last figure drafted.
 */
function siteAt(sentence: string, c: ClauseView, t: Token, before: string, unit: string, cursor: number, previous: Draft | undefined, at: number): ValueSite {
  const { clause, clauseStart, clauseEnd, tokens } = c;
  const rest = clause.slice(t.end, t.end + REST_HEAD);
  // A quoted name right after the value is read whole: `100个“15分钟高品质生活服务圈”` counts the name, not 15分钟.
  const quoteEnd = clause[t.end] === '“' ? clause.indexOf('”', t.end) : -1;
  const nameEnd = quoteEnd !== -1 && quoteEnd - t.end <= SHORT_QUOTE ? quoteEnd : t.end;
  const nextToken = tokens[firstAtOrAfter(tokens, nameEnd, (token) => token.index)];
  const afterText = clause.slice(t.end, nextToken ? nextToken.index : clause.length);
  const entry = unitEntry(t.unit);
  const tail = before.slice(-12);
  const bounded = tail.replace(/(?:达到|增长|下降|为)$/, '');
  const prefixComparator = PREFIX_COMPARATOR_ENDS.has(bounded.charCodeAt(bounded.length - 1)) ? PREFIX_COMPARATOR.exec(bounded)?.[0] : undefined;
  const comparator = t.comparator ?? prefixComparator ?? (c.aimAt !== -1 && c.aimAt + 2 <= t.index ? '力争' : undefined);
  const change = changeAtEnd(tail) ?? CHANGE_AT_START.exec(before)?.[1];
  const chinese = !/\d/.test(t.value) && !isUnfilled(t.value) && !ROUND_SCALE_ALONE.test(t.value);
  // A grade in Latin letters opens a noun too: `40栋C级危房`, `3家AAAA级景区`.
  const nounFollows = (/^[\u4e00-\u9fff“"]/.test(rest) || LATIN_GRADE.test(rest)) && !NOT_A_NOUN.test(rest);
  // A bounded count or share of what follows 的 names it: `11个左右的县`, `60%以上的县级…机构`.
  // So does a share with no verb before it (`A、B区50%的城市社区建成…`): after one (`保持在3.5%的较低水平`) it is the value.
  // So does a length of works of a kind (`新建50公里的乡村道路`), where a named work's is its size (`全长50公里的A高速`).
  const ofFollows =
    ((t.comparator !== undefined || (entry?.dimension === 'ratio' && !change && !/[在到至为是达了]$/.test(before))) && /^的[\u4e00-\u9fff“]/.test(rest) && !TARGET_OF.test(rest)) ||
    (entry?.dimension === 'length' && rest.startsWith('的') && worksOfAKind(afterText.slice(1)));

  // `实施市级重大项目16个，完成投资60.3亿元`, `谋划储备项目200个、总投资800亿元`: a measure of the works counted just before,
  // also when a stage follows their noun (`续建项目复工25个、总投资…`) and no work's name follows the value; of a class of works
  // (`产业发展类75个，计划投资765亿元`) the year's, not their total.
  const invested = tail.includes('投资') && INVESTMENT_BEFORE.test(tail);
  // So is the next measure after their total (`重点项目9个，总投资18.1亿元，年度计划投资10.3亿元`).
  const works = previous?.dimension === 'count' ? previous.indicator : previous?.dimension === 'money' ? WORKS_TOTAL.exec(previous.indicator)?.[1] : undefined;
  const gap = works !== undefined && MEASURE_OF_WORKS_BEFORE.test(tail) ? COUNT_THEN_MEASURE.exec(sentence.slice(previous!.end - at, clauseStart + t.index)) : null;
  const worksMeasured = gap && (gap[1] || /(?:项目|工程)$/.test(works!) || (works!.endsWith('类') && !gap[3]?.endsWith('总')) || (WORKS_OF.test(works!) && !nounFollows)) ? `${works}${gap[1] ?? ''}${gap[2] ?? ''}${gap[3]?.endsWith('总') ? '' : (gap[3] ?? '')}` : undefined;
  // `投资25亿元，建设A水库等水利项目30个`: money opening a sentence, spent on the works the next clause counts; with
  // nothing named before it, it would else be a work's own investment, no target.
  const beforeWorks = invested && (clauseStart === 0 || previous === undefined) && afterText === '' && WORKS_AHEAD.test(sentence.slice(clauseEnd + 1));
  const investsAhead = beforeWorks && !worksMeasured && namesNoInvestment(before);
  const threshold =
    (tail.endsWith('过') || tail.endsWith('超')) &&
    !MEASURE_ENDS_CLAUSE.test(afterText) &&
    (nounFollows ||
      THRESHOLD_OF.test(rest) ||
      COUNTED_BEFORE_THRESHOLD.test(clause.slice(Math.max(0, t.index - 12), t.index)) ||
      // The bar a share clears: `20%的村集体年收入超30万元`.
      (before.startsWith('的') && previous?.unit === '%' && previous.valueEnd === at + clauseStart + cursor));
  // Field by field, not `{ ...c, … }`: the spread made every site a slow object (0.6 s more per 5.5 MB run).
  return { clause, clauseStart, clauseEnd, tokens, aimAt: c.aimAt, workStatusAt: c.workStatusAt, lastDeng: c.lastDeng, perHeadEnd: c.perHeadEnd, underWayOpening: c.underWayOpening, listRunEnd: c.listRunEnd, reportsDone: c.reportsDone, differencesFrom: c.differencesFrom, t, unit, sentence, before, tail, rest, afterText, entry, nextToken, comparator, change, nounFollows, ofFollows, chinese, threshold, invested, worksMeasured, beforeWorks, investsAhead };
}

/**
 * Works already under way counted at the value: a verb of progress just before (`加快6个…电站建设`), or a clause opening with one
 * and listing works up to the count (`推进A、B、C等5个…项目建设`). Read on the last characters and on what the clause holds,
 * not on the clause up to each value: a clause of thousands of values would be read thousands of times.
 */
function underWayBefore(s: ValueSite): boolean {
  const near = s.clause.slice(Math.max(0, s.t.index - UNDER_WAY_REACH), s.t.index);
  if (UNDER_WAY_END.test(near)) return true;
  return s.underWayOpening !== -1 && s.underWayOpening < s.t.index && s.listRunEnd > s.t.index && LISTED_UP_TO.test(near);
}

/** One pattern for several tested alike: one call instead of one per pattern (none has flags or numbered back-references). */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}

/** Works under way named before their count: `续建安置房7550套`, `在建项目45个`. */
const UNDER_WAY_NAMED = /(?:^|[，、])(?:在建|续建)[\u4e00-\u9fff]{1,8}$/;
/** A plan's projects counted by their stage, as its new ones are (`新开工项目258个`): `续建项目21个`, `续建类项目613个`. */
const UNDER_WAY_PROJECTS = /(?:在建|续建)[\u4e00-\u9fff]{0,6}项目$/;
/** Bounds a target sets from below (not news rounding: `超`, `逾`, `多`). */
const FLOORS = new Set(['以上', '不少于', '不低于']);
/** What 涉及 reaches up to a value in its clause: `涉及A、B2个乡镇、`. */
const INVOLVED_BEFORE = /涉及([^，。；：的]*)$/;

/**
 * Whether a value counts the scope a task reaches (`涉及8个乡镇、27个行政村`, `涉及A、B2个乡镇`): right after 涉及, in a list after
 * it, or before what it counts; not a kind of items counted after their noun (`涉及…方面项目31个`).
 */
function reachedBy(clause: string, t: Token, nounFollows: boolean): boolean {
  const reached = INVOLVED_BEFORE.exec(clause.slice(0, t.index))?.[1];
  return reached !== undefined && (reached === '' || nounFollows || reached.includes('、'));
}

/** A campaign named by its days: `大干100天`, `奋战60天`. */
const CAMPAIGN_BEFORE = /(?:大干|奋战|鏖战|决战)$/;

/** What alone, in the words before a value, just before it or right after it, says it is no target (see `statesNoTarget`). */
const NO_TARGET_TAIL = anyOf(STRUCTURAL_BEFORE, SIZE_BEFORE, STOCK_BEFORE, /海拔$/, ONE_OFF_BEFORE, OLD_VALUE_BEFORE, ATTENDANCE_BEFORE, MENTIONS_BEFORE, CANDIDATES_BEFORE, CAMPAIGN_BEFORE, /^[至到]$/, OVER_TARGET_BEFORE);
const NO_TARGET_BEFORE = anyOf(EXISTING_BEFORE, STRENGTHEN_BEFORE, EACH_PLACE_BEFORE);
const NO_TARGET_REST = anyOf(STRUCTURAL_AFTER, EVENT_AFTER, ATTENDANCE_AFTER, CANDIDATES_AFTER, THRESHOLD, /^(?:范围)?内[\u4e00-\u9fff]/);

/**
 * True when the value states no target or result of its own: it describes, bounds or classes what follows, counts the
 * report's structure or a stock, or measures a named work. Kept apart from `sentenceFigures` so each compiles quickly.
 */
function statesNoTarget(s: ValueSite): boolean {
  const { t, sentence, clause, clauseStart, before, tail, rest, afterText, entry, nextToken, nounFollows, ofFollows, chinese, threshold, invested, worksMeasured, investsAhead, workStatusAt, lastDeng, perHeadEnd, differencesFrom } = s;
  return (
    // Structural counts (`以下六个方面`), sizes and stock (`占地21亩`, `现有`), an altitude (`海拔1500米以上`), a one-off
    // sum, a change's old value (`由30万元`), an event named with a number, thresholds and ranges (`部分`, `至`), and a
    // distance or time bounding what follows (`50米内换乘`).
    NO_TARGET_TAIL.test(tail) ||
    NO_TARGET_BEFORE.test(before) ||
    NO_TARGET_REST.test(rest) ||
    (clause[t.index - 1] === '、' && OLD_VALUES_LISTED.test(clause.slice(0, t.index))) ||
    (clause.includes('实事') && VOTED_BEFORE.test(clause.slice(0, t.index))) ||
    // What a task reaches (`涉及8个乡镇、27个行政村`): its scope; not a sum it comes to (`涉及总投资约3500亿元`).
    ((entry?.dimension === 'count' || entry?.dimension === 'people') && clause.includes('涉及') && reachedBy(clause, t, nounFollows)) ||
    // Read on past the clause's end: the colon before the members closes it.
    (entry?.dimension === 'count' && MEMBERS_NAMED_AFTER.test(sentence.slice(clauseStart + t.end, clauseStart + t.end + REST_HEAD))) ||
    // Kinds of the items counted next: `12类45件民生实事`.
    (t.unit === '类' && /^[\d两二三四五六七八九十]/.test(rest)) ||
    // A span of years ahead or behind: `未来5年`, `近3年`.
    (t.unit === '年' && YEARS_SPAN_BEFORE.test(tail)) ||
    (CAPACITY_BEFORE.test(tail) && (nounFollows || !ADDED_CAPACITY.test(before))) ||
    (nounFollows && CAPACITY_NAMED_BEFORE.test(tail)) ||
    // What exists put to use: `发挥3个…试点作用`.
    (before.includes('发挥') && /发挥[^，。；]*$/.test(before) && /^[^，。；]*作用/.test(afterText)) ||
    (entry?.dimension === 'count' && SUPPORT_BEFORE.test(tail) && AREAS_AFTER.test(rest)) ||
    (entry?.dimension === 'length' && ALONG_BEFORE.test(tail)) ||
    // A width or depth saying what a work is like (`9米宽环湖绿道`, `宽12米道路`, `路面宽度15.5米`): its size.
    (entry?.dimension === 'length' && (WIDTH_BEFORE.test(tail) || WIDTH_AFTER.test(rest))) ||
    // A count by kind breaks a list down (`工业类3个`, `A等11个工业能源类`, a list's heading: `“优化教育资源布局”类,共1项`).
    (entry?.dimension === 'count' && (/类$/.test(tail) || KIND_COUNTED.test(rest) || KIND_TOTALLED.test(sentence.slice(0, clauseStart + t.index)))) ||
    (entry?.dimension === 'count' && /(?:推动|推进|促进|支持|、)$/.test(tail) && UPGRADED.test(clause.slice(t.end))) ||
    (entry?.dimension === 'count' && ADVANCING_BEFORE.test(tail) && DESIGNATED.test(firstItem(afterText))) ||
    (SCOPE_BEFORE.test(tail) && nextToken !== undefined) ||
    // The base a plan builds on: `在去年统筹推进953项重大项目基础上`, `在去年11302元基础上`, `在扩大…2000余亩青菜…等五大种植业的基础上`.
    onBasis(clause, t) ||
    perHeadEnd <= t.index ||
    // Works under way counted (`续建安置房7550套`, `23个续建项目`) are stock, unless a floor makes the count a target (`续建项目90个以上`)
    // or they are a plan's projects by stage (`续建项目21个`).
    (entry?.dimension === 'count' && (/^(?:在建|续建)/.test(rest) || (UNDER_WAY_NAMED.test(before) && !UNDER_WAY_PROJECTS.test(before) && !FLOORS.has(t.comparator ?? '')) || (WORKS_AFTER.test(rest.slice(0, LIST_JOINER.indexOrEnd(rest))) && underWayBefore(s)))) ||
    ((DIFFERENCE_BEFORE.test(tail) || differencesFrom <= t.index) && entry?.dimension !== 'ratio') ||
    comparedToBase(clause, t, rest) ||
    LIMIT_AFTER.test(afterText) ||
    // A size class or threshold before what it qualifies: `营收过百亿元农产品加工企业`, `年收入超50万元的经济强村`,
    // `产值超5亿元、税收超1000万元的龙头企业`, `40个预增产值过2000万元`; not a target stated as such (`突破100亿元的目标`).
    threshold ||
    // A size class counted: `2个300亿元产业集群`, `50亿元至100亿元项目25个`.
    (entry?.dimension === 'money' && nounFollows && /[\d两二三四五六七八九十]个$/.test(clause.slice(Math.max(0, t.index - 4), t.index))) ||
    (entry?.dimension === 'money' && SIZED_WORKS_AFTER.test(rest)) ||
    // The size ending the last name of a list of works: `实施A源网荷储一期2GW等项目`.
    (entry?.dimension !== 'count' && LIST_OF_WORKS_ENDS.test(rest)) ||
    // Ages bound a group (`3岁以下婴幼儿`, `70周岁以上的老年人`); an age reached is a target, bounded or not (`人均预期寿命达到79岁`,
    // `提高到80岁以上`).
    (entry?.dimension === 'age' && (nounFollows || (t.comparator !== undefined && !s.change) || /^[-—～至到]/.test(rest))) ||
    (entry?.dimension === 'time' && (nounFollows || (t.unit === '日' && (DAY_OF_EVENT_AFTER.test(rest) || LAST_DAY_BEFORE.test(before))))) ||
    // A bound or an estimate before a noun is a class or a stock (`3岁以下婴幼儿`, `14亿多中国人`); a measure word counts (`3500多个项目`).
    (t.comparator && (/^(?:以下|以内)$/.test(t.comparator) || (/^(?:多|余)$/.test(t.comparator) && !t.unit)) && /^[\u4e00-\u9fff]/.test(rest) && !/^(?:的|并)/.test(rest)) ||
    // Households or people bounding the places that follow: `50户以上木质房屋连片村寨`, `20户以上自然村通硬化路`.
    (t.comparator === '以上' && (t.unit === '户' || t.unit === '人') && SETTLEMENT_AFTER.test(rest)) ||
    // A share of what follows is no class (`60%以上的县级特困供养机构三级达标`), nor the measure that follows
    // (`50平方公里以上建设用地面积达到…要求`).
    (t.comparator === '以上' && /^[\u4e00-\u9fff]/.test(rest) && ['money', 'power', 'mass', 'area', 'ratio'].includes(entry?.dimension ?? '') && !(entry?.dimension === 'ratio' && rest.startsWith('的')) && !MEASURE_NAMED_AFTER.test(rest)) ||
    // A capacity named as such (`新增千万吨产能`) is an amount, not a size class.
    (entry?.capacity && !t.comparator && nounFollows && !/^(?:产能|能力)/.test(rest)) ||
    // So is a herd's size with its floor (`存栏100头以上奶牛`).
    (entry?.capacity && entry.dimension === 'count' && t.comparator === '以上' && nounFollows) ||
    // A size opening a work's name (`4500亩蓝莓产业园`, `250万吨PTA`); a generic work's is a target (`5000亩高标准农田`).
    (!t.comparator && (entry?.dimension === 'area' || entry?.capacity) && sizedWork(nounFollows || /^[A-Z]/.test(rest) ? followingName(afterText) : '', entry?.capacity === true, entry?.capacity === true)) ||
    // A count of the items just listed, before what they are: `启用智慧城管、智慧社区2个智慧应用`; ending the
    // clause, it is their target (`新认定企业技术中心、工业设计中心2家以上`).
    (entry?.dimension === 'count' && /^[\u4e00-\u9fff“\w]/.test(rest) && countsListed(before, t.value) && !worksListedBy(before)) ||
    // A Chinese numeral before a noun describes (`两个市场`, `A和B两处公园`); after it, it counts (`幼儿园两所`).
    (chinese && ((nounFollows && !WORKS_VERB_END.test(tail)) || /[、和及]/.test(tail))) ||
    // The size of a work that the clause reports on: `红星美凯龙5.7万平方米主力店正式运营`.
    (nounFollows && workStatusAt >= t.end && lastDeng < t.end && entry?.dimension !== 'count') ||
    // The size of a work named by its place in a list of them (`实施A镇1万亩节水灌溉、B镇7000平方米奶牛养殖等项目`).
    (nounFollows && /[镇乡村区县旗处]$/.test(before) && lastDeng > t.end && /^等[^，。；]{0,6}(?:项目|工程)/.test(clause.slice(lastDeng))) ||
    // A project's investment: `投资XX亿元的凤宝管业清洁煤制气`, `投资XXX万元，完成…`; or that of works the text has named (`这12个项目，总投资…`).
    (invested && !worksMeasured && !investsAhead && (/^的/.test(rest) || namesNoInvestment(before))) ||
    (worksMeasured !== undefined && NAMED_BEFORE.test(worksMeasured)) ||
    // What a named work brings, before it: `受益灌面770万亩、惠及3600万人的引大济岷工程`; not a count of what is worked on (`520个村的人居环境整治`).
    (!nounFollows && !ofFollows && describesWork(clause, t.end))
  );
}

/** How long the base a value is stated in (`在…基础上`) may run in its clause. */
const BASIS_LONGEST = 80;

/** Whether the value stands in the base a plan builds on: between 在 and 基础上 in its clause. */
function onBasis(clause: string, t: Token): boolean {
  const close = clause.indexOf('基础上', t.end);
  if (close === -1) return false;
  const open = clause.lastIndexOf('在', t.index);
  return open !== -1 && close - open <= BASIS_LONGEST;
}

/** A kind of works counted by its class name alone: `11个工业能源类`. */
const KIND_COUNTED = /^[\u4e00-\u9fff]{2,6}类(?![\u4e00-\u9fff])/;

/** The target a value is said to be (`增长10%以上的年度目标`): it names no measure. */
const TARGET_OF = /^的(?:年度|全年|主要|预期)*(?:目标|任务)/;
/** Words heading for a target named after its value (`朝着GDP突破700亿元的目标`, `锚定…的目标`). */
const AIMED_AT = /(?:朝着|向着|奔着|锚定|瞄准|冲刺|确保|力争|努力)[^，。；]{0,16}$/;

/** Works or firms right after an amount: it is their size class (`50亿元至100亿元项目25个`, `新增产值10亿元企业1家`). */
const SIZED_WORKS_AFTER = /^(?:的)?(?:产业|工业|重点|重大)?(?:项目|工程|企业)/;
/** The end of a list of works, right after a value: `等项目`, `等重点工程`. */
const LIST_OF_WORKS_ENDS = /^等[^，。；、\d]{0,6}(?:项目|工程)/;
/** Firms sized so: the size stays in what the count after them names (`新增产值10亿元企业1家`); works counted by size keep their verb (see SIZED_WORKS). */
const SIZED_FIRMS_AFTER = /^(?:的)?(?:工业)?企业/;

/** Settlements named by their size: `…村寨`, `自然村`, `…社区`. */
const SETTLEMENT_AFTER = /^[^，。；、]{0,10}?(?:村|寨|社区|小区|院落|聚居点|安置点)/;

/** The clause from `from` to the next token at or after it (or to the clause's end). */
function textToNextToken(clause: string, tokens: readonly Token[], from: number): string {
  return clause.slice(from, tokens[firstAtOrAfter(tokens, from, (token) => token.index)]?.index ?? clause.length);
}

/**
 * What a value measures, named from the words around it: after the value when a noun follows it (`实施31.2公里农村公路`),
 * else before it, else the previous figure's (`达到309亿元`), else after it, else the verb before it. `end` is where the
 * statement ends in the clause. A count of the noun after a measure that describes it adds that measure's token to
 * `describingTokens`.
 */
function indicatorOf(s: ValueSite, previousClause: string, lastIndicator: string | undefined, describingTokens: Set<Token>, drafted: readonly Draft[]): { indicator: string; end: number } {
  const { t, clause, before, tail, rest, afterText, entry, nextToken, nounFollows, ofFollows, tokens, unit } = s;
  let end = t.end;
  // What follows the value, read only when needed: most values take what precedes them.
  let following: string | undefined;
  let served: string | undefined;
  let indicator = '';
  const useFollowing = (name: string) => {
    indicator = cleanLeading(name);
    end = t.end + afterText.indexOf(name) + name.length;
    // `20个国家级、19个省级粮食产能提升重点县`: a level alone shares what the next count names.
    if (LEVEL_ONLY.test(indicator) && nextToken) indicator += firstItem(clause.slice(nextToken.end)).replace(LEVEL_AT_START, '');
  };
  // `5个总装机600万千瓦的抽蓄项目`, `5个以上投资过10亿元的重大产业项目`: a count of the noun after a measure that describes it.
  const describing = entry?.dimension === 'count' && nextToken && MEASURE_WORD.test(afterText.replace(/(?:过|超过?|达到?)$/, '')) && clause[nextToken.end] === '的' ? nextToken : undefined;
  const described = describing ? followingName(clause.slice(describing.end + 1)) : '';
  if (describing && fits(described)) {
    indicator = cleanLeading(described);
    end = describing.end + 1 + described.length;
    describingTokens.add(describing);
  } else if ((nounFollows || ofFollows || /^\d/.test(rest)) && servedBy(before, entry) && (served = servedPhrase(clause, t.end, tokens))) {
    indicator = served;
    end = clause.indexOf(served, t.end) + served.length;
  } else if ((nounFollows || ofFollows) && !MEASURE_CHANGED_TO.test(before) && fits((following ??= nameAfterValue(s)))) {
    useFollowing(following);
    // `完成地质灾害避险2.08万人搬迁任务`: the words before the value qualify the noun after it.
    const qualifier = cleanIndicator(before);
    // Not a list's members before its count (`望城路等15条道路工程`).
    if (qualifier.length >= 2 && !/[、，和及]/.test(before) && !/等$/.test(qualifier) && !changeAtEnd(tail) && !NOT_A_QUALIFIER.test(qualifier)) {
      indicator = qualifier + indicator;
    }
  }
  // The name after the next value, which names this one too.
  const nameAfter = (next: Token) => {
    const after = textToNextToken(clause, tokens, next.end);
    const name = followingName(after);
    return fits(name) ? { name: cleanLeading(name), end: next.end + after.indexOf(name) + name.length } : undefined;
  };
  // `香积变等4座110千伏变电站`: a voltage class between a count and its noun.
  const classed = !indicator && afterText === '' && nextToken?.index === t.end && VOLTAGE.has(nextToken.unit) ? nameAfter(nextToken) : undefined;
  if (classed) ({ name: indicator, end } = classed);
  // `实现5000户18000人脱贫`, `完成3800户、58万平方米棚户区改造`: one group counted two ways (not a list of values in
  // one unit), named after the second count.
  const countedTwice = (afterText === '' || afterText === '、') && nextToken && nextToken.scale + nextToken.unit !== unit;
  if (countedTwice && !indicator && (LIST_END.test(before) || BARE_TARGET_VERB.test(cleanIndicator(before)))) {
    indicator = nameAfter(nextToken)?.name ?? indicator;
  }
  // A list's count takes the verb that opens it: `新开工A至B等2个项目` counts 新开工项目, `新建A路、B路等12条道路` 新建道路,
  // `开工建设A、B2条高等级公路` 开工建设高等级公路.
  if (WORKS_WORDS.has(indicator) || (before.endsWith('等') && indicator.length >= 2 && !WORKS_VERB.test(indicator))) {
    const opening = before.replace(STAGE_ADVERBS, '');
    // Works by what is done to them alone (`重点推进和谋划201个项目`) keep those words.
    // A verb alone titling the list (`计划新开工:A、B等17个项目`) opens it too.
    const titled = opening.includes('、') || opening.endsWith('等') ? VERB_TITLE.exec(previousClause)?.[1] : undefined;
    indicator = (WORKS_VERB.exec(opening)?.[0] ?? (WORKS_WORDS.has(indicator) ? WORKS_ACTIONS.exec(opening)?.[0] : undefined) ?? titled ?? '') + indicator;
  } else if (indicator.length >= 2 && nounFollows && countsListed(before, t.value)) {
    const verb = worksListedBy(before);
    if (verb && !indicator.startsWith(verb)) indicator = verb + indicator;
  }
  // A stage alone (`竣工38个`, `力争基本建成7000套`) counts what the last value in its unit counts, at that stage (`亿元以上项目新开工43个、
  // 竣工38个`, `保障性住房开工1万套，力争基本建成7000套`); one listed before another in its unit (`新建7座、扩建1座污水处理厂`), what the
  // noun after that one counts; else, but for projects (counted by 个 or 项), what the clause before names (`推动加装电梯建设，新开工400台`).
  const stage = !indicator && entry?.dimension === 'count' ? STAGE_ALONE.exec(before)?.[1] : undefined;
  if (stage) {
    const listedOn = afterText[0] === '、' && nextToken?.unit === t.unit && STAGE_ALONE.test(afterText.slice(1)) ? nameAfter(nextToken)?.name : undefined;
    const counted = drafted.findLast((d) => d.dimension === 'count' && d.unit.endsWith(t.unit))?.indicator ?? (PROJECT_COUNT_UNIT.test(unit) || !previousClause ? undefined : cleanTrailingIndicator(cleanIndicator(previousClause)));
    if (listedOn) indicator = stage + listedOn;
    else if (counted) indicator = counted.replace(STAGE_END, '').replace(STAGE_START, '') + stage;
  }
  if (indicator.length < 2) indicator = shorten(cleanIndicator(before));
  // `提高村干部待遇，由人均800元/月提升至1560元/月`: a change from an old value names its subject in the clause before.
  if (indicator.length < 2 && OLD_VALUE_BEFORE.test(tail) && previousClause) indicator = cleanIndicator(previousClause);
  // `发行超长期特别国债，今年先发行1万亿元`, `资助…大学生，合计6300名`: a bare verb or total measures the previous clause's object.
  // Not a clause saying where the news is from (`笔者从…了解到，该县今年将投入…`).
  // Not 争取 after a value in the same unit, a stretch of it (`增长8.5%，争取9%`).
  const stretch = before === '争取' && unit !== '' && previousClause.endsWith(unit) && lastIndicator !== undefined;
  if ((BARE_VERB.test(indicator) || (indicator.length < 2 && BARE_VERB.test(before))) && previousClause && !SOURCE_CLAUSE.test(previousClause) && !stretch) {
    indicator = cleanIndicator(previousClause.replace(BARE_VERB_START, '')) || indicator;
  }
  // `全年新开工77个、竣工63个`: a count after a works verb alone counts projects at that stage.
  const worksAtStage = indicator.length < 2 && entry?.dimension === 'count' && PROJECT_COUNT_UNIT.test(unit) ? BARE_WORKS_VERB.exec(before) : null;
  if (worksAtStage) indicator = `${worksAtStage[1]}项目`;
  if (indicator.length < 2 && lastIndicator !== undefined) indicator = lastIndicator;
  // `建成农村供水保障工程9处，惠及1.2万人`: the people a work benefits, named by what the value before measures.
  else if (BENEFITS.test(indicator) && entry?.dimension === 'people' && lastIndicator !== undefined) indicator = `${lastIndicator}${indicator.replace(BENEFITS, '$1')}${unit.endsWith('户') ? '户数' : '人口'}`;
  // `新培育国家级龙头企业2户、省级5户`: a level alone takes the indicator before it, with its own level.
  if (LEVEL_ONLY.test(indicator) && lastIndicator !== undefined && LEVEL_IN.test(lastIndicator)) indicator = lastIndicator.replace(LEVEL_IN, indicator);
  // `实施中小学校“示范食堂”建设行动，2024年完成1000家以上`: a bare target verb counts what the clause before names.
  if (indicator.length < 2 && previousClause && afterText === '' && BARE_TARGET_VERB.test(before.replace(TIME_WORDS, ''))) {
    indicator = cleanTrailingIndicator(cleanIndicator(previousClause));
  }
  if (indicator.length < 2 && fits((following ??= nameAfterValue(s)))) useFollowing(following);
  if (indicator.length < 2) indicator = before.replace(/^(?:全年|今年|年内|力争|确保|要|将|再)+/, '');
  // `启动新建改造项目123个`: works named by no more than what is done to them keep those verbs.
  // So do works of a kind counted by their size (`招引落户总投资超30亿元或3亿美元产业项目2个`).
  const bareWorks = WORKS_WORDS.has(indicator);
  const sized = bareWorks || KIND_OF_WORKS.test(indicator) ? SIZED_WORKS.exec(clause.slice(0, t.index).replace(BOUND_WORDS_END, ''))?.[0] : undefined;
  if (bareWorks) indicator = (KEY_WORKS.exec(before)?.[0] ?? sized ?? WORKS_DONE.exec(before)?.[1] ?? '') + indicator;
  else if (sized) indicator = sized + indicator;
  // `补差水平分别从每月631元、286元提高到653元`: the old values are no part of what the new ones measure.
  if (indicator.includes('从') || indicator.includes('由')) indicator = indicator.replace(OLD_VALUES_END, '') || indicator;
  return { indicator, end };
}

const STAGES = `(?:基本|全面|全部)?(?:${WORKS_VERBS}|完成|交付|完工|筹建|改扩建|扩建|改建)`;
/** People benefited, said by the verb alone: `惠及`, `受益`. */
const BENEFITS = /^(?:共|可|将)?(惠及|受益)$/;

/** The units projects are counted in. */
const PROJECT_COUNT_UNIT = /[个项]$/;
/** A works verb alone before a colon, titling the list after it: `计划新开工:`. */
const VERB_TITLE = new RegExp(`^[\\s\\u3000]*(?:计划|力争|年内|今年)*(${WORKS_VERBS})$`);
/** A stage alone before a count (`力争基本建成`). */
const STAGE_ALONE = new RegExp(`^(?:全年|今年|年内|力争|确保|要|将|计划)*(${STAGES})$`);
/** The stage an indicator ends or opens on (`保障性住房开工`, `筹建公租房`). */
const STAGE_END = new RegExp(`${STAGES}$`);
const STAGE_START = new RegExp(`^${STAGES}`);

/** What is done to works, the words alone before their count: `重点推进和谋划`, `谋划储备`. */
const WORKS_ACTION = '(?:推进|谋划|储备|实施|引进|招引|推动|启动)';
const WORKS_ACTIONS = new RegExp(`^(?:重点|全力|加快|积极)?${WORKS_ACTION}(?:[和及、]?${WORKS_ACTION})*$`);

/** Bound words between works counted and their count: `新开工千万元以上项目不低于120个`. */
const BOUND_WORDS_END = /(?:不低于|不少于|超过|达到|达|共计|共)+$/;

/** Old values ending an indicator: `分别从每月631元`, `由2020年的45%`. */
const OLD_VALUES_END = /(?:分别)?(?:由|从)(?:人均|户均|每[人户年月亩生]{1,2}|\d{4}年(?:底|末)?的?)*[\d.]+[^，。；]*$/;

/**
 * The subjects values are spread over (`A、B分别增长X、Y`): named before them (`own`), or in the clause before when that
 * lists them (`对A、B、C指标，分别按增长8%、8%、5%掌握`).
 */
function listedSubjects(own: string, previousClause: string): string[] {
  const named = cleanIndicator(own).length < 2 && (previousClause.startsWith('对') || (previousClause.includes('、') && !mayHoldFigure(previousClause))) ? previousClause.replace(/^对/, '').replace(/等?(?:指标|方面)$/, '') : own;
  const subjects = cleanIndicator(named)
    .split(LIST_SPLIT)
    .map((subject) => cleanIndicator(subject))
    .filter((subject) => subject.length >= 2);
  return shareHead(shareOwner(subjects));
}

/** The noun of works counted, alone: `项目`, `工程`. */
const WORKS_NOUN_ALONE = /^(?:项目|工程)$/;

/**
 * The indicator of the value at `s`, completed from the sentence around it where it names only a measure, an action or a
 * stage of works (`indicator` as named at the value, its statement ending at `end` in the clause).
 */
function indicatorInContext(indicator: string, end: number, s: ValueSite, previous: Draft | undefined, previousClause: string, leadSentence: string, topicBefore: string, at: number): string {
  const { sentence, clauseStart, clauseEnd, t, before, afterText, worksMeasured } = s;
  // `新建、续建108个城建项目、计划投资170亿元`: the measure of the works counted just before, read past the 、 after their noun.
  if (worksMeasured && indicator.includes('、')) indicator = `${worksMeasured}投资`;
  // `非常规天然气发展方面，…力争产量突破200亿立方米`: a bare measure belongs to the sentence's topic, else to the
  // work the clause before or the paragraph's lead sentence names (`全力建设中俄蒙国际物流园区，全年计划投资3亿元`).
  const measure = indicator.replace(PLAN_WORDS, '');
  const bare = BARE_MEASURE.has(measure);
  // `核心产业增加值增长10%、产值突破700亿元`: a bare measure listed right after another measure of a subject is that subject's.
  const listedSubject = bare ? listedMeasureSubject(sentence, previous, at, clauseStart) : undefined;
  const topic = bare || STAGE_WORKS.test(indicator) ? (TOPIC.exec(sentence) ?? (topicBefore ? TOPIC.exec(topicBefore) : null)) : null;
  const topicWords = topic ? (topic[1] ?? topic[2] ?? topic[3]!) : undefined;
  // `实施类项目：共35个`: a total alone counts what the item's title names.
  if (TOTAL_ALONE.test(indicator)) indicator = ITEM_TITLE.exec(sentence)?.[1] ?? indicator;
  else if (topicWords !== undefined) indicator = topicWords + indicator;
  // The works counted just before say how their money is planned (`重点项目9个，年度计划投资…` → `重点项目计划投资`).
  else if (bare && worksMeasured) indicator = worksMeasured + measure;
  else if (listedSubject) indicator = listedSubject + indicator;
  else if (bare) {
    // Money ending its clause may be spent on what the next clause names (`计划投入1.6亿元，完成A工程`).
    const spentOn = afterText === '' && SPENT.test(indicator) ? SPENT_ON.exec(sentence.slice(clauseEnd + 1, runEnd(CLAUSE_RUN, sentence, clauseEnd + 1))) : null;
    // Works counted there (`，实施19个…项目`) name them after the paragraph's topic does.
    const counted = spentOn?.[2]?.replace(COUNTED_OF, '');
    const statused = WORK_WITH_STATUS.exec(previousClause);
    const workNamed = statused && WORK_SUFFIX.test(statused[1]!) ? statused : null;
    indicator = ((WORK_TOPIC.exec(previousClause) ?? WORK_COMPLETED.exec(previousClause) ?? WORK_GOING_ON.exec(previousClause) ?? WORKS_SUBJECT.exec(previousClause) ?? workNamed)?.[1] ?? spentOn?.[1] ?? WORK_TOPIC.exec(topicBefore.slice(0, -1))?.[1] ?? WORK_TOPIC.exec(leadSentence)?.[1] ?? counted ?? ITEM_TITLE.exec(sentence)?.[1] ?? (SPENT.test(indicator) ? workItemOpensWith(sentence, clauseStart) : '')) + indicator;
  }
  // `科技产业类安排正式项目62项，预备项目7项`: works of another stage after a class's count are of that class too.
  if (previous && previous.end - at >= 0 && WORKS_OF_STAGE.test(indicator) && !indicator.includes('类')) {
    const classed = CLASS_OPENING.exec(previous.indicator)?.[0];
    if (classed) indicator = classed + indicator;
  }
  // `服务业增加值22.19亿元、增速6.5%`: a bare rate is that of the amount before it in the sentence.
  if (BARE_RATE.test(indicator) && previous && previous.end - at >= 0 && previous.dimension !== 'ratio' && previous.indicator) {
    indicator = previous.indicator.replace(TARGET_WORDS_END, '') + indicator;
  }
  // Only right after them: a clause between names other works (`2个改扩建项目，推动A、B等项目建设，新增学位5490个`).
  const nextClause = () => (sentence.slice(previous!.end - at, clauseStart).match(/[，,；;]/g)?.length ?? 0) <= 1;
  if (previous?.dimension === 'count' && MEASURE_OF_PREVIOUS.test(before) && nextClause() && WORK_SUFFIX.test(previous.indicator.replace(MEASURE_OF_WORKS_END, ''))) {
    indicator = previous.indicator.replace(MEASURE_OF_WORKS_END, '') + indicator;
  }
  // `开工6个项目193.3公里`: a measure right after works counted, named by their noun alone, is theirs.
  if (previous?.dimension === 'count' && s.entry?.dimension !== 'count' && previous.end - at >= clauseStart && WORKS_NOUN_ALONE.test(indicator) && before === indicator && previous.indicator.endsWith(indicator)) {
    indicator = previous.indicator;
  }
  // `实施棚户区改造项目，开工建设1万户`, `实施背街小巷整治工程，完成治理20条`: an action alone is done to the works
  // the clause before or the sentence's first clause names.
  if (BARE_ACTION.test(indicator)) {
    const works = WORK_TOPIC.exec(previousClause) ?? (clauseStart > 0 ? WORK_TOPIC.exec(sentence.slice(0, runEnd(CLAUSE_RUN, sentence, 0))) : null);
    if (works) indicator = works[1]!.replace(WORKS_KIND_END, '') + indicator;
  }
  return indicator;
}

/** The subject of the measure just before in the clause, listed with 、 (`核心产业` of `核心产业增加值增长10%、`), if two characters or more. */
/** How long the work an item's first clause names may be, as a bare measure's subject. */
const ITEM_WORK_LONGEST = 16;
/** Where a value starts, a placeholder's too (`XXX亿元`). */
const VALUE_START = /[\dXＸ]/;
/** Work done, by its verb: `修复堤防`, `治理高标准农田` (not `城镇新增就业`). */
const WORK_DONE_OPENING = /^(?:新建|改建|扩建|改扩建|续建|修复|修建|治理|整治|改造|建设|实施|开工建设|建成|铺设|疏浚|除险加固|加固)/;
/** The verbs of a task before the work it is about: `抓好`, `加快推进`. */
const TASK_VERBS_OPENING = new RegExp(`^${TASK_OPENS}+`);
/** A measure, not a work: `总投资`, `开工建设投资`. */
const MEASURE_END = /(?:投资|投入|资金|产值|产能|规模)$/;

/**
 * The work a sentence or `；`-item opens with (`修复堤防7.22公里，…，完成投资6135万元`, `继续抓好A水利枢纽工程、…等，完成投资1.6亿元`):
 * what money its later clause spends, where nothing nearer names it. Only work done or named by a work's noun, not a task
 * (`优化…包保机制，力争完成投资…`) nor an indicator (`城镇新增就业20万人，…完成投资…`); '' when the first clause is the value's.
 */
function workItemOpensWith(sentence: string, clauseStart: number): string {
  if (clauseStart === 0) return '';
  const first = sentence.slice(0, runEnd(CLAUSE_RUN, sentence, 0));
  const value = first.search(VALUE_START);
  const work = cleanIndicator(firstItem(value === -1 ? first : first.slice(0, value))).replace(TASK_VERBS_OPENING, '');
  return work.length >= 2 && work.length <= ITEM_WORK_LONGEST && (WORK_DONE_OPENING.test(work) || WORK_SUFFIX.test(work)) && !MEASURE_END.test(work) ? work : '';
}

function listedMeasureSubject(sentence: string, previous: Draft | undefined, at: number, clauseStart: number): string | undefined {
  if (!previous || sentence[previous.end - at] !== '、' || previous.end - at < clauseStart || !SHARED_HEAD.test(previous.indicator)) return undefined;
  const subject = previous.indicator.replace(SHARED_HEAD, '');
  return subject.length >= 2 ? subject : undefined;
}

/** A rate of change named by nothing else: `增速`. */
const BARE_RATE = /^(?:增速|增幅|增长率)$/;
/** Words saying an amount is the target, not what it measures: `服务业增加值预期目标`. */
const TARGET_WORDS_END = /(?:预期)?目标(?:任务|值)?$/;

/** The figure drafted at `s`, its statement running from `start` to `end` in the sentence, which is found `at` in its paragraph. */
function draftAt(s: ValueSite, kind: FigureKind, indicator: string, start: number, end: number, period: string | undefined, at: number): Draft {
  const { t, clauseStart } = s;
  const amount = amountOf(t.value, t.scale);
  // Every field is set, absent ones undefined: drafts of one shape keep the code that reads them fast.
  return {
    kind,
    indicator,
    value: t.value,
    unit: s.unit,
    unfilled: isUnfilled(t.value),
    start: at + Math.min(start, clauseStart + t.index),
    end: at + Math.max(end, clauseStart + t.end),
    valueStart: at + clauseStart + t.index,
    valueEnd: at + clauseStart + t.end,
    amount: amount?.amount,
    upper: amount?.upper,
    dimension: s.entry?.dimension,
    comparator: s.comparator || undefined,
    change: s.change || undefined,
    period: period || undefined,
  };
}

/**
 * A copy of `d` with `changes`, its fields in `draftAt`'s order: a spread's copy would be another object shape, and the
 * code reading drafts would be compiled again for it.
 */
function redrafted(d: Draft, changes: Partial<Draft>): Draft {
  const copy: Draft = {
    kind: d.kind,
    indicator: d.indicator,
    value: d.value,
    unit: d.unit,
    unfilled: d.unfilled,
    start: d.start,
    end: d.end,
    valueStart: d.valueStart,
    valueEnd: d.valueEnd,
    amount: d.amount,
    upper: d.upper,
    dimension: d.dimension,
    comparator: d.comparator,
    change: d.change,
    period: d.period,
  };
  return Object.assign(copy, changes);
}

/** A value said to be the target, in whatever part (`目标增速8.2%`, `增速目标分别为15%、13%`, `预期目标22.19亿元、增速6.5%`, `确保目标增长12%`). */
const TARGET_NAMED = /目标(?:增速|增幅|任务|值)?(?:分别)?(?:为|是)?(?:增长|下降|达到)?$/;
/** Words before the target that make the value a result measured against it: `完成年度目标任务120%`, `超计划目标5.28%`. */
const MEASURED_AGAINST = /完成|实现|超额|超过|超(?:计划|年度|序时|预期)|高于|低于|优于|好于|达到/;
/** How far a value listed after a target may stand from it (`、增速`). */
const TARGET_LIST_GAP = 4;

/**
 * Figures of one sentence, found `at` in its paragraph, from its tokens (at offsets from the sentence's start); drafts' offsets
 * are the paragraph's. The work of each value is done in functions of its own (`siteAt`, `statesNoTarget`, `indicatorOf`,
 * `indicatorInContext`, `draftAt`): the JIT compiles small functions in far less time than one large one.
 */
function sentenceFigures(sentence: string, sentenceTokens: readonly Token[], period: Period | undefined, at: number, leadSentence: string, topicBefore: string, forecast: boolean, partOfYear: boolean): Draft[] {
  const drafts: Draft[] = [];
  let periods: RegExpExecArray[] | undefined;
  let periodsBefore = 0;
  let previousClause = '';
  /** The clause before said values of each of several subjects (`分别达A、B`). */
  let previousDistributed = false;
  const inParentheses = parenthesesScanner(sentence);
  // `主要预期目标是：预计增长5.5%左右`: 预计 stating the targets forecasts nothing.
  const predicted = sentence.search(FORECAST);
  const forecastAt = forecast ? 0 : predicted > 0 && TARGETS_STATED.test(sentence.slice(0, predicted)) ? -1 : predicted;
  /** Values inside a description of what a count counts (`5个总投资120亿元的项目`). */
  const describingTokens = new Set<Token>();
  // A review of the year so far (`元-4月累计完成投资10.14亿元`, or a document titled so: `…截至5月末进展情况`) may state the year's
  // plan it measures against, still ahead.
  const yearInProgress = period === 'review' && (partOfYear || YEAR_IN_PROGRESS.test(sentence));
  // So is the year's count of key works it sets out (`今年我省共安排省重大项目220个`), in that sentence.
  const keyWorksSetOut = yearInProgress && YEARS_KEY_WORKS.test(sentence);
  const profile = WORK_PROFILE.test(sentence);
  const effectFrom = (sentence.includes('后') ? WORK_EFFECT.exec(sentence)?.index : undefined) ?? Infinity;
  // A work's profile may start inside the sentence (`…正在建设的有A医院，该项目总建筑面积…，设计病床1000张`): what follows is its size.
  const profileFrom = (sentence.includes('项目') || sentence.includes('工程') ? PROFILE_CLAUSE.exec(sentence)?.index : undefined) ?? Infinity;
  /** Money opening the sentence with nothing named, spent on the works counted after it (`lifted`: else it is no target). */
  let spentAhead: { draft: Draft; lifted: boolean } | undefined;
  /** How the count a `其中` clause breaks down was counted (`计划完成各类工程1911件，其中：水毁修复64件，…`), for the rest of the sentence. */
  let brokenDown: Period | undefined;
  /** The last value, if works counted by their kind that nothing dates and nothing says are no target (`科技创新项目15个`). */
  let undatedWorks: Draft | undefined;
  let next = 0;
  for (let clauseStart = 0; clauseStart < sentence.length && next < sentenceTokens.length; ) {
    const clauseEnd = runEnd(CLAUSE_RUN, sentence, clauseStart);
    const tokens = takeTokens(sentenceTokens, next, clauseStart, clauseEnd);
    next += tokens.length;
    const view = clauseView(sentence, clauseStart, clauseEnd, tokens, period === 'plan');
    const { clause } = view;
    if (brokenDown === undefined && clauseStart > 0 && BREAKS_DOWN.test(clause)) brokenDown = periodOfKind(drafts[drafts.length - 1]?.kind);
    let cursor = 0;
    let distributed: { subjects: string[]; values: Draft[] } | undefined;
    /** Whether the value is one said to be the target, or listed right after one. */
    let targets = false;
    for (const t of tokens) {
      // A voltage names a class of line or station (`新建750千伏和330千伏电网工程16个`): it stays in the next indicator.
      if (VOLTAGE.has(t.unit)) continue;
      const rawBefore = clause.slice(cursor, t.index);
      const lead = runEnd(LEADING_JOINERS, rawBefore, 0);
      // Spaces before a value (`不低于 97.5%`, as text from PDFs has them) are no words.
      const before = rawBefore.slice(lead).trimEnd();
      const unit = t.scale + (t.unit || '');
      // `增长8%、力争9%`: a stretch of the value just before is part of its statement, not a second target.
      const previous = drafts[drafts.length - 1];
      if (rawBefore.includes('力争') && STRETCH.test(rawBefore) && previous && !distributed && previous.unit === unit && previous.valueEnd === at + clauseStart + cursor) {
        previous.end = at + clauseStart + t.end;
        cursor = t.end;
        continue;
      }
      const site = siteAt(sentence, view, t, before, unit, cursor, previous, at);
      // Most values have no 目标 before them: the pattern is tried only where one is.
      targets = before.includes('目标') && TARGET_NAMED.test(before) ? !MEASURED_AGAINST.test(clause.slice(0, t.index)) : targets && rawBefore.length <= TARGET_LIST_GAP && !rawBefore.endsWith('的');
      // The year's planned investment of works counted (`重点项目9个，…年度计划投资10.3亿元`) is a target wherever nothing dates
      // it as past; one work's (`A项目总投资3.4亿元，年度计划投资1.9亿元`) is its profile.
      const yearPlanned = period !== 'review' && before.includes('投资') && YEAR_PLANNED.test(before) && WORKS_COUNTED.test(sentence.slice(0, clauseStart + t.index));
      // `朝着GDP突破700亿元的目标笃定前行`: a value said to be the target aimed at, wherever it stands.
      const aimedAt = period !== 'review' && site.rest.startsWith('的') && TARGET_OF.test(site.rest) && AIMED_AT.test(clause.slice(0, t.index));
      // `2016年计划投资60.35亿元，元-4月累计完成投资10.14亿元`: the plan of a year in progress, not the share done of it (`占年度计划投资的16.8%`).
      const plannedAhead = yearInProgress && (keyWorksSetOut || AIMS.test(clause.slice(0, t.index))) && !DONE_SO_FAR.test(clause);
      let kind: FigureKind =
        forecastAt !== -1 && forecastAt + 2 <= clauseStart + t.index ? 'forecast' : targets || yearPlanned || aimedAt || plannedAhead ? 'goal' : view.reportsDone ? 'achievement' : kindOf(brokenDown ?? period);
      // A measure of the works counted just before is of their time: `已集中开工137个重点项目，总投资426.9亿元`; not the year's
      // (`集中开工重点项目共45个，年度投资约172亿元`), planned whenever they started.
      if (kind === 'goal' && !plannedAhead && site.worksMeasured !== undefined && previous?.kind === 'achievement' && !YEARS_MEASURE.test(site.worksMeasured)) kind = 'achievement';
      // Where nothing dates them, works counted with their year's planned investment after them (`科技创新项目15个,年度计划投资14亿元`)
      // are the plan's; not works at a stage (`这次集中开工重点项目共45个`) nor held in reserve (`储备项目1241个`, a stock).
      if (yearPlanned && kind === 'goal' && previous !== undefined && previous === undatedWorks) previous.kind = 'goal';
      // Only a goal, an achievement or a forecast can turn out to state no target (`other` already says so).
      // Works counted that nothing dates may still turn out to be planned (`undatedWorks`), unless they state no target either.
      const undatedCount = kind === 'other' && period === undefined && site.entry?.dimension === 'count';
      const noTarget = (kind !== 'other' || undatedCount) && (describingTokens.has(t) || inShortQuote(sentence, clauseStart + t.index, clauseStart + t.end) || inParentheses(clauseStart + t.index) || profile || clauseStart + t.index > effectFrom || clauseStart + t.index > profileFrom || statesNoTarget(site));
      if (noTarget) kind = 'other';

      // What the value measures (`indicatorOf`), or the subjects a list of values is spread over (`A、B分别增长X、Y`).
      const start = clauseStart + cursor + lead;
      let end = t.end;
      let indicator = '';
      const subjectMatch = distributedBy(before);
      // `…分别达6.9万元、3.4万元，增长4.2%、5.3%`: a bare verb before values listed goes on with the subjects before.
      const listGoesOn = !subjectMatch && !distributed && previousDistributed && site.afterText === '、' && site.nextToken?.unit === t.unit && cleanIndicator(before) === '';
      if (subjectMatch || listGoesOn) {
        distributed = { subjects: listedSubjects(subjectMatch ? before.slice(0, subjectMatch.index) : '', previousClause), values: [] };
      } else {
        const named = indicatorOf(site, previousClause, previous?.indicator, describingTokens, drafts);
        indicator = named.indicator;
        end = named.end;
      }
      indicator = indicatorInContext(indicator, end, site, previous, previousClause, leadSentence, topicBefore, at);
      periods ??= matches(PERIOD, sentence);
      while (periodsBefore < periods.length && periods[periodsBefore]!.index < clauseStart + t.index) periodsBefore++;
      const draft = draftAt(site, kind, indicator, start, clauseStart + end, periods[periodsBefore - 1]?.[0], at);
      if (distributed) distributed.values.push(draft);
      else drafts.push(...eachSubject(draft));
      undatedWorks = undatedCount && !noTarget && WORKS_KIND_END.test(draft.indicator) && !WORKS_VERB_IN.test(draft.indicator) && !draft.indicator.includes('储备') ? draft : undefined;
      if (site.beforeWorks && (site.investsAhead || BARE_INVESTMENT.test(indicator))) spentAhead = { draft, lifted: site.investsAhead };
      // A threshold or a size class qualifying what the next value counts stays in that value's subject: `新增年收入超50万元的
      // 经济强村5个`, `应税销售收入20亿元以上企业达10家` (works counted by size keep their verb: `引进5000万元以上项目60个`).
      const classes =
        site.threshold ||
        (kind === 'other' && t.comparator === '以上' && site.nounFollows && !/^(?:项目|工程)/.test(site.afterText)) ||
        (site.entry?.dimension === 'money' && SIZED_FIRMS_AFTER.test(site.rest));
      if (!(classes && site.nextToken && QUALIFIED_NOUN.test(site.afterText))) cursor = t.end;
    }
    if (distributed) drafts.push(...distribute(distributed.subjects, distributed.values, drafts));
    previousDistributed = distributed !== undefined && distributed.values.length > 1;
    previousClause = clause;
    clauseStart = clauseEnd + 1;
  }
  if (spentAhead) {
    // The works the money is spent on are the projects the next value counts; else it is a project's investment, no target.
    const { draft, lifted } = spentAhead;
    const works = drafts[drafts.indexOf(draft) + 1];
    if (works?.dimension === 'count' && WORKS_KIND_END.test(works.indicator)) draft.indicator = `${works.indicator}${draft.indicator.replace(BARE_INVESTMENT_WORDS, '')}`;
    else if (lifted) draft.kind = 'other';
  }
  return drafts;
}

/** What a listed subject measures, named once on the last one (`人参、食用菌全产业链产值`, `通讯器材、家用电器零售额`). */
const SHARED_HEAD = /(?:全产业链|产业链|全行业|领域|行业)?(?:总产值|产值|增加值|总产量|产量|零售额|销售额|营业额|(?:进出口|进口|出口)?总额|营业收入|投资额|投资|产能|装机|销量|出口额|进口额|产业规模|居民人均可支配收入|企业数量)$/;

/** How far after a value the 的 before a work's name may stand: `、惠及3600万人的`. */
const DESCRIPTION_REACH = 16;

/** Works of a kind named after a value's 的: `乡村道路`, `污水管网改造`. */
function worksOfAKind(text: string): boolean {
  const name = followingName(text);
  return WORK_SUFFIX.test(name) && isGenericWork(name);
}

/** True when the clause after a value goes on to a work it describes: `…的引大济岷“世纪工程”`, `的城北水厂建设`, `的绿色建材产业园`. */
function describesWork(clause: string, from: number): boolean {
  const of = clause.indexOf('的', from);
  if (of === -1 || of - from > DESCRIPTION_REACH) return false;
  const name = clause.slice(of + 1).replace(/[“”"]/g, '').replace(/建设$/, '');
  return name.length >= 3 && WORK_SUFFIX.test(name);
}

/** A count of listed subjects and what they are, ending the last one: `三大主导产业`. */
const SUBJECTS_COUNT = /([两二三四五六七八九十])[大个项类][\u4e00-\u9fff]{0,6}$/;

/**
 * A rate of change said once of listed subjects is each one's (`工业投资、民间投资年均增长6%`, `规上工业产值和服务业增加值增长12%`),
 * as is a share of listed rates; an amount is their sum.
 */
function eachSubject(draft: Draft): Draft[] {
  if (draft.unit !== '%' || !(draft.indicator.includes('、') || twoMeasuresJoined(draft.indicator))) return [draft];
  // Places listed in brackets say what the subject holds (`城六区(东城、西城、朝阳)常住人口`): one subject.
  if (LISTED_IN_BRACKETS.test(draft.indicator)) return [draft];
  const subjects = listedIn(draft.indicator).map((s) => cleanIndicator(s));
  if (subjects.some((s) => s.length < 2)) return [draft];
  // So is a share said of listed rates (`开工率、完工率、验收率达100%`): each reaches it.
  if (!(draft.change && RATE_CHANGE.test(draft.change)) && !subjects.every((s) => s.endsWith('率'))) return [draft];
  return shareHead(shareOwner(subjects)).map((indicator) => redrafted(draft, { indicator }));
}

/** A list inside brackets: `(东城、西城`. */
const LISTED_IN_BRACKETS = /[（(][^（）()]*、/;

/** A last subject joined by 和 (`亩均税收、人均税收和亩均技工贸总收入`); not within a sector's name (`交通运输、仓储和邮政业`). */
const LAST_JOINED = /^([\u4e00-\u9fff]{3,})(?:和|及|与)([\u4e00-\u9fff]{3,})$/;

/** Two measures joined by 和 alone: `规上工业产值和服务业增加值` (not a sector's name, `仓储和邮政业`). */
function twoMeasuresJoined(indicator: string): boolean {
  const joined = LAST_JOINED.exec(indicator);
  return joined !== null && SHARED_HEAD.test(joined[1]!) && SHARED_HEAD.test(joined[2]!);
}

/** The subjects of an indicator listing them with 、, the last one split at its 和 when both sides are names. */
function listedIn(indicator: string): string[] {
  const subjects = indicator.split('、');
  const joined = LAST_JOINED.exec(subjects[subjects.length - 1]!);
  return joined ? [...subjects.slice(0, -1), joined[1]!, joined[2]!] : subjects;
}

/** Measures of a firm, said bare after the first names whose they are. */
const OWNED_MEASURES = '产值|税收|营收|营业收入|销售收入|利润|利税';
const OWNED_MEASURE = new RegExp(`^(?:${OWNED_MEASURES})$`);
const OWNED_MEASURE_END = new RegExp(`(?:${OWNED_MEASURES})$`);

/** `中联重科产值、税收` → `中联重科产值`, `中联重科税收`: bare measures after the first take its owner. */
function shareOwner(subjects: string[]): string[] {
  if (subjects.length < 2) return subjects;
  const owner = subjects[0]!.replace(OWNED_MEASURE_END, '');
  if (owner.length < 2 || owner === subjects[0] || !subjects.slice(1).every((s) => OWNED_MEASURE.test(s))) return subjects;
  return subjects.map((s, i) => (i === 0 ? s : owner + s));
}

const RATE_CHANGE = /^(?:增长|下降|提高|降低)$/;

/** How far into the last subject its qualifier may end. */
const QUALIFIER_LONGEST = 4;

/**
 * The head the last subject shares when every earlier one is a qualifier: ending as the last one's qualifier ends
 * (`国家级、部级创新平台`, `急难型、支出型临时救助最低标准`), or two characters long as its own is (`城市、县城、农村污水处理率`,
 * `刑事、治安案件`). Undefined otherwise (`制造业、普惠小微贷款余额`: where 普惠小微 ends cannot be told).
 */
function qualifiedHead(subjects: readonly string[]): string | undefined {
  if (subjects.length < 2) return undefined;
  const earlier = subjects.slice(0, -1);
  const last = subjects[subjects.length - 1]!;
  const ending = earlier[0]!.at(-1)!;
  const qualifierEnd = last.indexOf(ending) + 1;
  if (earlier.every((s) => s.length <= QUALIFIER_LONGEST && s.endsWith(ending)) && qualifierEnd >= 2 && qualifierEnd <= QUALIFIER_LONGEST) return last.slice(qualifierEnd);
  return earlier.every((s) => s.length === 2) && last.length >= 4 ? last.slice(2) : undefined;
}

/** A subject naming its own measure (`农民人均纯收入` before `和城镇居民人均可支配收入`) takes no other subject's head. */
const MEASURED = /(?:收入|总值|产值|增加值|总额|率|指数)$/;

/** `人参、食用菌全产业链产值` → `人参全产业链产值`, `食用菌全产业链产值`: earlier subjects take the last one's head. */
function shareHead(subjects: string[]): string[] {
  const last = subjects[subjects.length - 1] ?? '';
  const head = SHARED_HEAD.exec(last)?.[0] ?? qualifiedHead(subjects);
  if (!head || subjects.length < 2 || last.length === head.length) return subjects;
  // `A、B、C三大主导产业产值`: the count of the list on its last subject names the list, not C.
  const count = SUBJECTS_COUNT.exec(last.slice(0, -head.length));
  const own = count && numeralValue(count[1]!) === subjects.length ? last.slice(0, count.index) + head : last;
  return subjects.map((s, i) => (i < subjects.length - 1 ? (SHARED_HEAD.test(s) || MEASURED.test(s) ? s : s + head) : own));
}

/**
 * `A、B分别增长X、Y` pairs subjects with values; `A、B均增长X` and a subject-less `分别增长X` after
 * two figures give each subject the value.
 */
function distribute(subjects: string[], listed: Draft[], previous: Draft[]): Draft[] {
  // The verb before the list is every value's (`分别增长6%、60.7%`).
  const change = listed[0]?.change;
  let values = change ? listed.map((v) => (v.change ? v : redrafted(v, { change }))) : listed;
  // `1.28万亿、1.18万亿、8200亿元`: a value with a scale alone takes the unit the last one names.
  const last = values[values.length - 1];
  const unitTail = last?.unit.replace(SCALE_AT_START, '') ?? '';
  if (unitTail && unitTail !== last!.unit) {
    values = values.map((v) => (SCALE_ALONE.test(v.unit) ? redrafted(v, { unit: v.unit + unitTail, dimension: last!.dimension || v.dimension }) : v));
  }
  // `城乡居民人均可支配收入分别增长6%、7.5%`: town and country, each named.
  let names = subjects.length === 1 && values.length === 2 && subjects[0]!.startsWith('城乡') ? ['城镇', '农村'].map((w) => w + subjects[0]!.slice(2)) : subjects;
  if (names.length === 0) {
    const seen = new Set<string>();
    for (let i = previous.length - 1; i >= 0 && seen.size < 6; i--) {
      const p = previous[i]!;
      if (p.indicator && !seen.has(p.indicator)) seen.add(p.indicator);
    }
    names = [...seen].reverse().slice(-Math.max(values.length, seen.size));
  }
  if (names.length === values.length) return values.map((v, i) => redrafted(v, { indicator: names[i]! }));
  if (values.length === 1 && names.length > 1) return names.map((name) => redrafted(values[0]!, { indicator: name }));
  if (names.length === 0) return values;
  return values.map((v, i) => redrafted(v, { indicator: names[Math.min(i, names.length - 1)]! }));
}

/** 要 requiring what follows (not 主要, 需要, 纲要, 概要, 摘要, 提要, 必要, nor 要求). */
const REQUIRES = '(?<![主重需只纲概摘提必])要';
/** A modal of what will or must be done: `将`, `要` (not 将军, 将领, 将近, 要求). */
const MODAL = `(?:将(?![军领士帅近])|${REQUIRES}(?!求))`;

/** The total investment of works counted (`重点项目总投资`, `总投资额`): a target where a plan part sets it, else their profile. */
const WORKS_TOTAL_INVESTMENT = /^(?:.*(?:项目|工程))?总投资额?$/;
/** Bounds news rounds an amount with, not a target's: `逾2861亿元`, `超百亿元`, `约5亿元`. */
const ROUNDED = new Set(['逾', '超', '超过', '约', '近', '多', '余']);
/** Words aiming at what a sentence states, or requiring it (`要开复工`, `将实施`). */
const AIMED = new RegExp(`力争|确保|目标|${MODAL}`);

/**
 * How a paragraph nothing dates is read: `closed` (a plan part follows it), `targets` (a sentence setting a target plans) or
 * `ahead` (a report on a plan, such as news of a government work report: a sentence telling nothing done plans).
 */
type Openness = 'closed' | 'targets' | Ahead;

/**
 * A report on a plan for `year` (the latest its lead names, see `planYearOf`): what earlier years date reviews. `speaksOf`
 * is the year the paragraphs before spoke of last (see `yearSpokenOf`).
 */
interface Ahead {
  year: number;
  speaksOf?: number;
}

/** The end of a year a figure is dated by: `2021年底`. */
const YEAR_END_PERIOD = /^(\d{4})年(?:底|末)$/;

/** Whether a figure is dated by the end of a year before `year`. */
function datedBefore(period: string, year: number): boolean {
  const end = YEAR_END_PERIOD.exec(period);
  return end !== null && Number(end[1]) < year;
}

/** How long a task heading its progress may be: `解决人畜饮水最困难地区500万人饮水安全（2013—2017年）`. */
const TASK_WITH_PROGRESS = 40;

/**
 * Whether a paragraph nothing dates opens on a task, a short clause telling nothing done, and goes on with its progress so far
 * (`2606个撤并村通公路（2013—2017年）。上半年已完成建设4022公里…占总计划的99.2%。`): the task is planned.
 */
function leadsProgress(text: string, first: number, firstEnd: number): boolean {
  if (firstEnd - first > TASK_WITH_PROGRESS || firstEnd >= text.length) return false;
  const lead = text.slice(first, firstEnd);
  const rest = text.slice(firstEnd + 1);
  return !/[，,]/.test(lead) && !TELLS_DONE.test(lead) && (DONE_SO_FAR.test(rest) || YEAR_IN_PROGRESS.test(rest));
}

/** Figures of one paragraph's text, offsets relative to it; see `Openness` and `sentencePeriod`. */
function textFigures(text: string, period: Period | undefined, open: Openness, planned: number, partOfYear: boolean): Draft[] {
  const drafts: Draft[] = [];
  // Values are found in the whole text at once (none spans a break); sentences and clauses are cut only around them.
  const tokens = tokensIn(text);
  if (tokens.length === 0) return drafts;
  // A short first sentence heads the paragraph: `全面加快东山组团建设。`
  let first = 0;
  while (first < text.length && SENTENCE_ENDS.indexOrEnd(text, first) === first) first++;
  const firstEnd = SENTENCE_ENDS.indexOrEnd(text, first);
  const leadSentence = firstEnd - first <= LEAD_SENTENCE ? text.slice(first, firstEnd) : '';
  const taskLead = period === undefined && typeof open === 'string' && leadsProgress(text, first, firstEnd);
  let next = 0;
  // An open paragraph that tells nothing done plans in every sentence (`谋划一批。积极谋划…16个重点项目。签约一批。…力争…`).
  const plans = open === 'targets' && !TELLS_DONE.test(text) && !DONE_SO_FAR.test(text);
  const behind = typeof open === 'object' ? yearsBehind(open) : undefined;
  const backFromOpening = open === 'targets' || (open === 'closed' && period === undefined) || (period === 'plan' && LABELLED_BACK.test(text)) ? lookingBack(text) : undefined;
  const reviewedYear = period === 'plan' || open === 'targets' ? yearsBeforeTargets(text, planned) : undefined;
  const aheadYear = period === 'review' ? yearsAfterReview(text) : undefined;
  // Before a plan part, a sentence setting targets for the document's year (`重庆2022年计划实施…850个`) plans.
  const plansYearBefore = (sentence: string) => open === 'closed' && period === undefined && planned > 0 && planYearIn(sentence) === planned && !TELLS_DONE.test(sentence);
  /** Whether a sentence opening with 预计 (`经初步预计，…`) goes on through its `；`-items. */
  let forecasting = false;
  /** How the last sentence with figures counted its first: planned or done. */
  let countedBefore: Period | undefined;
  /** Whether the sentence, or the one whose `；`-items it goes on, breaks down what the one before counted (BREAKS_DOWN). */
  let breakingDown = false;
  /** Whether a sentence of a plan looking back (`前三季度，…增长6.8%；`) goes on through its `；`-items. */
  let lookingBackItems = false;
  /** Whether the `；`-items go on telling what was done (`截至目前，续建30个，开工29个；新建52个，开工20个`) until one looks ahead. */
  let doneItems = false;
  /** A sentence before that is a topic alone (`在全面提升城市功能品质上。`), with the comma it lacks: the next one's measures are of it. */
  let topicBefore = '';
  /** The figures of the last sentence with any: a list of values after it may be of its subjects (`namedAsBefore`). */
  let foundBefore: Draft[] = [];
  for (let start = 0; start < text.length && next < tokens.length; ) {
    const end = SENTENCE_ENDS.indexOrEnd(text, start);
    const opensForecast = opensForecastAt(text, start, end);
    const sentence = text.slice(start, end);
    const reviews = behind?.(sentence) ?? false;
    const reviewed = reviewedYear?.(sentence) ?? false;
    // A review turning to the next year (`明年是…突破之年，将…初步安排287个项目`) plans in that sentence.
    const ahead = (aheadYear?.(sentence) ?? false) || (period === 'review' && OPENS_ON_NEXT_YEAR.test(sentence) && SETS_TARGET.test(sentence));
    const back: boolean = (backFromOpening?.(sentence) ?? false) || ((plans || period === 'plan') && (lookingBackItems ? !looksAhead(sentence) : looksBack(sentence)));
    const toldDone: boolean = doneItems && !looksAhead(sentence);
    // `其中制造业项目21个，…；…` breaks down, item by item, what the sentence before counted, as it counted it; so do the
    // items after a colon (`按产业类别划分：基础设施项目6个，…`).
    breakingDown = breakingDown || BREAKS_DOWN.test(sentence);
    if (tokens[next]!.index < end) {
      const inSentence = takeTokens(tokens, next, start, end);
      next += inSentence.length;
      const own = reviews ? undefined : reviewed || back ? 'review' : ahead || plansYearBefore(sentence) || (taskLead && start === first) ? 'plan' : sentencePeriod(sentence, plans ? 'plan' : period, open, toldDone);
      const found = sentenceFigures(sentence, inSentence, own ?? (breakingDown && !TELLS_DONE.test(sentence) ? countedBefore : undefined), start, leadSentence, topicBefore, forecasting && !opensForecast, partOfYear);
      if (!breakingDown) {
        // What a breakdown goes on with is the first count (`5000万元以上项目20个`: not the threshold describing what is counted).
        countedBefore = periodOfKind((found.find((d) => d.dimension === 'count') ?? found[0])?.kind);
      }
      // `2023年A增长4.1%，2024年预计增长5%`: a value dated by an earlier year is a result.
      if (typeof open === 'object') for (const d of found) if (d.kind === 'goal' && d.period && yearsIn(d.period).some((y) => y < open.year)) d.kind = 'achievement';
      // So is one in a plan dated by the end of a year before the plan's: `截至2021年底累计完成投资88.64亿元` in the plan for 2022.
      if (period === 'plan' && planned > 0) for (const d of found) if (d.kind === 'goal' && d.period && datedBefore(d.period, planned)) d.kind = 'achievement';
      // Where no part of the document plans (news of a ceremony, an open paragraph), works' total investment describes them,
      // also when news rounds it (`总投资逾2861亿元`), unless bounded, aimed at or required as a target is (`总投资9000亿元以上`,
      // `力争…总投资9000亿元`, `要开复工…，总投资…`).
      if (period === undefined && !AIMED.test(sentence)) for (const d of found) if (d.kind === 'goal' && (d.comparator === undefined || ROUNDED.has(d.comparator)) && WORKS_TOTAL_INVESTMENT.test(d.indicator)) d.kind = 'other';
      namedAsBefore(sentence, found, foundBefore);
      foundBefore = found;
      drafts.push(...found);
    }
    const itemFollows = endsItem(text, end);
    breakingDown &&= itemFollows || text[end] === '：' || text[end] === ':';
    forecasting = (forecasting || opensForecast) && itemFollows;
    lookingBackItems = back && itemFollows;
    doneItems = (toldDone || DONE_ON.test(sentence)) && itemFollows;
    topicBefore = end - start <= TOPIC_LONGEST ? topicAlone(sentence) : '';
    start = end + 1;
  }
  return drafts;
}

/**
 * Values listed with 分别 and no subject, one for each figure of the sentence before in the same units, are of its subjects in turn:
 * `2015年A、B分别达到90%、13.5年；2020年分别达到98%、15年`.
 */
function namedAsBefore(sentence: string, found: Draft[], before: readonly Draft[]): void {
  if (before.length < 2 || !sentence.includes('分别')) return;
  const bare = found.filter((d) => d.indicator === '');
  if (bare.length !== before.length || !bare.every((d, i) => d.unit === before[i]!.unit && before[i]!.indicator !== '')) return;
  bare.forEach((d, i) => (d.indicator = before[i]!.indicator));
}

/** A paragraph labelled as telling the year behind: `去年:投资消费强劲拉动。…`. */
const LABELLED_BACK = /^[\s\u3000]*(?:去年|上年|上一年|过去一年)[：:]/;

/** A sentence breaking down what the one before counted: `其中制造业项目21个`, `按产业类别划分：基础设施项目6个`, `分行业看，`. */
const BREAKS_DOWN = /^[\s\u3000]*(?:其中[，,：:]?|按[^，。；：:]{1,8}(?:划分|分)[，,：:]|分(?:行业|领域|类别|产业|地区|区域)看[，,：:])/;

/** 预计 as a sentence's first clause (`经初步预计，`, `据统计预测，`): what it says is forecast, in each of its `；`-items too. */
const FORECAST_OPENING = new RegExp(`[\\s\\u3000]*(?:经|据)?(?:初步)?(?:测算|统计|核算)?${FORECAST_WORD}[，,：:]`, 'y');

/** Whether the sentence of `text` from `start` to `end` opens with FORECAST_OPENING (read in place: most sentences fail at once). */
function opensForecastAt(text: string, start: number, end: number): boolean {
  FORECAST_OPENING.lastIndex = start;
  return FORECAST_OPENING.test(text) && FORECAST_OPENING.lastIndex <= end && !TARGETS_STATED.test(text.slice(start, end));
}

/** Words turning to the year behind: `过去一年来，`, `过去的一年实现…`, `成立一年以来`, `去年，`, `这一年，` (as a review tells it). */
const YEAR_BEHIND = '(?:(?:过去的?一年以?来?|一年以?来)[，,]?|(?:去年|上一?年|这一年)[，,])';
/** A span of years: `五年`, `3年`. */
const SPAN_OF_YEARS = '(?:[两二三四五六七八九十]|\\d{1,2})年';
/** Words turning to the years behind: `过去五年，`, `这五年，`, `近三年来，`, `六年来，`. */
const YEARS_BEHIND = `(?:(?:过去的?|这|近)${SPAN_OF_YEARS}(?:以?来|里|间)?|${SPAN_OF_YEARS}以?来)[，,]`;
/** The part of the year done so far, opening a sentence: `前三季度，`, `今年上半年，`, `1-9月，`, `前10个月，`. */
const PART_DONE = '(?:今年)?(?:前[一二三]季度|上半年|一季度|1[-—–~～至]\\d{1,2}月份?|前\\d{1,2}个月)[，,]';
/** Where the words after come from: `报告指出，`, `政府工作报告指出，`, `《政府工作报告》显示，`, `数据显示，`, `据统计，`, `记者从…获悉，`. */
const SOURCE_SAYS = '(?:《?[^，。；！？《》]{0,8}?报告》?(?:指出|提到|显示|回顾)|(?:数据|统计)(?:显示|表明)|据统计|[^，。；！？]{0,40}?(?:获悉|了解到))[，,]';
/** A sentence's start, past spaces and the quote a news item may open on (`“初步核算，…”1月11日上午，…`). */
const SENTENCE_START = '^[\\s\\u3000“]*';
/** Statistics of what was done: `初步统计，`, `据初步核算，`. */
const COUNTED_SO_FAR = '(?:经|据)?初步(?:统计|核算)[，,]';
/** Where things stand now, opening a sentence: `目前，`, `截至目前，`. */
const STANDING_NOW = '(?:截[至止])?目前[，,]';
/**
 * A sentence opening on the years behind (`过去一年，`, `过去五年，`, `去年，`, `去年全市…`, `报告指出，过去的一年…`, `记者从…获悉，去年…`) or on what is done since the year began
 * (`今年以来，`, `从数据上看，前三季度，`), saying nothing of the year ahead after it.
 */
const LOOKS_BACK = new RegExp(`${SENTENCE_START}(?:${SOURCE_SAYS}|[^，。；！？]{1,8}看[，,])?(?:${YEAR_BEHIND}|${YEARS_BEHIND}|去年(?!同期)|(?:今年|年初)以来[，,]?|${PART_DONE}|${COUNTED_SO_FAR}|${STANDING_NOW})`);
const LOOKS_AHEAD = /今年|明年|力争|确保|(?<!(?:完成|实现)[^，。；！？]{0,40})(?:预期|目标)/;
/** Whether a text speaks of the year ahead or sets a target. */
const looksAhead = (text: string) => LOOKS_AHEAD.test(text) || SETS_TARGET.test(text);
/** Whether a sentence opens looking back (LOOKS_BACK) and says nothing of the year ahead after it. */
function looksBack(sentence: string): boolean {
  const back = LOOKS_BACK.exec(sentence);
  return back !== null && !looksAhead(sentence.slice(back[0].length));
}

/** Words saying what is done already: `已建成`, `同比`, `提前完成任务`. */
const DONE = /同比|比上年|比去年|已经?(?:全面|全部|基本|顺利)?(?:建成|完成|实现|达到?|超过?|突破)|(?:提前|超额|圆满)完成/;
/** Words that set a target (`力争`, `拟实施`, `计划开展`, `要开工`, `会议要求，` (not a plan by name: `三年行动计划实施`), `2023年，罗星街道将`, `2012年，我们要`, `今年，在…下，甲区还将`, `2016年是“十三五”开局之年，…开发区将`, a clause opening on a part of the year: `二季度，还将`, `4月底前，…也将`, a year's key works introducing their list: `2011年交通发展重点项目：`): `年内力争培育高新技术企业3家`; not a work's planned investment (`年度计划投资`) nor targets met (`圆满完成…年度目标任务`). */
const SETS_TARGET = new RegExp(`力争|确保|力求|将于(?:\\d{4}年|今年|明年|年内)(?:[内底]|年底前)?(?:${WORKS_VERBS}|新建|改扩建|实施|完成)|(?<!(?:完成|实现|超额完成)[^，。；！？]{0,16})(?:预期目标|目标任务)|(?<![模虚比个项家批])拟(?![定稿人态写订])|(?:要求|明确|确定)[，：:]|(?:\\d{4}年|今年|明年|新的一年里?|(?:^|[。；！？，,])[\\s\\u3000]*(?:[一二三四]季度|[上下]半年|年底前|\\d{1,2}月(?:底|末|份)?前)[，,])[，,]?[^。；！？，,]{0,12}?${MODAL}|(?:^|[。；！？])[\\s\\u3000]*(?:今年|明年)[，,][^。；！？]*?${MODAL}|(?:\\d{4}年|今年|明年)是[^。；！？]{0,60}?之年[^。；！？]{0,40}?${MODAL}|(?:(?<!行动)计划|${REQUIRES})(?:开复工|开竣工|新开工(?!的?项目)|开展|实施|完成|新增|新建|建设|开工|投产|安排|改造|引进|招引|培育|打造|实现|建成|达到|突破)|计划于?\\d{1,2}月(?:[上中下]旬|底|初|份)?(?:开工|施工|完工|建成|竣工|投用)|(?:今年|全年|年内)计划(?:总)?投资|(?:今年|明年|全年|年内)安排[^，。；！？]{0,16}?(?:完成|实现)|(?:\\d{4}年度?|今年|明年)[^。；！？，,：:]{0,12}?(?:重点项目|重点工程|重点工作|重点任务|主要任务)[：:]`);
/** A value bounded from below, as targets are (`达到96%以上`, `新铺天然气管道400公里以上`, `不低于95%`); not a range (`1000元以上5000元以下`). */
const BOUND_TARGET = /\d(?:[%％]|[\u4e00-\u9fff]{1,4})?以上(?=$|[，。；：、,;:！？）)])|(?:不低于|不少于)\d/g;
/** Words of a legal provision, whose bounds are limits and penalties (`处1000元以上罚款`, `期限一般不少于30日`), no targets. */
const PROVISION = /罚款|处分|责令|违反|违法|依法|不得|应当|期限/;

/** The year's key projects counted: `今年，东营区实施重点项目230个`, `今年，我区安排重点项目105个`, `2024年我省安排省重点建设项目1508个`. */
const YEARS_KEY_WORKS = /(?:今年|年内|全年|\d{4}年)[，,]?[^。；！？，,]{0,12}?(?:实施|安排)(?:[市省区县]级?)?(?:重点|重大)(?:建设)?(?:工程)?项目\d+[个项]/;

/**
 * The year's practical projects introducing their list (`纳入本市2025年民心工程的项目有`, `列出了政府今年推进…办实事的项目：`): targets;
 * not news of them settled (`2019年度10项民生实事日前确定，共涉及23个小项`).
 */
const YEARS_PRACTICAL = /(?:今年|明年|新的一年|\d{4}年)[^。；！？]{0,16}?(?:民生实事|民心工程|办实事|惠民实事)(?:[^，。；！？]{0,6}?(?:有|包括|如下)|[^。；！？]*[：:]\s*$)/;

/** The practical projects said done in their clause: `民生实事项目全部完成`, `十件实事全面落实`. */
const PRACTICAL_DONE = /(?:民生实事|民心工程|办实事|惠民实事)[^，。；！？]*?(?:完成|收官|落实|兑现|实现)/;
/** Whether `text` names the year's practical projects, not as done. */
const namesPractical = (text: string) => YEARS_PRACTICAL.test(text) && !PRACTICAL_DONE.test(text);
/** A sentence listing the year's practical projects, wherever it stands, unless it tells anything done. */
const listsPractical = (sentence: string) => namesPractical(sentence) && !TELLS_DONE.test(sentence);

/** Whether `text` sets a target: by its words, the year's key projects or practical projects, or a bound outside a legal provision. */
const setsTarget = (text: string) => SETS_TARGET.test(text) || YEARS_KEY_WORKS.test(text) || namesPractical(text) || TARGET_AFTER_VALUE.test(text) || boundsTarget(text);

/** A value said to be the target: `增长5%以上的目标`, `均增长百分之五左右的目标`. */
const TARGET_AFTER_VALUE = /(?:[\d%％]|百分之[一二三四五六七八九十点]+)(?:左右|以上|以内)?的(?:年度|全年|主要|预期|发展)*目标/;

/**
 * Whether a sentence of `text` bounds a value from below outside a legal provision (`打击违法用地` elsewhere in it does not matter)
 * and after no forecast (`预计城镇居民人均可支配收入达到22000元以上`: an estimate of the year behind sets nothing).
 */
function boundsTarget(text: string): boolean {
  for (const m of matches(BOUND_TARGET, text)) {
    const start = runStart(text, m.index, isSentenceEnd, m.index);
    if (FORECAST.test(text.slice(start, m.index))) continue;
    if (!PROVISION.test(text.slice(start, SENTENCE_ENDS.indexOrEnd(text, m.index)))) return true;
  }
  return false;
}

/** Progress told so far: `目前`, `以来` (not `项目前期`). */
const PROGRESS_SO_FAR = '(?<!项)目前|以来';
/** What tells done on through a sentence's `；`-items: results and progress so far, not a bare 了 (`其中涉农实事占了大半，主要有：…；…`). */
const DONE_ON = new RegExp(`${DONE.source}|${PROGRESS_SO_FAR}`);

/**
 * Words telling what was done (`确保了`, `同比增长`, `目前`, `年初以来`, a title won: `获评`, `荣获`, a rank held: `排名全国第一`, work
 * closed: `百项民生实事圆满收官`); not `为了`, `了解`, `力争获评`, `确保圆满收官`, `收官之年`, nor what a report put forward
 * (`报告提出了今年…目标`).
 */
const TELLS_DONE = new RegExp(`${DONE.source}|(?<!为|提出|明确|确定|强调|部署|印发|下达|下发|列出)了(?!解)|${PROGRESS_SO_FAR}|(?<!力争|争取|确保|努力)(?:获评|荣获)|(?<!力争|争取|确保|努力)(?:排名|位居|位列)(?:全国|全省|全市|全球[^，。；]{0,4})?第[一二三四五六七八九十\\d]|(?<!力争|争取|确保|努力|如期|按期|顺利)(?:圆满)?收官(?!之年)`);

/**
 * The period of a sentence in a paragraph of `period` (one of a plan part looking back is read before: see `looksBack`):
 * in an open paragraph (see `Openness`: a speech's or a town's plan without headings that say so, news of a
 * plan), one setting targets gives targets, and in a report on a plan one telling nothing done.
 */
function sentencePeriod(sentence: string, period: Period | undefined, open: Openness, toldDone: boolean): Period | undefined {
  if (period === undefined && (EXPECTED_GROWTH.test(sentence) || plansThisYear(sentence) || listsPractical(sentence))) return 'plan';
  if (period !== undefined || open === 'closed') return period;
  // A sentence stating targets (`制定了《…方案》，提出明确任务目标：…`, `设定了…增长5%左右的目标`) plans, whatever it tells done before them.
  if (TARGETS_STATED.test(sentence) || TARGET_AFTER_VALUE.test(sentence)) return 'plan';
  if (toldDone || TELLS_DONE.test(PLANNED_CHANGE.test(sentence) ? sentence.replace(YEAR_ON_YEAR, '') : sentence)) return period;
  // In an open paragraph, what is done so far (`已集中开工137个`, `占年计划68.3%`) is reported.
  return open === 'targets' ? (setsTarget(sentence) ? 'plan' : DONE_SO_FAR.test(sentence) ? 'review' : undefined) : 'plan';
}

/** A change on last year planned (`计划完成固定资产投资21.5亿元，同比增长6%`): its 同比 tells nothing done. */
const PLANNED_CHANGE = /(?<![年度])计划(?:完成|实现|达到)[^。；！？]*?(?:同比|比上年|比去年)/;
const YEAR_ON_YEAR = /同比|比上年|比去年/g;

/** A sentence opening on the year after the one reviewed: `明年，`, `明年是…之年`. */
const OPENS_ON_NEXT_YEAR = /^[\s\u3000]*明年/;
/** A sentence opening on the year ahead: `今年，`, `明年，`. */
const OPENS_ON_YEAR_AHEAD = /^[\s\u3000]*(?:今年|明年)[，,]/;
/** `今年，我省交通运输固定资产计划投资完成1390亿元`: the year ahead's plan, wherever it stands, unless it tells what is done. */
const plansThisYear = (sentence: string) => OPENS_ON_YEAR_AHEAD.test(sentence) && AIMS.test(sentence) && !TELLS_DONE.test(sentence);

/** A growth expected as a target (`GDP今年预期增长5%`), wherever it stands: not one beyond expectations (`超预期增长`). */
const EXPECTED_GROWTH = /(?<![超好高低出于乎])预期(?:增长|增速|目标)|(?:增长|增速)预期(?=[\d为是目])/;

/** Years a text names: `2023年`; not a base compared against (`较2021年`, `与2021年相比`). */
const YEAR_NAMED = /(?<![\dX较比与])(?:19|20)\d\d(?=年)/g;
/** A five-year plan a text names, by its numeral: `“十四五”` (2021–2025). */
const FIVE_YEAR_PLAN_NAMED = /(十[一二三四五六七八九])五/g;
/** Years that are not the plan's: in a title (`《…（2023—2026年）》`), ending a span, or a date targets are set for (`到2027年`). */
const NOT_PLAN_YEARS = /《[^》]*》|(?:[—–\-~～至]|(?<![谈说讲提])到)(?:19|20)\d\d(?=年)/g;
/** Years in a title or a title's span (`《…》`, `城市总体规划（2016年—2035年）`), which no sentence speaks of. */
const TITLE_YEARS = /《[^》]*》|[（(][\s\u3000]*(?:19|20)\d\d年?[\s\u3000]*[—–\-~～至到][\s\u3000]*(?:19|20)\d\d年?[\s\u3000]*[）)]/g;
/** A day (`2019年1月14日`): one in the plan's year tells when words are said (a news lead's date), not the year they speak of. */
const DAY_OF_YEAR = /((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/g;
/** The years behind, a term's (`五年来`, `过去五年`) or any other span (`六年来`, `十年来`, `过去3年`). */
const YEARS_BACK = new RegExp(`${SPAN_OF_YEARS}来|(?:过去|这)${SPAN_OF_YEARS}`);

/**
 * For the sentences of a paragraph in a report on the plan for `year`, in order: whether what the paragraph has turned to
 * so far is behind it, by the latest year named (`报告指出，2022年，雄安新区建设提速。…4所高校选址落位`) or by words looking
 * back (`报告指出，过去一年来，…`, `五年来，…；…140多家央企机构于新区注册`), until one turns to the year itself (`今年，…`).
 */
function yearsBehind({ year, speaksOf }: Ahead): (sentence: string) => boolean {
  return (sentence) => {
    speaksOf = yearSpokenOf(sentence, year, speaksOf);
    return speaksOf !== undefined && speaksOf < year;
  };
}

/**
 * The year a report on the plan for `year` speaks of after `sentence`, `before` it: the latest year it names, the year behind
 * when it looks back, the last year of a five-year plan it names (after words looking back: `过去的一年，…实现了“十三五”良好开局`),
 * the plan's year when it turns to it or sets a target, else still `before` (`具体来看，2022年…`, then
 * `在稳外贸方面，…新增国际航线15条` in the next paragraph, which CONTINUES).
 */
function yearSpokenOf(sentence: string, year: number, before: number | undefined): number | undefined {
  const read = sentence.replace(TITLE_YEARS, '').replace(DAY_OF_YEAR, (day, y: string) => (Number(y) === year ? '' : day));
  const named = yearsNamed(read);
  if (named.length > 0) return Math.max(...named);
  if (LOOKS_BACK_WITHIN.test(sentence) || YEARS_BACK.test(sentence)) return year - 1;
  const plans = fiveYearPlansNamed(read);
  if (plans.length > 0) return Math.max(...plans);
  if (THIS_YEAR.test(sentence) || looksAhead(sentence)) return year;
  return before;
}

/** A paragraph opening as going on with what the one before told: `在稳外贸方面，`, `具体来看，`, `此外，`, `全年…` (the year just spoken of). */
const CONTINUES = /^[\s\u3000]*(?:(?:具体来看|具体而言|其中|同时|此外|另外|在[^，。；]{1,20}?(?:方面|领域))[，,]|全年)/;

/**
 * Whether a paragraph of a report on the plan for `year` goes on with the year `before` the paragraphs before spoke of: it says
 * so (CONTINUES), or, after a year behind, it says nothing ahead and is a dash item spelling out what the one before told (`——经济
 * 持续健康发展。预计…增长10%以上`) or sets no target (`地方级财政收入完成478亿元，增长6.2%。` after `…首先回顾了2018年工作`):
 * a report's review goes on until a paragraph turns to the plan.
 */
function goesOn(text: string, before: number | undefined, year: number): boolean {
  if (CONTINUES.test(text)) return true;
  if (before === undefined || before >= year || LOOKS_AHEAD.test(text)) return false;
  if (DASH_ITEM.test(text)) return true;
  // An estimate of the year behind (`预计地区生产总值超过2100亿元，增长8.8%左右；…`) sets no target by its bounds.
  const stated = FORECAST.test(text) ? withoutForecasts(text) : text;
  return !(setsTarget(stated) || stated.includes('左右'));
}

/** Whether the sentence ending at `at` is a `；`-item, the next going on with it. */
const endsItem = (text: string, at: number) => text[at] === '；' || text[at] === ';';

/** `text` without its sentences that forecast (`预计…`), each with its `；`-items. */
function withoutForecasts(text: string): string {
  let kept = '';
  let forecasting = false;
  for (let start = 0; start < text.length; ) {
    const end = SENTENCE_ENDS.indexOrEnd(text, start);
    const sentence = text.slice(start, end + 1);
    forecasting = FORECAST.test(sentence) || (forecasting && endsItem(text, start - 1));
    if (!forecasting) kept += sentence;
    start = end + 1;
  }
  return kept;
}

const DASH_ITEM = /^[\s\u3000]*——/;

/** The year a report on a plan speaks of after a paragraph's `text`, the paragraphs before having spoken of `before`'s. */
function yearSpokenAfter(text: string, { year, speaksOf }: Ahead): number | undefined {
  for (let start = 0; start < text.length; ) {
    const end = SENTENCE_ENDS.indexOrEnd(text, start);
    speaksOf = yearSpokenOf(text.slice(start, end), year, speaksOf);
    start = end + 1;
  }
  return speaksOf;
}


/**
 * For the sentences of a paragraph nothing dates that opens on the years behind (`这五年，基础设施实现整体性提升。…整体供电能力提高
 * 1200万千瓦…`), in order: whether it still tells of them, until a sentence looks ahead (`今年`, `力争`, `目标`) or sets a
 * target (`2025年，全市将…`).
 */
function lookingBack(text: string): ((sentence: string) => boolean) | undefined {
  const opening = LOOKS_BACK.exec(text);
  if (!opening) return undefined;
  let back = true;
  let first = true;
  return (sentence) => {
    back &&= !looksAhead(first ? sentence.slice(opening[0].length) : sentence);
    first = false;
    return back;
  };
}

/** Words before a year reviewed: `回顾了2021年`, `回望2023年`, `刚刚过去的2011年`. */
const REVIEWED = '(?:(?:回顾|回望|回眸)了?|过去的)';
const REVIEWED_BEFORE = new RegExp(`${REVIEWED}$`);
/** Statistics accounting for a year, before it: `初步核算河南省2017年生产总值…`, `据初步统计，2023年…`; that year is behind. */
const ACCOUNTED_BEFORE = /(?:初步核算|初步统计|经核算)[，,]?[^，。；！？]{0,10}$/;
/** How far before a year ACCOUNTED_BEFORE reads. */
const ACCOUNTED_READ = 16;
/**
 * Words after a year reviewed: `对我州2017年政府工作进行了全面总结`, news of its results (`2021年，山西交出了亮眼“成绩单”`, `2024年，扬州多项工作被写入省政府“成绩单”`), and the
 * year told of as the one behind (`2020年是极不平凡的一年，一年来，…`).
 */
const REVIEWED_AFTER = `年(?:[^，。；]{0,12}?(?:工作)?进行了?(?:全面|系统)?(?:回顾|总结)|[，,]?[^，。；]{0,12}?(?:交出|递交|书写|写入|写进)了?[^。；]{0,8}?(?:成绩单|答卷)|是[^，。；]{0,16}?的一年[，,]${YEAR_BEHIND})`;
const REVIEWED_AFTER_YEAR = new RegExp(`^${REVIEWED_AFTER}`);

/**
 * A year's results estimated (`2016年新疆预计地区生产总值9550亿元`, `预计2016年…`, bounded or not; the year's digits at `at`): the year is
 * ending, the plan is the next one's; not an estimate after the year bounded as a target is (`2024年预计增长5%左右`), nor works' spending
 * or starts expected (`2025年预计完成投资7916.5亿元`, `2019年广州预计新开工项目130个`).
 */
const WORKS_SPENDING = '(?:年度|全年|年内)?(?:完成)?(?:总)?投资';
const WORKS_SPENDING_AFTER_YEAR = new RegExp(`^年(?:度)?${WORKS_SPENDING}`);
const ESTIMATED_AFTER_YEAR = new RegExp(`^年[^，。；]{0,12}?${FORECAST_WORD}(?!${WORKS_SPENDING}|新?开工|竣工|建成|投产)`);
function estimates(text: string, at: number): boolean {
  const after = text.slice(at + 4);
  const before = text.slice(Math.max(0, at - 2), at) === '预计' && !WORKS_SPENDING_AFTER_YEAR.test(after);
  if (before) return true;
  return ESTIMATED_AFTER_YEAR.test(after) && !TARGET_BOUNDS.test(text.slice(at, SENTENCE_ENDS.indexOrEnd(text, at)));
}

/** Bounds a target is stated with, not a result: `6.5%左右`, `8%以上`. */
const TARGET_BOUNDS = /左右|以上|以内|以下/;

/**
 * The latest year a text names as the plan's (`2026年`, not `到2027年` nor a title's span; `回顾了2021年` names 2022), else 0.
 * With `told`, a year opening results in figures where the text turns to 今年 or to the year behind elsewhere names the next too:
 * `2021年,我国国内生产总值达到114万亿元,增长8.1%。…今年发展主要预期目标是`, `刚刚过去的一年，…。2021年，全市生产总值完成3725亿元`.
 */
/** Where the words about a year come from, just before it: `报告显示，2019年山东省有…`. */
const SOURCE_SAYS_BEFORE = new RegExp(`${SOURCE_SAYS}$`);
/** How far before a year SOURCE_SAYS_BEFORE reads. */
const SOURCE_READ = 48;

function latestYearNamed(text: string, told = false): number {
  const read = text.replace(NOT_PLAN_YEARS, '');
  const turnsToThisYear = told && (THIS_YEAR.test(read) || TURNS_TO_YEAR_BEHIND.test(read));
  let latest = 0;
  for (const m of matches(YEAR_NAMED, read)) {
    const after = m.index + m[0].length + 1;
    const opens = read[after] === '，' || read[after] === ',' || read.startsWith('全年', after) || SOURCE_SAYS_BEFORE.test(read.slice(Math.max(0, m.index - SOURCE_READ), m.index));
    const sentence = turnsToThisYear && opens ? read.slice(after, SENTENCE_ENDS.indexOrEnd(read, after)) : '';
    // Read with its year: `2025年，全市将…` looks ahead by the modal after the year.
    const dated = read.slice(m.index, after) + sentence;
    const results = /\d/.test(sentence) && !TARGET_BOUNDS.test(sentence) && !looksAhead(dated) && !YEARS_KEY_WORKS.test(dated);
    const reviewed = REVIEWED_BEFORE.test(read.slice(Math.max(0, m.index - 3), m.index)) || ACCOUNTED_BEFORE.test(read.slice(Math.max(0, m.index - ACCOUNTED_READ), m.index)) || REVIEWED_AFTER_YEAR.test(read.slice(m.index + 4)) || estimates(read, m.index);
    const year = Number(m[0]) + (results || reviewed ? 1 : 0);
    if (year > latest) latest = year;
  }
  return latest;
}

/** The same after a sentence's end, as a paragraph is scanned for one. */
const YEAR_OPENING = new RegExp(`(?:^|[。；！？;!?])${YEAR_OPENS}`);
/** What YEAR_OPENING needs, found about ten times faster: most paragraphs name no year, and the scan for an opening tries every sentence. */
const YEAR_WRITTEN = /(?:19|20)\d\d年/;
const opensOnAYear = (text: string) => YEAR_WRITTEN.test(text) && YEAR_OPENING.test(text);

/**
 * For the sentences of a paragraph that plans, in order: whether the latest year a sentence opened on
 * (`2012年，…粮食总产41.1万吨；生猪出栏40万头`, `回顾2019年，…`) is before the latest year the paragraph names
 * (`2013年，…主要目标是：`) or the document's opening does (`planned`, 0 when none). A year opening without a comma
 * (`2021年巩固…`) counts against the paragraph's own years only: in a plan it may be a stale year written for the plan's.
 * Undefined where no sentence opens on a year: dates a target is set for (`到2025年`, `2023年底前`) turn to nothing.
 */
function yearsBeforeTargets(text: string, planned: number): ((sentence: string) => boolean) | undefined {
  if (!opensOnAYear(text)) return undefined;
  const named = latestYearNamed(text);
  const latest = Math.max(named, planned);
  let dated: number | undefined;
  return (sentence) => {
    const opening = OPENS_ON_YEAR.exec(sentence);
    if (opening) {
      const year = Number(opening[1]);
      // A year of a schedule setting its own targets (`2014年计划新开工…；2015年力争开工…`) dates no review.
      dated = (opening[2] || year < named) && !(setsTarget(sentence) && !TELLS_DONE.test(sentence)) ? year : undefined;
    } else if (THIS_YEAR.test(sentence)) {
      // `…今年发展主要预期目标是：` turns back to the plan's year.
      dated = undefined;
    }
    return dated !== undefined && dated < latest;
  };
}

/**
 * For the sentences of a paragraph that reviews, in order: whether the latest year a sentence opened on is after the first one
 * (`2020年，我县…取得了显著成效…2021年，要实现粮食产量稳定在23万吨以上…`) and the sentence sets a target by its words.
 */
function yearsAfterReview(text: string): ((sentence: string) => boolean) | undefined {
  if (!opensOnAYear(text)) return undefined;
  let first: number | undefined;
  let dated: number | undefined;
  return (sentence) => {
    const opening = OPENS_ON_YEAR.exec(sentence);
    if (opening) {
      dated = Number(opening[1]);
      first ??= dated;
    }
    return dated !== undefined && dated > first! && SETS_TARGET.test(sentence);
  };
}

/** The year a report on a plan is of, named by what it says of it: `今年，…`, `新的一年`. */
const THIS_YEAR = /今年|新的一年/;
/** The same anywhere in a sentence (`报告指出，过去一年来，…`), the year behind as the subject's time (`预计重庆去年新增…`), not as a base (`比去年`), or statistics opening it (`初步统计，`). */
const LOOKS_BACK_WITHIN = new RegExp(`${YEAR_BEHIND}|(?<![比较与同])去年(?!同期)|${SENTENCE_START}(?:${SOURCE_SAYS})?(?:${COUNTED_SO_FAR}|${PART_DONE})`);

/** The year behind named in words anywhere in a text: `过去一年`, `一年来`, `去年，`. */
const TURNS_TO_YEAR_BEHIND = new RegExp(YEAR_BEHIND);

/** The years a text names (`2023年`). */
const yearsNamed = (text: string): number[] => (text.match(YEAR_NAMED) ?? []).map(Number);
/** The five-year plans a text names, each by its last year (`“十四五”期间` → 2025). */
const fiveYearPlansNamed = (text: string): number[] => Array.from(text.matchAll(FIVE_YEAR_PLAN_NAMED), (m) => firstYearOf(m[1]!)! + 4);
/** The years a text names, a five-year plan by its last. */
const yearsIn = (text: string): number[] => [...yearsNamed(text), ...fiveYearPlansNamed(text)];

/** Paragraph figures by period and text, kept from one analysis of a document to the next (see `TextMemo`). */
export type FigureMemo = TextMemo<readonly Draft[]>;

const memos = new WeakMap<ReportDocument, FigureMemo>();

/** Lets the figure extraction of `doc` reuse (and refresh) `memo`. */
export function useFigureMemo(doc: ReportDocument, memo: FigureMemo): void {
  memos.set(doc, memo);
}

/**
 * A date the paragraph's targets are set for (`到2025年，…达到55%以上`), or words stating the targets (`主要预期目标建议为：`):
 * where no title says plan or review, it plans.
 */
const TARGET_DATE = /(?:^|[，。；：,;:\s])(?:到|至)\d{4}年(?:底|末)?[，,]/;
/**
 * A paragraph opening on a date passed (`截至9月底，`, `截止2014年末，`, `截至目前，`, `到目前为止，`, after a news lead: `19日，记者从…获悉，截至8月底，`)
 * tells what is done so far, in whatever part it stands.
 */
const SO_FAR = /^[\s\u3000]*(?:\d{1,2}日[，,])?(?:[^，。；]{0,30}?(?:获悉|了解到)[，,])?(?:(?:到|迄今|至今)(?:目前)?为止|(?:截至|截止)到?(?:目前|当前|(?:\d{4}年)?\d{1,2}月(?:底|末|份|\d{1,2}日)?|\d{4}年(?:底|末)(?![，,]?(?:力争|确保|要|将))))/;

const firstPlans = new WeakMap<ReportDocument, number>();

/** Whether a paragraph the document's structure says plans comes after `paragraph` (asked only of paragraphs nothing dates). */
function planFollows(doc: ReportDocument, paragraph: Paragraph): boolean {
  let at = firstPlans.get(doc);
  if (at === undefined) firstPlans.set(doc, (at = doc.paragraphs.find((p) => paragraphPeriod(doc, p) === 'plan')?.range.start ?? -1));
  return paragraph.range.start < at;
}

/** A paragraph's text as the figures read it, from its heading's title on (undefined when it has none), with its span. */
function paragraphText(doc: ReportDocument, paragraph: Paragraph): { span: JoinedSpan; text: string } | undefined {
  // A heading's title counts too: annex items (`一、新建城市公园20个`) are headings.
  const from = paragraph.heading ? paragraph.heading.title.range.start : paragraph.range.start;
  if (from >= paragraph.range.end) return undefined;
  const span = new JoinedSpan(doc.checkable, from, paragraph.range.end);
  return { span, text: span.slice(doc.checkable) };
}

/** The period the text or the document's structure gives a paragraph, undefined when neither dates it. */
function statedPeriod(doc: ReportDocument, paragraph: Paragraph, text: string): Period | undefined {
  if (SO_FAR.test(text)) return 'review';
  return paragraphPeriod(doc, paragraph) ?? (TARGETS_STATED.test(text) || YEARS_FOCUS.test(text) || (TARGET_DATE.test(text) && !DONE.test(text)) || underTasksTitle(doc, paragraph) ? 'plan' : undefined);
}

/** A paragraph opening on what the year's work is to focus on: `加快…建设…是今年我市交通运输工作的重点。`. */
const YEARS_FOCUS = /^[^。！？]*?(?:是|为)(?:今年|明年|\d{4}年)[^。；！？]{0,16}?(?:工作)?的?(?:重点|重点任务|主要任务|中心任务)[。！]/;

/** A paragraph nothing dates is open when it sets a target, unless the plan part comes after it (a part before the plan reviews). */
function isOpen(doc: ReportDocument, paragraph: Paragraph, text: string, period: Period | undefined): boolean {
  return period === undefined && setsTarget(text) && !planFollows(doc, paragraph);
}

/** A year's plan of works: `2017年…重点项目建设`, `今年…政府投资项目`. */
const PLAN_OF_WORKS = '(?:\\d{4}年度?|今年)[^，。；！？》]{0,24}?(?:重点|重大|政府投资)[^，。；！？》]{0,16}?(?:项目|工程)(?:建设)?(?:投资)?';
/** The year's key works decided and counted: `今年省政府确定省列重大项目166个`, `2023年共安排自治区重点项目350项`. */
const WORKS_SET_OUT = '(?:\\d{4}年度?|今年)[，,]?[^，。；！？》]{0,12}?(?:确定|安排|排定|筛选|确立)了?[^，。；！？》]{0,12}?(?:重点|重大)[^，。；！？》]{0,8}?(?:项目|工程)\\d+(?:个|项)';
/** A list of practical projects made known: `公示第一批“我为群众办实事”实践活动项目清单`, `公布2024年民生实事项目名单`. */
const PRACTICAL_LIST_OUT = '(?:公示|公布|印发|发布)了?[^，。；！？]{0,30}?实事[^，。；！？]{0,12}?(?:清单|名单)';
/** That plan made known: `印发了《2017年…重点项目建设计划的通知》`, `发布的《广州市2019年重点建设项目计划》`, `制定下发…2014年重点项目建设计划`, `2017年政府投资项目计划已下达`, `2019年度重点工程项目已排定`, `2020年甘肃省省列重大建设项目出炉`, `2015年省重点项目经省政府审定并公布`. */
const PROJECT_PLAN_OUT = `(?:公布|印发|下达|下发|发布|出台)了?[^，。；！？]{0,12}?《?[^，。；！？《》\\d]{0,8}?${PLAN_OF_WORKS}(?:计划|名单|清单)|${PLAN_OF_WORKS}(?:计划|名单|清单)?(?:(?:已|正式)(?:下达|印发|下发|公布|发布|出台|排定|确定)|出炉|经[^，。；！？]{0,12}?(?:审定|审议|批准|同意)(?:并|后)?(?:正式)?(?:下达|印发|下发|公布|发布|出台))|${WORKS_SET_OUT}|${PRACTICAL_LIST_OUT}`;
/**
 * A report on a plan: `…市长…向大会作政府工作报告`, `作《政府工作报告》`, `《政府工作报告》出炉`, `政府工作报告提出，`, `报告明确，`,
 * `在报告中提出`, `在今年政府工作报告中提出`, `根据今年的政府工作报告`, `《政府工作报告》中2023年重点工作安排提到`, a plan report submitted (`提交了《…计划草案的报告》`), a year's
 * plan of works made known (PROJECT_PLAN_OUT), news from
 * the year's work meeting (`记者从2026年全市交通运输工作会议上获悉`, `记者从…推进会议上了解到，今年，`, `记者从会上获悉，明年…`), a meeting or report laying out a year's work (`会议全面部署福田区2019年教育工作`, `报告对2025年…城市更新工作做出了明确部署`), and a text opening on the year ahead with a modal (`2014年，长春市将…`).
 */
const REPORTS_ON_PLAN = new RegExp(`作(?:了)?《?(?:政府)?工作报告|(?<!我)代表[^，。；]{0,10}?向(?:大会|会议)(?:作|做)?报告(?:政府)?工作|《?政府工作报告》?(?:出炉|发布|公布)|作的《?政府工作报告|\\d{4}年[^，。；]{0,12}?工作(?:会议|会)上获悉|\\d{4}年[^，。；]{0,16}?工作(?:会议|会)[^，。；]{0,12}?(?:召开|举行|开幕)|记者从[^，。；]{0,40}?(?:会议|大会|会)上(?:获悉|了解到)[，,](?:今年|明年)|(?:会议|大会)上[，,][^，。；]{0,6}?今年的?(?:重点)?(?:工作|任务)|(?:政府工作)?报告(?:提出|明确|指出|强调|要求)[，,：:]|在(?:今年|本次|这次)?的?《?(?:政府工作)?报告》?中(?:提出|说|指出|明确)|根据(?:今年|本次|这次)?的?《?政府工作报告》?|《?政府工作报告》?中[^，。；]{0,16}?(?:\\d{4}年|今年|明年)[^，。；]{0,12}?(?:安排|部署|目标|任务|重点工作)|提交了?《[^》]*计划[^》]*报告》|${PROJECT_PLAN_OUT}|(?:会议|报告)(?:全面)?部署[^，。；]{0,12}?\\d{4}年|^[\\s\\u3000]*(?:“[^“”]{1,40}”)?(?:\\d{4}年|今年|明年)[，,]?[^。；！？，,]{0,12}?${MODAL}|对[^，。；]{0,12}?\\d{4}年[^，。；]{0,16}?(?:作出|做出|进行)了?[^，。；]{0,4}部署`);
/** How many opening paragraphs a report on a plan is looked for in. */
const LEAD_PARAGRAPHS = 3;
/** A line this short opening a text (a headline, a place, a dateline) is not counted among its opening paragraphs. */
const SHORT_LINE = 30;

/** The texts of the first `count` paragraphs of `doc`, with the short lines among and before them. */
function openingParagraphs(doc: ReportDocument, count: number): string[] {
  const opening: string[] = [];
  for (const p of doc.paragraphs) {
    if (count === 0) break;
    const text = doc.checkable.slice(p.range.start, p.range.end);
    opening.push(text);
    if (text.trim().length > SHORT_LINE) count--;
  }
  return opening;
}

const planReports = new WeakMap<ReportDocument, { from: number; ahead: Ahead } | null>();

/**
 * A report on a plan: where its paragraphs start, after the one saying so among the first (news of a work report: the
 * headline before it repeats its figures), and the plan's year; null where none says so or the document's structure
 * dates a part.
 */
function planReport(doc: ReportDocument): { from: number; ahead: Ahead } | null {
  let found = planReports.get(doc);
  if (found === undefined) {
    const opening = openingParagraphs(doc, LEAD_PARAGRAPHS);
    const at = opening.findIndex((text) => REPORTS_ON_PLAN.test(text));
    // A news item's subheads (title lines such as `关键词：…`) do not make it a report with parts.
    found = at !== -1 && !doc.paragraphs.some((p) => paragraphPeriod(doc, p, false) !== undefined) ? { from: doc.paragraphs[at]!.range.start, ahead: aheadOf(doc, opening[at]!) } : null;
    planReports.set(doc, found);
  }
  return found;
}

/**
 * A lead saying the report reviewed a year (`作政府工作报告，回顾了2021年全省主要工作`, `作政府工作报告，总结过去一年重点工作`) and
 * nothing of the plan: the news is of that year.
 */
const REVIEWS_ONLY = new RegExp(`${REVIEWED}(?:19|20)\\d\\d年|(?:19|20)\\d\\d${REVIEWED_AFTER}|(?:回顾|总结)了?过去的?一年`);
const PLAN_IN_LEAD = /部署|安排|今年|明年|目标|任务|展望|打算/;

/** The plan a report's lead is on: its year, and the year its paragraphs speak of unless they say otherwise. */
function aheadOf(doc: ReportDocument, lead: string): Ahead {
  const year = planYearOf(doc, lead);
  return REVIEWS_ONLY.test(lead) && !PLAN_IN_LEAD.test(lead) ? { year, speaksOf: year - 1 } : { year };
}

/** Paragraphs read for the year a report on a plan is of, when the one saying so names none. */
const YEAR_PARAGRAPHS = 5;

const openingYears = new WeakMap<ReportDocument, number>();

/** The year a document's opening paragraphs name as the plan's, else 0 (see `planYearOf`). */
function openingYear(doc: ReportDocument): number {
  let year = openingYears.get(doc);
  if (year === undefined) openingYears.set(doc, (year = planYearOf(doc, '')));
  return year;
}

/**
 * The plan's year: the latest the lead of a report on a plan or the opening paragraphs name (`2026年`, not `到2027年`), or the
 * year after it when the text says that year is ahead anywhere (`2023年，甲省将…`; a year further on is a long-term aim); else 0.
 */
function planYearOf(doc: ReportDocument, lead: string): number {
  const opening = openingParagraphs(doc, YEAR_PARAGRAPHS);
  const named = Math.max(latestYearNamed(lead, true), latestYearNamed(opening.join('\n'), true));
  const ahead = yearAhead(doc.checkable);
  return named === 0 || ahead === named + 1 ? Math.max(named, ahead) : named;
}

/** A year, not a base or a span's end, and the words after it up to what is said of it. */
const YEAR_THEN = '(?<![\\dX较比与到至])((?:19|20)\\d\\d)年';
const WORDS_BEFORE_AIM = '[，,]?[^。；！？，,]{0,12}?';
/** A year said to be ahead by a modal after it: `2026年将强化…`, `2026年，全市要…`. */
const YEAR_AHEAD = new RegExp(`${YEAR_THEN}${WORDS_BEFORE_AIM}${MODAL}`, 'g');

/** A year and what is planned for it: `2022年计划实施`, `2022年将`, `2022年力争`. */
const YEAR_PLANS = new RegExp(`${YEAR_THEN}度?${WORDS_BEFORE_AIM}(?:${MODAL}|计划|力争|拟)`);

/** The year a sentence plans for (YEAR_PLANS), else 0. */
function planYearIn(sentence: string): number {
  const m = YEAR_PLANS.exec(sentence);
  return m ? Number(m[1]) : 0;
}

/** The latest year `text` says is ahead (YEAR_AHEAD), else 0. */
function yearAhead(text: string): number {
  let latest = 0;
  for (const m of matches(YEAR_AHEAD, text)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

/** How a paragraph of `period` is read where nothing dates it (see `Openness`). */
function opennessOf(doc: ReportDocument, paragraph: Paragraph, text: string, period: Period | undefined): Openness {
  if (period !== undefined) return 'closed';
  const report = planReport(doc);
  if (report && paragraph.range.start >= report.from) return report.ahead;
  return isOpen(doc, paragraph, text, period) ? 'targets' : 'closed';
}

const leadPlanned = new WeakMap<ReportDocument, Set<Paragraph>>();

/**
 * The items of a leading enumeration (`一是…`, `二是…`) after an open paragraph that tells nothing done: what it sets out
 * (`会议明确，2024年全县水利工作要…以十项重点水利工作为抓手`) is planned, item by item.
 */
function plannedByLead(doc: ReportDocument): Set<Paragraph> {
  let found = leadPlanned.get(doc);
  if (found) return found;
  found = new Set();
  // Enumerations run in document order: one pointer finds each one's first paragraph (no search per enumeration).
  let at = 0;
  for (const e of doc.enumerations) {
    if (e.placement !== 'leading') continue;
    while (at < doc.paragraphs.length && doc.paragraphs[at] !== e.items[0]!.paragraph) at++;
    const lead = doc.paragraphs[at - 1];
    const read = lead && paragraphText(doc, lead);
    if (!read || !isOpen(doc, lead, read.text, statedPeriod(doc, lead, read.text)) || TELLS_DONE.test(read.text)) continue;
    for (const item of e.items) found.add(item.paragraph);
  }
  leadPlanned.set(doc, found);
  return found;
}

const targetsListed = new WeakMap<ReportDocument, Set<Paragraph>>();
/** How much of a paragraph's start DASH_ITEM reads: its indent and the dash. */
const DASH_READ = 8;

/**
 * The dash items (`——产业结构显著提升。…比重达46%`) after a paragraph that introduces targets with its colon
 * (`根据…部署，今后五年经济社会发展的主要目标是：`): each is a target, as under a title line saying so.
 */
function listedTargets(doc: ReportDocument): Set<Paragraph> {
  let found = targetsListed.get(doc);
  if (found) return found;
  found = new Set();
  const text = doc.checkable;
  let listing = false;
  for (const p of doc.paragraphs) {
    if (listing && DASH_ITEM.test(text.slice(p.range.start, p.range.start + DASH_READ))) {
      found.add(p);
      continue;
    }
    let end = p.range.end;
    while (end > p.range.start && WHITE_SPACE.has(text.charCodeAt(end - 1))) end--;
    const introduces = text[end - 1] === '：' || text[end - 1] === ':';
    const words = introduces ? text.slice(p.range.start, end) : '';
    listing = introduces && TARGETS_STATED.test(words) && !TELLS_DONE.test(words);
  }
  targetsListed.set(doc, found);
  return found;
}

/** The verbs a task opens with (`实施…整治20处`, `新改建农村公路200公里`, `·新增人才公寓房源242间`), after a bullet if any. */
const TASK_VERB = new RegExp(`^[${LIST_BULLETS}]?[\\s\\u3000]*(?:新建|新改扩建|新改建|改扩建|改建|扩建|新开工|续建|新增|增配|实施|完成|建成|开通|开办|开工|启动|打造|推进|推动|加快|开展|建设|改造|提升|培育|引进|创建|落实|争取|力争|确保)`);
/** How long a numbered item stating one task is at most. */
const TASK_LONGEST = 60;

/**
 * A numbered or bulleted item that is one task (`4.实施城市道路路口科学治堵“短平快”整治20处`, `·新增人才公寓房源242间`) and tells
 * nothing done: in a list of tasks nothing dates (a 民生实事 list without its title), it plans.
 */
function isTaskItem(paragraph: Paragraph, text: string): boolean {
  const heading = paragraph.heading;
  const item = heading?.kind === 'numbered' ? heading.title.text : LIST_BULLETS.includes(text[0] ?? '') ? text : undefined;
  return item !== undefined && text.length <= TASK_LONGEST && TASK_VERB.test(item) && !TELLS_DONE.test(text);
}

/** Who is to carry out a task, noted after it: `（州劳动保障局负责）`, `（市发改委牵头）`, `责任单位：市交通局`. */
const RESPONSIBLE = /[（(][^（）()]{2,40}?(?:负责|牵头)[）)]|(?:责任|牵头)单位[：:]/;

/** Whether a paragraph nothing dates assigns its tasks to those who carry them out, telling nothing done: it plans. */
function assignsTasks(text: string): boolean {
  return RESPONSIBLE.test(text) && !TELLS_DONE.test(text);
}

/** A paragraph opening with a task alone (`做强做优做大数字经济。`, `全力抓好脱贫攻坚。`), as a plan's do; a review's says what came of it (`深入实施转型创新，新旧动能加快转换。`). */
const TASK_LEAD = new RegExp(`^[\\s\\u3000]*${TASK_OPENS}[^，。；！？,;:：]{2,20}。`);

/** Whether a paragraph nothing dates, with no plan part after it, opens with a task (TASK_LEAD) and tells nothing done: it plans. */
function opensWithTask(doc: ReportDocument, paragraph: Paragraph, text: string): boolean {
  return TASK_LEAD.test(text) && !TELLS_DONE.test(text) && !planFollows(doc, paragraph);
}

/** The figures of `paragraph` (`read`: its text) pushed to `out`; `speaksOf`: in a report on a plan, the year the paragraphs before spoke of. */
function paragraphFigures(doc: ReportDocument, paragraph: Paragraph, read: { span: JoinedSpan; text: string }, speaksOf: number | undefined, memo: FigureMemo | undefined, out: Figure[]): void {
  const { span, text } = read;
  if (!mayHoldFigure(text)) return;
  const task = isTaskItem(paragraph, text);
  const period =
    (task && titledProgressOfTasks(doc) ? 'plan' : statedPeriod(doc, paragraph, text)) ??
    ((doc.enumerations.length > 0 && plannedByLead(doc).has(paragraph)) || task || listedTargets(doc).has(paragraph) || opensWithTask(doc, paragraph, text) || assignsTasks(text) ? 'plan' : undefined);
  const reported = opennessOf(doc, paragraph, text, period);
  const open = typeof reported === 'object' ? { year: reported.year, speaksOf } : reported;
  // A plan's paragraphs, and those nothing dates that set targets, read years before the document's as reviewed.
  const planned = period === 'plan' || open === 'targets' || (open === 'closed' && period === undefined) ? openingYear(doc) : 0;
  const key = period ? `${period}${planned || ''}` : typeof open === 'object' ? `>${open.year}>${open.speaksOf ?? ''}` : `${open}${planned || ''}`;
  const partOfYear = period === 'review' && titledPartOfYear(doc);
  const drafts = memo ? memo.get(`${key}${partOfYear ? '~' : ''}\u0000${text}`, () => textFigures(text, period, open, planned, partOfYear)) : textFigures(text, period, open, planned, partOfYear);
  if (drafts.length === 0) return;
  const section = sectionPath(paragraph.section);
  for (const d of drafts) {
    const { start, end } = span.place(d.start, d.end);
    const value = span.place(d.valueStart, d.valueEnd);
    // Every field is set, absent ones undefined: the rules read figures of one shape.
    const figure: Figure = {
      kind: d.kind,
      indicator: d.indicator,
      value: d.value,
      amount: d.amount,
      upper: d.upper,
      unit: d.unit,
      dimension: d.dimension,
      comparator: d.comparator,
      change: d.change,
      period: d.period,
      unfilled: d.unfilled,
      section,
      text: doc.text.slice(start, end),
      range: doc.lines.range(start, end),
      valueRange: doc.lines.range(value.start, value.end),
    };
    out.push(figure);
  }
}

/** Whether the document's first line passes `test`, read once per document (`memo`). */
function titled(doc: ReportDocument, memo: WeakMap<ReportDocument, boolean>, test: (title: string) => boolean): boolean {
  let found = memo.get(doc);
  if (found === undefined) {
    const first = doc.paragraphs[0];
    memo.set(doc, (found = test(first === undefined ? '' : doc.checkable.slice(first.range.start, first.range.end))));
  }
  return found;
}

const partsOfYear = new WeakMap<ReportDocument, boolean>();

/** A title reporting on how a year's works go: `2012年江苏省重大项目投资及实施进展情况`. */
const PROGRESS_TITLE = /\d{4}年[^。；！？，]{0,30}?进展情况/;

/** Whether the document's first line titles it as a report on part of the year (`全盟2021年重点建设项目截至5月末进展情况`, `…进展情况`). */
const titledPartOfYear = (doc: ReportDocument): boolean => titled(doc, partsOfYear, (title) => YEAR_IN_PROGRESS.test(title) || PROGRESS_TITLE.test(title));

const progressOfTasks = new WeakMap<ReportDocument, boolean>();

/** A title reporting on how a year's practical projects or tasks go: `2025年普陀区为民办实事项目一季度进展情况`. */
const TASKS_PROGRESS_TITLE = /(?:实事|任务|目标)[^。；！？，]{0,20}?(?:进展|进度|推进|落实)情况/;

/** Whether the document's first line titles it as a report on how its tasks go: each task item states the task, as planned. */
const titledProgressOfTasks = (doc: ReportDocument): boolean => titled(doc, progressOfTasks, (title) => TASKS_PROGRESS_TITLE.test(title));

/** A line that is a year alone, heading the lines after it in news of a report: `2025年`. */
const YEAR_ALONE = /^[\s\u3000]*(\d{4})年[\s\u3000]*$/;

const extracted = new WeakMap<ReportDocument, readonly Figure[]>();

/** All figures of a report, in document order; computed once per parsed document (rules and the outline share it). */
export function extractFigures(doc: ReportDocument): readonly Figure[] {
  let figures = extracted.get(doc);
  if (!figures) {
    const found: Figure[] = [];
    const memo = memos.get(doc);
    const report = planReport(doc);
    let speaksOf: number | undefined;
    /** The year of the last line that is a year alone (`2025年` over its figures), until a heading. */
    let yearLine: number | undefined;
    for (const paragraph of doc.paragraphs) {
      const read = paragraphText(doc, paragraph);
      if (!read) continue;
      const reported = report !== null && paragraph.range.start >= report.from;
      if (paragraph.heading) yearLine = undefined;
      paragraphFigures(doc, paragraph, read, reported ? (goesOn(read.text, speaksOf, report.ahead.year) ? speaksOf : (yearLine ?? report.ahead.speaksOf)) : undefined, memo, found);
      if (reported) {
        speaksOf = yearSpokenAfter(read.text, { year: report.ahead.year, speaksOf });
        const alone = YEAR_ALONE.exec(read.text);
        if (alone) yearLine = Number(alone[1]);
      }
    }
    memo?.settle();
    figures = found;
    extracted.set(doc, figures);
  }
  return figures;
}
