import type { Clause } from './clauses';
import { CEREMONY_DAY, stageOf } from './stages';
import { mayEndWithStatus, statusAtEnd } from './status';
import { PHASE_END, WORK_LENGTH, WORK_NOUNS, WORK_SUFFIX, categoryAfterPlace, containsWorkNoun, isGenericWork, sizedWork, withoutWorkEnding } from './works';
import { DIGITS, NEWS_LEAD, numeralValue, SAYS, UNFILLED_DIGITS } from '../figures/normalize';
import { alternation } from '../alternation';
import { matches } from '../matches';
import { LIST_BULLETS, WORD_BEFORE_DENG } from '../chars';

export interface ProjectMatch {
  name: string;
  start: number;
  end: number;
  /** The kind a listed place is one of, named once after the list (`茨哈峡、尔多等水电站`): the name is the place and this. */
  kind?: string;
  /** The road a listed number is one of, named once before the list (`国道108、208、307`): the name is this and the number. */
  prefix?: string;
  investment?: string;
  status?: string;
}

/** An amount of money; a space may set the digits apart (`86 亿元`, spacing some writers use around digits). */
const AMOUNT = `(?:${DIGITS}|${UNFILLED_DIGITS}) ?(?:万亿|亿|万|千)?(?:美)?元`;
/** An amount in 亿 with its 元 left out, as news writes it before 的 (`总投资26亿的A项目`). */
const AMOUNT_WITHOUT_YUAN = `(?:${DIGITS}|${UNFILLED_DIGITS}) ?(?:万亿|亿)`;
/** A name right after an amount: not a bound, a use or a share of it (`以上`, `用于`, `占`). */
const NAME_AFTER_AMOUNT = '(?=(?![以用支左多余占])[\\u4e00-\\u9fff]{2})';
/** What money is spent on after 用于 or 进行: works, named to their end (`用于A项目建设`, not `用于改善民生`). */
const SPENT_ON_WORKS = '[^，。；]{2,}(?:项目|工程)(?:建设|改造|改扩建)?$';
/** `总投资XX亿元的`, `投资1.27亿元实施的`, `投资6.5亿元“…”` before a name; after a total, the name may follow at once (`总投资52亿元环炬新能源项目`). */
const INVESTMENT = new RegExp(`^.*?(?:总)?投资 ?(${AMOUNT}|${AMOUNT_WITHOUT_YUAN}(?=的))(?:(?:实施|建设|新建)?的|(?:用于|进行)(?=${SPENT_ON_WORKS})|(?=实施|建设|新建|完成|对|“))|^.*?总投资 ?(${AMOUNT})${NAME_AFTER_AMOUNT}`);
/** Money opening a clause, before the verb that opens its works: `计划投资3亿元实施`. */
const INVESTMENT_OPENING = new RegExp(`^(?:计划)?(?:总)?投资 ?(?:${AMOUNT})(?:(?=实施|建设|新建|完成)|(?:用于|进行)(?=${SPENT_ON_WORKS}))`);
/** In a list of projects, amounts right before the names: `投资14亿元A、15亿元B等32个项目` (not `投资5亿元以上`, `…用于`). */
const LISTED_INVESTMENT = new RegExp(`^(?:.*?(?:总)?投资)?(${AMOUNT})${NAME_AFTER_AMOUNT}`);

/** Verbs that open a clause about works; the status of a work when they say one (开工建设, 建成). */
const LEAD_VERBS = [
  '开工建设', '动工建设', '建设运营', '拉开', '建成通车', '规划建设', '加快建设', '加快推进', '有序推进', '全力推进', '建设好', '重点实施', '重点推进', '启动建设', '启动实施', '大力推进', '积极推进', '协助推进', '全面完成', '全面启动', '加快启动', '继续实施', '建成投用', '建成投运', '建成交付', '交付', '开竣工', '主体建成', '主体完工', '主体封顶',
  '新开工', '投建', '铺设', '力争', '确保', '争取', '全力', '全面', '继续', '积极', '协助', '重点', '加快', '推进', '推动', '实施', '启动', '谋划', '储备', '新建成', '新建', '续建', '完成', '开工', '建成', '签约', '投产', '做好', '抓好', '做强', '建强', '支持', '实现', '建设', '开建', '改造', '扩建', '提速', '完善', '抓', '再', '要', '并', '年内', '今年', '全年', '尽快', '加紧', '全线', '加强', '抢修', '发展', '加装', '抓紧', '强化', '高质量', '高标准', '高水平', '高品质', '高起点', '提档', '申建', '申报', '服务保障', '培育', '承接', '大力', '深入推进', '实施好', '办好', '建好', '打通', '拓通', '投运', '投用', '开放', '改扩建', '攻坚', '保障', '开展', '做实', '扶持', '招商', '引导', '吸引', '合作共建', '携手共建', '共建', '引入', '引进', '引进落地', '新签约', '新引进', '新落地', '扩能改造', '提质改造', '更新改造', '共同建设', '共同建好', '共同推进', '共同打造', '招引落地', '签约落地', '筹建', '抢建', '启用', '狠抓', '全力以赴', '融入', '打造', '提升', '构建',
  // Adverbs before the verb: `高效推进`, `稳步推进`, `着力推动`.
  '正在', '已经', '已', '进一步', '全方位', '高效能', '按期', '如期', '大力度', '加大力度', '高效', '有效', '主动', '主动服务', '深度', '成功', '全速', '服务推进', '紧急', '异地', '易址', '原址', '精准', '稳步', '扎实', '有序', '加速', '着力', '加力', '协同', '协调', '因地制宜', '同步', '尽早', '优先', '分期', '努力', '分别', '持续', '配合', '鼓励', '一体推进', '一体抓好', '一体规划', '力促', '紧抓', '紧盯', '梯次', '整合', '铺开', '落实', '为确保', '促进', '加大', '基本', '开通运营', '开通试运营', '竣工', '完工', '贯通', '拉通', '新增', '塑造', '先后', '规划', '全线贯通', '逐步', '切实', '认真', '稳妥', '适时', '强力', '奋力', '倾力', '着手',
];
/** Adverbs that also open names (`集中式光伏`, `集中供热`): leading only before a verb or the object's 对 (`集中开工`, `集中对A改造`). */
const LEAD_ADVERBS = ['集中'];
const VERBS = alternation(LEAD_VERBS);
const LEAD_VERB = `(?:${VERBS}|(?:${alternation(LEAD_ADVERBS)})(?=对|${VERBS}))`;
const LEADING_VERB = new RegExp(`^(?:${LEAD_VERB}(?:的有|[了的好])?(?:[和及与](?=${LEAD_VERB}))?)+`);
const ONE_LEADING_VERB = new RegExp(`^${LEAD_VERB}`);
const ITEM_VERB = /^(?:精准|全力|加快|积极|有序|稳步|扎实|大力|持续|深入|高质量|高标准|高水平|高起点|高品质|高效能|全方位)?(?:打造|运营|推进|加快|实施|完成|开工|建成|推动|启动|续建|新建|做好|抓好|改扩建|重组|争取|谋划|开展|紧抓|紧盯|力促|狠抓)+/;
/** A place named without its 市 or 省 before 将 and a verb of building, or before 力争: `武汉将开工建设…`, `江西力争开工建设…`. */
const CITY_WILL = '[\\u4e00-\\u9fff]{2}(?:(?:将|还将)(?=开工|新建|建成|开通|启动|加快|推进|实施)|(?=力争|确保))';
/**
 * A place the clause is about, before the verb that opens its works: `高新区加快推进…`, `南湖片区加快…`, `芗城区将全力推进…`, `安徽省将力争…`,
 * `该区将于2017年新建…`, `该县又投资建成了…`, `赣州市已争取…`.
 */
const PLACE_SUBJECT = `(?:[\\u4e00-\\u9fff]{1,6}?[省州区县市镇乡](?:(?:将|要|还将)?(?=(?:又|还|也|已|投资|去年|今年|明年|加快|推进|推动|启动|实施|开工|新建|建成|全力|大力|积极|着力|力争|确保|集中|先后|相继|新增|进一步|协调))|(?=(?:将|还将)于(?:\\d{4}年|年内|今年|明年))|有(?=[^，。；]{2,}、))|${CITY_WILL})`;
/** A kind of work the clause is about, alone before the verb that opens its works: `高速公路续建A等7个项目`, `铁路方面开工B`, `地铁建设加快C`. */
const KIND_TOPIC = `(?:高速公路|高速|铁路|高铁|公路|普通国省道|国省道|轨道交通|地铁|水利|水运|民航|机场|港口|能源|电网|交通)(?:建设)?(?:方面|领域)?(?=${LEAD_VERB})`;
/** An enumerator opening a clause or paragraph: `一是`, `二要`. */
const ENUMERATOR = '[一二三四五六七八九十]+[是要]';
export const ENUMERATED = new RegExp(`^${ENUMERATOR}`);
/** An item's number written with its mark: `1、`, `2.`. */
export const DIGIT_ITEM_MARK = '\\d{1,2}[.．、](?!\\d)';
/** An item's number: `1、`, `2.`, `（三）`, `(1) ` (half-width, as pages give it), `④`. */
export const ITEM_MARK = `${DIGIT_ITEM_MARK}|[（(][\\d一二三四五六七八九十]{1,2}[）)][ \\u3000]?|[\\u2460-\\u2473]`;
const ITEM_MARK_AT = new RegExp(`^(?:${ITEM_MARK})`);
/**
 * A news dateline, list bullets (`●`, `·`), enumeration and time words before the verb (`三是`, `2012年`, `年内`), a plan's 计划 or 拟
 * (`计划完成`), 又 or 投资 before it (`又投资建成`), the place the clause is about, 把 before its object (`把X建设作为头号工程全力推进`), and 通过 or 为 before the verb
 * (`为扎实推进A项目建设`).
 */
const OPENER = new RegExp(`^(?:——|${NEWS_LEAD}|[${LIST_BULLETS}][\\s\\u3000]*|${ITEM_MARK}|\\d{1,2}[ \\u3000]+(?=[\\u4e00-\\u9fff])|${ENUMERATOR}|第[一二三四五六七八九十]+(?![一二三四五六七八九十届次期批号条个座家所小中幼人医])|以[\\u4e00-\\u9fff]{2,6}?(?:精神|功夫|标准|力度|速度|姿态|作风)(?=${LEAD_VERB})|首先|其次|其中|同时|此外|以及|随着|(?:这次|此次|本次|先后|实地|现场)?(?:检查)?(?:观摩|视察|察看|考察)(?:检查)?了?|(?:主要|具体)?(?:包括|涵盖)|除了|特别是|尤其是|像|比如|例如|与[\\u4e00-\\u9fff]{2,10}?(?=(?:携手|合作)?共建)|(?:我们)?(?:仅|只)?用[\\d一二三四五六七八九十两半]+(?:多)?(?:个)?(?:月|天|年|周)(?:时间)?就?|于?\\d{4}年度?(?:、\\d{4}年度?)*|(?:过去|近|这)?[一二三四五六七八九十两]{1,2}年(?:来|间|里|内)?(?:就|共|累计|先后|相继)?(?=${LEAD_VERB})|于?(?:\\d{1,2}月(?:底|末|份)?|年底|年中|[上下]半年|[一二三四]季度|汛期|汛)前?(?=${LEAD_VERB})|今年|明年|去年|年内|全年|(?:截至|截止)?(?:目前|当前)|(?:又|还|也)(?=${LEAD_VERB}|投资)|投资(?=新建|建成|建设)|把|(?:通过|为)(?=${LEAD_VERB})|[\\u4e00-\\u9fff]{2}化(?=${LEAD_VERB})|(?:计划|拟|还将|将|还要)(?=${LEAD_VERB}|于?(?:\\d{4}年|\\d{1,2}月|年底|年中|[上下]半年|[一二三四]季度)|年内|今年|明年)|${PLACE_SUBJECT}|${KIND_TOPIC})+`);

/** A count of items: `6个`, `34个`, `3条`. */
const COUNT = ' ?[\\dX一二三四五六七八九十]+ ?(?:多|余)?[个条座所项处家批件]';
/**
 * `等` after a list: not the 等 of 平等, 同等, 高等, 中等, 甲等, unless a count or a kind of works follows (`泰安至东平等34个`,
 * `蒙西—华中等铁路`); but a numbered or high school (`广信九中等`, `世外高中等`) has one.
 */
const LIST_DENG = `(?:(?<!${WORD_BEFORE_DENG})等|等(?=${COUNT}|(?:城际)?(?:铁路|高铁|公路|高速|项目|工程)))`;
/** And closing it, before what the list is (not 等级). */
const CLOSING_DENG = new RegExp(`${LIST_DENG}(?=[^级])`);

/** A count of as many works as were listed, and what they are, closing the list in place of 等: `A产业园、B厂房、C孵化园3大园区`. */
const LIST_COUNT = /([\d一二三四五六七八九十两]+)(?:大|个|座|条|所|家|处)(?=[\u4e00-\u9fff]{0,4}$|[\u4e00-\u9fff]{0,4}?(?:同步|均|全部|相继|加快|顺利|获批|入选|列入|纳入|被?列为))/g;

const PROJECTS_COUNTED = /^(?:项目|工程)/;
/** A kind that is projects, whatever they are: `改扩建项目`. */
const PROJECTS_KIND = /(?:项目|工程)$/;
/** The first noun of projects inside a text. */
const PROJECTS_KIND_INSIDE = /项目|工程/;
const FIRM_END = /(?:集团|公司)$/;
/** A group named by its count (`六大工程`, `十大项目`). */
const NUMBERED_GROUP = /^[一二三四五六七八九十百两\d]+大(?:工程|项目)$/;

/** The last item of a list, two joined: `C和D`, `C及D`. */
const LAST_JOINED = /^(.{2,}?)[和及](.{2,})$/;

/** Where a list ends (`end`, before 等 or its count), what is said after it begins (`rest`), and the count closing it, if one does. */
function listClose(text: string): { end: number; rest: number; count?: number } | undefined {
  for (let i = text.lastIndexOf('等'); i > 0; i = text.lastIndexOf('等', i - 1)) {
    // A list in brackets is part of one name (`A水系(三联、四联村等)治理工程`).
    if (inBrackets(text.slice(0, i))) continue;
    const from = Math.max(0, i - 2);
    if (CLOSING_DENG.exec(text.slice(from, i + 5))?.index === i - from) return { end: i, rest: i + 1 };
  }
  const lastItem = text.lastIndexOf('、');
  if (lastItem === -1) return undefined;
  LIST_COUNT.lastIndex = lastItem + 2;
  const count = LIST_COUNT.exec(text);
  if (!count) return undefined;
  const items = text.slice(0, count.index).split('、');
  // The last two may be joined by 和 or 及 (`A、B和C四个项目`).
  const joined = items.at(-1)!.match(LAST_JOINED);
  if (numeralValue(count[1]!) === items.length + 1 && joined) items.splice(-1, 1, joined[1]!, joined[2]!);
  if (numeralValue(count[1]!) !== items.length) return undefined;
  // Only works listed with their kind are counted so (`A、B两大汽车产业基地` names the kind after the count instead).
  // Counted as projects (`A、B2个项目获批…`), they need no work's noun: the count says what they are.
  const names = listNames(items);
  const listed = PROJECTS_COUNTED.test(text.slice(count.index + count[0].length)) ? names.every(memberName) : names.every(isWorkByNoun) && names.some(named);
  return listed ? { end: count.index, rest: count.index + count[0].length, count: items.length } : undefined;
}

/** A list's items, the verb opening the first one left out. */
function listNames(items: string[]): string[] {
  return items.map((item, i) => (i === 0 ? item.replace(OPENER, '').replace(LEADING_VERB, '') : item));
}

