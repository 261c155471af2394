import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { EMPTY_CONFIG } from '../../../src/core/settings';
import { corpus, SAMPLE } from '../helpers';

const placeholders = (text: string, config = EMPTY_CONFIG) =>
  lint(text, { format: 'text', config }).findings.filter((f) => f.rule === 'placeholder');

describe('rule: placeholder', () => {
  it('reports all 153 runs of the sample draft once each, covering the run', () => {
    const { text } = corpus(SAMPLE);
    const found = placeholders(text);
    assert.equal(found.length, 153);
    const runs = found.map((f) => text.slice(f.range.start, f.range.end));
    assert.equal(runs.filter((r) => r === 'XXX').length, 70);
    assert.equal(runs.filter((r) => r === 'XX').length, 68);
    assert.equal(runs.filter((r) => r === 'X').length, 15);
    // Each range is a maximal run: no X right before or after it.
    for (const f of found) {
      assert.notEqual(text[f.range.start - 1], 'X');
      assert.notEqual(text[f.range.end], 'X');
    }
    assert.equal(new Set(found.map((f) => f.range.start)).size, 153);
    const first = found[0]!;
    assert.deepEqual([first.range.startLine, first.range.startColumn, first.range.endColumn], [1, 129, 130]);
    assert.equal(first.message, '未填写的占位符“X”');
    assert.equal(first.severity, 'info');
  });

  it('reports every placeholder form', () => {
    const text = '投资X亿元，××镇，ＸＸ县，某某同志，□□个，【待补充】，时间待定，TODO：核实，＿＿＿。';
    assert.deepEqual(
      placeholders(text).map((f) => text.slice(f.range.start, f.range.end)),
      ['X', '××', 'ＸＸ', '某某', '□□', '【待补充】', '待定', 'TODO', '＿＿＿'],
    );
  });

  it('reports ○○ and a value left as asterisks before its unit', () => {
    const text = '○○县计划开工项目*个，总投资**亿元，完成率达＊%。';
    assert.deepEqual(placeholders(text).map((f) => text.slice(f.range.start, f.range.end)), ['○○', '*', '**', '＊']);
  });

  it('leaves the numeral 〇, a lone ○ bullet and asterisks around words alone', () => {
    assert.deepEqual(placeholders('二〇〇八年以来，○ 第一项；**重要**事项；*注：数据为初步统计。'), []);
  });

  it('leaves PM2.5, X光, Latin words and 1+X alone', () => {
    assert.deepEqual(placeholders('PM2.5浓度下降，X光机、X射线检测，Windows XP系统，“1+X”证书，3×4米。'), []);
  });

  it('follows config: added and removed patterns, error severity', () => {
    const config = {
      ...EMPTY_CONFIG,
      rules: { placeholder: 'error' as const },
      placeholders: { add: ['〔\\s*〕'], remove: ['daiding'] },
    };
    const found = placeholders('时间待定，文号〔 〕，投资XX亿元。', config);
    assert.deepEqual(found.map((f) => [f.severity, f.range.startColumn]), [['error', 7], ['error', 13]]);
  });
});
