import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const ID = 'repeated-punctuation';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

describe('rule: repeated-punctuation', () => {
  it('reports doubled marks and removes the extra ones', () => {
    const text = '经济运行稳中向好，，发展质量稳步提升。。坚持工业、、农业并重；；主要目标是：：增长6%！！对不对？？';
    assert.deepEqual(spans(text), [
      [8, 10, '，，'],
      [18, 20, '。。'],
      [24, 26, '、、'],
      [30, 32, '；；'],
      [37, 39, '：：'],
      [43, 45, '！！'],
      [48, 50, '？？'],
    ]);
    assert.equal(check(text)[0]!.message, '逗号重复，只保留一个');
    assert.equal(fixed(text), '经济运行稳中向好，发展质量稳步提升。坚持工业、农业并重；主要目标是：增长6%！对不对？');
  });

  it('removes a run of three in one fix', () => {
    const text = '取得了显著成效。。。';
    assert.deepEqual(spans(text), [[7, 10, '。。。']]);
    assert.equal(fixed(text), '取得了显著成效。');
  });

  it('reports doubled function words', () => {
    const text = '建设人民满意的的服务型政府，完成了了年度任务，这是是我们的责任。';
    assert.deepEqual(spans(text), [
      [6, 8, '的的'],
      [16, 18, '了了'],
      [24, 26, '是是'],
    ]);
    assert.equal(fixed(text), '建设人民满意的服务型政府，完成了年度任务，这是我们的责任。');
  });

  it('accepts ellipses, dashes and real words with a doubled character', () => {
    const text =
      '等等……——的的确确如此，有的的确困难，目的的实现，标的的价值，众矢之的的问题，是是非非，关键是是否落实，凡是是党员的，不了了之，为了了解情况，实实在在。';
    assert.deepEqual(spans(text), []);
  });

  // The published corpus has no doubled marks or words (实实在在 occurs and is a real word).
  it('reports nothing on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, []);
  });
});
