import { extractFigures, type Figure } from '../figures';
import { baseUnit, sameAmount, withinRange } from '../figures/compare';
import { AT_LEAST, AT_MOST } from '../figures/normalize';
import type { Paragraph, ReportDocument } from '../model';
import { runBefore, sentenceStarts } from '../text';
import type { Rule } from './types';
import { matches, matchesAfter } from '../matches';
import { CharSet } from '../chars';

// One indicator, one figure: a later mention of the same indicator, period, kind, scope and measure
// with another value. Identity is strict: an indicator counts only where its clause names it, and
// anything the model cannot place (a part, a sub-area, a period it cannot tell) stays quiet.

/** How far back a sentence may start; bounds the scan on long unpunctuated lines. */
const MAX_SENTENCE = 400;

/**
 * An indicator that names one measure: not a comparison base, a year, a change's old value or a part; nor a measure
 * against something else, whose subject the clause before names (`同比增速`, `高出全市`, `超年度任务`, `年度计划投资`).
 */
const WEAK_INDICATOR = /[，,]|^(?:[比较由从是为对在]|[占居][全第首前]|高于|低于|快于|慢于|超过|多于|少于|相当于|高出|超出|同比|环比)|由|从|\d{4}年|分别|其中|^(?:年均)?增速$|^(?:完成|占|超)?年度(?:计划|任务|目标)/;
/** Words before an indicator that do not change what is counted: modal and time words, 实现, 完成. */
const NEUTRAL_LEAD = /^(?:[一二三四五六七八九十]+是|全年|今年|年内|当年|力争|确保|争取|努力|全力|要|将|继续|进一步|再|并|实现|完成|达到)+/;
const MIN_INDICATOR = 4;
const MAX_INDICATOR = 20;

/** A part of a whole or a change's old value (`由A提高到B`). */
const PART = /其中|分别/;
/** `其中：` before a list of parts, one per `；`-item to the full stop: `其中：A类项目36项…；B类项目9项…`. */
const LISTED_PARTS = /其中[：:]/;
/** Marks that end a whole sentence, not a ；-item of it. */
const FULL_STOPS = '。！？';
const isFullStop = (ch: string) => FULL_STOPS.includes(ch) || ch === '\n';
const FULL_STOP = new CharSet(FULL_STOPS);
/** Whether the sentence at `at` goes on from a `；`-item before it, in which a `其中：` may stand. */
const afterSemicolon = (text: string, at: number) => text[at - 1] === '；' || text[at - 1] === ';';
const OLD_VALUE = /由|从/;
const TO_AFTER = /^[^，,。；]{0,12}?(?:到|至)/;
/** A hope above the target (`力争` in the figure's clause), not the target: never at odds with it. */
const AIM = /力争|争取/;
/** What items counted did, measured by a value: `33个` `重点项目完成投资` `89.9亿元`. */
const COUNTED_SUBJECT = '[^，。；、,;\\d]{0,12}?(?:完成|实现|累计|带动)[^，。；、,;\\d]{0,8}';
const COUNTED_SUBJECT_AFTER = new RegExp(`^${COUNTED_SUBJECT}\\d`);
const COUNTED_SUBJECT_BEFORE = new RegExp(`\\d+(?:个|项|家|批)${COUNTED_SUBJECT}$`);
/** A sentence or `；`-item about items it opens by counting (`110项市重点项目累计完成投资…，超序时进度10.95个百分点`): all its values are theirs. */
const COUNTED_ITEMS_OPENING = /^[\s\u3000]*\d+(?:个|项|家|批)/;
/** One of several values for one indicator (`下降5.6%和4%`): which one the indicator takes is unclear. */
const VALUE_LIST_AFTER = /^(?:以上|以下|左右|以内)?[、和及与]\s*[\dX]/;
const VALUE_LIST_BEFORE = /[\d%][、和及与]\s*$/;

const BOUND_WORDS = /(?:不低于|不少于|不超过|不高于|超过|高于|低于|突破|约|近|达到?|为|了|分别|均|都|同比|再)+$/;
const UP = /(?:增长|增加|提高|提升|扩大|上升|增)$/;
const DOWN = /(?:下降|降低|减少|压减|压降|缩小|回落|减)$/;
/** Verbs of new things: `新建学校5所` counts an increment, not the stock `学校达到120所`. */
const INCREMENT = /新增|新建|新开工|新开通|新改建|改扩建|新培育|新引进|新认定|新发展|建成|改造|累计/;

