import { canonicalMarker } from '../parse/markers';
import { siblingRuns } from '../structure';
import type { Rule } from './types';

export const headingSingleton: Rule = {
  id: 'heading-singleton',
  title: { zh: '单独的下级标题', en: 'Lone subheading' },
  severity: 'info',
  fixable: false,
  description: {
    zh: '某一层级只有一个标题（有“（一）”而无“（二）”）',
    en: 'A level with one heading only (a （一） with no （二）)',
  },
  check({ doc, report }) {
    for (const { headings, run } of siblingRuns(doc)) {
      // Numbers that run on through the text may leave one heading under a parent.
      if (headings.length !== 1 || (run.continuous && run.headings.length > 1)) continue;
      const { marker } = headings[0]!;
      // The sibling missing: the second, or for a lone later one (`二、` alone) the first.
      const sibling = canonicalMarker(marker.level, marker.number === 1 ? 2 : 1);
      report({
        start: marker.range.start,
        end: marker.range.end,
        message: {
          zh: `本层级只有“${marker.text}”，没有“${sibling}”`,
          en: `"${marker.text}" has no sibling "${sibling}"`,
        },
      });
    }
  },
};
