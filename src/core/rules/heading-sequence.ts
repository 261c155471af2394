import { siblingRuns } from '../structure';
import type { Message, Rule } from './types';
import { canonicalMarker } from '../parse/markers';
import { unexpected } from './message';

const REASONS: Record<'restart' | 'duplicate' | 'gap' | 'order', Message> = {
  restart: { zh: '序号未在新的上级标题下重新开始：', en: 'Numbering does not restart under a new parent: ' },
  duplicate: { zh: '序号重复：', en: 'Duplicate number: ' },
  gap: { zh: '序号不连续：', en: 'Gap in numbering: ' },
  order: { zh: '序号顺序错误：', en: 'Numbering out of order: ' },
};

export const headingSequence: Rule = {
  id: 'heading-sequence',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '同级序号须连续，并在每个上级标题下从一开始',
    en: 'Sibling markers are consecutive and restart under each parent',
  },
  check({ doc, report }) {
    for (const { headings } of siblingRuns(doc)) {
      headings.forEach((h, i) => {
        const { marker } = h;
        const expected = i + 1;
        if (marker.number === expected) return;
        const previous = i > 0 ? headings[i - 1]!.marker.number : 0;
        const reason =
          i === 0 ? 'restart' : marker.number === previous ? 'duplicate' : marker.number > expected ? 'gap' : 'order';
        const want = canonicalMarker(marker.level, expected);
        const message = unexpected(marker.text, want, REASONS[reason].zh, REASONS[reason].en);
        report({
          start: marker.range.start,
          end: marker.range.end,
          message,
          fix: [{ start: marker.range.start, end: marker.range.end, text: want }],
        });
      });
    }
  },
};