/** Period words in a title or a figure: a year, a five-year plan, five years of review. */
const PERIOD_TOKEN = /\d{4}(?=年)|十[一二三四五六七八九]五|五年/g;
/** A sentence that opens with a period: `这五年，`, `“十四五”时期是…`, `2025年，`, `刚刚过去的2025年，`. */
const PERIOD_OPENING = /[\s\u3000]*(?:(?:这|近|过去)五年|“?十[一二三四五六七八九]五”?(?:时期|期间)|(?:(?:刚刚)?过去的)?\d{4}年(?![\d月]))/y;
/** Where a sentence or a `；`-item opens: at the text's start and after these. */
const OPENING_AFTER = new CharSet('。！？；');
/** A county, city or town: a section about it speaks of that place only. */
const PLACE = /[\u4e00-\u9fff]{2,5}(?<![城都超股夜集全我本各该强大态])(?:省|市|县|州|盟|旗|镇|乡)(?![场民委级直属域容貌政村帜])/;

interface Context {
  /** The nearest title stating a period: its token, `?` when it states several, `` when none does. */
  period: string;
  /** The nearest title naming a place, `` when none does. */
  scope: string;
}

function sectionContext(path: string): Context {
  const titles = path.split(' / ');
  let period = '';
  let scope = '';
  for (let i = titles.length - 1; i >= 0; i--) {
    const title = titles[i]!;
    if (!period) {
      const tokens = new Set(title.match(PERIOD_TOKEN));
      if (tokens.size > 0) period = tokens.size === 1 ? [...tokens][0]! : '?';
    }
    if (!scope && PLACE.test(title)) scope = title;
  }
  return { period, scope };
}

/** What a paragraph has said of the figures in it so far. */
interface ParagraphContext {
  /** The period its sentences have opened with so far, undefined when none has. */
  period: string | undefined;
  /** The part of the place it opens with as its subject (`泉山经济开发区当好…`), `` when none. */
  part: string;
}

/** Outside every paragraph: nothing said. */
const OUTSIDE: Readonly<ParagraphContext> = { period: undefined, part: '' };

/** A part of the place: a zone, a park, a town or a street (not `全区`, `我县`). */
const PLACE_PART = '(?![全我本该各])([\\u4e00-\\u9fff]{2,10}?(?:开发区|高新区|经开区|港务区|新区|发展区|园区|产业园|镇|乡|街道))';
/** A part opening a paragraph as its subject: `泉山经济开发区当好…`. */
const PART_OPENING = new RegExp(`^[\\s\\u3000]*${PLACE_PART}(?=[\\u4e00-\\u9fff“])`);
/** A place with a zone it reports together with: `平房区(哈经开区)`. */
const PLACE_WITH_ZONE = '([\\u4e00-\\u9fff]{2,8}[区县市旗][（(][\\u4e00-\\u9fff]{2,12}[）)])';
/**
 * A sentence about a part, opening with building it (`集中力量建设先行发展区，实施项目58个…`), or about a place and a zone
 * together (`预计2018年平房区(哈经开区)地区生产总值…`): its figures are of that scope.
 */
const PART_SENTENCE = new RegExp(
  `[\\s\\u3000]*(?:(?:集中力量|全力|着力|加快)?(?:建设|推进|打造)${PLACE_PART}[，,]|(?:预计)?(?:\\d{4}年)?${PLACE_WITH_ZONE})`,
  'y',
);

/**
 * What each paragraph has said so far: the period its sentences opened with (`这五年，…`, `“十四五”时期是…`,
 * `2025年，…`), which holds for the sentences after it, and the part of the place it is about. Read in document
 * order, a pointer into the paragraphs and into each one's openings, so the whole document is read once.
 */