/** Whether a listed name ends with a work's noun, quotes aside (`“三江”流域…基地`). */
const isWorkByNoun = (name: string) => WORK_SUFFIX.test(name.replace(QUOTE, ''));
/** What a list of works is called after 等: `重点项目`, `市政道路`, `五星级酒店项目`. */
const LIST_CATEGORY = /(?:项目|工程|设施|综合体|景点|道路|路网|断头路|街道|公路|国省道|国道|省道|管网|场馆|学校|中小学|小学|中学|幼儿园|高中|普高|校区|医院|卫生院|养老院|敬老院|院区|酒店|园区|(?<!家)园|基地|通道|线路|工厂|高校|场站)$/;
const COUNT_START = new RegExp(`^${COUNT}`);
const COUNT_END = new RegExp(`${COUNT}$`);
/** A category joined by 和 to another task, or by `、` to a count of another kind, before or after its noun (`等县乡公路5条、危桥19座`). */
const CATEGORY_JOINED = new RegExp(`^(.{2,}?)(?:[和及]|、(?=${COUNT}|[\\u4e00-\\u9fff]{1,6}${COUNT}))`);
/** Fields (`等行业`, `等重点领域`): what is done in them is no work. */
const FIELDS = /^(?:(?:重点|重大|主要|新兴|相关)?(?:领域|行业)|方面)/;
/** Two sectors named as one field: `科技教育`, `文化旅游`, `生态环保`, `城镇建设`. */
const SECTOR = '科技|教育|文化|旅游|卫生|体育|健康|生态|环保|城镇|城乡|建设|交通|水利|能源|农业|农村|工业|商贸|物流|医疗|养老|社会|民生|市政|产业|信息|通信|电力|住房|保障';
const SECTORS_PAIRED = new RegExp(`^(?:${SECTOR})(?:${SECTOR})$`);
/** Categories of fields or rights, not of works: `等领域项目`, `等重点行业项目`, `等50余个合作事项`, `等19件商标`. */
/** Research bodies listed (`A研究院、B实验室等科研机构`) are institutions, not works. */
const INSTITUTIONS = /(?:科研|研究|学术)机构/;
const NOT_WORKS_CATEGORY = new RegExp(`${FIELDS.source}|^(?:产业(?![\\u4e00-\\u9fff]{0,4}项目)|类|[\\u4e00-\\u9fff]{0,4}企业|(?:国际)?合作(?:事项|项目)|事项|协议|商标|专利|品牌)`);
/** A title bid for after what bids (`…创建三甲医院`, `…争创5A级景区`). */
const BIDS_FOR_TITLE = /.(?:创建|争创|创成)/;
/** Lists of routes served or housing stock renovated (`等5条公交线路`, `等老旧小区`, `等背街小巷`) name no works; bus depots do (`等公交场站`). */
const SERVICE_OR_STOCK = /公交(?!场站|枢纽|首末站|站)|航线|班线|班列|老旧小区|背街小巷|三无小区/;
/** Kinds of work whose members go by their names (`京津塘、津沧等高速公路`, `7号线、B1等地铁`). */
const NAMED_KIND = /(?:高速公路|高速|地铁|轨道交通|铁路|高铁|客专|客运专线|城际|片区|公园|景区|机场|码头|港口|水库|灌区|电站|电厂|煤矿|油田|气田|新线|过江通道|跨江通道|跨海通道|实验室|博物馆|卫生院|敬老院|安置小区|综合体|科技城|科学城|大学城|集中区)$/;
/** A work's 建设 before the 和 that joins another work (`A灌区建设和B灌区现代化改造`). */
const INNER_WORK = /建设(?=和)/;
/** Ways a plant or building is upgraded, said after a name or a list's category: `污水处理厂提标升级`. */
const UPGRADES = '改造维护|维修改造|提标改造|提标升级';
const TRAILING_WORK = new RegExp(`(?:的)?(?:建设序幕|建设大幕|建设进度|建设进程|建设力度|建设任务|建设步伐|招商进度|施工进度|建设|实施|前期工作|进度|整合升级|提档升级|改造升级|升级改造|${UPGRADES})$`);
/** Ways a building is built, said after a name or a list's category. */
const BUILDS = '改扩建|扩建|迁建|新建|改建|续建';
/** The work said after a list's category (`等项目建设`, `等10所学校新建`, `等道路的提档升级改造`, `等道路亮化`). */
const CATEGORY_WORK = new RegExp(`(?:的开发|的|进行)?(?:现代化|标准化|提档升级|提质增效|综合|升级|维修)?(?:建设进度|建设力度|建设|进度|前期工作|实施|推进|改造提升|提升改造|改造|除险加固|亮化|硬化|${BUILDS}|${UPGRADES})$`);
/** The investment describing the works a list closes with (`等总投资157.1亿元的项目70个`): what they are follows it. */
const INVESTMENT_DESCRIBED = /^(?:总投资|投资)(?:超过|超|约|近|达)?[\d.]+(?:万亿|亿|万)?元(?:以上)?的/;
/** A length closing a work's name (`A高速公路30.34公里`) or what is done over listed works (`等道路亮化3公里`). */
const LENGTH_END = /(?<=[\u4e00-\u9fff])(?:约|近|超)?[\d.]+(?:公里|千米|延米|米)$/;
/** How a building is built, after its name: `卫生院易址新建`, `医院二期改扩建`, and going on (`中学扩建续建`). */
const BUILT_AFTER = new RegExp(`(?:易址|异地|原址)?(?:${BUILDS})(?:续建)?$`);
/** An improvement after a name, maybe of part of it: `提升改造`, `部分提升改造`, `整体改造`. */
const IMPROVED_AFTER = /(?:部分|整体|全面)?(?:提升改造|改造提升|提档升级|升级改造|改造)$/;

/** The progress of a work's works: `工程进度`. */
const WORKS_PROGRESS = /工程进度$/;

/**
 * The work said of a name after it: `建设`, `升级改造`, how a named building or phase is built, or the progress of the works of
 * a work named by its noun (`地铁9号线工程进度`; `供水工程进度` keeps its 工程).
 */
function trailingWork(text: string): RegExpExecArray | null {
  // Either ending is cut only after a work's noun, phase or road code (read on the last characters first: most texts end otherwise).
  const ending = text.endsWith('建') ? BUILT_AFTER.exec(text) : text.endsWith('工程进度') ? WORKS_PROGRESS.exec(text) : null;
  if (ending) {
    const name = text.slice(0, ending.index);
    if (WORK_SUFFIX.test(name) || PHASE_END.test(name) || ROAD_CODE.test(name)) return ending;
  }
  return TRAILING_WORK.exec(text);
}
/** A name stops where a report goes on about it: `…综合体项目当年完成投资6.1亿元`. */
const NAME_STOP = new RegExp(`当年|[一二三四]季度|[上下]半年|年底|累计|作为|列为|完成|实现|新增|新接入|接入|达到|带动|惠及|开工|建成|正式|全面|顺利|进展|年内|前期|${LIST_DENG}|(?<![第两二三四五六七八九十])[两二三四五六七八九十]+[个处条座所项]|\\d+月`);
/** Adverbs of time left before a verb that ends a name: `已`, `均已`, `已经`, `正在`. */
const ADVERB_AT_END = /(?:均已|已经|已|正在)$/;
/** A quantity opening a name: `68公里供水`, `3000套安置房`. */
const SIZE_OPENING = /^\s*(?:约|近|超)?[\dX.]+ ?(?:万|亿)?(?:余|多)?(?:亩|公里|株|平方米|平米|块|户|米|蒸吨|吨|千瓦|台|间|套|栋|辆)(?!级)/;

/** An outcome stated, not a work: `开放合作能级明显提升` ends as `…改造提升` does, but a degree before the ending says how much. */
const OUTCOME_STATED = /(?:明显|显著|大幅|不断|持续|进一步|稳步|有效)(?:提升|改善|增强|提高)$/;

/** A capacity opening a name sizes the work (`5万吨公共液化烃码头`, `5万千瓦风电`); a boiler's rating (`10蒸吨`) is a class. */
const CAPACITY_UNIT = /(?<!蒸)(?:吨|千瓦)$/;
const NOT_A_NAME = new RegExp(`${/^[一二三四五六七八九十\d]+期(?:工程|项目)?$|不少于|不低于|不超过|^(?:至少|超过)|^项目|^(?:占地|建面|用地|全长|总长)|面积$|(?:领事馆|领馆|使馆|国债|债券|防控|造林)$|(?<!第)[一两二三四五六七八九十][条件](?!例)|书记|[省市县区镇乡]长|常委|秘书长|主任|巡视员|局长|部长|主席|^\d{4}(?:[—\-–~～至]\d{4})?年|^\d{1,2}月|形成|布局|聚焦|围绕|^共[治享]|贷款(?:项目)?$|(?<![A-Za-z\d])\d{3}工程$|^首[个单笔批座条家]|航线$|(?:始发|直达)(?:高铁|动车|列车|航班)|专列|之[城都]$|^在建|A级|^(?:用好|运营好|管好|用足)|“[^”]*、[^”]*”|(?<!(?:国道|省道|县道|乡道|[GSXY])\d*)[两二三四五六七八九十\d]大(?![道街厦楼桥])|[\d一二三四五六七八九十两](?:多|余)?家|(?<![\u4e00-\u9fff]{2}第[一二三四五六七八九十]+)阶段$|[\d一二三四五六七八九十]号工程$|了|的|率|(?:将|要|今年|明年)$|(?<![一二三四五六七八九十])是|督促|^仪式|思路$|投资|资金|股权|仲裁|[%％]|补贴|补助|更多|参与|\d+ ?[个所栋幢座处]|\d+(?:余|多)?项(?!目)|^[（(][^（）()]*[）)]$|\d(?:万|亿)?人|力度|水平|能力|机制|体系|政策|行动|计划(?:和|$)|”“|(?:论坛|博览会|运动会|峰会)(?!.*(?:馆|会址|场|中心)$)|(?:世界|国际|国内)(?:一流|领先)|专项|一批|一些|领域|行业|主义|思想|^巩固|^全域|^部分|^(?:这些|那些|哪些|这个|那个|这项|此|多条|各项|诸多|包括|内容为)|^(?:力争|确保|计划)?(?:全年|今年|当年|年内|年度)(?:建设)?(?:项目|工程)$|(?:基础|前提)上$|[和及与]项目$|多个|目标|^山水林田湖|全覆盖$|^纳入|优先|(?:集团|公司|基金|创投|银行)$|^[\u4e00-\u9fff]{0,3}(?:重大|重点)[\u4e00-\u9fff]{0,4}(?:项目|工程)$|一?大批|(?:全国|全球|亚洲|世界|全省|全市|全区|全县|自治区|国内|省内|规模|占比)最[大高多长强优]|风险|排查|问题|服务$|管理$|发展$|改革$|振兴$|质量$|环境$|作用$|工作$|活动$|氛围$|品牌$|模式$|经济$|产业$|(?:矿业|纺织服装|回收拆解|再制造|梯次利用|回用|转型升级)$|类(?:项目|工程)$|实事(?:项目|工程)?$|^(?:所有|预计)|\d(?:米|公里|平方米)$|^(?:[一两二三四五六七八九十百]+|数|几|若干|多)(?:个|项|大|批|条|座|所|处|台)|多少|第[一二三四五六七八九十\d]+批|^沿[\u4e00-\u9fff]$|^(?:荒漠化|石漠化|沙化|水土流失)|^[\u4e00-\u9fff]{0,6}?(?:\d{4}年)?(?:[春夏秋冬]季)?(?:重点|重大)(?:产业|工业|交通|水利|能源|民生|社会事业|基础设施|医疗卫生|卫生|建设|招商|城建|农业|文旅|教育)?(?:建设)?项目$|(?:推动|推进|狠抓)(?:重点)?项目$|^(?:以|在|将(?!军)|其中|提前)|落实|(?<!精)细化|分解|供给$|[一两]个$/.source}|${SIZE_OPENING.source}|${OUTCOME_STATED.source}`);
/** A name without the size opening it when the size belongs to the work (`4500亩蓝莓产业园`, see `sizedWork`), else the name. */
function withoutOwnSize(name: string, listed: boolean): string {
  const size = SIZE_OPENING.exec(name);
  const rest = size ? name.slice(size[0].length) : '';
  return size && sizedWork(rest, listed, CAPACITY_UNIT.test(size[0])) ? rest : name;
}
/** Programmes rather than works when named by a broad scope: `国家战略性新兴产业集群工程`, `医疗卫生强基工程`. */
const PROGRAMME = /(?:工程|项目|中心|基地|改造|治理|提升|整治|市场|公园|产业园|配套|延伸)$/;
const BROAD_SCOPE = /^(?:新一轮|全域|全国|全省|全市|全县|全区|省级|市级|县级|省属|市属|城市|城镇|农村|乡村|医疗|卫生|龙头(?![村镇乡寨屯庄])|重点|重大|各类|老旧|公共|社会|民生|生态|文化|体育|教育|产业|工业|道路|交通|新型|现代|数字|智慧|贫困|区域|城区|市镇|城乡|开发区)/;
const PLACES_END = /等(?:地市|城市|市|县|区|省|地)(?![域城级])(?=[\u4e00-\u9fff]{2})/;
/** Where works of a category stand, said in its name: `续建项目`, `2个前期项目`. */
export const CATEGORY_STATUS = /续建|在建|新建|新开工|开工|前期|预备|竣工投产|竣工|建成|签约/;
const QUANTITY = /\d(?:\.\d+)?(?:万|亿)?(?:公里|米|平方米|亩|吨|千瓦|座|个|条|户)/;
const PHASE = /[一二三四五六七八九十\d]期/;
/** A phase alone (`二期工程`), and a work's name ending with one (`引绰济辽一期`). */
const BARE_PHASE = /^[一二三四五六七八九十\d]+期(?:工程|项目)?$/;
const PHASED_NAME = /^(.{2,}?)[一二三四五六七八九十\d]+期(?:工程|项目)?$/;
/** A part of a road or railway: a stretch, a bridge, a tunnel, an interchange. */
const ROUTE_PART = /(?:段|大桥|隧道|互通|立交)$/;
const ROUTE_NOUN = /高速公路|高速|高铁|铁路|城际|地铁|轨道交通|公路|国道|省道|快速路|环线/;
/** A route named with one of its parts (`武汉都市圈环线高速公路汉南长江大桥`): the route, up to its last noun. */
const ROUTE_OF_PART = new RegExp(`^(.{2,}(?:${ROUTE_NOUN.source}))(?=.{2,}${ROUTE_PART.source})`);
/** The route a part alone (`永康段`) listed after a part of a named route (`330国道婺城段`) belongs to, if any. */
const routeOfPart = (name: string, before: string | undefined) => (ROUTE_PART.test(name) && !ROUTE_NOUN.test(name) ? ROUTE_OF_PART.exec(before ?? '')?.[1] : undefined);
const KINDS_OPENER = /^(?:一批|各类|一些|若干)/;
/**
 * What opens a list of no works: kinds (KINDS_OPENER), the fields works involve (`主要涉及旅游开发、智能制造等项目`; one work may
 * involve places, `完成涉及15个镇的A工程`), prospects still negotiated (`正在跟踪洽谈A、B等20余个项目`) and a layout (`布局…`).
 */
const NO_WORKS_LISTED = new RegExp(`${KINDS_OPENER.source}|^(?:(?:主要)?涉及|(?:跟踪|积极)?洽谈|布局)`);
/** An activity among listed items: a verb of driving on inside it, after its subject. */
const ACTIVITY_ITEM = /^[\u4e00-\u9fff]{2,}(?:推进|推动)/;
/** A step of a work's early stage, listed alone: `选址`, `征地`, `环评和评估`, `可研`, `初步设计`. */
const EARLY_STEP = /^(?:(?:已经?)?(?:完成)?(?:选址|征地|征迁|征拆|拆迁|环评|能评|稳评|可研|工可|立项|勘察|勘测|设计|初步设计|施工图设计|招标|招投标|用地预审|规划许可|土地预审)(?:和|及|、)?)+(?:评估|审批|报告|批复)?$/;
/** A programme among listed items: `实施种业振兴、耕地质量提升、新一轮粮食产能提升行动`, `…等行动`. */
const PROGRAMME_ITEM = /(?:行动|计划|战略|活动|机制|体系|政策)$/;
/**
 * A programme named by what it improves (`文艺创作提质工程`, `停车便利化工程`, `康复护理扩容提升工程`), told from a
 * work by its abstract last words and no place in its name (`XX江堤防提升工程` is a work).
 */
