import type { Marker, NumberedHeading } from '../model';
import type { Rule } from './types';
import { unexpected } from './message';

/** `1．`: the 下脚点 of `1.` in its full-width form. */
const fullWidthPoint = (m: Marker) => m.canonical.includes('.') && m.text === m.canonical.replace('.', '．');

/** Levels whose every marker takes the full-width point: the document's own convention, not a defect. */
function fullWidthPointLevels(headings: readonly NumberedHeading[]): Set<number> {
  const levels = new Set(headings.filter((h) => fullWidthPoint(h.marker)).map((h) => h.marker.level));
  for (const h of headings) if (!fullWidthPoint(h.marker)) levels.delete(h.marker.level);
  return levels;
}

export const headingForm: Rule = {
  id: 'heading-form',
  title: { zh: '序号写法', en: 'Marker form' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '结构层次序号的写法须符合 GB/T 9704：一、 （一） 1. （1）',
    en: 'Structure markers take the GB/T 9704 forms: 一、 （一） 1. （1）',
  },
  check({ doc, report }) {
    const numbered = doc.headings.filter((h): h is NumberedHeading => h.kind === 'numbered');
    const ownConvention = fullWidthPointLevels(numbered);
    for (const { marker } of numbered) {
      if (marker.text === marker.canonical || ownConvention.has(marker.level)) continue;
      report({
        start: marker.range.start,
        end: marker.range.end,
        message: unexpected(marker.text, marker.canonical, '序号格式错误：', 'Malformed marker: '),
        fix: [{ start: marker.range.start, end: marker.range.end, text: marker.canonical }],
      });
    }
  },
};
