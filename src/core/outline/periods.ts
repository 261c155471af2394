import type { Section } from '../model';
import { headingLabel } from '../structure';

export type Period = 'plan' | 'review';

// Plan words are tested first: 2012年政府工作总体要求和目标任务 is a plan, 2021年工作回顾 a review, 对今年政府工作的建议 a plan;
// so is a year's counted works (王益区2022年十大惠民工程).
const PLAN = /安排|排定|任务|部署|计划|目标|要求|思路|重点工作|工作重点|要点|打算|展望|实事|清单|建议|\d{4}年[^，。；]{0,4}?[十\d一二三四五六七八九]+[大件项][^，。；]{0,6}(?:工程|项目)$/;
const REVIEW = /回顾|回望|回眸|盘点|过去|成绩|成就|成效|总结|取得|现状|答卷/;
/** How a plan was carried out: a plan report's first part. */
const CARRIED_OUT = /计划?(?:执行|完成|落实|实施)情况/;
/**
 * A title that ends by reporting how work went (`重点工作推进情况`, `十大指挥部滞后情况`, `2022年工作情况`, `…实事项目情况`,
 * `…实事工程情况报告`, `…实事项目完成情况良好`) or summing it up (`今年重点工作总结`, `2020年乡镇重点工作汇报`), giving the latest (`…民生实事最新进展来了`, `…十件惠民实事进展顺利`)
 * or telling tasks done (`11个项目已完成全年目标任务`, `省会全部完成利民惠民十件实事`): whatever work it names, a review.
 */
export const PROGRESS_REPORTED = /(?:执行|完成|落实|实施|推进|进展|进度|滞后|开展|工作|工程|项目|建设)情况(?:报告|汇报|良好|较好|顺利|喜人)?$|工作(?:总结|汇报)$|最新进展(?:来了)?$|(?<!(?:确保|力争|努力|争取)[^，。；]{0,12})(?:进展|推进|进度)(?:顺利|良好|喜人|迅速|加快)$|(?<!确保|力争|努力|争取)完成[^，。；]{0,8}(?:任务|实事)$/;
/**
 * A title telling tasks done as planned (`2017年…为民办实事项目如期完成`) or beyond (`超额完成了…年初确定的…工程建设任务`), unless it aims
 * at that (`…力争如期完成`).
 */
const TASKS_DONE = /(?:实事|任务|目标|项目|工程)[^，。；]{0,6}?(?:如期|全面|全部|顺利|圆满|超额)完成$|(?:(?:超额|提前|圆满)完成了?|完成了)[^，。；]{0,24}?(?:任务|目标)$/;
/** Words aiming at what a title says, not telling it done. */
const AIMS = /确保|力争|努力|争取|务必|必须/;

/** Verbs a task opens with: `聚焦`, `推动`, `着力`. */
export const TASK_OPENS = '(?:坚持|聚焦|加快|推动|推进|实施|强化|着力|全力|持续|深化|打造|提升|加强|扩大|构建|完善|促进|培育|激发|统筹|大力|奋力|全面|扎实|深入|积极|突出|抓好|狠抓|优化|巩固|增进|锚定|围绕|聚力|立足|落实|做强|做优|做大|筑牢|守牢)';

/**
 * A title's last clause telling what came of its task, a subject then how it went (`…，社会保持和谐稳定`, `…，人居环境有效改善`,
 * `…，发展动能持续增强`): a review's, where a plan's would open with a verb (`…，持续改善人居环境`).
 */
const RESULT_AFTER_TASK = new RegExp(`[，,](?!${TASK_OPENS}|确保|力争|争取|努力|保持|实现|提高|增强|改善|不断|切实|进一步|让|使|以|为|把)[\\u4e00-\\u9fff]{2,8}?(?:有效|持续|明显|显著|不断|稳步|大幅|更加|日益|逐步|全面|进一步|保持)[\\u4e00-\\u9fff]{2,6}$`);

/**
 * The period of the outermost enclosing section whose title says plan or review: a part decides for
 * its sections (`（二）聚力落实国家重大战略任务` in a review part reports). An annex (附件) that says
 * neither lists plan items (十件民生实事, 重点项目表).
 */
