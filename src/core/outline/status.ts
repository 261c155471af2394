// Words that say where a work stands when they follow its name: `建成通车`, `投入使用`, `主体封顶`.

/**
 * Status words after a name: `建成通车`, `投入使用`, `主体封顶`, `进展顺利`; and, for combinations no list foresees,
 * a step (`下闸`, `入轨`, `开港`, `焕新`, `试`) before an outcome (`蓄水`, `运行`, `亮相`), or an outcome no noun ends
 * with said alone (`开园`, `闭合`), each maybe followed by running or building (`投产运营`, `开工建设`) or how it goes (`推进有力`), and said as work to do (`投运工作`). The leftmost match wins, so `试通水` is read whole, not as `通水`.
 */
export const STATUS_AFTER =
  /(?:并|也|要(?=于)|预计|按计划|在全[国省市县区州](?:范围内)?|集中|全面|全线|转场|客运|货运|(?:整体)?搬迁|盘活|对外|同步|初步|将|盛大|火热|接连|挂牌|早日|及早|早|争取|力争|陆续|逐步|率先|加速|加快|全速|首台(?:套|机组)?|提前[一两二三]?年?|全部|基本|顺利|相继|先后|纷纷|落地|完工|投产|并网|正式|[上下]半年|[春夏秋冬]季|年底(?:之?前)?|\d{4}年|于|(?:\d{1,2}月(?:\d{1,2}日|[底初]|[上中下]旬|份)?|\d{1,2}日)前?|(?:春节|国庆|元旦)前?|(?:汛期|汛)前|(?:仅用|用)?[\d一二三四五六七八九十两半]+多?个?(?:月|天|周)(?:时间)?(?:内)?就?|按期|按时|如期|即将|正在|已经|已|均|实现|完成|成功|年内|今年|当年|尽快|尽早|确保|竣工|[封结]顶|核准|获批|意向|签约|先行|进场|(?:完成|通过)验收|竣备|完成建设并)*(?:(?:纳入|列入|入选|进入)[^，、]{0,14}?(?:规划|范围|盘子|库)|(?:储备|容缺)?入库(?:纳统)?|纳规|纳统|(?:完成)?环评(?:正式受理|受理|批复|审批)?|批准设立|立项审批|立项|通过[^，、]{0,4}预审|审批|开业|营业|营运|交房|开门迎客|完成(?:（[^（）]{1,4}）)?[^，、并和了]{0,4}(?:改造|改建|扩建|建设|提升|升级|提质|铺设|大修|修缮)|落地|签约|获批|交工投用|交工|铺轨贯通|(?:部分)?试营业|试运行|(?:完成|开展|进行|启动)[^，、]{0,10}(?:规划设计|设计)|(?:完成|通过)[^，、]{0,4}(?:评审|审查)|(?:完成|启动|开展)?(?:挂网|公开)?招(?:投)?标|启动|交付(?:使用)?|(?:推进|开展|做好|完成)?(?:的)?前期(?:工作|谋划|准备|研究|推进)?(?:安排)?|(?:征地|征拆|征迁|征收)(?:拆迁)?(?:工作)?|(?:加快)?办理(?:前期|用地|审批|规划|施工|开工|立项|环评|土地)[^，、]{0,4}手续|(?:按期|顺利|全面|启动|相继|有序)实施|主体(?:工程|建设)(?:全面|加快|有序|顺利|稳步)?(?:实施|推进)|主体(?:建设|工程)|建成通车|竣工通车|开通首发|(?:通过(?:行业|竣工)?|竣工)验收|开通|通车|建成通水|通水通航|建成通航|通航|复航|复通|通水|建成发电|投产发电|(?:提前)?进入总装|完成总装|加快实施|加快发展|(?:建设|改造|推进)?(?:步伐|进度|进程)?(?:加快|加速|提速)(?:提效|增效)?|(?:建设)?起势|(?:进场|主体(?:结构|工程)?)?(?:加快|加紧|全面|有序)?施工|(?:掀起|形成)(?:建设|施工)(?:新)?高潮|(?:改造|建设)完成|进入[^，、]{0,6}阶段|启动基建|(?:结构|主体)?(?:全线)?贯通|联通|[拉打]通|建成投运|建成投用|投运|投用|建成开放|开放|开诊|(?:建成)?开学|进场(?:填方|开挖)|(?:综合|形象)进度达[\d.]+[%％]|完成(?:整体|总体|全部|总)?(?:建设|工程)?(?:进度|工程量|总量)的?(?:近|约|超过?)?[\d.]+[%％]|(?:基本)?完成桩基(?:工程|施工)?|(?:建成)?试运转|试(?:生)?产|投产增效|(?:下闸|入轨|开港|开诊|焕新|试|建成)?(?:蓄水|开园|开院|开馆|开街|亮相|闭合)|下闸|选址(?:正式)?确定|完成选址|(?:基本)?确定[^，、]{0,10}选址(?:建设)?|(?:已经?)?(?:取得|出具)[^，、]{0,16}?(?:批复|审查意见|初审意见|核准)|推进[^，、]{0,12}(?:安装|装修)施工|(?:设计)?方案(?:基本|正式)?(?:确定|获批)|(?:房屋)?(?:征收|征迁|征地|征拆|拆迁)(?:工作)?(?:基本|全面|顺利)?(?:完成|到位|接近尾声)|(?:下闸|入轨|开港|焕新|试)(?:通水|通车|运营|运行|开放)|(?:建成)?启用|(?:实现|建校|建成|开学|开班)?招生|封关运[作行]|获(?:国家|国务院|省|市|县)?级?(?:核准|批复|批准)|揭牌运行|投入(?:商业|试)?运行|投入使用|投入生产|投入运营|正式运营|(?:全面|开始|陆续)运营|竣工投产|建成投产|投产送电|(?:全流程)?量产|投产满产|满产达产|满产|稳产达产|达产|投产|主体(?:结构|工程)?(?:已经?)?(?:基本)?(?:[封结]顶|完工|竣工|建成)|(?<=正在)(?:建设|施工|(?:积极|稳步|加紧|加快|有序|抓紧|全力)?(?:进行|开展|推进|修建|办理|编制|报批|筹备|申请)(?:[^，。；、]{0,12}?(?:工程|施工|工作|设计|开挖|编制|建设|手续|证|联调联试))?中?)|主体结构顺利(?:[封结]顶|完工)|(?:结构|主塔)?[封结]顶|完成主体(?:建设|结构|工程)|主体完成建设|完成厂房建设|完成主要设备安装|(?:开展|进行)?(?:风机|设备)?吊装(?:作业)?|(?:主桥|主拱|主跨)?合龙|完成建设|(?:建设|施工)(?:当中|之中|中)|在建中?|铺轨|(?:进行|开展|启动|完成)?联调联试|并网发电|(?:成功|全容量|实现|全部|顺利)并网|完工|竣工|建成|落成|(?:拆除)?(?<![复后])重建|(?:基本|全面|顺利)完成|开工|破土动工|动工|开复工|复工|开建|(?:推进|进展|建设)(?:顺利|有力|迅速)|(?:落地)?动建|(?:签约)?落户|正式运行|(?:启动|完成)?(?:预可研|可研|工可)(?:报告)?(?:编制|批复|评审|获批)?|(?:研究)?论证|(?:的)?规划研究(?:工作)?|(?:向|面向)(?:公众|社会|市民|游客)(?:免费)?开放|(?:前期(?:工作)?)?取得[^，、]{0,4}(?:进展|突破)|初(?:见|具)(?:雏形|规模)|(?:顺利|加速|全力|加快|加紧|抓紧|扎实|稳步|有序|积极|全速|全线|提速|快速|同步|全面)推进|正?(?:抓紧|加紧)(?:建设|施工)|(?:加速|加快|全力)推动|完成序时进度|进入[^，、]{0,6}(?:核准|审批)程序|(?:累计|全年|当年)?完成(?:年度?|全年)?(?:计划)?投资额?的?(?:\d+(?:\.\d+)?|X+)(?:[%％]|(?:万亿|亿|万)?元)|(?:建设)?(?:快马加鞭|如火如荼|紧锣密鼓|马不停蹄)|启动实施|完成项目核准|项目核准|完成核准|规划建设|(?:具备|达到)(?:全面)?(?:开通|通车|运营|核准|开工|进场|竞赛|交付使用|使用|交付)条件|达到入住条件|展开|(?:全面|有序)铺开|筹建|选址建设|释放产能|投产达效|达产达效|建成达效|批复)(?:初期运营|运营|运行|建设|有力|顺利|迅速|迎宾|迎客)?(?:工作)?$/;

