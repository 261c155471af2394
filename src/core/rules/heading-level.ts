import type { NumberedHeading, NumberedLevel, Section } from '../model';
import { canonicalMarker } from '../parse/markers';
import { siblingRuns } from '../structure';
import type { Rule } from './types';

export const headingLevel: Rule = {
  id: 'heading-level',
  title: { zh: '层级递进', en: 'Heading levels' },
  severity: 'warning',
  fixable: false,
  description: {
    zh: '结构层次须逐级递进：一、 → （一） → 1. → （1）（全文未使用的层级可以省略）',
    en: 'Levels descend one at a time: 一、 → （一） → 1. → （1） (a level the document never uses may be left out)',
  },
  check({ doc, report }) {
    let after: Map<NumberedHeading, NumberedHeading[]> | undefined;
    for (const { parent, headings, run } of siblingRuns(doc)) {
      const first = headings[0]!;
      const level = first.marker.level;
      if (parent?.heading.kind === 'numbered') {
        const parentLevel = parent.heading.marker.level;
        // A level the document never uses may be left out (一、 → （1）); skipping one it uses elsewhere is inconsistent.
        const next = Math.min(...[...run.levels].filter((l) => l > parentLevel));
        if (level <= next) continue;
        const want = canonicalMarker(next as NumberedLevel, 1);
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
      const higher = (after ??= higherAfter(doc.sections)).get(first)?.find((h) => h.marker.level < level);
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

/**
 * For each numbered heading, the nearest later sibling of each level, nearest first: one sweep
 * per parent instead of a scan of the siblings per run.
 */
function higherAfter(top: readonly Section[]): Map<NumberedHeading, NumberedHeading[]> {
  const result = new Map<NumberedHeading, NumberedHeading[]>();
  const visit = (children: readonly Section[]) => {
    const nearest = new Map<number, NumberedHeading>();
    for (let i = children.length - 1; i >= 0; i--) {
      const h = children[i]!.heading;
      visit(children[i]!.children);
      if (h.kind !== 'numbered') continue;
      result.set(h, [...nearest.values()].sort((a, b) => a.range.start - b.range.start));
      nearest.set(h.marker.level, h);
    }
  };
  visit(top);
  return result;
}
