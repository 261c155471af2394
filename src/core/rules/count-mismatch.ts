import type { Enumeration, Paragraph, ReportDocument, Section } from '../model';
import { parseChineseNumeral } from '../numerals';
import type { Rule, RuleContext } from './types';
import { matches, matchesNotAfter } from '../matches';
import { CharSet, WHITE_SPACE_RANGES } from '../chars';
import { firstAtOrAfter } from '../bounds';

// Not after 第 or inside a larger numeral: 第三个, 第一百二十九条 are ordinals.
const NOT_BEFORE_COUNT_CHARS = '第一二三四五六七八九十两百千万零〇';
const NUM = `(?<![${NOT_BEFORE_COUNT_CHARS}\\d])([一二三四五六七八九十两]{1,3}|\\d{1,2})`;
/** A promise of items to come: 讲三点意见： / 重点做好以下六方面工作： / 主要有三个方面：一是… */
// The look-ahead names the first character, so the engine skips ahead instead of trying the look-behind everywhere.
const FORWARD = new RegExp(`(?=[一二三四五六七八九十两\\d])${NUM}(?:个|大|项|点|条|件|方面)[^，。；：:！？,;!?]{0,12}[：:]`, 'g');
/** A count closing a 、-list: 工业、建筑业、文化旅游业三大主导产业 (digits with 个 are quantities). */
const BACKWARD = /([一二三四五六七八九十两]{1,2})(?:大|方面|类|种)/g;
const NOT_BEFORE_COUNT = new Set(`${NOT_BEFORE_COUNT_CHARS}0123456789`);
/** The last item of a real list is a short noun phrase, not a clause (…先后入选全国年度十大…). */
const MAX_LAST_ITEM = 6;
/** How far back a 、-list may start; bounds the work on long unpunctuated lines. */
const MAX_LIST = 100;
/** Clause breaks, half-width ones too (drafts copied from the web are typed with `,` `;`). */
const CLAUSE_BREAK = new CharSet('，。；：:！？“”‘’（）《》,;!?()', WHITE_SPACE_RANGES);

