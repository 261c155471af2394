// The year a report plans for (2026 for the 2026年政府工作报告 reviewing 2025), read from the text
// itself: the title, the line saying when it was delivered, and the level-one review and plan headings.

import type { Paragraph, ReportDocument, Section } from './model';
import { isListItem, OPENS_REVIEW, periodOf, PROGRESS_REPORTED, TASK_OPENS, titleWordsPeriod, type Period } from './outline/periods';
import { matches } from './matches';
import { firstAtOrAfter } from './bounds';
import { parseChineseNumeral } from './numerals';
import { withoutSpaces } from './text';
import { SAYS } from './figures/normalize';

/** One place that states the report's year. */
export interface YearEvidence {
  /** The plan year this place implies. */
  year: number;
  /** The year as written, `[start, end)` in the document. */
  start: number;
  end: number;
  source: 'title' | 'delivery' | 'plan' | 'review';
}

export interface ReportYear {
  /** The plan year: the review heading's year + 1. */
  year: number;
  evidence: YearEvidence[];
}

/** `2026年浙江省政府工作报告`, `2022年政府工作报告`, a plan's `2024年平阳县交通运输局工作计划` (not `2023年工作总结和2024年…`'s first year). */
const TITLE = /(\d{4})年[^，。；：\s\d]{0,12}?(?:政府工作报告|工作计划|工作要点)/;
/** `——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上`. */
const DELIVERY = /(\d{4})年\d{1,2}月\d{1,2}日在[^，。；]{0,40}?(?:会议|大会)上/;
/** A level-one heading naming one year: `2025年工作回顾`, `2026年重点工作`, `“十二五”时期和2015年工作回顾`. */
const HEADING_YEAR = /(\d{4})年(?![\d—–\-～至到])/g;
/**
 * Heading words that say review or plan beyond doubt (`2026年主要工作` says neither: the section
 * after a review may plan or report).
 */
const REVIEW_HEADING = /回顾|总结|成绩|成就|成效/;
const PLAN_HEADING = /安排|任务|部署|要求|打算|重点工作|目标/;
/** Lines before the first heading that may hold the title and the delivery line. */
const FRONT_LINES = 8;

/** The one year a heading's title names, with its offset; none for `2021—2025年` or two years. */
function headingYear(section: Section): { year: number; start: number } | undefined {
  const { title } = section.heading;
  const years = matches(HEADING_YEAR, title.text);
  if (years.length !== 1 || /\d{4}年?[—–\-～至到]/.test(title.text)) return undefined;
  return { year: Number(years[0]![1]), start: title.range.start + years[0]!.index };
}

function headingEvidence(section: Section): YearEvidence | undefined {
  const title = section.heading.title.text;
  const review = REVIEW_HEADING.test(title);
  if (review === PLAN_HEADING.test(title)) return undefined;
  const y = headingYear(section);
  if (!y) return undefined;
  return { year: review ? y.year + 1 : y.year, start: y.start, end: y.start + 4, source: review ? 'review' : 'plan' };
}

/** Where the document's first numbered heading starts, if it has one. */
function firstNumberedHeading(doc: ReportDocument): number | undefined {
  return doc.headings.find((h) => h.kind === 'numbered')?.range.start;
}

/** The lines before the first numbered heading that may hold the title and the delivery line, with their offsets. */
function frontLines(doc: ReportDocument): { start: number; text: string }[] {
  const firstHeading = firstNumberedHeading(doc) ?? doc.text.length;
  return doc.paragraphs
    .slice(0, FRONT_LINES)
    .filter((p) => p.range.start < firstHeading)
    .map((p) => ({ start: p.range.start, text: doc.checkable.slice(p.range.start, p.range.end) }));
}

function frontEvidence(doc: ReportDocument): YearEvidence[] {
  const found: YearEvidence[] = [];
  for (const { start, text } of frontLines(doc)) {
    for (const [re, source] of [[TITLE, 'title'], [DELIVERY, 'delivery']] as const) {
      const m = re.exec(text);
      if (m) found.push({ year: Number(m[1]), start: start + m.index, end: start + m.index + 4, source });
    }
  }
  return found;
}