/** Last characters of the status words: a clause ending otherwise has no status after a name (a unit test checks this against STATUS_AFTER). */
const STATUS_LAST = new Set('试中证请计潮见学方挖%％基龙统破轨标查修缮库理立评址备付究车通用营产顶设装完工成建期作准谋划施进利造升电程放运度务件能批业行发水序航开馆相合转诊园生网客效段闸定户研审制展项复速元围子规级质力可告形模构宾声位排鞭荼鼓蹄');
/** Status words whose last character ends many other clauses too (`推动`, `带动`, `趋势`, `住房`): tested whole. */
export const STATUS_TAILS = ['启动', '落地', '签约', '设计', '验收', '加快', '起势', '交房', '开街', '论证', '加速推动', '加快推动', '全力推动', '建设中', '建设当中', '建设之中', '施工中', '在建中', '开院', '征地', '征拆', '征迁', '征收', '拆迁', '手续'];
const TAILS_LAST = new Set(STATUS_TAILS.map((w) => w[w.length - 1]!));

/** Whether `text` may end with status words: every status ends with one of STATUS_LAST or with a word of STATUS_TAILS. */
export function mayEndWithStatus(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  return STATUS_LAST.has(last) || (TAILS_LAST.has(last) && STATUS_TAILS.some((w) => text.endsWith(w)));
}