function paragraphContexts(doc: ReportDocument): (at: number) => ParagraphContext {
  let index = 0;
  let openings: RegExpMatchArray[] = [];
  let next = 0;
  /** Sentences about a part, with where each ends, in order; `nextPart` is the first not yet passed. */
  let partSentences: { part: string; start: number; end: number }[] = [];
  let nextPart = 0;
  let context: ParagraphContext = { ...OUTSIDE };
  let paragraphPart = '';
  let current: Paragraph | undefined;
  return (at) => {
    const paragraphs = doc.paragraphs;
    while (index < paragraphs.length && paragraphs[index]!.range.end < at) index++;
    const p = paragraphs[index];
    if (!p || p.range.start > at) return OUTSIDE;
    if (p !== current) {
      current = p;
      const text = doc.text.slice(p.range.start, p.range.end);
      openings = matchesAfter(PERIOD_OPENING, text, OPENING_AFTER);
      next = 0;
      paragraphPart = PART_OPENING.exec(text)?.[1] ?? '';
      partSentences = matchesAfter(PART_SENTENCE, text, FULL_STOP).map((m) => ({ part: (m[1] ?? m[2])!, start: p.range.start + m.index, end: p.range.start + FULL_STOP.indexOrEnd(text, m.index) }));
      nextPart = 0;
      context = { period: undefined, part: paragraphPart };
    }
    for (; next < openings.length && p.range.start + (openings[next]!.index ?? 0) < at; next++) {
      context.period = openings[next]![0].match(PERIOD_TOKEN)?.[0];
    }
    while (nextPart < partSentences.length && partSentences[nextPart]!.end <= at) nextPart++;
    const sentence = partSentences[nextPart];
    context.part = sentence && sentence.start < at ? sentence.part : paragraphPart;
    return context;
  };
}

/**
 * The period a figure speaks of: its sentence's words (`到2030年`, `年均`; `今年` and `全年` mean the
 * section's), else what its paragraph has said so far, else its section title's; undefined when unclear.
 */
function periodOf(f: Figure, paragraph: string | undefined, section: Context): string | undefined {
  const own = f.period?.match(PERIOD_TOKEN)?.[0];
  const period = own ?? (f.period === undefined ? paragraph : undefined) ?? section.period;
  if (period === '?') return undefined;
  return f.period === '年均' ? `年均${period}` : period;
}

/** Level, increment (`新增`) or change (`增长`, `下降`): three measures of one indicator. */
function measureOf(before: string): string {
  const verb = before.replace(BOUND_WORDS, '');
  if (UP.test(verb)) return 'up';
  if (DOWN.test(verb)) return 'down';
  const increment = INCREMENT.exec(before);
  return increment ? increment[0] : 'level';
}

interface Mention {
  figure: Figure;
  sentence: number;
  aim: boolean;
}

/** The last figure whose clause names its indicator (or that takes it from one before in its sentence). */
interface Named {
  indicator: string;
  sentence: number;
}

/**
 * The identity of what a figure measures, or undefined when the figure is not a clear statement of
 * one. The indicator must be named in the figure's clause, or in the clause before it in the same
 * sentence (`地区生产总值增长7.5%，达到309亿元`).
 */
function keyOf(
  doc: ReportDocument,
  f: Figure,
  sentence: number,
  paragraph: ParagraphContext,
  contexts: Map<string, Context>,
): { key: string; mention: Mention } | undefined {
  const indicator = f.indicator;
  if (indicator.length < MIN_INDICATOR || indicator.length > MAX_INDICATOR || WEAK_INDICATOR.test(indicator)) return undefined;
  const prefix = doc.text.slice(sentence, f.valueRange.start);
  if (PART.test(prefix) || (afterSemicolon(doc.text, sentence) && LISTED_PARTS.test(runBefore(doc.text, sentence, isFullStop, MAX_SENTENCE)))) return undefined;
  const clause = prefix.slice(lastClauseBreak(prefix) + 1);
  const clauseAfter = doc.text.slice(f.valueRange.end, f.valueRange.end + 40);
  if (OLD_VALUE.test(clause) && TO_AFTER.test(clauseAfter)) return undefined;
  if (VALUE_LIST_AFTER.test(clauseAfter) || VALUE_LIST_BEFORE.test(prefix)) return undefined;
  // A statement about items counted (`33个重点项目完成投资89.9亿元`): the count says which items, the value is theirs; another
  // count in another sentence is another set of items.
  if ((f.dimension === 'count' && COUNTED_SUBJECT_AFTER.test(clauseAfter)) || COUNTED_SUBJECT_BEFORE.test(clause) || COUNTED_ITEMS_OPENING.test(prefix)) return undefined;
  let section = contexts.get(f.section);
  if (!section) contexts.set(f.section, (section = sectionContext(f.section)));
  const period = periodOf(f, paragraph.period, section);
  if (period === undefined) return undefined;
  const before = doc.text.slice(f.range.start, f.valueRange.start);
  const measure = measureOf(before);
  // A verb before the indicator says what is counted: `实施亿元以上项目2000个` is not `亿元以上项目达到1000个`.
  const lead = Math.min(Math.max(0, f.text.indexOf(indicator)), f.valueRange.start - f.range.start);
  const verb = f.text.slice(0, lead).replace(NEUTRAL_LEAD, '');
  const key = [f.kind, verb, indicator, measure, baseUnit(f.unit).unit, period, section.scope, paragraph.part].join('\u0000');
  return { key, mention: { figure: f, sentence, aim: AIM.test(clause) } };
}

