import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';

const ID = 'percent-point';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

// Real sentences: 02_national_2017 (比重提高1.7个百分点), 11_hailar_2019 (比例达到99.2%，同比提高0.8个百分点),
// 09_zhejiang_2026, 12_hailar_2016 and 15_hailar_2014, with % and 个百分点 swapped where a defect is needed.
describe('rule: percent-point', () => {
  it('reports a change of a share in %, and the fix writes 个百分点', () => {
    const original = '优化能源结构，清洁能源消费比重提高1.7个百分点，煤炭消费比重下降2个百分点。';
    const text = '优化能源结构，清洁能源消费比重提高1.7%，煤炭消费比重下降2%。';
    assert.deepEqual(spans(text), [
      [7, 21, '清洁能源消费比重提高1.7%'],
      [22, 32, '煤炭消费比重下降2%'],
    ]);
    const [finding] = check(text);
    assert.equal(finding!.message, '“清洁能源消费比重”是比率，其升降应以“个百分点”表示：“提高1.7%”宜为“提高1.7个百分点”');
    assert.equal(finding!.severity, 'warning');
    const en = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, '"清洁能源消费比重" is a rate or share: its change is in percentage points ("提高1.7个百分点"), not "提高1.7%"');
    assert.equal(fixed(text), original);
  });

  it('reads the rate from the clause before when it states its level in %', () => {
    const text = '扎实推进污染防治，空气优良天数比例达到99.2%，同比提高0.8%。';
    assert.deepEqual(spans(text), [[25, 33, '同比提高0.8%']]);
    assert.equal(fixed(text), '扎实推进污染防治，空气优良天数比例达到99.2%，同比提高0.8个百分点。');
    assert.deepEqual(spans('全市森林覆盖率达到45.2%，比上年末提高1.3%。').map((x) => x[2]), ['比上年末提高1.3%']);
    // jilin-2026 (产业投资比重提升至55.7%、提高4.7个百分点), with % for 个百分点.
    assert.deepEqual(spans('优化投资结构，产业投资比重提升至55.7%、提高4.7%。').map((x) => x[2]), ['提高4.7%']);
    // A change over several years: `近3年`, `过去五年来`.
    assert.deepEqual(spans('建成面积占耕地比例达到66.25%，近3年提升21%。').map((x) => x[2]), ['近3年提升21%']);
    assert.deepEqual(spans('城镇化率达到67.2%，过去五年来提高6.1%。').map((x) => x[2]), ['过去五年来提高6.1%']);
  });

  it('reports rates, growth rates and ranges; a range with two signs gets no fix', () => {
    const text = '城镇化率提高1.2%，规模以上工业增加值增速回落1.5%，服务业增加值占比提高1%—2%。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['城镇化率提高1.2%', '规模以上工业增加值增速回落1.5%', '服务业增加值占比提高1%—2%']);
    assert.deepEqual(check(text).map((f) => f.fix !== undefined), [true, true, false]);
  });

  it('reports the growth of an amount in points, without a fix', () => {
    const text = '经济社会发展主要预期目标是：地区生产总值增长11个百分点，达到282亿元。';
    const [finding, ...rest] = check(text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(finding!.range.start, finding!.range.end), '地区生产总值增长11个百分点');
    assert.equal(finding!.message, '“地区生产总值”是总量，其增长应以“%”表示，“11个百分点”只用于比率或增速的变化');
    assert.equal(finding!.fix, undefined);
  });

  it('accepts levels, relative changes of amounts and of non-percentage rates, contributions and gaps', () => {
    const text =
      '常住人口城镇化率从72%提升至76%左右，科技进步贡献率上升到56.2%。' + // levels
      '人均道路面积达到18.99平方米，比2010年提高86%。' + // an amount
      '全员劳动生产率提高6%，孕产妇死亡率下降10%，安全事故发生率下降20%。' + // rates not in % or changed relatively
      '服务业增加值占比提高150%。' + // 100% or more is relative
      '高新技术产业增加值占比达到35%，增长12%。' + // the amount grew
      '基本养老金按一定比例提高5%。' + // proportionally
      '消费拉动经济增长2.5个百分点，带动全省GDP增长0.8个百分点，省属国有企业研发投入增速高于全省平均2个百分点，城乡居民收入增长高于GDP增长1个百分点。' + // contribution, gaps
      '清洁能源消费比重提高1.7个百分点，空气优良天数比例达到99.2%，同比提高0.8个百分点。';
    assert.deepEqual(spans(text), []);
  });

  it('reports nothing on the published corpus', () => {
    assert.deepEqual(corpusFindings(), []);
  });
});