/** A policy document's title (`…的实施意见`, `印发…行动方案的通知`, `…若干政策举措（2025年版）`): what it sets out is planned. */
const PLAN_DOCUMENT_TITLE =
  /^[\s\u3000]*[^，。；！？,;!?]{4,80}(?:实施意见|指导意见|若干意见|的意见|行动方案|实施方案|工作方案|建设方案|推进方案|总体方案|分解方案|分工方案|行动计划|若干措施|政策措施|政策举措|工作要点)(?:[（(][^（）()]{2,12}[）)])?》?(?:的通知)?[\s\u3000]*$/;

/**
 * A preamble ending by drawing the document up (`…，制定文山市2022年乡村振兴工作要点。`, `特制定本方案。`, `现提出如下意见：`); not a
 * report's request for comments (`…提出意见。`) nor one telling what was drawn up (`制定了…方案`).
 */
const DRAWN_UP = /(?:(?:制定|制订)(?!了)[^，。；！？]{0,30}(?:意见|方案|计划|要点|措施|细则)|(?:提出|制定)(?:如下|以下)(?:意见|措施))[。：:]?[\s\u3000]*$/;

/** A preamble introducing the year's tasks or practical projects listed next: `票决确定了2023年…民生实事项目10项。现予公告：`, `…实事项目，分别是：`. */
const TASKS_INTRODUCED = /(?:实事|任务)[^。，；：]{0,12}(?:[。，；]\s*现予(?:公告|公布)|[，,]?(?:分别|具体)(?:是|为)|如下)[：:]?[\s\u3000]*$/;

/**
 * The year's practical projects chosen (`代表…票决的方式选出了2024年顺德十大民生实事项目。`, `10个项目被列入2026年政府民生实事项目`,
 * `经…会议投票表决,以下10个项目为乐清市2020年度政府民生实事项目:`) or made known (`2019年度10项民生实事日前确定`,
 * `2022年度民生实事项目于2月7日印发实施`; not their progress): the list after them is planned.
 */
const PROJECTS_CHOSEN = /(?:票决|表决|选出|评选出|列入|确定了?)[^。；！？]{0,20}?\d{4}年[^。，；！？]{0,16}?实事|\d{4}年[^。，；！？]{0,16}?实事(?:(?!完成|进展|情况)[^。；！？]){0,12}?(?:确定|出炉|公布|发布|印发)/;

/**
 * A task table's header copied as text (`序号 指标 工作任务 完成时限 责任领导 责任股室`, `类别 | 序号 | 项目名称 | 工作标准 |`): the rows
 * are tasks set.
 */
const TASK_TABLE_HEADER = /(?:工作任务|目标任务|任务内容|重点任务|具体任务|工作内容|主要任务|项目名称)[^。；，]{0,20}(?:完成时限|时间节点|完成时间|责任单位|牵头单位|责任领导|责任人|责任部门|工作标准|年度目标|目标要求)/;

/**
 * A title of two tasks (`（五）聚焦生态建设，推动绿色崛起`, `坚持项目为王，着力扩大有效投资`): a plan's section, where a review's
 * says what came of one (`坚持创新驱动，发展动能持续增强`).
 */
const TASKS_TITLE = new RegExp(`^${TASK_OPENS}[^，。；,;]{1,16}[，,]${TASK_OPENS}[^，。；,;]{1,16}$`);

/**
 * Whether a section `paragraph` is in is titled by two tasks (see `TASKS_TITLE`), in a document whose front names no review
 * and plan together (`2023年工作总结和2024年工作打算` titles its review's sections so too): where nothing else dates the
 * paragraph, an excerpt of a plan, unless the section tells what was done and nothing to be done (a review's section
 * titled so: `坚持不懈狠抓三大工程，着力改善生态环境` over `…进一步完善了…`, with no 力争, 要 or 将).
 */
export function underTasksTitle(doc: ReportDocument, paragraph: Paragraph): boolean {
  for (let s = paragraph.section; s; s = s.parent) if (TASKS_TITLE.test(s.heading.title.text)) return !namesBothParts(doc) && !tellsOnlyDone(doc, s);
  return false;
}

const bothParts = new WeakMap<ReportDocument, boolean>();

/** Whether a line of the document's front names its review and its plan (see `BOTH_PARTS`); read once per document. */
function namesBothParts(doc: ReportDocument): boolean {
  let both = bothParts.get(doc);
  if (both === undefined) bothParts.set(doc, (both = frontLines(doc).some((line) => BOTH_PARTS.test(line.text))));
  return both;
}

