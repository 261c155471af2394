// Project status on a fixed scale, read from the words a report uses.

/** The day or occasion of a ceremony that starts, signs or completes works: `当天开工的`, `今天集中开工`, `此次签约`. */
export const CEREMONY_DAY = '(?:今天|今日|当天|当日|同日|本次|此次|这次)';

export const STAGES = ['规划', '前期', '签约', '开工', '在建', '封顶', '竣工', '竣工投产', '投入使用', '通车'] as const;
export type Stage = (typeof STAGES)[number];

/** Most specific first: 建成通车 is 通车, 完成主要设备安装 is 在建, 加快…前期工作 is 前期. */
const WORDS: [RegExp, Stage][] = [
  [/(?:具备|达到)(?:开通|通车|运营|竞赛|交付使用|使用|交付)条件|入住条件/, '竣工'],
  [/完成(?:年度?|全年)?(?:计划)?投资|(?:进度|工程量|总量)的?(?:近|约|超过?)?[\d.]+[%％]|序时进度|快马加鞭|如火如荼|紧锣密鼓|马不停蹄/, '在建'],
  [/规划建设|(?:开工|进场)条件/, '前期'],
  // A structure holed through (`结构贯通`) is still being built.
  [/(?:结构|主体)贯通/, '在建'],
  [/通车|贯通|联通|通航|复航|复通|开通|[拉打拓]通/, '通车'],
  [/投入使用|交付|投用|投运|投入运营|正式运营|开放|启用|招生|运营|运行|运作|开诊|并网|营业|营运|开业|开门迎客|开园|开院|开馆|开街|焕新亮相|开学/, '投入使用'],
  [/投产|投入生产|量产|满产|达产|发电|释放产能|试(?:生)?产/, '竣工投产'],
  [/设备安装|总装|铺轨|联调联试|吊装|合龙|填方|开挖|进度达|桩基/, '在建'],
  // The main works going on (`主体工程全面实施`) are not yet topped out.
  [/主体(?:工程|建设)(?:全面|加快|有序|顺利|稳步)?(?:实施|推进)/, '在建'],
  [/[封结]顶|主体(?:已经?)?(?:基本)?(?:完工|竣工|建设|工程|建成)|完成主体|厂房建设|主体完成/, '封顶'],
  [/展开建设/, '在建'],
  // Land cleared or a scheme settled comes before building (`房屋征收基本完成`, `方案基本确定`).
  [/征收|征迁|征地|征拆|拆迁|方案/, '前期'],
  [/前期|预备|手续|可研|论证|研究|设计|施工图|招(?:投)?标|核准|批复|获批|勘察|谋划|立项|报批|筹建|申建|申报|选址|预审|审查意见|初审意见|入库|项目库|环评|批准设立|筹备/, '前期'],
  // A stage entered (`进入铺轨阶段`) is building, unless a step before building names it (`进入勘察设计招标阶段`).
  [/阶段/, '在建'],
  [/竣工|完工|建成|完成|落成|验收|闭合|交房/, '竣工'],
  [/开工|动工|(?<!推)动建|复工|启动建设|启动实施|新建|开建|抢建|启动|[序大]幕/, '开工'],
  [/续建|在建|投建|加快|(?:加速|全力)推动|推进|进度|进展|实施|建设|建好|共建|展开|铺开|改造|改扩建|扩建|迁建|重建|提速|起势|施工|铺设|雏形|初具规模/, '在建'],
  [/签约|落地|落户|引进|引入/, '签约'],
  [/规划|纳入|纳规/, '规划'],
  // Whatever a work is said to be doing now (`正在进行隧道工程`) is building.
  [/^正在./, '在建'],
];

const known = new Map<string, Stage | undefined>();
/** The last 并 joining two steps. */
const THEN = /(?<=.)并(?!网)(?!.*并(?!网))/;

/** The stage the status words name, if any (remembered: a report repeats a few dozen status words). */
export function stageOf(status: string): Stage | undefined {
  if (known.has(status)) return known.get(status);
  // `完成核准并开工建设`: the step after 并 (not 并网) is where the work stands.
  const then = THEN.exec(status);
  const found = (then ? stageIn(status.slice(then.index + 1)) : undefined) ?? stageIn(status);
  if (known.size > 4096) known.clear();
  known.set(status, found);
  return found;
}

function stageIn(words: string): Stage | undefined {
  return WORDS.find(([re]) => re.test(words))?.[1];
}