function parseCount(s: string): number | undefined {
  if (s === '两') return 2;
  return /\d/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** What follows each paragraph, indexed once per document so each stated count is answered in O(1). */
interface Following {
  /** Size of the run of same-level numbered headings opening right after the paragraph. */
  headings: Map<Paragraph, number>;
  /** Items of the leading 一是 run opening in the next paragraph. */
  leading: Map<Paragraph, number>;
  /** Inline enumerations of the paragraph, in order. */
  inline: Map<Paragraph, Enumeration[]>;
}

function indexFollowing(doc: ReportDocument): Following {
  const runFrom = new Map<Section, number>();
  const visit = (list: readonly Section[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      const h = s.heading;
      if (h.kind === 'numbered') {
        const n = list[i + 1]?.heading;
        const same = n?.kind === 'numbered' && n.marker.level === h.marker.level;
        runFrom.set(s, 1 + (same ? runFrom.get(list[i + 1]!)! : 0));
      }
      visit(s.children);
    }
  };
  visit(doc.sections);

  const leadingAt = new Map<Paragraph, number>();
  const inline = new Map<Paragraph, Enumeration[]>();
  for (const e of doc.enumerations) {
    const first = e.items[0]!.paragraph;
    // A run opened inside a paragraph (今后一是…) answers a count stated before it in that paragraph.
    const opensParagraph = e.items[0]!.range.start === first.range.start;
    if (e.placement === 'leading' && opensParagraph) leadingAt.set(first, e.items.length);
    else {
      const list = inline.get(first);
      if (list) list.push(e);
      else inline.set(first, [e]);
    }
  }
  // In text order, for `followingItems` to search (a paragraph's enumerations come style by style).
  for (const list of inline.values()) list.sort((a, b) => a.items[0]!.range.start - b.items[0]!.range.start);

  const headings = new Map<Paragraph, number>();
  const leading = new Map<Paragraph, number>();
  doc.paragraphs.forEach((p, i) => {
    const next = doc.paragraphs[i + 1];
    if (!next) return;
    const run = next.heading?.kind === 'numbered' ? runFrom.get(next.section!) : undefined;
    if (run !== undefined) headings.set(p, run);
    const items = leadingAt.get(next);
    if (items !== undefined) leading.set(p, items);
  });
  return { headings, leading, inline };
}

/** Items of the enumeration that opens after `offset` in the paragraph, or of the leading run that follows it. */
function followingItems(following: Following, paragraph: Paragraph, offset: number): number | undefined {
  const list = following.inline.get(paragraph);
  const inline = list?.[firstAtOrAfter(list, offset + 1, (e) => e.items[0]!.range.start)];
  return inline?.items.length ?? following.leading.get(paragraph);
}

function report(ctx: RuleContext, start: number, end: number, stated: string, actual: number): void {
  ctx.report({
    start,
    end,
    message: {
      zh: `数量不符：写明“${stated}”，实际列出 ${actual} 项`,
      en: `Count mismatch: "${stated}" is stated, ${actual} items follow`,
    },
  });
}

function checkForward(ctx: RuleContext, following: Following, paragraph: Paragraph, text: string): void {
  for (const m of matches(FORWARD, text)) {
    const stated = parseCount(m[1]!);
    if (stated === undefined || stated < 2) continue;
    const start = paragraph.range.start + m.index;
    const end = start + m[0].length;
    const atEnd = text.slice(m.index + m[0].length).trim() === '';
    const actual = followingItems(following, paragraph, end - 1) ?? (atEnd ? following.headings.get(paragraph) : undefined);
    if (actual !== undefined && actual !== stated) report(ctx, start, end - 1, m[0].slice(0, -1), actual);
  }
}

function checkBackward(ctx: RuleContext, paragraph: Paragraph, text: string): void {
  /** The last clause break before the count, and the first at or after it (found as the counts move on). */
  let lastBreak = -1;
  let nextBreak: number | undefined;
  for (const m of matchesNotAfter(BACKWARD, text, NOT_BEFORE_COUNT)) {
    const stated = parseCount(m[1]!);
    // Counts above twelve are ordinals in practice (党的二十大).
    if (stated === undefined || stated < 2 || stated > 12) continue;
    nextBreak ??= CLAUSE_BREAK.indexIn(text);
    while (nextBreak !== -1 && nextBreak < m.index) {
      lastBreak = nextBreak;
      nextBreak = CLAUSE_BREAK.indexIn(text, nextBreak + 1);
    }
    // The list starts after the last clause break before the count, at most MAX_LIST characters back.
    const limit = Math.max(0, m.index - MAX_LIST);
    if (lastBreak + 1 < limit) continue;
    const i = lastBreak + 1;
    const list = text.slice(i, m.index);
    if (!list.includes('、') || /[等和及与]/.test(list)) continue;
    const items = list.split('、');
    if (items[items.length - 1]!.length > MAX_LAST_ITEM) continue;
    const actual = items.length;
    // Far fewer items than the count: the count names a set (扩内需、扩消费六大工程), the list is not its members.
    if (actual === stated || actual < stated - 1) continue;
    const start = paragraph.range.start + i;
    report(ctx, start, paragraph.range.start + m.index + m[0].length, m[0], actual);
  }
}

export const countMismatch: Rule = {
  id: 'count-mismatch',
  title: { zh: '数量与列项不符', en: 'Stated count' },
  severity: 'warning',
  fixable: false,
  consistency: true,
  description: {
    zh: '写明的数量（讲三点意见、以下六方面工作、三大主导产业）与实际列出的项数不符',
    en: 'A stated count (讲三点意见, 以下六方面工作, 三大主导产业) disagrees with the items listed',
  },
  check(ctx) {
    let following: Following | undefined;
    for (const paragraph of ctx.doc.paragraphs) {
      const text = ctx.doc.checkable.slice(paragraph.range.start, paragraph.range.end);
      // Most paragraphs state no count: index what follows only once one does. A promise ends in a colon,
      // and looking for one is far cheaper than trying the pattern at every numeral.
      if ((text.includes('：') || text.includes(':')) && text.search(FORWARD) !== -1) checkForward(ctx, (following ??= indexFollowing(ctx.doc)), paragraph, text);
      checkBackward(ctx, paragraph, text);
    }
  },
};