const planStarts = new WeakMap<ReportDocument, number>();

/**
 * Where a policy document's plan starts, Infinity when the document is none: when the preamble tells the year's practical
 * projects chosen, at the first numbered heading or else after the line saying so (its own counts tell the vote: `…票决产生10件`,
 * `…确定2017年县政府民生实事项目为10项,分别是:`); else at its start when a line before the first numbered heading names one or
 * heads a task table, or the preamble draws it up or introduces its tasks.
 */
function planStart(doc: ReportDocument): number {
  let start = planStarts.get(doc);
  if (start === undefined) {
    const lines = frontLines(doc);
    // A header's cells may stand one per line, their characters spaced (`序号`, `主 要 工 作 任 务`, `责任单位`).
    const header = lines.map((line) => withoutSpaces(line.text)).join(' ');
    const whole = TASK_TABLE_HEADER.test(header) || lines.some((line) => PLAN_DOCUMENT_TITLE.test(line.text) || DRAWN_UP.test(line.text) || TASKS_INTRODUCED.test(line.text));
    const firstHeading = firstNumberedHeading(doc);
    const chosen = lines.find((line) => PROJECTS_CHOSEN.test(line.text));
    start = chosen ? (firstHeading ?? chosen.start + chosen.text.length) : whole ? 0 : Infinity;
    planStarts.set(doc, start);
  }
  return start;
}

/** The first year of a five-year plan by its numeral: `十四` (“十四五”) → 2021, `六` (“六五”) → 1981. */
export function firstYearOf(plan: string): number | undefined {
  const n = parseChineseNumeral(plan);
  return n !== undefined && n >= 6 ? 1981 + 5 * (n - 6) : undefined;
}

const memo = new WeakMap<ReportDocument, ReportYear | undefined>();

/**
 * The report's plan year when every place that states it agrees; undefined when none does or two
 * disagree (the checks that need the year then stay quiet).
 */
export function reportYear(doc: ReportDocument): ReportYear | undefined {
  if (memo.has(doc)) return memo.get(doc);
  const evidence = frontEvidence(doc);
  for (const section of levelOneSections(doc)) {
    const e = headingEvidence(section);
    if (e) evidence.push(e);
  }
  const years = new Set(evidence.map((e) => e.year));
  // A delivery date alone may head one speech of a collection: a title or a heading must say the year too.
  const stated = evidence.some((e) => e.source !== 'delivery');
  const result = years.size === 1 && stated ? { year: evidence[0]!.year, evidence } : undefined;
  memo.set(doc, result);
  return result;
}

/** Level-one sections, each once. */
function levelOneSections(doc: ReportDocument): Section[] {
  const found: Section[] = [];
  for (const p of doc.paragraphs) {
    if (p.heading && p.section?.heading === p.heading && isLevelOne(p.section)) found.push(p.section);
  }
  return found;
}

const planYears = new WeakMap<ReportDocument, number | undefined>();

/**
 * The year the report plans for: the stated one (`reportYear`), else the latest year a level-one heading
 * names without reviewing (an excerpt that starts at `三、2026年主要工作`), else the year of the one line saying
 * when it was delivered (`——2019年1月8日在岳阳市第八届人民代表大会第四次会议上` over parts whose titles name none).
 */
function planYear(doc: ReportDocument): number | undefined {
  if (planYears.has(doc)) return planYears.get(doc);
  let year = reportYear(doc)?.year;
  if (year === undefined) {
    for (const s of levelOneSections(doc)) {
      const y = REVIEW_HEADING.test(s.heading.title.text) ? undefined : headingYear(s)?.year;
      // A part telling of its year in the past (`一、奋发有为，2018年迈出铿锵步伐`) reviews it: the plan year is the next.
      const planned = y !== undefined && readsAsReview(doc, s) ? y + 1 : y;
      if (planned !== undefined && (year === undefined || planned > year)) year = planned;
    }
  }
  year ??= deliveryYear(doc);
  planYears.set(doc, year);
  return year;
}

