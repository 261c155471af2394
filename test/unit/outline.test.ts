import assert from 'node:assert/strict';
import { extractOutline } from '../../src/core/outline';
import { parseReport } from '../../src/core/parse';
import { corpus, SAMPLE } from './helpers';

describe('extractOutline', () => {
  const { text } = corpus(SAMPLE);
  const outline = extractOutline(parseReport(text, { format: 'text' }));
  const project = (name: string) => outline.projects.find((p) => p.name === name);

  it('lists the projects of the plan with investment, status and line', () => {
    assert.deepEqual(
      ['凤宝管业清洁煤制气', '光远六期', '致远二期', '高端电子材料产业园'].map((name) => {
        const p = project(name)!;
        return [p.name, p.investment, p.status, p.range.startLine + 1];
      }),
      [
        ['凤宝管业清洁煤制气', 'XX亿元', '竣工投产', 44],
        ['光远六期', 'XX亿元', '竣工投产', 44],
        ['致远二期', 'XX亿元', '完成主要设备安装', 44],
        ['高端电子材料产业园', 'XX亿元', '开工建设', 44],
      ],
    );
    assert.equal(project('餐厨垃圾协同处置项目')?.investment, 'XXX万元');
    assert.equal(project('凤宝热扩车桥')?.status, '竣工投产');
    // Ranges cover exactly the name in the text.
    for (const p of outline.projects) assert.equal(text.slice(p.range.start, p.range.end), p.name);
    // Counts are not names.
    assert.equal(outline.projects.some((p) => /^[\dX]+个/.test(p.name)), false);
  });

  it('keeps goals (plan part) apart from achievements (review part)', () => {
    const goalTexts = outline.goals.map((g) => g.text);
    assert.ok(goalTexts.includes('生产总值增长XX%'));
    assert.ok(goalTexts.includes('力争新增高新技术企业10家'));
    assert.ok(outline.goals.every((g) => g.section.startsWith('四、2022年工作安排')));
    const achievementTexts = outline.achievements.map((a) => a.text);
    // A clause that only continues the previous figure joins it.
    assert.ok(achievementTexts.includes('全市生产总值XXX亿元，增长XX%'));
    assert.ok(!achievementTexts.includes('增长XX%'));
    assert.ok(outline.achievements.every((a) => a.section.startsWith('一、2021年工作回顾')));
    assert.ok(!goalTexts.some((g) => g.startsWith('全市生产总值')));
  });

  it('mirrors the section tree', () => {
    assert.deepEqual(outline.sections.map((s) => s.marker + s.title), [
      '一、2021年工作回顾',
      '二、正视存在问题',
      '三、科学研判形势',
      '四、2022年工作安排',
    ]);
    assert.equal(outline.sections[3]!.children.length, 6);
  });
});