const CLAUSE_BREAKS = ['，', ',', '：', ':'];

function lastClauseBreak(s: string): number {
  let last = -1;
  for (const c of CLAUSE_BREAKS) last = Math.max(last, s.lastIndexOf(c));
  return last;
}

/** A bound the other value keeps: `5%以上` and `5.5%`. */
function keepsBound(bound: Figure, value: Figure): boolean {
  const c = bound.comparator ?? '';
  if (value.comparator !== undefined && value.comparator !== '左右') return false;
  if (AT_LEAST.has(c)) return value.amount! >= bound.amount!;
  if (AT_MOST.has(c)) return (value.upper ?? value.amount!) <= bound.amount!;
  return false;
}

/** Both can be true together: the same amount (after units and rounding), a range holding the value, a bound kept. */
function compatible(a: Mention, b: Mention): boolean {
  if (a.aim !== b.aim) return true;
  const x = a.figure;
  const y = b.figure;
  const same = sameAmount(x, y);
  if (same !== false) return true;
  return withinRange(x, y) || withinRange(y, x) || keepsBound(x, y) || keepsBound(y, x);
}

function quote(f: Figure): string {
  return f.text.length > 40 ? `${f.text.slice(0, 39)}…` : f.text;
}

export const figureMismatch: Rule = {
  id: 'figure-mismatch',
  title: { zh: '同一指标数值不一', en: 'Figure mismatch' },
  severity: 'warning',
  fixable: false,
  consistency: true,
  description: {
    zh: '同一指标、同一时期、同一口径的数值在文中前后不一致（一个指标一个数）',
    en: 'The same indicator, for the same period, kind and scope, is stated with different values',
  },
  check(ctx) {
    const contexts = new Map<string, Context>();
    const first = new Map<string, Mention>();
    let named: Named | undefined;
    const paragraphContext = paragraphContexts(ctx.doc);
    const sentenceStart = sentenceStarts(ctx.doc.text, MAX_SENTENCE);
    for (const f of extractFigures(ctx.doc)) {
      if (f.kind === 'other' || f.amount === undefined) {
        named = undefined;
        continue;
      }
      const sentence = sentenceStart(f.range.start);
      const isNamed = f.text.includes(f.indicator) || (named?.indicator === f.indicator && named.sentence === sentence);
      named = isNamed ? { indicator: f.indicator, sentence } : undefined;
      const found = isNamed ? keyOf(ctx.doc, f, sentence, paragraphContext(f.valueRange.start), contexts) : undefined;
      if (!found) continue;
      const earlier = first.get(found.key);
      if (!earlier) {
        first.set(found.key, found.mention);
        continue;
      }
      // Two values in one sentence are a statement with its own logic (`6%以上，力争7%`), not a restatement.
      if (earlier.sentence === found.mention.sentence || compatible(earlier, found.mention)) continue;
      const e = earlier.figure;
      const line = e.range.startLine + 1;
      ctx.report({
        start: f.range.start,
        end: f.range.end,
        message: {
          zh: `“${f.indicator}”前后数值不一致：此处为“${quote(f)}”，第${line}行为“${quote(e)}”`,
          en: `"${f.indicator}" is stated with another value: "${quote(f)}" here, "${quote(e)}" on line ${line}`,
        },
        related: [
          {
            start: e.range.start,
            end: e.range.end,
            message: { zh: `此前的提法：“${quote(e)}”`, en: `Earlier mention: "${quote(e)}"` },
          },
        ],
      });
    }
  },
};