/** The year the front's delivery lines state, when they state one. */
function deliveryYear(doc: ReportDocument): number | undefined {
  const years = new Set(frontEvidence(doc).filter((e) => e.source === 'delivery').map((e) => e.year));
  return years.size === 1 ? [...years][0] : undefined;
}

/** Words of a report on what was done (`完成了`, `同比`, `一年来`), and of one on what is to be done (`力争`, `确保`, `要`). */
const PAST_WORDS = /了|同比|比上年|比去年|一年来|五年来/g;
const AHEAD_WORDS = /力争|确保|要|将|预期|今年|明年/g;

/** How many past and ahead words a section's text holds. */
function tense(doc: ReportDocument, section: Section): { past: number; ahead: number } {
  const text = doc.checkable.slice(section.range.start, section.range.end);
  return { past: text.match(PAST_WORDS)?.length ?? 0, ahead: text.match(AHEAD_WORDS)?.length ?? 0 };
}

/** A part that says what was done far more than what is to be: at least three past words and over twice the others. */
function readsAsReview(doc: ReportDocument, section: Section): boolean {
  const { past, ahead } = tense(doc, section);
  return past >= 3 && past > 2 * ahead;
}

const onlyDone = new WeakMap<Section, boolean>();

/** A section that tells something done and nothing to be done (read once per section: each of its paragraphs may ask). */
function tellsOnlyDone(doc: ReportDocument, section: Section): boolean {
  let found = onlyDone.get(section);
  if (found === undefined) {
    const { past, ahead } = tense(doc, section);
    onlyDone.set(section, (found = past > 0 && ahead === 0));
  }
  return found;
}

/**
 * Whether a paragraph plans or reviews: its level-one section's year decides (`三、2026年主要工作` plans in
 * the 2026 report, `一、2025年主要工作和…成就` reviews, as does a part opening `2025年，…`), else the section titles do.
 */
export function periodIn(paragraph: Paragraph, plannedYear: number): Period | undefined {
  const top = levelOneOf(paragraph.section);
  const y = top && (headingYear(top)?.year ?? partOpeningYear(top));
  return y ? yearPeriod(y, plannedYear) : periodOf(paragraph.section);
}

/**
 * A year a sentence opens on, telling of it: `2012年，我市农业…`, `2021年巩固…` (no comma: group 2 is undefined), also after who
 * says it (`总理在政府工作报告中表示,2021年,…`).
 */
export const YEAR_OPENS = `[\\s\\u3000]*(?:[^，,。；！？]{0,30}?${SAYS}[，,：:])?(?:回顾|(?:刚刚)?过去的)?((?:19|20)\\d\\d)年(?:([，,])|(?=[\\u4e00-\\u9fff])(?![度底末初内中前后来间起至到]))`;
export const OPENS_ON_YEAR = new RegExp(`^${YEAR_OPENS}`);

/**
 * The year a level-one part's first paragraph opens on, with its comma (`一、…迈出坚实步伐` then `2018年，在…领导下，我们…`), when its
 * title names none.
 */
function partOpeningYear(section: Section): number | undefined {
  const opening = OPENS_ON_YEAR.exec((section.heading.body ?? section.paragraphs[0])?.text ?? '');
  return opening?.[2] ? Number(opening[1]) : undefined;
}

/** The plan year is planned, the year before it reviewed; other years say neither. */
function yearPeriod(year: number, plannedYear: number): Period | undefined {
  return year === plannedYear ? 'plan' : year === plannedYear - 1 ? 'review' : undefined;
}

/**
 * Whether a paragraph of `doc` plans or reviews: its section titles' words, else the unnumbered title lines before it (unless
 * `titleLines` is false), else (`2026年主要工作` says neither) the year its level-one heading names against the report's plan year.
 */
export function paragraphPeriod(doc: ReportDocument, paragraph: Paragraph, titleLines = true): Period | undefined {
  const turned = mixedPartPeriods(doc).get(paragraph);
  if (turned) return turned;
  const worded = periodOf(paragraph.section);
  if (worded) return worded;
  const titled = titleLines ? titleLinePeriod(doc, paragraph) : undefined;
  if (titled) return titled;
  const year = planYear(doc);
  const dated = year === undefined ? undefined : periodIn(paragraph, year);
  const top = levelOneOf(paragraph.section);
  if (dated) return dated;
  // A part after the plan part plans, and so does a policy document where nothing else says.
  return (top && partsAfterPlan(doc).has(top)) || planStart(doc) <= paragraph.range.start ? 'plan' : undefined;
}