export function periodOf(section: Section | undefined): Period | undefined {
  if (!section) return undefined;
  // Made once per section: every paragraph asks.
  let period = periods.get(section);
  if (period === undefined) periods.set(section, (period = periodOf(section.parent) ?? titlePeriod(section) ?? 'none'));
  return period === 'none' ? undefined : period;
}

const periods = new WeakMap<Section, Period | 'none'>();

/** What a title's words say: plan, review or neither. */
export function titleWordsPeriod(text: string): Period | undefined {
  // `确保…取得新成效`, `取得人居环境整治新成绩` promise results: they are not a review; `持续取得新进展` reports them.
  const title = text.replace(/(?<!持续|不断|已经?|相继|先后)取得[^，。；的]{0,10}?新[^，。；]{0,3}/g, '');
  // `2024年国民经济和社会发展计划执行情况` reports on a plan; with `…与2025年计划草案` it titles the next plan too.
  if ((CARRIED_OUT.test(title) && !PLAN.test(title.replace(CARRIED_OUT, ''))) || PROGRESS_REPORTED.test(title) || RESULT_AFTER_TASK.test(title) || (TASKS_DONE.test(title) && !AIMS.test(title))) return 'review';
  if (PLAN.test(title)) return 'plan';
  if (REVIEW.test(title)) return 'review';
  return undefined;
}

/** A part's opening words when its title says neither: `三、一鼓作气勇争先…` opens `今年…的主要预期目标是`. */
const OPENS_PLAN = /^[\s\u3000]*(?:今年|明年|\d{4}年)[^。；！？]{0,24}(?:主要预期目标|预期目标|主要目标任务|总体要求)/;
/**
 * Opening words that turn to the year or five years behind: `过去一年`, `这五年`, `五年来`, or a sentence on
 * the year then `一年来` (`2018年是…的一年。一年来，…`).
 */
export const OPENS_REVIEW = /^[\s\u3000]*(?:(?:这|过去的?|近)五年|五年来|过去的?一年|一年来|\d{4}年是[^。]{0,80}。(?:一年来|这一年|过去的?一年))/;

/** An item's title that runs on past a clause (`（1）在建项目75个，总投资…，年度计划投资…`) states facts: its words date nothing. */
const RUNS_ON = /[，,；;]/;

/**
 * An item of a list of titles in running text (`报告分为三部分：一、2019年工作回顾；二、…；三、…。`): it or the item before it
 * ends on `；`, or the item before it has nothing under it (`报告分为两大部分` then `一、2023年工作回顾`, `二、2024年目标任务…`).
 */
const LIST_ITEM_END = /[；;]$/;
export function isListItem(s: Section): boolean {
  const before = s.previous;
  if (LIST_ITEM_END.test(s.heading.title.text)) return true;
  return before !== undefined && (LIST_ITEM_END.test(before.heading.title.text) || (before.paragraphs.length === 0 && before.children.length === 0 && !before.heading.body));
}

function titlePeriod(s: Section): Period | undefined {
  if (s.heading.kind === 'numbered' && ((s.heading.marker.level >= 3 && RUNS_ON.test(s.heading.title.text)) || isListItem(s))) return undefined;
  const worded = titleWordsPeriod(s.heading.title.text);
  if (worded) return worded;
  if (s.heading.kind === 'division' && s.heading.division === 'appendix') return 'plan';
  const opening = s.parent ? undefined : (s.heading.body ?? s.paragraphs[0])?.text;
  if (opening === undefined) return undefined;
  if (OPENS_PLAN.test(opening)) return 'plan';
  if (OPENS_REVIEW.test(opening)) return 'review';
  return undefined;
}

const paths = new WeakMap<Section, string>();

/** `四、2022年工作安排 / （一）坚持项目为王，着力扩大有效投资` (made once per section: every paragraph asks). */
export function sectionPath(section: Section | undefined): string {
  if (!section) return '';
  let path = paths.get(section);
  if (path === undefined) {
    const label = headingLabel(section.heading);
    path = section.parent ? `${sectionPath(section.parent)} / ${label}` : label;
    paths.set(section, path);
  }
  return path;
}