const IMPROVEMENT_PROGRAMME = /(?:提升|提质|创新|传承|促进|扩容|扩面|便利化|振兴|强基|焕新|直连|赋能|增收|化解|保护|改善|深度治理|倍增)(?:发展)?(?:重大|重点)?(?:工程|项目)$/;
/** Programmes that raise people, culture or firms (`…工匠培育工程`, `文明乡风建设工程`), whatever place they name. */
const CULTIVATION_PROGRAMME = /(?:培育|培养|壮大|领航|典藏|铸魂|供给|培优|精品|融合|道德建设|乡风建设|社会建设|高质量发展)(?:重大|重点)?(?:工程|项目)$/;
/** What a works 工程 is made of: water, power, land, lines and buildings (`南北山绿化工程`, `湘黔背靠背联网工程`, `引洮…工程`). */
const PHYSICAL = new RegExp(`[水电河江湖海山路桥港铁气油煤矿林田沙堤渠坝库隧网站厂园楼馆房场线镇岛湾滩厅居村]|^引|机场|绿化|景观|防洪|高压|航运|供热|搬迁|调蓄|东移|西移|${WORK_NOUNS}`);
/** A numeric code in quotes (`“1131”`, `“百千万”`) names a programme, not a work. */
const NUMERIC_CODE = /[“"][\d一二三四五六七八九十百千万+×]+[”"]/;
const PLACE_WORD = /[省市县镇乡村旗河湖江海山岛湾路街]/;
/** An industrial cluster's programme (`光电信息先进制造业集群建设工程`), not a work. */
const CLUSTER = /集群(?:建设|培育)?(?:工程|项目)$/;
const QUOTE = /^[“"‘]+|[”"’]+$/g;
/** A quoted slogan named a programme (`“城市双修”工程`, `“菜篮子”工程`), not a work. */
const SLOGAN = /^[“"][^”"]+[”"][\u4e00-\u9fff]{0,4}(?:工程|项目|行动|计划|建设|园区|基地|改造|整治)$/;
/** A plan's framework in quotes, counted twice (`“四向八廊”对外通道`, `“五纵五横”主水网`): no work, whatever its kind. */
const FRAMEWORK = /^[“"][^”"]*[一二三四五六七八九十][^”"]*[一二三四五六七八九十][^”"]*[”"]/;
/** A slogan after a task, not a work (`乡村建设“百千万”工程`; but `天水机场“盖被子”工程`). */
const TASK_SLOGAN = /(?:建设|发展|振兴|提升|治理)[“"][^”"]+[”"](?:工程|项目|行动|计划)$/;
/** A note's mark (`“五网合一”［20］示范项目`, `污水处理厂[3]`): not part of a name. */
export const NOTE_MARK = /[［[〔]\d{1,3}[］\]〕]/g;
const NOTE_MARK_AT_END = new RegExp(`${NOTE_MARK.source}$`);
/** Another name a work goes by, after its own: `A段(即保庄圩工程)`. */
const ALIAS_AT_END = /[（(][即原][^（）()]{1,20}[）)]$/;
const DIRECTION = /^[东西南北]/;
/**
 * What describes a work before its name: an apposition (`西线主通道重点工程`), its theme (`以红色文化为主题的`), a measure ending in 的
 * (`惠及3400万人的`) or where it is (`位于运河二桥东侧`).
 */
const DESCRIBED = /^(?:.*(?:重点|重大|标志性|骨干|控制性)(?:工程|项目)|以[^，。；、的]{2,12}?为(?:主题|特色|核心|主体|依托)的|集[^，。；的]{2,24}?[为于]一体的|[\u4e00-\u9fff]{0,4}主?干道(?=[\u4e00-\u9fff]{2,}(?:路|街|大道)$)|[\d.]+万?(?:公里|千米)(?=“)|[\d.]+万?套(?=[\u4e00-\u9fff]{2})|(?:百亿|千亿|[\d.]+亿元?)投资(?=[\u4e00-\u9fff]{2})|[^的]*(?:\d|[百千万亿]亿|[一二三四五六七八九十百千]+[万亿]元|多年|已久)[^的]*的|.*——|位于[^，。；、]{2,16}?(?:[东西南北]侧|附近|旁|境内|以[东西南北]|的)|(?:国内|全国|全省|全市|全区|世界|全球)(?:首个|首座|首条|第一个)(?:\d[A-Z]级)?|(?:我|本)[省市县区镇](?:首个|第一个)[\u4e00-\u9fff]{0,8}?(?:工程|项目)|[\u4e00-\u9fff]{0,6}?(?:首|第[一二三四五六七八九十]+)[座条][\u4e00-\u9fff]{0,4}?(?:公路|铁路|高铁|高速|大桥|隧道|水库)(?=[\u4e00-\u9fff]{2})|.+(?:通道|线路|工程)(?=“[^”]+”(?:工程|项目)$)|(?:超|近|约)?[\d.一二三四五六七八九十百千]+(?:万亿|亿|万)?元级?[\u4e00-\u9fff]{0,4}(?:工程|项目)|[^“”]*“(?:[^”]*(?:工程|项目)”|[^”]+”(?:工程|项目))(?![一二三四五六七八九十\d]期))(?=[\u4e00-\u9fff“]{2})/;
/** A superlative before the work it describes (`亚洲最大专业货运机场花湖国际机场`): up to the last work noun before the name. */
const SUPERLATIVE = new RegExp(`^[^的、]{0,6}最[大高多长强优][^的、]*(?:${WORK_NOUNS})(?=[\\u4e00-\\u9fff]{2})`);
/** What describes a work at the start of a name, of either kind. */
function describedAt(name: string): string | undefined {
  return DESCRIBED.exec(name)?.[0] ?? (name.includes('最') ? SUPERLATIVE.exec(name)?.[0] : undefined);
}
/**
 * A status followed by what it brought (`成昆铁路复线贯通带动…`): the clause about the work ends there. After the statuses of
 * the second group 并 may add the next step (`完工并对外开放`): only what the work won or became ends it (`结顶并获评…`).
 */
const STATUS_THEN_EFFECT =
  /(?:全线贯通|贯通|通车|通航|建成投产|投入使用|投入运行|建成通水|建成)(?=(?:带动|改变|标志|结束|填补|使|让|并|发挥)[\u4e00-\u9fff])|(?:投产|投用|[封结]顶|完工|竣工)(?=(?:带动|改变|标志|结束|填补|使|让)[\u4e00-\u9fff]|并(?:获|荣获|入选|实现|成为|列入|纳入|被))/;
/** Parts of STATUS_THEN_EFFECT's status words, one in each. */
const EFFECT_HINTS = ['通', '建成', '使用', '运行', '投产', '投用', '顶', '完工', '竣工'];
/** Verbs of works settling somewhere: `落户`, `落地`, `入驻`. */
const SETTLE_VERBS = '落户|落地|入驻';
/** Works settling in a park (`A、B等22个项目落户C工业园区`): the clause about them ends with the verb, the park is where. */
const SETTLED_IN = new RegExp(`(?:${SETTLE_VERBS})(?=(?:于|在|到)?[\\u4e00-\\u9fff]{2,12}?(?:园区|工业园|产业园|开发区|高新区|经开区|新区)$)`);
/** A category opening a name, the name after it (`安置房项目宏图家园`). */
const CATEGORY_APPOSED = /^[\u4e00-\u9fff]{1,8}?(?:项目|综合体)(?=[\u4e00-\u9fff“"]{2})/;
/** A preposition before a work's name, one of `marks`: not 对外, 对内, 对口, 为民. */
const objectBefore = (marks: string) => new RegExp(`^[${marks}](?![外内口民])(?=[\\u4e00-\\u9fff]{2})`);
/** `完成对A的改造`; before the first item, also 为 (`积极为A、B等工程提供服务`). */
const LEADING_OBJECT = objectBefore('对');
const FIRST_OBJECT = objectBefore('对为');
/** The mark between a route's ends. */
const ROUTE_MARK = /[至\-—]/;
/** A route between two places (`尖扎至贵德`, `阜阳-淮北`) or to a numbered road (`孙岗-104国道`): the proper name of a road, railway or line. */
const ROUTE = new RegExp(`^[\\u4e00-\\u9fff]{2,8}${ROUTE_MARK.source}(?:[\\u4e00-\\u9fff]{2,8}|[A-Z]?\\d{1,3}[国省县]道)$`);
/** A route's start and a place it passes (`长春经辽源`), the rest of the route listed next; not `数字经济`. */
const VIA_PLACE = /^[\u4e00-\u9fff]{2,8}经(?![济营验费过])[\u4e00-\u9fff]{2,6}$/;
/** The next places of a route, to its end: `梅河口至通化高铁`, `抚顺至通化`. */
const ROUTE_GOES_ON = /^[\u4e00-\u9fff]{2,6}(?:至|到)[\u4e00-\u9fff]{2}/;
/** A water transfer named by its source and destination (`引大济岷`, `引江补汉`): a proper name. */
const TRANSFER = /^引[\u4e00-\u9fff]{1,4}[济入补][\u4e00-\u9fff]{1,4}$/;
/** Power sent from one province to another (`“宁电入湘”工程`, `陇电入鲁工程`): a line, not a slogan, in quotes or not. */
const POWER_TRANSFER = /^[“"]?(?![外区省])[\u4e00-\u9fff]{1,2}电入[\u4e00-\u9fff]{1,2}[”"]?(?:工程|项目)?$/;
/** A national or provincial road by its number: `G331`, `S227`, `国道308`. */
const ROAD_CODE = /^(?:[GS]|[国省]道[GS]?)\d{1,4}$/;
/** Where a name may be shaped as a route, a transfer or a road code (ROUTE, TRANSFER, POWER_TRANSFER, ROAD_CODE). */
const SHAPED_ANYWHERE = new RegExp(`${ROUTE_MARK.source}|电入|引[\\u4e00-\\u9fff]{1,4}[济入补]|[GS道]\\d`);
/** The shortest item without a work's noun that is a work for being listed before one said to be built (a shorter one is a place). */
const SIBLING_SHORTEST = 6;
/** What a work comes with, after 及 (`配套灌溉工程`, `附属幼儿园`): its part, not another work. */
const PART_OF_WORK = /^(?:配套|附属|周边|沿线|延伸)/;
/** One count over works joined by 和 (`A和B两处市民公园`) or one joint work (`A和B合建项目`): not two works. */
const COUNTED_OR_JOINT = /[两二三四五六七八九十\d][处条座个所]|合建/;
/** Buildings or rooms counted at the end of a name: `20栋厂房`, `300套公寓`. */
const COUNTED_PARTS = /\d+(?:栋|幢|座|套|间)[\u4e00-\u9fff]{1,4}$/;
/** A road named by its kind and number (`国道108`, `省道S210`): later numbers in its list share the kind. */
const NUMBERED_ROAD = /^((?:国道|省道|县道|乡道)[GSXY]?)\d{1,4}$/;
/** A class before a kind counted: `创新型`, `大型`, `省` (`省级` designates: `省级区域医疗中心` keeps it). */
const CLASS_OF_KIND = /^(?:[\u4e00-\u9fff]{1,2}型)?(?:省(?![道级]))?(?=[\u4e00-\u9fff]{2})/;
/** The last item of a list counting the kind after it (`德令哈4个抽水蓄能电站`, `松如沟等14个750千伏电网工程`). */
const COUNTED_KIND = /^([\u4e00-\u9fff]{2,8}?)等?([\d两二三四五六七八九十]+)[个座条处所项家县大]([^、和及与]{2,12})$/;
/** Places counted after a list of them (`等10个县区通了新的高速公路`): what follows is said of the places; not `3条县道`, `2个市政道路…`, `5个县城…`. */
const PLACES_COUNTED = /^[\d两二三四五六七八九十]+个?(?:县区|县市区?|市县|区县|地市|乡镇|[省市县区州盟旗乡镇村])(?![道政城域级属际])/;

function balancedQuotes(name: string): boolean {
  return depthOf(name, '“', '”') === 0;
}

/** How many of `open` stay unclosed by `close` in `text`. */
function depthOf(text: string, open: string, close: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === open) depth++;
    else if (c === close) depth--;
  }
  return depth;
}

/** Whether a bracket opened in `text` is still open: a list inside it (`A水系(三联、四联村等)治理工程`) is part of one item. */
function inBrackets(text: string): boolean {
  return (text.includes('（') || text.includes('(')) && depthOf(text, '（', '）') + depthOf(text, '(', ')') > 0;
}

/** Two items joined by 和 or 及; not one after a route's dash, which opens a place (`墨玉-和田-洛浦高速公路`). */
const JOINED_PAIR = /^(.{2,}?)(?<![-－—–~～至到])[和及](.{2,})$/;

/** An item of a list, at `offset` in the clause. */
interface ListItem {
  raw: string;
  offset: number;
  /** The first of two plants joined by 和, each by its capacity: a work of the kind the second names. */
  plant?: boolean;
}

/**
 * Splits `A、B、C` into items, keeping one name together: `东、西外环路`, `第三、第四棚改配套幼儿园`, `“A、B”工程`. In a list of a
 * kind that goes by name (`京港澳和沪昆扩容、张官等17条高速公路`), two short names joined by 和 are two items.
 */
function listItems(text: string, from: number, ofNamedKind: boolean, counted: number | undefined): ListItem[] {
  const parts: { raw: string; offset: number }[] = [];
  let offset = from;
  for (const piece of text.split(/、|以及/)) {
    const sep = text.startsWith('以及', offset - from + piece.length) ? 2 : 1;
    const previous = parts[parts.length - 1];
    if (
      previous &&
      ((previous.raw.length <= 1 && !/\d/.test(previous.raw)) ||
        !balancedQuotes(previous.raw) ||
        inBrackets(previous.raw) ||
        /第[一二三四五六七八九十\d]+$/.test(previous.raw) ||
        (/[东西南北]$/.test(previous.raw) && DIRECTION.test(piece)) ||
        // A route through several places: `长春经辽源、梅河口至通化高铁`.
        (VIA_PLACE.test(previous.raw) && ROUTE_GOES_ON.test(piece)) ||
        // Grades or phases counted, not names: `二、三级医院`, `一、二期`.
        (/[一二三四五六七八九十]$/.test(previous.raw) && /^[一二三四五六七八九十]/.test(piece)))
    ) {
      previous.raw = text.slice(previous.offset - from, offset - from + piece.length);
    } else {
      parts.push({ raw: piece, offset });
    }
    offset += piece.length + sep;
  }
  // `雅下水电和川藏铁路`: two works joined by 和 are two items (each side names a work, the right one not generically);
  // not `A和B两处市民公园` (one count over both) nor `A和B合建项目` (one joint work).
  const items: ListItem[] = [];
  for (const [at, part] of parts.entries()) {
    const m = part.raw.includes('和') || part.raw.includes('及') ? JOINED_PAIR.exec(part.raw) : null;
    // The left one may end with its own 建设 (`推动A灌区建设和B灌区现代化改造`).
    const left = m?.[1]!.replace(QUOTE, '').replace(/建设$/, '').replace(ALIAS_AT_END, '');
    // The right one may end with how it is built or grows (`105国道和328省道中段改建`, `A高铁和B高速扩容`).
    const right = m ? m[2]!.slice(0, trailingWork(m[2]!)?.index).replace(/扩容$/, '') : '';
    // Two plants, each by its capacity (`年产4万吨A和2万吨B项目`, `甲2×66万千瓦发电和乙2×35万千瓦热电联产项目`): the first is a work
    // of the kind the second names.
    const plants = m !== null && PLANT_CAPACITY.test(m[1]!) && PLANT_CAPACITY.test(m[2]!) && PROJECTS_KIND.test(m[2]!);
    const two =
      m !== null &&
      (plants ||
        // The list's count says the last item is two (`A、B和C四个项目`).
        (at === parts.length - 1 && counted === parts.length + 1) ||
        ((ofNamedKind && m[1]!.length <= 6 && m[2]!.length <= 6 && !(WORK_SUFFIX.test(m[1]!) && WORK_SUFFIX.test(m[2]!))) ||
        // Two roads by their numbers (`G325及S280`), or by their ends (`G536丁家垅-天岳和青冲-伍市`).
        (ROAD_CODE.test(m[1]!) && ROAD_CODE.test(m[2]!)) ||
        (ROUTE_MARK.test(m[1]!) && ROUTE.test(m[2]!)) ||
        // A work closing one list and the first place of the next list of that kind (`A、B机场改扩建和C、D机场新建`).
        (m[2]!.length <= 4 && !WORK_SUFFIX.test(m[2]!) && opensListOfKind(left!, parts.slice(at + 1))) ||
        // Two places sharing a class and kind (`道孚和叶巴滩500千伏送出工程`), or a kind alone (`雄商和津潍高铁`).
        (m[1]!.length <= 4 && !WORK_SUFFIX.test(m[1]!) && (lentClassKind(m[2]!) !== undefined || (sharesKind(m[2]!) && !LEADING_VERB.test(m[1]!)))) ||
        // A named work and a route of the kind listed (`成德市域铁路和攀枝花至盐源等高速公路`).
        (ofNamedKind && WORK_SUFFIX.test(left!) && ROUTE.test(m[2]!)) ||
        // A named work and works counted (`建设A农贸市场和2处停车场`): the counted ones are no name.
        (WORK_SUFFIX.test(left!) && !COUNTED_OR_JOINT.test(m[1]!) && COUNT_START.test(m[2]!)) ||
        (WORK_SUFFIX.test(left!) && WORK_SUFFIX.test(right) && !COUNTED_OR_JOINT.test(m[2]!) &&
          // A named work and what goes with it (`内环北路及项目周边市政管网`): the generic one is dropped later. After a work of a
          // kind that goes by name, 及 joins another work (`宜常高铁及虞公港二期`) unless it adds the first one's part (`…水库及配套灌溉工程`).
          (part.raw[m[1]!.length] === '和'
            ? !isGenericWork(m[2]!)
            : (isGenericWork(m[2]!) && !isGenericWork(left!)) || (NAMED_KIND.test(left!) && !isGenericWork(m[2]!) && !PART_OF_WORK.test(m[2]!))))));
    if (two) items.push({ raw: m[1]!, offset: part.offset, plant: plants }, { raw: m[2]!, offset: part.offset + m[1]!.length + 1 });
    else items.push(part);
  }
  return items;
}

/** What of a kind lent to a name its end does not say already: `医院` of `方舱医院` after `武昌方舱`; a character alone is the name's (`古水` + `水电站`). */
function kindNotSaid(name: string, kind: string): string {
  for (let k = Math.min(name.length, kind.length - 1); k > 1; k--) if (name.endsWith(kind.slice(0, k))) return kind.slice(k);
  return kind;
}

/** Whether a later part names a work of the kind `work` is (`机场` of `西双版纳机场改扩建` in `楚雄机场新建迁建`). */
function opensListOfKind(work: string, later: readonly { raw: string }[]): boolean {
  if (!WORK_SUFFIX.test(work)) return false;
  const kind = withoutWorkEnding(work).slice(-2);
  return /^[\u4e00-\u9fff]{2}$/.test(kind) && later.some((part) => part.raw.includes(kind) && WORK_SUFFIX.test(part.raw));
}

/** Designations of areas, not works, whatever their last word (`海南自由贸易港`, `…示范区`). */
const DESIGNATION = /(?:自由贸易港|自由贸易试验区|自贸港|自贸区|试验区|示范区|先行区|经济区|经济带|城市群|都市圈|国家(?:文化)?公园|(?:开放|创新|科创|双创|流通|经济|发展|产业|旅游|文旅|交通)大?走廊|旅游岛|旅游圈|国际旅游区|国家农业科技园区?|交往中心|综合性科学中心|^国际[\u4e00-\u9fff]{0,6}(?:枢纽|走廊)|开放枢纽|新片区|国家公园（[^（）]{1,8}）|(?:航运|金融|贸易|辐射)中心|(?:自贸区|自由贸易试验区)[\u4e00-\u9fff]{2,4}片区|(?:区域|国际)科技创新中心|国家科学中心|农高区|副中心|名城|创新走廊|世界(?:地质|森林|湿地|矿山)公园|国家(?:地质|矿山)公园|特色小镇|试点|^(?:国家级|省级)[\u4e00-\u9fff]{0,8}基地)$/;

/** A stretch of a national work, which the names listed before it share (`长城、长征、黄河国家文化公园甘肃段`, `长征、长江等国家文化公园（四川段）`). */
const NATIONAL_STRETCH = '国家[\\u4e00-\\u9fff]{2,8}?(?:（[^（）]{1,6}段）|[\\u4e00-\\u9fff]{1,4}段)';
const NATIONAL_STRETCH_KIND = new RegExp(`^${NATIONAL_STRETCH}$`);
/** A name with that kind after it: `黄河国家文化公园甘肃段` → `国家文化公园甘肃段`. */
const NAMED_NATIONAL_STRETCH = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?(${NATIONAL_STRETCH})$`);

/** A township alone, maybe with a part in brackets: `六指街`, `木兰乡（西区）` (before `祁家湾街污水处理厂`). */
const TOWNSHIP = /^[\u4e00-\u9fff]{2,4}[乡镇街](?:[（(][^（）()]{1,6}[）)])?$/;

/** An item naming no work by its noun, or a township (`蔡店街`): a place, before the kind it shares. */
const placeAlone = (raw: string) => !WORK_SUFFIX.test(raw) || TOWNSHIP.test(raw);

/**
 * Where each item's lender is looked for: the item itself unless it is a short name or a route without a work's noun, or a
 * township (the last item always), else the next such stop. One pass from the end: a search from every item reads long lists
 * of short names over and over.
 */
function lenderStops(items: readonly { raw: string }[]): number[] {
  const stops: number[] = [];
  for (let j = items.length - 1; j >= 0; j--) {
    const raw = items[j]!.raw;
    const passed = j < items.length - 1 && (((raw.length <= 4 || ROUTE.test(raw)) && !WORK_SUFFIX.test(raw)) || TOWNSHIP.test(raw));
    stops[j] = passed ? stops[j + 1]! : j;
  }
  return stops;
}

/** The longer item after a short one whose kind it shares (`延榆、康渝高铁`, `G109、G219、G318提质改造`, `莱临、日照至五莲、聊邯长铁路`). */
function lenderOf(items: readonly { raw: string }[], index: number, stops: readonly number[]): string | undefined {
  const next = items[stops[index + 1] ?? items.length]?.raw;
  if (next === undefined || next.length > 16 || !WORK_SUFFIX.test(next) || withoutWorkEnding(next).length < 2) return undefined;
  if (LEADING_VERB.test(next) || ITEM_VERB.test(next) || NOT_A_NAME.test(next) || DESIGNATION.test(next) || IMPROVEMENT_PROGRAMME.test(next) || isProgramme(next) || isGenericWork(next)) return undefined;
  return next;
}

/** A kind that goes by name anywhere in a name: `包银高铁银川至巴彦浩特支线` names its kind. */
const NAMED_KIND_IN = new RegExp(NAMED_KIND.source.slice(0, -1));
/** A route naming no kind (`日照至五莲`), as a list names one before the kind it shares (`日照至五莲、聊邯长铁路`). */
const bareRoute = (name: string) => ROUTE.test(name) && !NAMED_KIND_IN.test(name);

/** A place alone, as a list names one before the kind it shares: Chinese characters, no phase (`乙鲲二期`), no code (`G352`). */
const BARE_PLACE = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * The kind that goes by name a bare place or route (`name`, of list item `raw`) borrows from the next item (`延榆、康渝高铁`, `日照至五莲、聊邯长铁路`,
 * `镜湖、曹娥江科技城`). Not in a list closed by a category (`A、B公园等项目`: projects of any kind), nor for a phase that takes
 * the work before it (`A一期、二期`) or a name in quotes, which stands alone (`“中国画谷”`).
 */
function placeOfKind(name: string, raw: string, prefix: string | undefined, listed: string | undefined, lender: string): string | undefined {
  if (prefix !== undefined || listed !== undefined || !(BARE_PLACE.test(name) || bareRoute(name)) || PHASE.test(name) || /[“"]/.test(raw)) return undefined;
  return NAMED_KIND.exec(lender)?.[0];
}

/** A plant's capacity (`4万吨`, `66万千瓦`), its unit captured. */
const CAPACITY = '\\d(?:\\.\\d+)?万?(千瓦|兆瓦|吨)';
/** A capacity in a name (`年产4万吨`, `2×66万千瓦`), not a size class (`30万千瓦级`). */
const PLANT_CAPACITY = new RegExp(`${CAPACITY}(?!级)`);
/** A plant's capacity ending a name, and the kind a later item names after the same unit (`华能20万千瓦风电`). */
const CAPACITY_END = new RegExp(`${CAPACITY}$`);
const KIND_AFTER_CAPACITY = new RegExp(`${CAPACITY}([\\u4e00-\\u9fff]{2,8})$`);

/** For each item, the unit and kind of the first item from it on that names a plant after its capacity (one pass, from the end). */
function capacityKinds(items: readonly { raw: string }[]): ({ unit: string; kind: string } | undefined)[] {
  const kinds = new Array<{ unit: string; kind: string } | undefined>(items.length + 1);
  for (let i = items.length - 1; i >= 0; i--) {
    const m = KIND_AFTER_CAPACITY.exec(items[i]!.raw);
    kinds[i] = m ? (WORK_SUFFIX.test(m[2]!) && !isGenericWork(items[i]!.raw) ? { unit: m[1]!, kind: m[2]! } : undefined) : kinds[i + 1];
  }
  return kinds;
}

/** `华盛2万千瓦、华能20万千瓦风电`: an owner and capacity listed before a plant of the same unit is a plant of that kind. */
function kindAfterCapacity(name: string, next: { unit: string; kind: string } | undefined): string | undefined {
  const capacity = next && CAPACITY_END.exec(name);
  return capacity && capacity[1] === next.unit && capacity.index >= 2 ? next.kind : undefined;
}

/** The last of numbered works listed by their numbers alone: `地铁3、4、6号线`, `1、2号泊位`, `1、2号机组`. */
const NUMBERED_LAST = /^\d{1,3}(号(?:线|楼|泊位|码头|隧道|地块|机组))(?:工程)?$/;

/** `地铁3、4、6号线`: numbers listed between a first name ending in one and a last one with the noun they share. */
function numberedSeries(first: string, items: readonly { raw: string }[]): { prefix: string; noun: string } | undefined {
  const last = items.length > 1 ? NUMBERED_LAST.exec(items[items.length - 1]!.raw) : null;
  if (!last || !/\D\d{1,3}$/.test(first) || !items.slice(1, -1).every((item) => /^\d{1,3}$/.test(item.raw))) return undefined;
  return { prefix: first.replace(/\d+$/, ''), noun: last[1]! };
}

/** A place of two to four characters and a named kind of work (`津潍高铁`), whose kind a place before it may share. */
function sharesKind(work: string): boolean {
  const place = withoutWorkEnding(work);
  return place.length >= 2 && place.length <= 4 && work.length - place.length >= 2 && !isGenericWork(work) && !COUNTED_OR_JOINT.test(work);
}

/**
 * The class and kind a short item borrows from the longer one after it, from a voltage or a level on
 * (`理塘500千伏输变电工程` lends `500千伏输变电工程`, `…河流域国家级湿地公园项目` lends `国家级湿地公园项目`).
 */
function lentClassKind(lender: string): string | undefined {
  const from = /[±\d]+千伏|(?:国家|省|市|县)级/.exec(lender);
  return from && from.index >= 2 ? lender.slice(from.index) : undefined;
}

/** The kind of work and how it is built, which a short item borrows: `西双版纳机场改扩建` lends `机场改扩建`. */
function lentBuiltKind(lender: string): string | undefined {
  let base = lender;
  for (let cut = base.replace(BUILT_AFTER, ''); cut !== base; cut = base.replace(BUILT_AFTER, '')) base = cut;
  const noun = base === lender ? undefined : WORK_SUFFIX.exec(base)?.[0];
  return noun && base.length - noun.length >= 2 ? lender.slice(base.length - noun.length) : undefined;
}

/**
 * Projects named in a clause, in four shapes: a list closed by `等…项目` (status after it or in
 * the verb before it), a work with its investment (`投资XX亿元的凤宝管业清洁煤制气`), a named
 * work with its status before or after (`建成鹏城云脑Ⅲ`, `广湛高铁建成通车`), and failing those, works
 * opening the clause before what the report says of them (`哈尔滨机场成为…`). A name is a place, an
 * owner, a phase or a named facility: generic categories (`供水、污水等项目`) are left out.
 */
export function projectsIn(quoting: Clause): ProjectMatch[] {
  const clause = unquoted(quoting);
  const bracketed = countedMembers(clause);
  if (bracketed.length > 0) return bracketed;
  for (const read of CLAUSE_READERS) {
    const found = read(clause);
    if (found.length > 0) return found;
  }
  return [];
}

/** A quotation opening a clause with a verb, maybe after who says it and an aim: `“建设A、B等项目”`, `报告提到“建设…`, `报告新提出要“力争开工建设…`. */
const QUOTATION_OPENING = new RegExp(`^(?:[^“”]{0,12}?${SAYS}要?[：:]?)?“(?=(?:要|力争|确保)*${LEAD_VERB})`);

/** A quotation opening with a verb (news quoting a report) is read as its words, not as one quoted name. */
function unquoted(clause: Clause): Clause {
  const opening = clause.text.includes('“') ? QUOTATION_OPENING.exec(clause.text)?.[0] : undefined;
  if (opening === undefined) return clause;
  const end = clause.text.endsWith('”') ? clause.text.length - 1 : clause.text.length;
  return { ...clause, start: clause.start + opening.length, end: clause.start + end, text: clause.text.slice(opening.length, end) };
}

/** A clause that is a list of projects by name alone, maybe counted after (`A项目、B项目、C项目3项计划参加集中签约`). */
const NAMED_PROJECTS = /^((?:[^、，。；：]{3,30}?(?:项目|工程)、)+[^、，。；：]{3,30}?(?:项目|工程))(?:[\d一二三四五六七八九十]+[项个][^、]*)?$/;

/** Works listed by name as what was chosen: `票决确定了A工程项目、B项目(第一期)为2020年…实事项目`. */
const CHOSEN_PROJECTS = /(?:确定|选定|选出|评选出?)了?((?:[^、，。；：]{3,40}?(?:项目|工程)(?:（[^（）]*）)?、)+[^、，。；：]{3,40}?(?:项目|工程)(?:（[^（）]*）)?)为/;

/**
 * The projects a clause lists by name alone, or as what was chosen (CHOSEN_PROJECTS), each a work by its name; none if any
 * item is not (read after `membersNamed`).
 */
export function namedProjects(clause: Clause): ProjectMatch[] {
  if (!clause.text.includes('、')) return [];
  const listed = NAMED_PROJECTS.exec(clause.text);
  if (listed) return namedItems(listed[1]!, clause.start, listed[1]!.split('、'));
  const chosen = CHOSEN_PROJECTS.exec(clause.text);
  if (!chosen) return [];
  // A part chosen is said in brackets after the name (`（第一期小学部分）`): the name is a work's without it.
  const names = chosen[1]!.split('、');
  return names.every((name) => subjectWork(name.replace(PART_IN_BRACKETS, ''), NAME_IN_FULL_LONGEST)) ? placedNames(chosen[1]!, clause.start + chosen.index + chosen[0].indexOf(chosen[1]!), names) : [];
}

/** A part in brackets ending a name chosen: `（第一期小学部分）`. */
const PART_IN_BRACKETS = /（[^（）]*）$/;
/** Every part of a name in brackets: `木兰乡（西区）`. */
const BRACKETED = /[（(][^（）()]*[）)]/g;

/** What a work is or where it lies, before 的 opening a clause (`当天开工的`, `位于甲街道的`); captured. */
const DESCRIBED_BEFORE = '^(?:([^，。；]{0,16}?)的)?';
/**
 * A work named at a clause's start before its profile (`A项目总投资3.1亿元`, `开工的B项目位于…`), maybe after what it is
 * (`当天开工的`: the stage before 的 is its status) and the place announcing it (`禄丰市宣布`).
 */
const PROFILED_WORK = new RegExp(`${DESCRIBED_BEFORE}(?:[\\u4e00-\\u9fff]{1,6}?[省市县区州镇乡](?:宣布|介绍))?([^，。；、的]{4,40}?(?:项目|工程))(?:计划)?(?:总投资|概算投资|位于|坐落于|选址于|占地)`);
/** A facility named at a clause's start before its floor or site area (`位于甲街道的乙医院总建筑面积…`), maybe after what it is. */
const PROFILED_FACILITY = new RegExp(`${DESCRIBED_BEFORE}([^，。；、的]{4,30}?)(?:总建筑面积|建筑面积|总占地面积|占地面积|占地)`);
const PROFILE_AFTER_WORK = /(?:项目|工程)(?:计划)?(?:总投资|概算投资|位于|坐落于|选址于|占地)/;
/** The stage a work was at that day, said before 的 (`当天开工的`). */
const DAY_STAGE = '(开工|竣工|签约|投产|建成)';
const STAGE_BEFORE_OF = new RegExp(`${DAY_STAGE}$`);
/** How long a name given in full may be (a firm's project: `A园艺有限公司智能花卉种植基地建设项目`). */
const NAME_IN_FULL_LONGEST = 40;

/** A clause that is a work's name after the stage it was at that day (`当天开工的A迁建项目`), its profile in the clauses after. */
const STAGED_WORK = new RegExp(`^${CEREMONY_DAY}?(?:集中)?${DAY_STAGE}的([^，。；、的有]{4,40}?(?:项目|工程))$`);

/** A route named at a clause's start before where it runs: `1、元江至蔓耗高速公路起于元江`. */
const ROUTE_PROFILED = new RegExp(`^(?:${ITEM_MARK})?([^，。；、的]{4,30}?)(?:起于|起点|始于)`);

/** The work a clause opening with its profile names, or naming it after its stage alone. */
function profiledWork(clause: Clause): ProjectMatch[] {
  // Most clauses name no 项目 or 工程 right before a profile: they are told so in one scan before the pattern is tried.
  const text = clause.text;
  const route = text.includes('起') || text.includes('始于') ? ROUTE_PROFILED.exec(text) : null;
  if (route && WORK_SUFFIX.test(route[1]!) && subjectWork(route[1]!)) {
    const start = clause.start + route[0].indexOf(route[1]!);
    return [{ name: route[1]!, start, end: start + route[1]!.length }];
  }
  const staged = text.endsWith('项目') || text.endsWith('工程') ? STAGED_WORK.exec(text) : null;
  if (staged && subjectWork(staged[2]!, NAME_IN_FULL_LONGEST)) {
    const start = clause.start + text.length - staged[2]!.length;
    return [{ name: staged[2]!, start, end: start + staged[2]!.length, status: staged[1]! }];
  }
  const ofWorks = (text.includes('项目') || text.includes('工程')) && PROFILE_AFTER_WORK.test(text) ? PROFILED_WORK.exec(text) : null;
  // A facility is named before its floor or site area: `位于甲街道的乙医院总建筑面积11.2万平方米`.
  const profiled = ofWorks ?? (text.includes('面积') || text.includes('占地') ? PROFILED_FACILITY.exec(text) : null);
  // A firm's project is named in full before its profile: `A园艺有限公司智能花卉种植基地建设项目总投资…`.
  if (!profiled || !subjectWork(profiled[2]!, NAME_IN_FULL_LONGEST) || (!ofWorks && !WORK_SUFFIX.test(profiled[2]!))) return [];
  const name = profiled[2]!;
  const start = clause.start + profiled[0].indexOf(name);
  const status = STAGE_BEFORE_OF.exec(profiled[1] ?? '')?.[1];
  return [{ name, start, end: start + name.length, ...(status ? { status } : {}) }];
}

/**
 * A work whose site a report visits or holds a meeting at (`在凤城三路的A医院二期扩建项目施工现场，…`, `主会场设在A项目建设现场`,
 * `在燕山大道施工现场设立分会场`): after the last 的.
 */
const WORK_SITE = /^(?:[^，。；]{0,8}设|[^，。；在]{1,6})?在([^，。；]{3,80}?)的?(施工|建设)?(?:工地|现场)|^([^，。；、]{4,40}?)(施工|建设)(?:工地|现场)$/;
/** The category after the works a site's list names: `等各大重点项目`. */
const SITE_LIST_END = /等[^、]*$/;

/** The work a clause opening at its site names, under construction when the site is a building site. */
function siteWorks(clause: Clause): ProjectMatch[] {
  // Such a clause names a site (`现场`, `工地`): most are told so by a scan for it.
  const site = clause.text.includes('现场') || clause.text.includes('工地') ? WORK_SITE.exec(clause.text) : null;
  if (!site) return [];
  const place = (site[1] ?? site[3])!;
  const status = site[2] ?? site[4];
  // `在A、B、C等各大重点项目的建设现场`: the works listed, those named as works.
  if (place.includes('、')) {
    const listed = place.replace(SITE_LIST_END, '');
    const works = listedWorks(listed).filter((name) => named(name) && !NOT_A_NAME.test(name));
    return placedNames(listed, clause.start + site[0].indexOf(place), works).map((p) => (status ? { ...p, status } : p));
  }
  const name = place.slice(place.lastIndexOf('的') + 1);
  if (!subjectWork(name)) return [];
  const start = clause.start + site[0].indexOf(place) + place.length - name.length;
  return [{ name, start, end: start + name.length, ...(status ? { status } : {}) }];
}

/** Works visited (`调研组先后深入A产业园、B工程等地`, `实地调研A项目`, `检查了该县B项目建设情况`): the works, listed with 、. */
const VISITED = /^[^，。；]{0,10}?(?:实地)?(?:(?:调研|考察)(?![组团])|检查了|察看|查看|视察|(?:先后|分别|相继)(?:深入|走进))(?:了)?(?:该[县市区镇])?([^，。；]{4,160}?)(?:等地|等(?:项目|企业))?(?:建设)?(?:情况|现场|进展)?$/;
/** Words of a visit: most clauses have none. */
const VISIT_WORDS = /调研|察看|查看|考察|视察|检查|深入|走进/;

/** The works a clause says were visited, each a work by its name; none if any item is not. */
function visitedWorks(clause: Clause): ProjectMatch[] {
  const visit = VISIT_WORDS.test(clause.text) ? VISITED.exec(clause.text) : null;
  if (!visit) return clause.text.endsWith('现场') ? sitesVisited(clause) : [];
  const listed = visit[1]!;
  const at = clause.start + visit[0].lastIndexOf(listed);
  return namedItems(listed, at, listedWorks(listed));
}

/**
 * Works a ceremony is held for (`分别举行A项目、B项目开工仪式`, `集中开工暨A项目开工活动`, `暨A项目启动仪式`, the clause opening with them:
 * `A工程试验段开工奠基仪式在B举行`): the works and the stage it marks.
 */
const CEREMONY_OF = '([^，。；]{4,80}?)(开工|奠基|竣工|投产|签约|开业|启动)';
const CEREMONY = new RegExp(`(?:举行|举办|暨)(?:了)?${CEREMONY_OF}(?:仪式|活动|典礼)`, 'g');
const CEREMONY_HELD = new RegExp(`^${CEREMONY_OF}(?:奠基)?(?:仪式|活动|典礼)(?:在[^，。；]{0,30}?)?(?:隆重)?(?:举行|举办)`);

/** The works a clause holds ceremonies for (`A项目启动仪式、B项目开工仪式举行`), each a work by its name; none of a ceremony if any item is not. */
function ceremonyWorks(clause: Clause): ProjectMatch[] {
  // Most clauses hold no ceremony: a scan for its last word tells them.
  if (!clause.text.includes('仪式') && !clause.text.includes('活动') && !clause.text.includes('典礼')) return [];
  const held = matches(CEREMONY, clause.text);
  const opening = held.length === 0 ? CEREMONY_HELD.exec(clause.text) : null;
  return (opening ? [opening] : held).flatMap((ceremony) => {
    // The ceremony is of what follows 暨 (`举行春季项目集中开工暨A项目启动仪式`).
    const listed = ceremony[1]!.replace(/^.*暨/, '').replace(/^分别/, '');
    const at = clause.start + ceremony.index + ceremony[0].indexOf(listed);
    return namedItems(listed, at, listedWorks(listed)).map((work) => ({ ...work, status: ceremony[2]! }));
  });
}

/** The names of a list with 、, the last split in two where it joins two works by 及 or 和 (`A产业园及B基地建设项目`). */
function listedWorks(listed: string): string[] {
  const names = listed.split('、');
  const joined = LAST_TWO_JOINED.exec(names[names.length - 1]!);
  if (joined && subjectWork(joined[1]!, NAME_IN_FULL_LONGEST) && subjectWork(joined[2]!, NAME_IN_FULL_LONGEST)) names.splice(-1, 1, joined[1]!, joined[2]!);
  return names;
}

/** Project sites gone to, listed: `一行深入甲大道、乙生物等项目现场`; the category names them projects, by name alone. */
const SITES_VISITED = /^[^，。；]{0,12}?(?:深入|走进|来到|前往|先后到|到)了?([^，。；]{4,160}?)等(?:重点|重大)?项目(?:建设|施工)?现场$/;

/** The projects whose sites a clause says were gone to; none if any item is no name. */
function sitesVisited(clause: Clause): ProjectMatch[] {
  const visit = SITES_VISITED.exec(clause.text);
  if (!visit) return [];
  const listed = visit[1]!;
  const names = listedWorks(listed);
  return names.length > 1 && names.every(memberName) ? placedNames(listed, clause.start + visit[0].lastIndexOf(listed), names) : [];
}

/** The `names` of `listed` (found from `at`), each a work by its name; none if any is not. */
function namedItems(listed: string, at: number, names: readonly string[]): ProjectMatch[] {
  return names.every((name) => subjectWork(name, NAME_IN_FULL_LONGEST)) ? placedNames(listed, at, names) : [];
}

/** `names`, in the order `listed` has them, placed where they stand in it (found from `at`). */
function placedNames(listed: string, at: number, names: readonly string[]): ProjectMatch[] {
  const found: ProjectMatch[] = [];
  let from = 0;
  for (const name of names) {
    const start = listed.indexOf(name, from);
    from = start + name.length;
    found.push({ name, start: at + start, end: at + from });
  }
  return found;
}

/** The last item of a list naming two works joined by 及 or 和. */
const LAST_TWO_JOINED = /^(.{3,}?)[及和](.{3,})$/;

/** A work's name with where it stands in brackets after it, the whole line (`十堰至西安高铁（开工建设）`, `A大桥（今年建成通车）`). */
const STATUS_IN_BRACKETS = /^(.{3,30}?)（((?:今年|年内|明年|\d{4}年(?:底|内)?)?([^（）]{2,10}))）$/;

/** The work a line of news names before its status in brackets, heading what is said of it next. */
function bracketedStatusWork(clause: Clause): ProjectMatch[] {
  const m = clause.text.endsWith('）') ? STATUS_IN_BRACKETS.exec(clause.text) : null;
  if (!m || statusAtEnd(`${m[1]}${m[3]}`)?.index !== m[1]!.length || !subjectWork(m[1]!)) return [];
  const start = clause.start;
  return [{ name: m[1]!, start, end: start + m[1]!.length, status: m[2]! }];
}

/**
 * How a clause may name works, tried in turn: a statement of works, works as its subject, a work's site, a work's profile, a
 * ceremony's or a visit's works, a work with its status in brackets.
 */
const CLAUSE_READERS: readonly ((clause: Clause) => ProjectMatch[])[] = [statedWorks, subjectWorks, siteWorks, profiledWork, ceremonyWorks, visitedWorks, bracketedStatusWork];

/** Phases of one work listed with 、 (`地铁5号线一、二期`, `光远三、四期项目`): the work, the numerals, and what ends each phase. */
const PHASES_LISTED = /^(.+?)((?:[一二三四五六七八九十]、)+[一二三四五六七八九十])(期(?:工程|项目)?)$/;

/** One work per phase of a work whose phases are listed: `地铁5号线一、二期` is `地铁5号线一期` and `地铁5号线二期`. */
export function eachPhase(p: ProjectMatch): ProjectMatch[] {
  const m = p.prefix || p.kind ? null : PHASES_LISTED.exec(p.name);
  if (!m) return [p];
  const [, work, numerals, ending] = m as unknown as [string, string, string, string];
  return numerals.split('、').map((numeral, i) => {
    // The first phase keeps the work's name in the text; the others take it as their prefix.
    const at = p.start + work.length + 2 * i;
    const phase = i === 0 ? { start: p.start } : { prefix: work, start: at };
    return { ...p, ...phase, end: at + 1, name: `${work}${numeral}${ending}`, kind: ending };
  });
}

/** Works counted by their kind and named in brackets after it: `竣工3所幼儿园(A、B、C)`, `开工1所幼儿园(D)、1所小学(E)`. */
const COUNTED_MEMBERS = /[\d一二三四五六七八九十两]+[所个座条处家项]([\u4e00-\u9fff]{1,8})[（(]([^（）()]{2,})[)）]/g;

/** The named members of the counted kinds of works in `clause`, at the stage the verb opening it says. */
function countedMembers(clause: Clause): ProjectMatch[] {
  const text = clause.text;
  // Most clauses hold no bracket at all.
  if (!text.includes('(') && !text.includes('（')) return [];
  const verb = LEADING_VERB.exec(text.slice(OPENER.exec(text)?.[0].length ?? 0))?.[0] ?? '';
  const status = stageOf(verb) ? verb : undefined;
  const found: ProjectMatch[] = [];
  for (const m of matches(COUNTED_MEMBERS, text)) {
    if (!WORK_SUFFIX.test(m[1]!)) continue;
    let start = clause.start + m.index + m[0].length - 1 - m[2]!.length;
    // Routes counted by their kind are named by their ends (`建成5条高速公路（A至B、C至D）`).
    const routes = ROUTE_NOUN.test(m[1]!);
    for (const name of m[2]!.split('、')) {
      if (named(name) || (routes && ROUTE.test(name))) found.push({ name, start, end: start + name.length, ...(status ? { status } : {}) });
      start += name.length + 1;
    }
  }
  return found;
}

/** Works a clause opens with, named by a work noun, before what the report says of them. */
const SUBJECT_WORK = new RegExp(`(?:${ROUTE_MARK.source}[\\u4e00-\\u9fff]{1,6}段|${ROUTE_MARK.source}[^，。；、至]{2,12}公路|${/高铁|客运专线|客专|铁路|城际|轻轨|快线|地铁|快速公交|(?<!第)[一二三四五六七八九十][中小]|高速公路|大桥|(?<!互联)互通|立交|隧道|机场|陆港|港区|码头|航道|水利枢纽|水库|堤防|灌区|电站|电厂|运河|管网|气网|电网|主网架|海缆|廊道|产业园|科技园|工业园区?|高新园区|创业园|创新园|物流园|科技城|科学城|基地|工厂|博物馆|分馆|学院|大学|医院|小学|中学|幼儿园|学校|试验场|发射场|实验站|实验堆|反应堆|加速器|对撞机|中子源|光源|望远镜|出入口局|总部|小镇|新城|综合体|[一二三四五六七八九十\d]期(?:工程|项目)?|项目|工程/.source})(?:（[^（）]{1,6}）)?$`);
/**
 * What a report says a work has come to, opening the rest of the clause: a stage reached (`建成`, `投入运行`),
 * a standing gained (`成为`, `入选`, `迈入`), a change made (`衔接升级`, `提速建设`), or firms drawn in (`新增入驻企业`).
 */
const PROGRESS = /(?:建成|实现|成为|迈入|入选|衔接|完成|形成|达标|挂牌|揭牌|开行|提速|点亮|获批|获准|获评|刷新|名扬|落地|筹建|投入|投产|通过(?=[^，。；]{0,12}?(?:审查|审批|评审|批复|预审|论证))|开通|贯通|交付|新增|新引入|新签约|新落地|加快建设|初具规模|蓬勃发展|入驻|(?:旅客|货物|集装箱)?吞吐量|运量|产值(?=(?:首次|首破|累计)?(?:突破|达到|超过|超)))(?!人?[率数量额]|升本|更名|转设|设置|的)/g;
/** A work's buildings sized after its name: `60万平方米标房`, `10万平方米标准厂房`. */
const BUILDINGS_SIZED_END = /\d+(?:\.\d+)?万?平方米(?:标房|标准化厂房|标准厂房|厂房)$/;
/** How a report qualifies that word, just before it: `全线达标`, `基本建成`. */
const PROGRESS_ADVERB = /(?:全面|全线|全流程|整体|基本|顺利|正式|提前|率先|相继|成功|首次|已|加快|累计|共)$/;
/**
 * A work whose progress so far is told, maybe of its part or a paper on it (`A项目原料库已建成`, `A工程可研报告已通过`, `A项目现已基本完成`),
 * or of its papers whatever the work (`A铁路可研即将获批`).
 */
const TOLD_SO_FAR = /^(.{3,}?(?:项目|工程))[\u4e00-\u9fff]{0,6}?(?:现已|已经|均已|已)|^(.{3,}?)(?:预可研|可研|工可|初设|初步设计|环评|项目建议书)(?:报告)?(?:现已|已经|已|即将|正在)?$/;
/** How far into a clause a subject may reach. */
const MAX_SUBJECT = 40;
/** What reaches everywhere is a kind of work, not one: `老年医院实现市域全覆盖`. */
const COVERAGE = /全覆盖|覆盖率/;
/** Scope words that make a category of works, not one: `全省高速公路`, `各地机场`. */
const SCOPE_OPENER = /^(?:全省|全市|全区|全县|全国|各地|各类|我省|我市|我区|我县|一批|多个|新建|在建)/;

/** `哈尔滨机场成为…`, `京雄快线、京雄城际衔接升级`: works named at a clause's start, the subject of what follows. */
function subjectWorks(clause: Clause): ProjectMatch[] {
  const text = clause.text;
  // The first word of progress after a name's shortest length past the opener, with its adverb. Most clauses have none
  // at all: they are told so before the opener is read.
  PROGRESS.lastIndex = 3;
  let progress = PROGRESS.exec(text);
  if (!progress) return [];
  const opener = OPENER.exec(text)?.[0] ?? '';
  if (progress.index < opener.length + 3) {
    PROGRESS.lastIndex = opener.length + 3;
    progress = PROGRESS.exec(text);
    if (!progress) return [];
  }
  const adverb = PROGRESS_ADVERB.exec(text.slice(opener.length + 3, progress.index))?.[0] ?? '';
  const at = progress.index - adverb.length;
  if (at > opener.length + MAX_SUBJECT || LEADING_VERB.test(text.slice(opener.length)) || COVERAGE.test(text)) return [];
  const found: ProjectMatch[] = [];
  let offset = opener.length;
  // The buildings of the last work, sized, are what the progress is said of (`A产业园60万平方米标房入驻…`): the work is named.
  const subjects = text.slice(opener.length, at).replace(BUILDINGS_SIZED_END, '');
  const items = subjects.split('、');
  for (const item of items) {
    // One work's part or paper whose progress so far is told (`A项目原料库已建成`, `A工程可研报告已通过…审查`): the work is named.
    const told = items.length === 1 && !subjectWork(item) ? TOLD_SO_FAR.exec(text.slice(opener.length, progress.index)) : null;
    const name = (told?.[1] ?? told?.[2] ?? item).replace(QUOTE, '');
    if (!subjectWork(name)) return [];
    const start = clause.start + offset + item.indexOf(name);
    found.push({ name, start, end: start + name.length });
    offset += item.length + 1;
  }
  const status = adverb + progress[0];
  return stageOf(status) ? found.map((f) => ({ ...f, status })) : found;
}

/** An improvement of one work of a kind that goes by name (`京港澳高速扩容工程`), not a programme. */
function improvesNamedWork(name: string): boolean {
  const improved = name.replace(IMPROVEMENT_PROGRAMME, '');
  return improved.length >= 3 && NAMED_KIND.test(improved) && !isGenericWork(improved);
}

/** A cultivation programme or one coded by numbers (`放心消费“百千万”工程`). */
function isProgramme(name: string): boolean {
  return CULTIVATION_PROGRAMME.test(name) || (NUMERIC_CODE.test(name) && PROJECTS_KIND.test(name));
}

/** A named 工程 of nothing physical (`职教兴滇工程`, `地方金融监管一体化工程`, `青少年“筑基”工程`) is a programme too. */
function isProgrammeWork(name: string): boolean {
  return isProgramme(name) || (name.endsWith('工程') && !/\d/.test(name) && !PHASE.test(name) && !PHYSICAL.test(name.slice(0, -2)));
}

/** A task named as a project by what it secures or puts right (`电梯安全保障项目`, `管网畅通项目`, `城管进社区项目`), no work. */
const TASK_NAMED = /(?:保障|完善|畅通|攻坚|整改|登记|进社区|进小区|进校园)(?:工程|项目)$/;

/** A line that is one work's name alone (`甲乙小学教学楼维修改造项目`), as lists of works are written one per line. */
export function namesWorkAlone(line: string): boolean {
  return subjectWork(line) && !LEADING_VERB.test(line) && !IMPROVEMENT_PROGRAMME.test(line) && !TASK_NAMED.test(line);
}

/** One work by its name, not a category (`全省高速公路`, `15条高速公路`, `教育重点项目`, `国家自然科学基金项目`). */
function subjectWork(name: string, longest = 24): boolean {
  // A road by its number is a proper name: `省道345建成通车`.
  if (NUMBERED_ROAD.test(name)) return true;
  if (name.length < 3 || name.length > longest || !SUBJECT_WORK.test(name) || !balancedQuotes(name)) return false;
  if (SCOPE_OPENER.test(name) || COUNT_START.test(name) || /重点|重大|实事/.test(name) || (PROGRAMME.test(name) && BROAD_SCOPE.test(name))) return false;
  return !isGenericWork(name) && !NOT_A_NAME.test(name) && !DESIGNATION.test(name) && !isProgrammeWork(name);
}

/** A length opening what follows a count: `1514公里` of `24条1514公里高速公路`. */
const LENGTH_START = /^[\d.]+万?(?:公里|千米)/;

/** Money spent on the works listed (`投资均完成年度计划的15%以上`): said of them, no stage. */
const SPENT = '投资均|(?:累计)?完成投资';
const SPENT_PREDICATE = new RegExp(`^(?:${SPENT})`);
/** What a list closed by 等 goes on to say of its items after their category, or with none: `实现盘活`, `落地`, `迁驻`, `深化布局`, `参加集中开工`, `投资均完成…`. */
const LIST_PREDICATE = new RegExp(`^(?:实现|成为|入选|落地|落户|落实|迁驻|入驻|深化|相继|全部|均已|均|续建|参加|${SPENT})`);

/** What is said of projects that are no works: a title bid for or won (`申报世界文化遗产`, `获批国家标准化试点`), a share or a figure. */
const NOT_SAID_OF_WORKS = /^(?:申报|创建|争创|创成|获批|获评|入选)|[\d%％“”"]|比例|比重/;
/** Not a category of projects: one joined to more (`和`), described (`的`), quoted, or of areas (`等区域…工程`). */
const NOT_A_CATEGORY = /[的和及与、“”"]|^(?:区域|地区|地方)/;
/** What goes on after a category of projects without saying more of it: its noun again, its 建设, or a joined task. */
const CATEGORY_GOES_ON = /^(?:项目|工程|建设|的|和|及|与|、)/;

/**
 * `一批存量旅游项目实现盘活` → `一批存量旅游项目` and `实现盘活`; `深化布局` → no category. Undefined when no predicate follows a category.
 * With `anyPredicate`, whatever is said after a category of projects (`省市重点交通工程提供优质服务`, `项目纳入国家、省相关规划`)
 * is its predicate too, kept as status words only when it names a stage; such a category is `loose`: it does not make its members works.
 */
function predicateAfterCategory(text: string, anyPredicate: boolean): { category: string; predicate: string; loose?: true } | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!LIST_PREDICATE.test(text.slice(i))) continue;
    const category = text.slice(0, i);
    const predicate = text.slice(i);
    // With no category, what the items became says nothing of works (`等成为市民游客“打卡点”`).
    if (category === '' ? !predicate.startsWith('成为') : LIST_CATEGORY.test(category) || NAMED_KIND.test(category)) return { category, predicate: SPENT_PREDICATE.test(predicate) ? '' : predicate };
  }
  const kind = anyPredicate ? PROJECTS_KIND_INSIDE.exec(text) : null;
  if (!kind) return undefined;
  const end = kind.index + kind[0].length;
  const category = text.slice(0, end);
  const predicate = text.slice(end);
  if (predicate.length < 2 || CATEGORY_GOES_ON.test(predicate) || COUNT_START.test(predicate) || NOT_SAID_OF_WORKS.test(predicate) || NOT_A_CATEGORY.test(category)) return undefined;
  return { category, predicate: stageOf(predicate) ? predicate : '', loose: true };
}

/** An item that names one work: `石首长江大桥`, `“智慧岛”产业园`; not a count (`2座压缩式垃圾转运站`) nor a category. */
function named(raw: string): boolean {
  const name = raw.replace(QUOTE, '');
  return (NUMBERED_ROAD.test(name) || (WORK_SUFFIX.test(name) && !isGenericWork(name))) && !COUNT_START.test(raw);
}

/** A count of works or of a category's members: `6个`, `3项`, in brackets after the category too (`续建项目(2个)`). */
const MEMBER_COUNT = '(?:[\\d一二三四五六七八九十]+[个项]|[（(][\\d一二三四五六七八九十]+[个项][)）])';
/** Words between a category and its count: `项目共12项`, `项目有99项`, `产业项目占20个`. */
const COUNT_OF = '(?:共有?|有|占|达)?';
const COUNTED = new RegExp(MEMBER_COUNT);
/** Words that go on to name a category's members: `分别是`, `具体为`, `主要有`, `包括`. */
const MEMBERS_VERB = '(?:分别|主要|具体)?(?:是|为|包括|有)';
/** A category of works, maybe counted, that names its members next (`“6”即6个续建项目：`, `2个前期项目分别是`, `未达序时进度项目3项为：`). */
const MEMBERS_NEXT = new RegExp(`(?:项目|工程)(?:${COUNT_OF}${MEMBER_COUNT})?${MEMBERS_VERB}?$`);

/** Whether a clause before a colon is a category of works that names its members next (MEMBERS_NEXT). */
export const namesMembersNext = (lead: string): boolean => MEMBERS_NEXT.test(lead);
/** Where counted works are said to settle, after them: `13个…项目落户我区`. */
const SETTLING = `(?:${SETTLE_VERBS})[\\u4e00-\\u9fff]{0,3}`;
const SETTLING_WORD = new RegExp(SETTLE_VERBS);
/** Last characters of a clause ending where works settle (`落户我区`, `落地`, `入驻园区`). */
const SETTLING_LAST = '区县市镇内地驻户';
/** The same, of projects or of a class of them (`民生和社会事业类7项`): its members need no work's noun. */
const OF_PROJECTS = new RegExp(`(?:项目|工程|类)(?:${COUNT_OF}${MEMBER_COUNT})?(?:${SETTLING})?${MEMBERS_VERB}?$`);
const MEMBERS_IN_CLAUSE = new RegExp(`^(.*?(?:项目|工程)(?:${COUNT_OF}${MEMBER_COUNT})?)(?:(?:分别|主要|具体)?(?:是|为|包括)|主要有)(?=[^，；。]{4})`);
/** Members named in brackets right after their counted category: `新增入库项目5个（A、B、C）`. */
const MEMBERS_IN_BRACKETS = new RegExp(`^([^（）()]*?(?:项目|工程)${MEMBER_COUNT})[（(]([^（）()]{2,})[)）]$`);
/**
 * A clause counting works of a kind, whose members a later clause of the sentence may name: `此次开工5个项目`, `民生和社会事业类7项`,
 * `集中开工的项目有99项`, `产业项目占20个`.
 */
const COUNTED_WORKS = new RegExp(`(?:${MEMBER_COUNT}[\\u4e00-\\u9fff]{0,6}(?:项目|工程)|(?:项目|工程|类)${COUNT_OF}${MEMBER_COUNT})$`);
/** The same, of works of kinds listed (`25个重点道路、桥梁项目`) or said to settle (`13个先进制造业项目落户我区`). */
const COUNTED_REACH = 24;
const COUNTED_WORKS_AT_LENGTH = new RegExp(`${MEMBER_COUNT}[\\u4e00-\\u9fff、]{0,10}(?:项目|工程)(?:${SETTLING})?$`);
/** A clause that only goes on to name the members (`具体为`), maybe counting them (`未达序时进度2项为`), of works counted before. */
const MEMBERS_OPEN = new RegExp(`^${MEMBERS_VERB}$|${MEMBER_COUNT}${MEMBERS_VERB}$`);
const MEMBERS_OPENING = /^(?:其中)?(?:分别(?:是|为)|具体(?:是|为|包括)|主要(?:有|包括)|(?:具有)?代表性的?(?:项目)?(?:有|是|包括)|包括了?)(?=[^，；。]{2})/;
/** A category of works alone: `公共建筑设施工程`, `排水防汛工程`. */
const CATEGORY_ALONE = /^[\u4e00-\u9fff]{2,14}(?:工程|项目)$/;

/** Whether a clause is a category of works alone and the clause after it, from `next`, opens its members (`公共建筑设施工程，包括A、B`). */
export function categoryBeforeMembers(clause: Clause, text: string, next: number): boolean {
  return text[next - 1] === '，' && CATEGORY_ALONE.test(clause.text) && MEMBERS_OPENING.test(text.slice(next, next + 24));
}

/** Whether a clause only opens the members of works counted before, in a sentence of its own (`…共9项，…。分别是：A、B`). */
export function opensMembers(clause: Clause): boolean {
  return MEMBERS_OPEN.test(clause.text) || MEMBERS_OPENING.test(clause.text);
}

/** A note after a member on how it is going (`A（开工滞后）`): not part of its name. */
const PROGRESS_NOTE = /[（(][^（）()]*(?:滞后|进度|开工|竣工|在建|完工|投产|签约|前期)[^（）()]*[)）]$/;

/** The parts of a member listed in brackets after it (`A大桥(主体工程、连接线)`): not part of its name. */
const PARTS_NOTE = /[（(](包括)?([^（）()]*、[^（）()]*)[)）]$/;

/** Whether a clause counts works whose members a later clause of its sentence may name. */
export function countsWorks(clause: Clause): boolean {
  // Such a clause ends with 个, 项 or its 项目 or 工程, or where they settle: most clauses are skipped on their last character.
  // `在50个计划新开工项目中`: among the works counted.
  const text = clause.text.endsWith('中') ? clause.text.slice(0, -1) : clause.text;
  const last = text[text.length - 1] ?? '';
  if ('个项目程'.includes(last) && COUNTED_WORKS.test(text)) return true;
  const atLength = last === '目' || last === '程' ? text.includes('、') : SETTLING_LAST.includes(last) && SETTLING_WORD.test(text);
  // Read on its end only: the words counted run at most 10 characters before 项目 and where they settle.
  return atLength && COUNTED_WORKS_AT_LENGTH.test(text.slice(-COUNTED_REACH));
}

/**
 * Works a category names next: after a colon (`“6”即6个续建项目：A铁路、B铁路`), after 分别是 (`2个前期项目分别是A工程、B项目`),
 * in brackets (`新增入库项目5个（A、B）`), or in a clause of their own after the sentence counted them (`开工5个项目，总投资…，
 * 分别是A、B`; `…类项目12项，具体为：A、B`): the named ones, under the category's stage. `lead` is the clause before when
 * a colon ends it; `counted` the last clause of the sentence that counted works. Members of a category of projects need no
 * work's noun (`和美固废`, `水北湾`): the category says what they are.
 */
export function membersNamed(clause: Clause, lead: string | undefined, counted: string | undefined): ProjectMatch[] {
  const opening = counted !== undefined ? MEMBERS_OPENING.exec(clause.text)?.[0] : undefined;
  const afterOpen = lead !== undefined && MEMBERS_OPEN.test(lead) ? counted : undefined;
  // A category within the clause names its 项目 or 工程 (most clauses name none).
  const ownCategory = lead === undefined && !opening && (clause.text.includes('项目') || clause.text.includes('工程'));
  const brackets = ownCategory ? MEMBERS_IN_BRACKETS.exec(clause.text) : null;
  const inClause = ownCategory && !brackets ? MEMBERS_IN_CLAUSE.exec(clause.text) : null;
  const category = opening ? counted : (afterOpen ?? (lead !== undefined ? (MEMBERS_NEXT.test(lead) ? lead : undefined) : (brackets?.[1] ?? inClause?.[0])));
  if (category === undefined) return [];
  const status = CATEGORY_STATUS.exec(category)?.[0];
  // Within one clause, only a counted category names members this way (`这些重点项目是该县践行…` describes them).
  const ofProjects = (!inClause || COUNTED.test(category)) && OF_PROJECTS.test(category);
  const listed = opening?.length ?? (brackets ? brackets[1]!.length + 1 : (inClause?.[0].length ?? 0));
  // Members numbered in one paragraph (`分别是：（1）A，（2）B`) start past their number.
  const from = listed + (ITEM_MARK_AT.exec(clause.text.slice(listed))?.[0].length ?? 0);
  // A list closed by its category (`A、B等重点工程`) ends at 等, after its last item's start.
  const close = brackets ? -1 : (listClose(clause.text)?.end ?? -1);
  const to = brackets ? clause.text.length - 1 : close > clause.text.lastIndexOf('、') ? close : clause.text.length;
  const items = itemsOf(clause, from, to);
  // One name after an uncounted category may be the start of what is said of it (`A项目：该项目位于…`); the year's practical
  // projects (`六大重点民生实事项目为：老旧小区焕新升级、…`) are tasks, named works among them by their noun.
  const byName = ofProjects && !category.includes('实事') && (items.length > 1 || COUNTED.test(category));
  const isMember = (raw: string, name: string) => (named(raw) && subjectWork(name)) || (byName && memberName(name));
  const member = (name: string, start: number): ProjectMatch => ({ name, start, end: start + name.length, ...(status ? { status } : {}) });
  return items.flatMap(({ raw, name, start }) => {
    const parts = PARTS_NOTE.exec(name);
    const own = name.replace(PROGRESS_NOTE, '').replace(PARTS_NOTE, '').replace(/等$/, '');
    const found = isMember(raw, own) && !LEADING_VERB.test(own) ? [member(own, start)] : [];
    // The works a member includes are works too (`A开发项目(包括B酒店、C酒店)`).
    if (parts?.[1]) {
      let at = start + parts.index + parts[0].indexOf(parts[2]!);
      for (const part of parts[2]!.split('、')) {
        if (isMember(part, part)) found.push(member(part, at));
        at += part.length + 1;
      }
    }
    return found;
  });
}

/** What names a town, township, street or village: `镇`, `街道办事处`. */
const TOWN_OR_VILLAGE = '(?:街道办事处|办事处|街道|镇|乡|村|社区)';
/** A town, township, street or village alone: `柳堡镇`, `海丰街道办事处`. */
const PLACE_ALONE = new RegExp(`^[\\u4e00-\\u9fff]{1,8}${TOWN_OR_VILLAGE}$`);
/** A facility named after its place (`埕口镇中心园`): the facility. */
const FACILITY_OF_PLACE = new RegExp(`^[\\u4e00-\\u9fff]{1,8}?${TOWN_OR_VILLAGE}([\\u4e00-\\u9fff]{2,6})$`);

/** The kind of facility a list's last item names after its place, its status words aside (`埕口镇中心园主体完工` → `中心园`). */
function facilityAfterPlace(raw: string): string | undefined {
  const status = statusAtEnd(raw);
  const kind = FACILITY_OF_PLACE.exec(status ? raw.slice(0, status.index) : raw)?.[1];
  return kind && WORK_SUFFIX.test(kind) ? kind : undefined;
}

/** A member of a listed category of projects, by name alone: short, no count, no verb, not a kind of works. */
function memberName(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && balancedQuotes(name) && !COUNT_START.test(name) && !isGenericWork(name) && !NOT_A_NAME.test(name) && !FIELDS.test(name) && !SECTORS_PAIRED.test(name) && !NOT_WORKS_CATEGORY.test(name) && !/[，。；：]/.test(name);
}

/** The items of a list in a clause from `from` to `to`, split at 、, each unquoted and where its name starts. */
function itemsOf(clause: Clause, from: number, to: number): { raw: string; name: string; start: number }[] {
  let offset = from;
  const pieces: string[] = [];
  // A list in brackets stays in its item (`A大桥(主体工程、连接线)`).
  for (const piece of clause.text.slice(from, to).split('、')) {
    if (pieces.length > 0 && inBrackets(pieces[pieces.length - 1]!)) pieces[pieces.length - 1] += `、${piece}`;
    else pieces.push(piece);
  }
  return pieces.map((raw) => {
    const name = raw.replace(QUOTE, '');
    const start = clause.start + offset + raw.indexOf(name);
    offset += raw.length + 1;
    return { raw, name, start };
  });
}

/** A numbered item that is a work's name and what is done to it: `城东污水处理厂提标升级项目`, `A保健院迁建工程（一期）`. */
const ITEM_WORK = new RegExp(`^(.+?)((?:[)）]|提标|提档|提质|扩能|升级|提升|改造|硬化|拓宽|亮化|绿化|美化|整治|修缮|大修|铺设|排涝|除险|保安|加固|重建|清淤|${BUILDS}|建设|及|基础|配套|设施|服务|功能|PPP|工程)*(?:工程|项目)(?:[（(][一二三四五六七八九十\\d]期[^（）()]{0,8}[)）])?)$`);

/** A numbered item that is a work's name and 建设 or how it is rebuilt: `丁家坝安置区二期建设`, `马山农贸市场改造升级`. */
const ITEM_BUILT = new RegExp(`^(.+?)(建设|改造升级|升级改造|提质改造|改造提升|提升改造|${BUILDS}|改造)$`);

/** Not a facility's noun: a kind of works or what is done. */
const FACILITY_END = new RegExp(`(?<!工程|项目|改造|提升|治理|整治|配套|延伸|修缮|重建|棚改|${BUILDS})$`);

/**
 * A list item that only names a work (`1.城东生活污水处理厂提标升级项目；`, as in a year's list of 民生实事): a work
 * when a facility's noun ends the name before what is done to it; not a programme (`城市功能补短板项目`).
 */
export function itemWork(clause: Clause, next: ItemNext = {}): ProjectMatch[] {
  const { investment, progress, profiled, sited, staged } = next;
  const opener = OPENER.exec(clause.text)?.[0] ?? '';
  // Before a name and its investment, what introduces the list (`首批签约的有A项目，总投资3亿元`) says where it stands.
  const introduced = investment ? (MEMBERS_LEAD.exec(clause.text.slice(opener.length))?.[0] ?? '') : '';
  const mark = opener + introduced;
  const whole = clause.text.slice(mark.length);
  const m = ITEM_WORK.exec(whole);
  // `丁家坝安置区二期建设`: a work's name and 建设; the name is the work.
  const built = m ? null : ITEM_BUILT.exec(whole);
  // Before its investment or progress, a work's noun may end the name (`城北污水处理厂，投资2395万元`).
  const amounted = investment !== undefined || (progress !== undefined && !staged) || profiled === true;
  const facilityOnly = !m && !built && (amounted || staged === true) && (sited === true || WORK_SUFFIX.test(whole.replace(QUOTE, '')));
  const name = m?.[1] ?? built?.[1] ?? (facilityOnly ? whole : undefined);
  if (!name) return [];
  // The facility's noun ends the name, before what is done to it (and, before 建设, before the work's 工程 or 项目).
  const unquoted = name.replace(QUOTE, '');
  const facility = built ? unquoted.replace(/(?:工程|项目)$/, '') : unquoted;
  // An action on a list (`实施A、B等…工程`) is no name: the list shapes read it.
  // With its investment or the money spent on it, a project needs no work's noun (`华富尊裕项目，总投资2.5亿元`,
  // `西汲河治理工程，投资4800万元`, `A项目，完成投资8000万元`): the amount says it is one.
  const isName = amounted ? memberName(unquoted) : named(name) && !(staged && isGenericWork(unquoted));
  if (LEADING_VERB.test(whole) || listClose(whole) || !isName || !(amounted || FACILITY_END.test(facility)) || NOT_A_NAME.test(name) || DESIGNATION.test(name)) return [];
  const start = clause.start + mark.length;
  if (built) return [{ name, start, end: start + name.length, status: progress ?? built[2]! }];
  const amounts = { ...(investment ? { investment } : {}), ...(progress ? { status: progress } : {}) };
  if (facilityOnly) return [{ name, start, end: start + name.length, ...amounts }];
  // What is done (`迁建`, `提升`) is its status when it names a stage; else the progress after it or what introduced the list.
  const done = m![2]!.replace(/(?:工程|项目).*$/, '').replace(/^[)）]+/, '');
  const status = stageOf(done) ? done : (progress ?? CATEGORY_STATUS.exec(introduced)?.[0]);
  return [{ name: whole, start, end: start + whole.length, ...amounts, ...(status ? { status } : {}) }];
}

/**
 * What the clause after a work's name says of it alone: its investment (`，总投资3亿元`), the money spent so far
 * (`，完成投资8000万元`), the work referred back to (`，项目终端产品为…`, `。该项目估算总投资…`), or, after a colon, a profile of
 * the work (`：该项目位于…`, `：工程总投资…`).
 */
export interface ItemNext {
  investment?: string;
  progress?: string;
  profiled?: boolean;
  /** The profile after a colon gives the work's land with its investment (`：总投资1.2亿元，占地100亩`): the name needs no work's noun. */
  sited?: boolean;
  /** The progress is a stage reached (`，已完成前期工作`), not money spent: the name needs a work's noun of its own. */
  staged?: boolean;
}

/** Projects said to include the names that follow: `此次集中开工项目还包括`. */
const INCLUDING = new RegExp(`^[^、]{0,16}?(?:项目|工程)还?${MEMBERS_VERB}(?=[\\u4e00-\\u9fff“]{2})`);
/** What introduces a list of projects before the first: `首批签约的有`, `包括`, `分别是`. */
const MEMBERS_LEAD = /^[\u4e00-\u9fff]{0,8}?(?:的有|包括|分别是|分别为)/;
/** The investment a clause after a work's name gives alone: `，总投资3亿元`, `，投资2395万元`. */
const INVESTMENT_NEXT = new RegExp(`^，(?:计划|拟)?总?投资(?:约)? ?(${AMOUNT})(?=$|[，；。])`);

/** The money spent on a work so far, said alone after its name: `，完成投资8000万元`, `，累计完成投资2亿元`. */
const PROGRESS_NEXT = new RegExp(`^，((?:已|累计|当年|年内)?完成(?:年度)?投资(?:约)?${AMOUNT})(?=$|[，；。])`);

/**
 * A stage a work has reached, said alone after its name: `，已完成前期工作`, `，完成土地征用及施工图设计`, `，已全面完成…管网敷设`;
 * not an amount of work (`，完成300个老旧小区改造`).
 */
const STAGE_NEXT = /^，((?:目前)?(?:已经?)?(?:全面|基本|顺利)?完成[^，；。\d]{2,20})(?=$|[，；。])/;

/** A work's profile after its name and a colon: where it is, its investment, size or content (`：该项目位于`, `：工程总投资350万元`). */
const PROFILE_NEXT = new RegExp(`^：(?:该|本)?(?:项目|工程)?(?:(?:计划|拟)?总?投资(?:约)? ?(${AMOUNT})|位于|坐落于|选址|占地|建设地点|建设内容|建设规模|总?建筑面积)`);

/** A work's size or place opening what is said of it: `长1660米、宽40米`, `全长约3公里`, `占地152亩`, `位于…`. */
export const PROFILE_OPENING = new RegExp(`^[\\s\\u3000]*(?:${WORK_LENGTH}|占地|总?建筑面积|位于|坐落于|选址于)`);

/** The work just named referred back to, opening what is said of it: `，项目终端产品为…`, `，该项目建成后…`. */
const WORK_REFERRED_NEXT = /^，(?:(?:该|本)(?:项目|工程)|项目(?!建设|和|及|与|、))/;

const WORK_REFERRED_AFTER_NAME = /^。(?:该|本)(?:项目|工程)/;

/** A work's length said alone after its name: `，长3500米`, `，全长约3公里`. */
const LENGTH_NEXT = new RegExp(`^，${WORK_LENGTH}`);

/** What the clause from `at` in `text` says alone of the work named before it (`A项目，总投资3亿元；`, `A工程，长3500米`), if it is an amount or a profile. */
export function itemNext(text: string, at: number): ItemNext | undefined {
  if (text[at] === '：') {
    const profile = PROFILE_NEXT.exec(text.slice(at, at + 24));
    if (!profile) return undefined;
    if (profile[1] === undefined) return { profiled: true };
    return { investment: profile[1], ...(text.startsWith('，占地', at + profile[0].length) ? { sited: true } : {}) };
  }
  // A sentence that is a work's name alone, the next referring to it: `A工程项目。该项目估算总投资3400万元。`
  if (text[at] === '。') return WORK_REFERRED_AFTER_NAME.test(text.slice(at, at + 4)) ? { profiled: true } : undefined;
  if (text[at] !== '，') return undefined;
  const head = text.slice(at, at + 24);
  const investment = INVESTMENT_NEXT.exec(head)?.[1];
  if (investment !== undefined) return { investment };
  const progress = PROGRESS_NEXT.exec(head)?.[1];
  if (progress !== undefined) return { progress };
  const stage = STAGE_NEXT.exec(text.slice(at, at + 32))?.[1];
  if (stage !== undefined && stageOf(stage)) return { progress: stage, staged: true };
  // After a comma only a length or the work referred back to says the clause before named a work: land follows boundaries
  // too (`南至茂联路，占地…`).
  return LENGTH_NEXT.test(head) || WORK_REFERRED_NEXT.test(head) ? { profiled: true } : undefined;
}

/** A verb of building inside a name: `升压改造鸣犊变电站` says what is done, not only which work. */
const WORK_DONE_INSIDE = new RegExp(`改造|建设|提升|实施|推进|${BUILDS}`);

/**
 * `加快推进A高速、B段，C大桥、D大桥，E等项目建设`, `启动A高中迁建，B中心扩建`: a clause that only lists works by name
 * goes on with the list of the clause before it in the sentence, under the same status.
 */
export function listGoingOn(clause: Clause, before: readonly ProjectMatch[], numbered = false): ProjectMatch[] {
  const status = before[before.length - 1]?.status;
  if (!status) return [];
  // How the last item is built may follow it (`，职教中心扩建，`): then one item is enough.
  const built = BUILT_AFTER.exec(clause.text);
  // An improvement after the last item is done to each (`，B小学、C小学部分提升改造`): the items are named works still.
  const improved = built ? null : IMPROVED_AFTER.exec(clause.text);
  // So is the next numbered item after a numbered one (`分别是：（1）A，（2）B`), past its number.
  const mark = numbered ? (ITEM_MARK_AT.exec(clause.text)?.[0].length ?? 0) : 0;
  const items = itemsOf(clause, mark, (built ?? improved)?.index ?? clause.text.length);
  // One name of the kind the last work is (`建设甲产业园，乙产业园，`) goes on with it too.
  const kind = WORK_SUFFIX.exec(before[before.length - 1]!.name)?.[0];
  const sameKind = items.length === 1 && kind !== undefined && kind.length >= 2 && items[0]!.name.endsWith(kind) && items[0]!.name.length > kind.length + 1 && !WORK_DONE_INSIDE.test(items[0]!.name);
  if (items.length < 2 && !built && !sameKind && mark === 0) return [];
  const work = ({ raw, name }: { raw: string; name: string }) =>
    named(raw) && !LEADING_VERB.test(name) && (built ? !NOT_A_NAME.test(name) && !DESIGNATION.test(name) && !isProgrammeWork(name) : subjectWork(name));
  return items.every(work) ? items.map(({ name, start }) => ({ name, start, end: start + name.length, status })) : [];
}

/** Words of what is done inside a clause before a list, which then names no work (`一汽大众4S店入驻A产业园`, `下大力气启动A项目`). */
const ACTS_INSIDE = new RegExp(`${SETTLE_VERBS}|启动|推进|实施|加快|力争|发展|提升`);

/**
 * The clauses before a list closed by 等 and a status (`A高速公路，B大桥、C二桥等项目建设顺利推进`) that list works by name alone, nearest
 * first until one does not: parts of the same list, set off by commas, with its status.
 */
export function listGoingBack(back: readonly Clause[], after: readonly ProjectMatch[]): ProjectMatch[] {
  const status = after[0]?.status;
  if (!status) return [];
  const work = ({ raw, name }: { raw: string; name: string }) =>
    named(raw) && !LEADING_VERB.test(name) && !ACTS_INSIDE.test(name) && !NOT_A_NAME.test(name) && !DESIGNATION.test(name) && (isWorkByNoun(name) || subjectWork(name));
  const found: ProjectMatch[] = [];
  for (let i = back.length - 1; i >= 0; i--) {
    const items = itemsOf(back[i]!, 0, back[i]!.text.length);
    if (!items.every(work)) break;
    found.unshift(
      ...items.map(({ name, start }, at) => {
        const route = routeOfPart(name, items[at - 1]?.name);
        return { name, start, end: start + name.length, status, ...(route ? { prefix: route } : {}) };
      }),
    );
  }
  return found;
}

/** What a work holds, listed: `建设内容为病房综合楼、康养中心`, `主要建设内容包括`, `项目建设包括生产路、井、电…等配套项目`. */
const WORK_CONTENT = /^(?:项目)?(?:主要)?建设(?:内容(?:主要)?(?:为|是|包括|有)|包括)/;
/** A work's auxiliaries after its name: `及其他附属设施`, `及配套工程`. */
const AUXILIARIES_AT_END = /(?<=[\u4e00-\u9fff）)])及(?:其他|其它|相关)?(?:附属|配套)(?:设施|工程)$/;

/** The first three shapes of `projectsIn`. */
function statedWorks(clause: Clause): ProjectMatch[] {
  // Most clauses hold no work noun, no list, no investment and no route: they name no work (checked first, cheaply).
  if (!clause.text.includes('等') && !clause.text.includes('投资') && !SHAPED_ANYWHERE.test(clause.text) && !containsWorkNoun(clause.text)) return [];
  // A note's mark closes few clauses: most skip the replace.
  const noted = '］]〕'.includes(clause.text[clause.text.length - 1]!) ? clause.text.replace(NOTE_MARK_AT_END, '') : clause.text;
  // `除了A、B等项目加快建设外，还将…`: what is said besides the rest; 除了 opens the clause (OPENER), 外 ends it.
  const besides = noted.startsWith('除了') && noted.endsWith('外') ? noted.slice(0, -1) : noted;
  // `建设A排水管网及其他附属设施`: the work's auxiliaries are no other work; what a work holds (`建设内容为A楼、B中心及配套设施`) is none.
  if (WORK_CONTENT.test(besides)) return [];
  const whole = besides.endsWith('设施') || besides.endsWith('工程') ? besides.replace(AUXILIARIES_AT_END, '') : besides;
  // Every status word of STATUS_THEN_EFFECT holds one of EFFECT_HINTS: most clauses skip the scan.
  const effect = EFFECT_HINTS.some((hint) => whole.includes(hint)) ? STATUS_THEN_EFFECT.exec(whole) : null;
  const settled = effect || !SETTLING_WORD.test(whole) ? null : SETTLED_IN.exec(whole);
  const cut = effect ?? settled;
  const text = cut ? whole.slice(0, cut.index + cut[0].length) : whole;
  if (text.length < 4) return [];
  // Most clauses name no work: no list, no investment, no status at the end, no opening verb.
  if (!mayEndWithStatus(text) && !text.includes('等') && !text.includes('投资') && !text.includes('个项目') && !clause.opening && !LEADING_VERB.test(text.slice(OPENER.exec(text)?.[0].length ?? 0))) {
    return [];
  }
  let body = text;
  let statusWords = '';
  let listed: 'named' | 'bare' | undefined;
  let listCategory = '';
  let looseCategory = false;
  const close = listClose(text);
  if (close) {
    // After 等: a category (`重点项目`, `市政道路`), then the status (`竣工通车`) or the work (`建设`).
    // A length done over the works listed (`等道路亮化3公里`) measures them; what they are comes before it.
    const rest = text.slice(close.rest).replace(LENGTH_END, '').replace(INVESTMENT_DESCRIBED, '');
    const status = statusAtEnd(rest);
    const counted = (status ? rest.slice(0, status.index) : rest).replace(
      CATEGORY_WORK,
      '',
    );
    // `等精品景区和文旅数智化建设`: the category ends at the 和 that joins another task, or at a count of another kind
    // (`等3个智能工厂、16个数字化车间`).
    // Their length after the count (`等24条1514公里高速公路`) is no part of what they are.
    const uncounted = counted.replace(COUNT_START, '').replace(LENGTH_START, '');
    const beforeAnd = CATEGORY_JOINED.exec(uncounted)?.[1];
    const joined = beforeAnd?.replace(COUNT_END, '');
    const endsAtAnd = joined !== undefined && (LIST_CATEGORY.test(joined) || NAMED_KIND.test(joined));
    const said = endsAtAnd ? undefined : predicateAfterCategory(uncounted, status === undefined);
    const category = ((endsAtAnd ? joined : said?.category) ?? uncounted).replace(COUNT_END, '').replace(/[“”"]/g, '');
    // A list of fields or kinds (`高技术、服务业等领域项目`, `一批化工新材料、专用化学品等项目`, `布局建设煤制芳烃…等项目`) names no works.
    const opened = text.replace(OPENER, '').replace(LEADING_VERB, '');
    // An improvement programme over places (`实施A、B等重点口岸提升工程`) names no works; over routes it does (`实施A-B、C至D等农村道路提升工程`).
    if (isProgramme(category)) return [];
    if (/(?:提升|升级|示范|修复)(?:工程|项目)$/.test(category) && !listNames(text.slice(0, close.end).split('、')).every((name) => ROUTE.test(name))) return [];
    // A group named by its count (`等“六大工程”`) may gather programmes (`地力提升、现代种业`): it is of works when half its members are at least.
    if (NUMBERED_GROUP.test(category)) {
      const members = listNames(text.slice(0, close.end).split('、'));
      if (members.filter(isWorkByNoun).length * 2 < members.length) return [];
    }
    // Designations listed (`“汉孝随襄十”…等产业走廊加快建设`) are not works.
    if (DESIGNATION.test(category)) return [];
    // `等一批原创性成果应用于…工程`: what is listed is put to use in works, it is none.
    if (/应用于|用于|服务于/.test(category)) return [];
    // Places listed as bidding for a title (`A、B等创建国家5A级旅游景区`) name no works.
    if (/^(?:创建|争创|申报|创成)/.test(rest)) return [];
    // Fields listed (`钢铁、水泥、焦化等行业超低排放改造`, `科技教育、文化旅游、卫生体育等重点工程`) are not works, whatever is done in them.
    if (FIELDS.test(category) || SERVICE_OR_STOCK.test(category) || INSTITUTIONS.test(category)) return [];
    if (listNames(text.slice(0, close.end).split('、')).every((name) => SECTORS_PAIRED.test(name.replace(OPENER, '').replace(LEADING_VERB, '')))) return [];
    // Nor are places counted (`苍梧、昭平等10个县区通了新的高速公路`).
    if (PLACES_COUNTED.test(counted)) return [];
    // Nor places a list closes with 等地 (`前往上海、山东等地招引项目`; not `等地铁`, `等地产项目`).
    if (/^地(?![铁下区块产])/.test(rest)) return [];
    const kinds = NOT_WORKS_CATEGORY.test(category) || NO_WORKS_LISTED.test(opened);
    // A counted list of projects (`等5个百亿级绿色氢基能源一体化项目`) may have a long category.
    const longest = COUNT_START.test(counted) && PROJECTS_KIND.test(category) ? 20 : 12;
    // Platforms are works only when the report says where they stand (`等一批重大科创平台建成运行`).
    const platforms = status !== undefined && /平台$/.test(category);
    const sharedKind = NAMED_KIND.test(category) || NATIONAL_STRETCH_KIND.test(category);
    if (!kinds && category.length <= longest && (category === '' || LIST_CATEGORY.test(category) || sharedKind || platforms)) {
      // A list whose status is said, of projects, or of a kind whose members go by name (`等高速公路`) names works.
      looseCategory = said?.loose === true;
      listed = status || (PROJECTS_KIND.test(category) && !looseCategory) || sharedKind ? 'named' : 'bare';
      listCategory = category;
      body = text.slice(0, close.end);
      statusWords = said ? said.predicate + (status?.words ?? '') : status?.words ?? (CATEGORY_WORK.test(rest) ? (endsAtAnd ? (TRAILING_WORK.exec(rest)?.[0] ?? '') : rest.slice(counted.length)) : '');
      // `完成A、B等项目建设`: the verb before the list says more than `建设` after it.
      if (!status && stageOf(body.replace(OPENER, '').match(LEADING_VERB)?.[0] ?? '')) statusWords = '';
    }
  }
  let statusAfter = false;
  let workAfter = false;
  if (!listed) {
    const after = statusAtEnd(text);
    if (after && after.index > 0) {
      statusWords = after.words;
      body = text.slice(0, after.index);
      statusAfter = true;
    }
  }
  const opener = OPENER.exec(body)?.[0] ?? '';
  // `投资3亿元实施A、B改造工程`: the verb after the money opens the works.
  const funded = INVESTMENT_OPENING.exec(body.slice(opener.length))?.[0] ?? '';
  const lead = LEADING_VERB.exec(body.slice(opener.length + funded.length))?.[0] ?? '';
  // `开工建设一批海上风电、核电和抽水蓄能项目`: kinds of works, not works.
  if (!listed && KINDS_OPENER.test(body.slice(opener.length + lead.length))) return [];
  // Works bidding for a title (`加快市一医院、中医院创建三甲医院`) are not being built.
  if (!listed && BIDS_FOR_TITLE.test(body.slice(opener.length + lead.length))) return [];
  // A clause going on after another work's status is governed by the verb that opened both (`推进A开放、B修缮`).
  const governing = lead || (clause.opening ? (LEADING_VERB.exec(clause.opening.replace(OPENER, ''))?.[0] ?? '') : '');
  // `改造提升A路、B路`: improving named works is work on them, though it names no stage.
  if (!statusWords && (stageOf(governing) || governing.includes('改造'))) statusWords = governing;
  // `推动X项目` drives one work named as such on, at no stage said; over a list or a bare task it drives no work (`推动产业转型`).
  if (!statusWords && !listed && governing.endsWith('推动') && !body.includes('、') && PROJECTS_KIND.test(body)) statusWords = governing;
  // `提速A等23个续建项目`: the category says where the works stand.
  if (!statusWords && listed) statusWords = CATEGORY_STATUS.exec(listCategory)?.[0] ?? '';
  if (!listed) {
    // `抓好X建设` says the work is under way; so does `推动X建设和Y改造`.
    const work = trailingWork(body);
    if (work) body = body.slice(0, work.index);
    workAfter = work !== null;
    const said = work?.[0] ?? INNER_WORK.exec(body)?.[0];
    // With its investment (`投资6462万元对A、B升级改造`), the work said is enough.
    if (said && !statusWords && (lead || INVESTMENT.test(body)) && (!/支持|鼓励|引导/.test(lead) || said === '建设')) statusWords = lead + said;
  }
  // A single work needs words that say where it stands (`加快建设X`, `X建成通车`) or its investment.
  if (!listed && !statusWords && !body.includes('投资')) return [];

  const found: ProjectMatch[] = [];
  // Items after the opener (`2027年、2028年` is no item); the first one may open with any verb.
  const first = opener.length;
  const items = listItems(body.slice(first), first, listed !== undefined && NAMED_KIND.test(listCategory), close?.count);
  // Works and programmes are not listed together: one programme (`…提升行动`, `…等行动`) makes the list programmes. Nor
  // are steps of a work's early stage (`已完成选址、征地、环评和评估等前期工作`): one makes the list steps.
  if (items.length > 1 && items.some((item) => PROGRAMME_ITEM.test(item.raw.replace(QUOTE, '')) || EARLY_STEP.test(item.raw))) return [];
  // `支持A、B、C等市推进X、Y等项目`: the places before 等市 are who builds; the works follow the verb after them.
  const placesAt = items.findIndex((item) => PLACES_END.test(item.raw));
  if (placesAt !== -1) {
    const item = items[placesAt]!;
    const skip = PLACES_END.exec(item.raw)!;
    items.splice(0, placesAt + 1, { raw: item.raw.slice(skip.index + skip[0].length), offset: item.offset + skip.index + skip[0].length });
  }
  // Nor with what is done: an item driving something on (`全生态链推进绿色先进能源、新能源汽车…等重点项目`) makes the list fields.
  if (items.length > 1 && items.some((item) => ACTIVITY_ITEM.test(item.raw.replace(LEADING_VERB, '')))) return [];
  // One named work or route in a bare list (`A、B、C中心等建设`, `A至B、C至D等公路`) makes its siblings works too: a list joins things of a kind.
  // A counted item (`2座压缩式垃圾转运站`) is a quantity, not a name.
  // The verb opening the first item is not part of its name (`完善学校、医院、商场等设施`).
  if (listed === 'bare' && items.some((item) => (items.length > 1 && named(item.raw.replace(OPENER, '').replace(LEADING_VERB, ''))) || ROUTE.test(item.raw))) listed = 'named';
  // `A、B、C4个抽水蓄能电站`, `A、B等14个电网工程、C通道`: every place up to the count names one of the kind counted.
  const countedAt = items.findIndex((item, i) => i > 0 && COUNTED_KIND.test(item.raw));
  const counted = countedAt > 0 ? COUNTED_KIND.exec(items[countedAt]!.raw)! : null;
  // `有利于调结构、补短板、惠民生的190个重点项目`: what 的 joins to the count describes the works counted; it names none.
  if (counted?.[1]!.endsWith('的')) return [];
  // Two bare places or more before works counted make the last one a place too, whatever it ends with (`A、B、C石桥3处集中供水工程`).
  const bare = counted && items.slice(0, countedAt).every((item) => placeAlone(item.raw.replace(LEADING_VERB, ''))) && ((countedAt >= 2 && PROJECTS_KIND.test(counted[3]!)) || placeAlone(counted[1]!));
  // The kind without the size of each (`35万千瓦光热电站`); a voltage class stays (`750千伏电网工程`).
  const kindName = counted?.[3]!.replace(/^[\d.]+(?:万|亿)?(?:千瓦|兆瓦|吨|立方米)/, '') ?? '';
  // Each is named by the kind, not the class it is counted in (`A、B、C3个创新型省实验室` → `A实验室`).
  const unclassed = kindName.replace(CLASS_OF_KIND, '');
  const lent = WORK_SUFFIX.test(unclassed) ? unclassed : kindName;
  // A national title counted over places (`洛阳等10个国家物流枢纽`) is a designation, not a kind of work; a verb is no place (`重组11家…`).
  const kind = bare && WORK_SUFFIX.test(kindName) && !/^(?:国家|全国)/.test(kindName) && !ITEM_VERB.test(counted[1]!) && !isGenericWork(`${counted[1]}${kindName}`) ? lent : '';
  // `建成A小学、B中学2所新校`, `A水厂、B水厂2个水厂`: a count of as many works as were listed, each named by its own noun or
  // counted by the kind it ends with, ends the last name; not a count of other works that serve them (`A小区、B小区2条配套道路`).
  const tallied =
    counted !== null && !kind && numeralValue(counted[2]!) === countedAt + 1 && WORK_SUFFIX.test(counted[1]!) && (PROJECTS_KIND.test(counted[3]!) || !WORK_SUFFIX.test(counted[3]!) || counted[3]!.includes(counted[1]!.at(-1)!));
  // `组建专班、精准推进A、B等项目`: what comes before a later item's verb is another task, unless it names a work.
  const taskAt = items.findLastIndex((item, i) => i > 0 && ITEM_VERB.test(item.raw));
  // A loose category (`等省市重点交通工程提供优质服务`) vouches for no member: each names a work by itself, or none is one
  // (`对境内河流、堤防、塘堰坝等水利工程进行全面检查`).
  if (looseCategory && !items.slice(Math.max(0, taskAt)).every((item) => named(item.raw))) return [];
  const investedList = listed === 'named' && items.length > 1 && /投资/.test(items[0]!.raw) && LISTED_INVESTMENT.test(items[0]!.raw);
  // Works listed each with the length built (`建成A高速公路30.34公里、B公路6.1公里`); all named by their nouns, or it is an
  // amount of generic works (`新建村内道路5公里、排污管网3公里`).
  const lengths = items.length > 1 && items.every((item) => LENGTH_END.test(item.raw)) && listNames(items.map((item) => item.raw)).every((raw) => named(raw.replace(LENGTH_END, '')));
  // `A集团、B等一批项目签约`: firms listed as projects stand for their projects.
  const firmsListed = listed === 'named' && PROJECTS_KIND.test(listCategory);
  let roadKind: string | undefined;
  /** The work found for the item before, if any: a phase listed alone after it is its next phase. */
  let previousWork: ProjectMatch | undefined;
  let series: { prefix: string; noun: string } | undefined;
  let stops: number[] | undefined;
  /** The plant kinds named after a capacity later in the list (see `capacityKinds`), read once when an item ends with a capacity. */
  let capacities: ({ unit: string; kind: string } | undefined)[] | undefined;
  for (const [index, item] of items.entries()) {
    const workBefore = previousWork;
    previousWork = undefined;
    if (kind && index <= countedAt) {
      const place = index === countedAt ? counted![1]! : item.raw.replace(LEADING_VERB, '');
      if (place.length < 2 || place.length > 8) continue;
      const start = clause.start + item.offset + item.raw.indexOf(place);
      found.push({ name: place + kind, start, end: start + place.length, kind, ...(statusWords ? { status: statusWords } : {}) });
      continue;
    }
    if (index < taskAt && !WORK_SUFFIX.test(item.raw) && !ROUTE.test(item.raw.replace(LEADING_VERB, ''))) continue;
    let from = item.offset;
    let name = tallied && index === countedAt ? counted[1]! : item.raw;
    // `此次集中开工项目还包括A、B等重点项目`: the first name follows the projects that include it, which say where all stand.
    const including = index === 0 ? INCLUDING.exec(name) : null;
    if (including) {
      from += including[0].length;
      name = name.slice(including[0].length);
      statusWords ||= CATEGORY_STATUS.exec(including[0])?.[0] ?? '';
    }
    const invest = INVESTMENT.exec(name) ?? (investedList ? LISTED_INVESTMENT.exec(name) : null);
    if (invest) {
      from += invest[0].length;
      name = name.slice(invest[0].length);
    }
    // The first item or one after its investment opens with any verb (`投资X亿元的新建…`); a later
    // one only with a verb no name starts with (`打造智能工厂`, but `建设办“菜篮子”工程`).
    let verb = (item.offset === first || invest ? LEADING_VERB.exec(name)?.[0] : undefined) ?? ITEM_VERB.exec(name)?.[0] ?? '';
    // Verbs never take the whole name: `攻坚启动区` keeps `启动区`.
    if (name.length - verb.length < 2) verb = ONE_LEADING_VERB.exec(name)?.[0] ?? '';
    from += verb.length;
    name = name.slice(verb.length);
    // `完成对A的改造`: the object after 对.
    const object = (item.offset === first ? FIRST_OBJECT : LEADING_OBJECT).exec(name)?.[0] ?? '';
    from += object.length;
    name = name.slice(object.length);
    // A slogan listed before 等…工程 (`深入实施“煤油气硅”等多元利用工程`) ends with its quote: a programme, not a work; a
    // quoted water or power transfer is a work (`“引绰济辽”、东台子水库等工程`).
    if (listCategory.endsWith('工程') && /[”"]$/.test(name) && !TRANSFER.test(name.replace(QUOTE, '')) && !POWER_TRANSFER.test(name)) continue;
    // Quotes around the whole name go; a quoted part (`“117项目”核心区`) stays with its closing quote.
    const unquoted = name.replace(QUOTE, '');
    // A name wholly in quotes that counts (`“五千工程”`, `“山东交旅1号工程”`, `“一带一路”`) is a slogan.
    if (/^[“"].*[”"]$/.test(name) && (/[\d一二两三四五六七八九十百千万]/.test(unquoted) || /(?:工程|行动|计划)$/.test(unquoted))) continue;
    if (balancedQuotes(unquoted)) {
      from += name.length - name.replace(/^[“"‘]+/, '').length;
      name = unquoted;
    }
    // `主通道重点工程隆泸叙铁路`, `惠及3400万人的引大济岷工程`: the work's own name follows what describes it.
    // One description may follow another (`全国首条` then `…外送通道` before `“宁电入湘”工程`). In a list of projects, whose
    // members need no work's noun, a description ending in 的 goes too (`总投资超45亿元的西北钛镍等22个项目`).
    for (let described = describedAt(name); described && ((listed === 'named' && described.endsWith('的')) || WORK_SUFFIX.test(name.slice(described.length))); described = describedAt(name)) {
      from += described.length;
      name = name.slice(described.length);
    }
    // `…亲自推动的雅下水电工程开工建设`: any description ending in 的 before a named work said to stand somewhere.
    const describedBy = statusAfter ? name.lastIndexOf('的') + 1 : 0;
    if (describedBy > 1 && name.length - describedBy >= 3 && WORK_SUFFIX.test(name) && !isGenericWork(name.slice(describedBy))) {
      from += describedBy;
      name = name.slice(describedBy);
    }
    // `安置房项目宏图家园`: a category of works set before the name it is.
    const apposed = CATEGORY_APPOSED.exec(name);
    if (apposed && isGenericWork(apposed[0]) && named(name.slice(apposed[0].length))) {
      from += apposed[0].length;
      name = name.slice(apposed[0].length);
    }
    const stop = NAME_STOP.exec(name);
    // A list's 等 in brackets is part of the name.
    const cut = stop !== null && stop.index >= 2 && !(stop[0] === '等' && inBrackets(name.slice(0, stop.index)));
    // `A与B煤矿等企业改造`: what 等 closes is a list of firms or fields, not of works; nor of designations (`A等6个省级产业基地`).
    if (cut && stop[0] === '等') {
      const closing = name.slice(stop.index + 1).replace(COUNT_START, '');
      if (NOT_WORKS_CATEGORY.test(closing) || DESIGNATION.test(closing)) continue;
    }
    // `A园区已完成…`: the adverb before the verb that stops the name is none of it.
    if (cut) name = name.slice(0, stop.index).replace(ADVERB_AT_END, '');
    name = name.replace(ALIAS_AT_END, '');
    // `建成A高速公路30.34公里、B公路6.1公里`: the length built of each named work follows its name.
    if (lengths) name = name.replace(LENGTH_END, '');
    // `产业园一期20栋厂房`: buildings counted after a work are its parts, not its name.
    const parts = COUNTED_PARTS.exec(name);
    if (parts && WORK_SUFFIX.test(name.slice(0, parts.index))) name = name.slice(0, parts.index);
    // `国道108、208、307`: a number alone is the road of the kind named first, else no name.
    if (index === 0) roadKind = NUMBERED_ROAD.exec(name)?.[1];
    if (index === 0 && !roadKind) series = numberedSeries(name, items);
    // A single work needs its status or investment said: a name alone is not enough.
    if (!invest && !listed && !statusWords) continue;
    const numberOnly = /^\d+$/.test(name);
    if (numberOnly && !roadKind && !series) continue;
    // `引绰济辽一期、二期工程`: a phase alone after a phase of a named work is that work's next phase.
    const phaseOf = BARE_PHASE.test(name) ? PHASED_NAME.exec(workBefore?.name ?? '')?.[1] : undefined;
    // `A高速公路B大桥、C大桥、D至E段`: a part alone listed after a part of a named route is a part of that route (`A高速B段和C大桥` lists two works).
    const routeOf = clause.text[item.offset - 1] === '、' ? routeOfPart(name, workBefore?.name) : undefined;
    const prefix = numberOnly ? (roadKind ?? series?.prefix) : index > 0 ? (series?.prefix ?? phaseOf ?? routeOf) : undefined;
    // The numbers before the last one take the noun it ends with.
    const seriesNoun = index < items.length - 1 ? series?.noun : undefined;
    // `加快A铁路建设、B改造`: an item's own 建设 is not part of its name.
    const own = trailingWork(name);
    if (own && !WORK_SUFFIX.test(name) && (WORK_SUFFIX.test(name.slice(0, own.index)) || ROAD_CODE.test(name.slice(0, own.index)))) name = name.slice(0, own.index);
    if ((prefix ?? '').length + name.length < 2 || name.replace(BRACKETED, '').length > 30 || /^[\dX]+(?:余|多)?(?:个|项|家|批)/.test(name) || (!invest && /^[\dX]+[所座条处栋]/.test(name))) continue;
    // A short item, maybe with a part in brackets (`木兰乡（西区）`), shares the kind of a longer one after it (only the whole item: `松花江等主要江河…治理` does not).
    // Numbers of a series take its noun, not a lender's.
    const lender = !cut && (name.replace(BRACKETED, '').length <= 4 || bareRoute(name)) && !series ? lenderOf(items, index, (stops ??= lenderStops(items))) : undefined;
    // It is judged with that kind (`盐城、常州国家级零碳园区`), unless it names a kind of its own (`主题酒店、文化交流中心`);
    // a one-character ending is part of a place (`盐城`).
    const shared = lender && (WORK_SUFFIX.exec(name)?.[0].length ?? 0) < 2 ? WORK_SUFFIX.exec(lender)![0] : '';
    // A stretch of a national work, after the list or on its last item, belongs to every name listed (`大运河` too).
    const stretch = (lender ? NAMED_NATIONAL_STRETCH.exec(lender)?.[1] : undefined) ?? (listed && NATIONAL_STRETCH_KIND.test(listCategory) ? listCategory : undefined);
    const transfer = TRANSFER.test(name) || POWER_TRANSFER.test(name);
    const shaped = ROUTE.test(name) || transfer || ROAD_CODE.test(name);
    // Items listed before one status with a named work last (`大唐1830化肥、大唐5万千瓦风电项目按期完工`) are works too, the
    // first after the verb governing the list (`力促砂之船·奥莱、上河堡一期竣工投运`). So are long ones before the work said
    // (`加快昌化江水资源配置、牛路岭灌区工程建设`); a short one is a place or a field (`浙琼`, `祁连山`). Not a quantity of a
    // generic work (`中心城区68公里供水`) nor what a verb says (`谋划多年`).
    const capacityKind = CAPACITY_END.test(name) ? kindAfterCapacity(name, (capacities ??= capacityKinds(items))[index + 1]) : undefined;
    const siblingOfWork = (statusAfter || (workAfter && name.length >= SIBLING_SHORTEST)) && index < items.length - 1 && (!verb || (item.offset === first && name.length >= 3)) && !QUANTITY.test(name);
    // `西小王乡、柳堡镇、埕口镇中心园主体完工`: a place alone before a place's facility has a facility of that kind.
    const placeKind = siblingOfWork && PLACE_ALONE.test(name) ? facilityAfterPlace(items[items.length - 1]!.raw) : undefined;
    if (!invest && listed !== 'named' && !item.plant && !WORK_SUFFIX.test(name) && !shaped && !lender && !series && !capacityKind && !(siblingOfWork && named(items[items.length - 1]!.raw))) continue;
    // Tried after the cheaper tests above: NOT_A_NAME is the costliest pattern an item meets.
    if ((NOT_A_NAME.test(withoutOwnSize(firmsListed ? name.replace(FIRM_END, '') : name, listed === 'named')) && !ROUTE.test(name) && !phaseOf) || !balancedQuotes(name)) continue;
    if (isGenericWork((prefix ?? '') + name + (seriesNoun ?? stretch ?? shared)) || ((SLOGAN.test(name) || FRAMEWORK.test(name)) && !transfer && !PHASE.test(name)) || TASK_SLOGAN.test(name) || DESIGNATION.test(name)) continue;
    // A phase makes a work of it (`智慧城市一期项目`).
    if (!invest && !listed && PROGRAMME.test(name) && !PHASE.test(name) && (BROAD_SCOPE.test(name.replace(/^[“"‘]+/, '')) || CLUSTER.test(name))) continue;
    if (!invest && IMPROVEMENT_PROGRAMME.test(name) && !/\d/.test(name) && !PLACE_WORD.test(name.replace(/城乡|乡村|城市|县域/g, '')) && !improvesNamedWork(name)) continue;
    if (!invest && isProgrammeWork(name)) continue;
    const start = clause.start + from;
    // A place listed before a kind that goes by name (`茨哈峡、尔多等水电站`) is named with the kind.
    const ofKind =
      capacityKind ??
      seriesNoun ??
      stretch ??
      (listed && placeAlone(name) && NAMED_KIND.test(listCategory) ? listCategory.replace(/^(?:重点|重大|主要|大中型|大型|中小型|中型|小型|世界级|在建|续建|新建|拟建|新开工)+/, '') : undefined) ??
      (shared ? (lentClassKind(lender!) ?? lentBuiltKind(lender!) ?? categoryAfterPlace(lender!) ?? placeOfKind(name, item.raw, prefix, listed, lender!)) : undefined) ??
      placeKind;
    const unsaid = ofKind && kindNotSaid(name, ofKind);
    previousWork = {
      name: (prefix ?? '') + name + (unsaid ?? ''),
      start,
      end: start + name.length,
      ...(unsaid ? { kind: unsaid } : {}),
      ...(prefix ? { prefix } : {}),
      ...(invest ? { investment: (invest[1] ?? invest[2])! } : {}),
      ...(statusWords ? { status: statusWords } : {}),
    };
    found.push(previousWork);
  }
  return found;
}