const afterPlan = new WeakMap<ReportDocument, Set<Section>>();

/**
 * Level-one parts that say neither plan nor review and come after the plan part (`三、全面加强政府自身建设`, or the
 * tasks numbered `一、` again under `二、2025年工作安排`): a report's plan part runs on to its end.
 */
function partsAfterPlan(doc: ReportDocument): Set<Section> {
  let found = afterPlan.get(doc);
  if (found) return found;
  found = new Set();
  const year = planYear(doc);
  let planning = false;
  for (const s of levelOneSections(doc)) {
    const y = headingYear(s)?.year;
    const period = periodOf(s) ?? (y === undefined || year === undefined ? undefined : yearPeriod(y, year));
    if (period) planning = period === 'plan';
    else if (planning) found.add(s);
  }
  afterPlan.set(doc, found);
  return found;
}

/** A five-year period by name: `“十四五”`. */
const FIVE_YEAR_PLAN = /“十[一二三四五六七八九]?五”/g;
/** A paragraph turning to the years ahead (`今后五年…`); `OPENS_REVIEW` turns to those behind. */
const OPENS_AHEAD = /^[\s\u3000]*(?:(?:今后|未来)五年|今年|明年)/;

const mixedPeriods = new WeakMap<ReportDocument, Map<Paragraph, Period>>();

/**
 * Paragraphs of level-one parts whose title names both what was achieved and what is planned
 * (`二、“十四五”时期发展成就和“十五五”时期主要目标任务`), read in order: one that opens on a period the title
 * names, on the past five years or on the years ahead turns the part to that side; the others go on
 * with the last. The part opens on the side its title names first.
 */
function mixedPartPeriods(doc: ReportDocument): Map<Paragraph, Period> {
  let found = mixedPeriods.get(doc);
  if (found) return found;
  found = new Map();
  let part: Section | undefined;
  let sides: { name: string; period: Period }[] = [];
  let period: Period | undefined;
  for (const p of doc.paragraphs) {
    const top = levelOneOf(p.section);
    if (top !== part) {
      part = top;
      const title = top?.heading.title.text ?? '';
      const review = title.search(REVIEW_HEADING);
      const plan = title.search(PLAN_HEADING);
      // A title summing up work (`今年重点工作总结`) names no plan, whatever work it names.
      period = review === -1 || plan === -1 || PROGRESS_REPORTED.test(title) ? undefined : review < plan ? 'review' : 'plan';
      sides = period ? titleSides(title) : [];
    }
    if (!period) continue;
    if (p.heading) {
      if (p.heading !== top?.heading) period = titleWordsPeriod(p.heading.title.text) ?? period;
      continue;
    }
    const opening = doc.checkable.slice(p.range.start, Math.min(p.range.end, p.range.start + 16));
    const named = sides.find((side) => opening.trimStart().startsWith(side.name));
    period = named?.period ?? (OPENS_REVIEW.test(opening) ? 'review' : OPENS_AHEAD.test(opening) ? 'plan' : period);
    found.set(p, period);
  }
  mixedPeriods.set(doc, found);
  return found;
}

/** Each five-year period a title names, with the side the words after it say (`“十四五”时期发展成就` reviews). */
function titleSides(title: string): { name: string; period: Period }[] {
  const named = matches(FIVE_YEAR_PLAN, title);
  return named.flatMap((m, i) => {
    const words = title.slice(m.index + m[0].length, named[i + 1]?.index ?? title.length);
    const period: Period | undefined = REVIEW_HEADING.test(words) ? 'review' : PLAN_HEADING.test(words) ? 'plan' : undefined;
    return period ? [{ name: m[0], period }] : [];
  });
}

