import type { Lang, Message } from './types';

/** Short rule names for menus and lists (ids stay machine names: config keys and diagnostic codes). */
export const RULE_TITLES: Record<string, Message> = {
  'heading-form': { zh: '序号写法', en: 'Marker form' },
  'heading-sequence': { zh: '序号连续', en: 'Marker sequence' },
  'heading-level': { zh: '层级递进', en: 'Heading levels' },
  'heading-singleton': { zh: '单独的下级标题', en: 'Lone subheading' },
  'enum-sequence': { zh: '一是、二是的顺序', en: 'Enumeration order' },
  placeholder: { zh: '未填占位符', en: 'Unfilled placeholder' },
  'count-mismatch': { zh: '数量与列项不符', en: 'Stated count' },
  'respectively-mismatch': { zh: '“分别”前后不对应', en: '分别 mismatch' },
  'punctuation-width': { zh: '全角标点', en: 'Full-width punctuation' },
  'paired-marks': { zh: '成对标点', en: 'Paired marks' },
  'repeated-punctuation': { zh: '重复标点', en: 'Doubled punctuation' },
  'number-range': { zh: '数值范围', en: 'Numeric range' },
  'fullwidth-digits': { zh: '半角数字', en: 'Half-width digits' },
  terminology: { zh: '规范用词', en: 'Terminology' },
  'markdown-heading-depth': { zh: 'Markdown 标题级数', en: 'Markdown heading depth' },
};

/** The rule's title in `lang`; the id for a rule without one. */
export function ruleTitle(id: string, lang: Lang): string {
  return RULE_TITLES[id]?.[lang] ?? id;
}
