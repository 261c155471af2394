import type { Enumeration, EnumerationItem, EnumerationStyle } from '../model';
import { formatChineseNumeral } from '../numerals';
import type { RuleContext, Rule } from './types';
import { unexpected } from './message';

const STYLE_NAMES: Record<EnumerationStyle, string> = { shi: '一是', di: '第一', order: '首先' };

function numberedText(style: 'shi' | 'di', n: number): string {
  return style === 'shi' ? `${formatChineseNumeral(n)}是` : `第${formatChineseNumeral(n)}`;
}

function checkNumbered(e: Enumeration & { style: 'shi' | 'di' }, ctx: RuleContext): void {
  e.items.forEach((item, i) => {
    if (item.ordinal === i + 1) return;
    const want = numberedText(e.style, i + 1);
    ctx.report({
      start: item.range.start,
      end: item.range.end,
      message: unexpected(item.text, want, '列举顺序错误：', 'Enumeration out of order: '),
      fix: [{ start: item.range.start, end: item.range.end, text: want }],
    });
  });
}

/** 首先 opens, 最后 closes, 其次/再次 stand between. */
function checkOrderWords(e: Enumeration, ctx: RuleContext): void {
  const last = e.items.length - 1;
  e.items.forEach((item, i) => {
    const misplaced = (item.ordinal === 1 && i !== 0) || (item.ordinal === Number.POSITIVE_INFINITY && i !== last);
    if (!misplaced) return;
    ctx.report({
      start: item.range.start,
      end: item.range.end,
      message: {
        zh: `列举顺序错误：“${item.text}”位置不当`,
        en: `Enumeration out of order: "${item.text}" is misplaced`,
      },
    });
  });
}

function checkMixing(enumerations: Enumeration[], ctx: RuleContext): void {
  const firstStyle = new Map<EnumerationItem['paragraph'], Enumeration>();
  for (const e of enumerations) {
    if (e.placement !== 'inline') continue;
    const paragraph = e.items[0]!.paragraph;
    const seen = firstStyle.get(paragraph);
    // Lists of one style after lead-ins of their own (`“两增”：一是…。“三突破”：一是…`) mix nothing.
    if (!seen || seen.style === e.style) {
      if (!seen) firstStyle.set(paragraph, e);
      continue;
    }
    const item = e.items[0]!;
    ctx.report({
      start: item.range.start,
      end: item.range.end,
      message: {
        zh: `同一段落混用“${STYLE_NAMES[seen.style]}”与“${STYLE_NAMES[e.style]}”两种列举方式`,
        en: `Mixed enumeration styles in one paragraph: "${STYLE_NAMES[seen.style]}" and "${STYLE_NAMES[e.style]}"`,
      },
    });
  }
}

export const enumSequence: Rule = {
  id: 'enum-sequence',
  title: { zh: '一是、二是的顺序', en: 'Enumeration order' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '一是/二是、第一/第二、首先/其次/最后须依次排列，同一段落不混用',
    en: '一是/二是, 第一/第二 and 首先/其次/最后 run in order and are not mixed in one paragraph',
  },
  check(ctx) {
    const { enumerations } = ctx.doc;
    for (const e of enumerations) {
      if (e.style === 'order') checkOrderWords(e, ctx);
      else checkNumbered(e as Enumeration & { style: 'shi' | 'di' }, ctx);
    }
    checkMixing(enumerations, ctx);
  },
};