/** A line standing alone as an unnumbered title: short, with no sentence punctuation (`2026年重点工作`), or introducing what follows (`这八件民生实事项目是：`). */
const TITLE_LINE = /^[\s\u3000]*[^\s\u3000，。；：！？,;:!?][^，。；：！？,;:!?]{1,28}[：:]?$/;
/** A line opening on the year or years behind and introducing a list with its colon: `一年来，我们主要抓了以下七个方面的工作：`. */
const REVIEW_INTRODUCED = new RegExp(`${OPENS_REVIEW.source}[^。！？]*[：:][\\s\\u3000]*$`);
/** A line that states a task done or to do (`完成国家下达的…降低任务`), one of a list of targets set one per line: no title. */
const STATES_TASK = /^[\s\u3000]*(?:完成|实现|确保|力争|达到|新增|建成)/;
/** A line stating a figure (`重庆2023年预期目标GDP增长6%以上`): a news headline, which titles the whole text, not a part. */
const STATES_FIGURE = /(?:增长|下降|提高|达到?|突破|超过?)\d|\d(?:\.\d+)?[%％]/;

/** A title line with a motto after its colon (`2025年工作任务：勇创佳绩攀新高`): the words before it. */
const TITLED_HEAD = /^[\s\u3000]*([^\s\u3000，。；：！？,;:!?][^，。；：！？,;:!?]{1,13})[：:][^，。；：！？,;:!?]{2,28}$/;

/** A document's title naming its review and its plan (`2023年工作总结和2024年工作思路`): it dates neither part's paragraphs. */
const BOTH_PARTS = /(?:总结|回顾|情况|成就|成绩|成效)[^，。；]{0,12}(?:和|及|与|暨|、)[^，。；]{0,16}(?:计划|打算|思路|安排|要点|任务)/;

/** A speech's title: `在…会议上的讲话`, `…的致辞`. */
const SPEECH_TITLE = /(?:讲话|发言|致辞|讲话稿)$/;
/** A news title's tag before it (`【直击两会】`). */
const NEWS_TAG = /^[\s\u3000]*【[^】]{1,8}】/;

interface TitleLine {
  start: number;
  period: Period;
}

const titleLinesOf = new WeakMap<ReportDocument, TitleLine[]>();

/**
 * Unnumbered title lines whose words say plan or review (`2026年重点工作`, `过去五年工作回顾`, `2025年工作任务：…`),
 * in document order: some reports head their parts so and number only the sections within.
 */
function titleLines(doc: ReportDocument): TitleLine[] {
  let lines = titleLinesOf.get(doc);
  if (!lines) {
    lines = [];
    for (const p of doc.paragraphs) {
      if (p.heading || p.range.end - p.range.start > 40) continue;
      const text = doc.checkable.slice(p.range.start, p.range.end).replace(NEWS_TAG, '');
      const head = TITLE_LINE.test(text) ? (STATES_TASK.test(text) || STATES_FIGURE.test(text) ? undefined : text) : text.includes('：') || text.includes(':') ? TITLED_HEAD.exec(text)?.[1] : undefined;
      // A speech's title names the meeting (`…工作部署会上的讲话`), not a part that plans or reviews; a title naming both parts neither.
      // A line opening on the year behind that introduces what follows (`一年来，我们主要抓了以下七个方面的工作：`) heads a review.
      const period = REVIEW_INTRODUCED.test(text) ? 'review' : head === undefined || SPEECH_TITLE.test(head) || BOTH_PARTS.test(head) ? undefined : titleWordsPeriod(head);
      if (period) lines.push({ start: p.range.start, period });
    }
    titleLinesOf.set(doc, lines);
  }
  return lines;
}

/**
 * The period of the last title line before the paragraph; level-one parts after it that name no year are its own
 * (`2018年工作安排` then `一、积极主动融入大湾区建设`), one naming a year is left to the year.
 */
function titleLinePeriod(doc: ReportDocument, paragraph: Paragraph): Period | undefined {
  const lines = titleLines(doc);
  const line = lines[firstAtOrAfter(lines, paragraph.range.start, (l) => l.start) - 1];
  if (!line) return undefined;
  const top = levelOneOf(paragraph.section);
  return top && top.heading.range.start > line.start && headingYear(top) ? undefined : line.period;
}

/** A level-one part: not an item of a list in running text (`报告分为三部分：一、…；二、…；`). */
function isLevelOne(section: Section): boolean {
  return section.heading.kind === 'numbered' && section.heading.marker.level === 1 && !isListItem(section);
}

/** The level-one section a section is in (itself, or an ancestor), if any. */
function levelOneOf(section: Section | undefined): Section | undefined {
  let s = section;
  while (s && !isLevelOne(s)) s = s.parent;
  return s;
}
