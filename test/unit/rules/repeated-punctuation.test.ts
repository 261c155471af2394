import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { applyFixes } from '../../../src/core/fix';
import { lint } from '../../../src/core/lint';
import type { Format } from '../../../src/core/model';
import { CORPUS_DIR, corpus } from '../helpers';

const ID = 'repeated-punctuation';
const check = (text: string, format: Format = 'text') => lint(text, { format }).findings.filter((f) => f.rule === ID);
const spans = (text: string, format: Format = 'text') =>
  check(text, format).map((f) => [f.range.start, f.range.end, text.slice(f.range.start, f.range.end)]);

/** Applies the rule's fixes, and checks a second run changes nothing. */
function fixed(text: string, format: Format = 'text'): string {
  const once = applyFixes(text, check(text, format)).text;
  assert.equal(applyFixes(once, check(once, format)).text, once);
  return once;
}

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
    assert.equal(check(text)[0]!.message, '应为“，”，而非“，，”');
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
    const found = readdirSync(CORPUS_DIR)
      .filter((name) => /\.(txt|md)$/.test(name) && name !== 'SOURCES.md')
      .flatMap((name) => {
        const { text, format } = corpus(name);
        return check(text, format).map((f) => `${name}:${f.range.startLine + 1}:${text.slice(f.range.start, f.range.end)}`);
      });
    assert.deepEqual(found, []);
  });
});
