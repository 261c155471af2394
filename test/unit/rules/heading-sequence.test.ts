import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const { spans, fixed } = ruleHarness('heading-sequence');

describe('rule: heading-sequence', () => {
  // Headings of the Shanxi 2026 report, with the numbering restarted twice (as lines moved between
  // drafts leave it). Each error's fix renumbers the stretch after it; the second fix has to continue
  // from the number the first one gives, or applying both leaves 一二三四三四 and a third error.
  it('fixes several errors in one run so that one pass leaves a consecutive run', () => {
    const text = [
      '一、“十四五”时期工作回顾',
      '二、“十五五”时期总体要求和目标任务',
      '一、2026年工作安排',
      '二、全面加强政府自身建设',
      '一、着力实施扩大内需战略',
      '二、着力推动能源转型',
    ].join('\n');
    assert.deepEqual(
      spans(text).map((s) => s[2]),
      ['一、', '一、'],
    );
    assert.equal(
      fixed(text),
      [
        '一、“十四五”时期工作回顾',
        '二、“十五五”时期总体要求和目标任务',
        '三、2026年工作安排',
        '四、全面加强政府自身建设',
        '五、着力实施扩大内需战略',
        '六、着力推动能源转型',
      ].join('\n'),
    );
  });
});
