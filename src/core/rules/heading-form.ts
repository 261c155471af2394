import type { Rule } from './types';
import { unexpected } from './message';

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
    for (const heading of doc.headings) {
      if (heading.kind !== 'numbered') continue;
      const { marker } = heading;
      if (marker.text === marker.canonical) continue;
      report({
        start: marker.range.start,
        end: marker.range.end,
        message: unexpected(marker.text, marker.canonical, '序号格式错误：', 'Malformed marker: '),
        fix: [{ start: marker.range.start, end: marker.range.end, text: marker.canonical }],
      });
    }
  },
};
