import { canonicalMarker } from '../parse/markers';
import { siblingRuns } from '../structure';
import type { Rule } from './types';

export const headingLevel: Rule = {
  id: 'heading-level',
  severity: 'warning',
  fixable: false,
  description: {
    zh: '结构层次须逐级递进：一、 → （一） → 1. → （1）',
    en: 'Levels descend one at a time: 一、 → （一） → 1. → （1）',
  },
  check({ doc, report }) {
    for (const { parent, headings } of siblingRuns(doc)) {
      const first = headings[0]!;
      const level = first.marker.level;
      if (parent?.heading.kind === 'numbered') {
        const parentLevel = parent.heading.marker.level;
        if (level <= parentLevel + 1) continue;
        const want = canonicalMarker((parentLevel + 1) as 1 | 2 | 3, 1);
        report({
          start: first.marker.range.start,
          end: first.marker.range.end,
          message: {
            zh: `层级跳跃：“${parent.heading.marker.text}”之下应为“${want}”一级，而非“${first.marker.text}”`,
            en: `Skipped level: under "${parent.heading.marker.text}" expected "${want}", found "${first.marker.text}"`,
          },
        });
        continue;
      }
      // At the top of a scope the first level used is the base; a higher level after it is out of order.
      const siblings = (parent ? parent.children : doc.sections).map((s) => s.heading);
      const higher = siblings.find(
        (h) => h.kind === 'numbered' && h.marker.level < level && h.range.start > first.range.start,
      );
      if (higher?.kind !== 'numbered') continue;
      report({
        start: first.marker.range.start,
        end: first.marker.range.end,
        message: {
          zh: `层级顺序错误：“${first.marker.text}”出现在上一级“${higher.marker.text}”之前`,
          en: `Levels out of order: "${first.marker.text}" comes before the higher level "${higher.marker.text}"`,
        },
      });
    }
  },
};