/** How far from a clause's end its status words are read. */
const STATUS_READ = 24;

/** How many steps of one work's status may be listed with 、 (`竣工交付、即将投用`). */
const MAX_STEPS = 3;

/** STATUS_AFTER on the last characters only: status words are short, clauses are not. */
export function statusAtEnd(text: string): { index: number; words: string } | undefined {
  let at = lastStatusAt(text);
  if (at === undefined) return undefined;
  // `竣工交付、即将投用`: one work's steps listed; the first one opens its status (a name must stand before it).
  for (let steps = 0; steps < MAX_STEPS && text[at - 1] === '、'; steps++) {
    const step = lastStatusAt(text.slice(0, at - 1));
    if (step === undefined || step === 0) break;
    at = step;
  }
  return { index: at, words: text.slice(at) };
}

/** Where the status words ending `text` start, with a status said as one or another (`开工或通车`). */
function lastStatusAt(text: string): number | undefined {
  if (!mayEndWithStatus(text)) return undefined;
  const from = Math.max(0, text.length - STATUS_READ);
  const m = STATUS_AFTER.exec(text.slice(from));
  if (!m) return undefined;
  const index = from + m.index;
  return index - (EITHER_STATUS.exec(text.slice(Math.max(0, index - 3), index))?.[0].length ?? 0);
}

const EITHER_STATUS = /(?:开工|动工|建成|竣工|投产|通车|开通|投用|投运)[或和]$/;

/** Last characters of the statuses that close a work's statement (`封顶`, `通车`, `投入使用`, `开放`), not of progress (`推进`). */
const OUTCOME_LAST = new Set('顶工产电设车用运诊园馆相合营水通网飞放航成转施');

/** Whether `text` from `from` to `at` is a work's statement closed by its status (`A水库大坝封顶`, `正阳门城楼开放`). */
export function closesStatement(text: string, from: number, at: number): boolean {
  return OUTCOME_LAST.has(text[at - 1] ?? '') && (statusAtEnd(text.slice(from, at))?.index ?? 0) > 0;
}
