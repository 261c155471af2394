// The editor keeps an AnalysisMemo per open document: analyses with it must equal analyses without it,
// edit after edit, and it must hold one version of the text, not every version ever typed.
import assert from 'node:assert/strict';
import { AnalysisMemo, lint } from '../../src/core/lint';
import { extractOutline } from '../../src/core/outline';
import { corpus } from './helpers';

/** Edits a writer makes: change a figure, add a sentence, delete a paragraph. */
function edits(text: string): string[] {
  const digit = text.search(/\d/);
  const paragraph = text.indexOf('\n', text.length >> 1);
  return [
    text.slice(0, digit) + '9' + text.slice(digit + 1),
    `${text.slice(0, paragraph)}全年新增城镇就业1.5万人，城镇调查失业率5.5%左右。${text.slice(paragraph)}`,
    text.slice(0, paragraph) + text.slice(text.indexOf('\n', paragraph + 1)),
  ];
}

describe('analysis memo', () => {
  for (const name of ['09_zhejiang_2026_gwr.txt', 'county-2022-three-level-cadre-meeting-speech.txt']) {
    it(`gives the same findings and outline as a fresh analysis, edit after edit: ${name}`, () => {
      const { text, format } = corpus(name);
      const memo = new AnalysisMemo();
      for (const version of [text, ...edits(text), text]) {
        const fresh = lint(version, { format });
        const kept = lint(version, { format, memo });
        assert.deepEqual(kept.findings, fresh.findings);
        assert.deepEqual(extractOutline(kept.doc), extractOutline(fresh.doc));
      }
    });
  }

  it('reads one sentence as a result in the review and as a target in the plan', () => {
    const text = ['一、2025年工作回顾', '地区生产总值增长6%。', '二、2026年工作安排', '地区生产总值增长6%。'].join('\n');
    const memo = new AnalysisMemo();
    for (let i = 0; i < 2; i++) {
      const { achievements, goals } = extractOutline(lint(text, { format: 'text', memo }).doc);
      assert.deepEqual([achievements.length, goals.length], [1, 1]);
    }
  });

  it('keeps the paragraphs of the last analysis only', () => {
    const { text, format } = corpus('09_zhejiang_2026_gwr.txt');
    const memo = new AnalysisMemo();
    const { doc } = lint(text, { format, memo });
    const size = [memo.figures.size, memo.reports.size];
    // Every paragraph's reports (one entry per distinct text), and the figures of those that hold any.
    assert.equal(size[1], new Set(doc.paragraphs.map((p) => p.text)).size);
    assert.ok(size[0]! > 50 && size[0]! < size[1]!, `${size[0]} paragraphs with figures kept`);
    for (const version of edits(text)) lint(version, { format, memo });
    lint(text, { format, memo });
    assert.deepEqual([memo.figures.size, memo.reports.size], size);
  });
});
