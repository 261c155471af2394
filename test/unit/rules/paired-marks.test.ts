import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';
import type { Format } from '../../../src/core/model';

const ID = 'paired-marks';
const { check, corpusFindings } = ruleHarness(ID);
const spans = (text: string, format: Format = 'text') =>
  check(text, format).map((f) => [f.range.start, f.range.end, f.message]);

describe('rule: paired-marks', () => {
  it('accepts balanced and nested marks', () => {
    const text =
      '坚持“两个毫不动摇”，落实《关于制定“十四五”规划的建议》（2020年）【待补充】。他说：“要把‘富民’作为发展的出发点。”';
    assert.deepEqual(spans(text), []);
  });

  it('reports an unclosed opening mark', () => {
    const text = '要把“富民作为发展的出发点和落脚点。';
    assert.deepEqual(spans(text), [[2, 3, '左引号没有对应的右引号']]);
    const [finding] = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(finding!.message, 'Left quotation mark without a matching right quotation mark');
    assert.equal(finding!.severity, 'warning');
    assert.equal(finding!.fix, undefined);
  });

  it('reports a closing mark without an opening one', () => {
    const text = '认真学习政府工作报告》精神，推动经济平稳运行）。';
    assert.deepEqual(spans(text), [
      [10, 11, '右书名号前面没有对应的左书名号'],
      [22, 23, '右括号前面没有对应的左括号'],
    ]);
  });

  it('reports crossed marks once', () => {
    const text = '贯彻《政府工作报告（2022年》）精神。';
    assert.deepEqual(spans(text), [[9, 10, '左括号应在右书名号之前以右括号闭合']]);
  });

  it('pairs marks within a paragraph only', () => {
    const text = '“锚定新目标，\n我们必须作为。”';
    assert.deepEqual(spans(text), [
      [0, 1, '左引号没有对应的右引号'],
      [15, 16, '右引号前面没有对应的左引号'],
    ]);
  });

  it('accepts a quotation over several paragraphs, each opened with “ and only the last closed', () => {
    const text = '“第一，坚持稳字当头。\n\n“第二，坚持稳中求进。”';
    assert.deepEqual(spans(text), []);
  });

  it('ignores apostrophes in Latin words and half-width parentheses', () => {
    const text = 'don’t worry，“好”。应当明确承办单位（以下简称承办单位)，见图1)和(2。';
    assert.deepEqual(spans(text), []);
  });

  it('does not check Markdown code spans', () => {
    assert.deepEqual(spans('运行 `echo “` 命令。', 'markdown'), []);
  });

  // The published corpus is balanced throughout.
  it('reports nothing on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, []);
  });
});
