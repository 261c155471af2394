import type { Heading } from '../model';
import type { Rule } from './types';

/** What a heading's `#` depth should line up with: the marker level, or the division kind. */
function key(h: Heading): string | undefined {
  if (h.kind === 'numbered') return 'level';
  if (h.kind === 'division') return h.division;
  return undefined;
}

function expectedOffset(h: Heading): number {
  return h.kind === 'numbered' ? h.marker.level : 0;
}

export const markdownHeadingDepth: Rule = {
  id: 'markdown-heading-depth',
  title: { zh: 'Markdown 标题级数', en: 'Markdown heading depth' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: 'Markdown 标题的 # 级数须与中文序号层级一致（如 ## 一、 与 ### （一））',
    en: 'Markdown `#` depth agrees with the Chinese marker level (e.g. ## 一、 and ### （一）)',
  },
  check({ doc, report }) {
    // The first heading of each kind fixes the depth offset; later ones must agree with it.
    const offsets = new Map<string, number>();
    for (const h of doc.headings) {
      const k = key(h);
      if (k === undefined || h.markdownDepth === undefined) continue;
      const offset = h.markdownDepth - expectedOffset(h);
      const established = offsets.get(k);
      if (established === undefined) {
        offsets.set(k, offset);
        continue;
      }
      if (established === offset) continue;
      const want = established + expectedOffset(h);
      if (want < 1 || want > 6) continue;
      const lineStart = doc.lines.lineStart(h.range.startLine);
      const hashes = /^[ \t]*(#+)/.exec(doc.text.slice(lineStart, h.range.start));
      const found = '#'.repeat(h.markdownDepth);
      const expected = '#'.repeat(want);
      report({
        start: h.range.start,
        end: h.range.end,
        message: {
          zh: `标题级数应为“${expected}”，而非“${found}”（与同级标题不一致）`,
          en: `Unexpected "${found}", expected "${expected}" (as for other headings of this level)`,
        },
        ...(hashes
          ? { fix: [{ start: lineStart + hashes.index + hashes[0].length - hashes[1]!.length, end: lineStart + hashes[0].length, text: expected }] }
          : {}),
      });
    }
  },
};
