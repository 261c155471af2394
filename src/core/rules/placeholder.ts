import type { Rule } from './types';

export const placeholder: Rule = {
  id: 'placeholder',
  title: { zh: '未填占位符', en: 'Unfilled placeholder' },
  severity: 'info',
  fixable: false,
  description: {
    zh: '未填写的占位符：XX、XXX、X书记、××、某某、□、○○、数值位置的 *、【待补充】、待定、TODO 等',
    en: 'Unfilled placeholders: XX, XXX, X书记, ××, 某某, □, ○○, * where a value goes, 【待补充】, 待定, TODO…',
  },
  check({ doc, report }) {
    for (const p of doc.placeholders) {
      report({
        start: p.range.start,
        end: p.range.end,
        message: { zh: `未填写的占位符“${p.text}”`, en: `Unfilled placeholder "${p.text}"` },
      });
    }
  },
};
