import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';

const ID = 'ratio-sum';
const { check, spans, corpusFindings } = ruleHarness(ID);

// Real sentences: 10_hailar_district_2012_gwr.txt (三次产业结构演进为3.6 : 48 : 48.4), altered where a defect is needed.
describe('rule: ratio-sum', () => {
  it('reports a structure ratio that does not add up to 100, giving the sum', () => {
    const text = '农民人均纯收入完成14315元，同比增长22.1%。三次产业结构演进为3.6 : 48 : 49.2。';
    assert.deepEqual(spans(text), [[35, 50, '3.6 : 48 : 49.2']]);
    const [finding] = check(text);
    assert.equal(finding!.message, '各部分之和为100.8，不是100（3.6+48+49.2）');
    assert.equal(finding!.severity, 'warning');
    assert.equal(finding!.fix, undefined);
    const en = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, 'The parts add up to 100.8, not 100 (3.6+48+49.2)');
  });

  it('reads full-width ratio colons and 调整为 after the structure', () => {
    assert.deepEqual(spans('三次产业结构由9.1∶40.2∶50.7调整为8.2∶39.5∶53.1。'), [[23, 36, '8.2∶39.5∶53.1']]);
  });

  it('reports shares of the whole listed after 分别占…的', () => {
    const text = '第一、二、三产业增加值分别占地区生产总值的3.6%、48.8%和48.4%。';
    assert.deepEqual(spans(text), [[21, 37, '3.6%、48.8%和48.4%']]);
    assert.equal(check(text)[0]!.message, '各部分之和为100.8，不是100（3.6+48.8+48.4）');
  });

  it('reports each industry with its share, and shares past 100 of a structure that may leave parts out', () => {
    const text = '产业结构持续优化，第一产业占比3.6%，第二产业占比48.8%，第三产业占比48.4%。能源消费结构中，煤炭、石油、天然气分别占66%、28.9%、8.1%。';
    assert.deepEqual(
      check(text).map((f) => [text.slice(f.range.start, f.range.end), f.message]),
      [
        ['第一产业占比3.6%，第二产业占比48.8%，第三产业占比48.4%', '各部分之和为100.8，不是100（3.6+48.8+48.4）'],
        ['66%、28.9%、8.1%', '各部分之和为103，不是100（66+28.9+8.1）'],
      ],
    );
  });

  it('reports shares past 100 given part by part after the whole is named (常住人口中，城镇人口占…)', () => {
    const text = '全市常住人口中，城镇人口占65.3%，农村人口占35.5%。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['城镇人口占65.3%，农村人口占35.5%']);
    // Under 100: the parts named may not be all of the whole.
    assert.deepEqual(check('全市常住人口中，60岁以上人口占20.5%，65岁以上人口占14.2%。'), []);
  });

  it('sums the contributions of the three industries to growth, which make up the whole growth', () => {
    const text = '三次产业对经济增长的贡献率分别为5.2%、40.3%和53.1%。';
    assert.deepEqual(check(text).map((f) => f.message), ['各部分之和为98.6，不是100（5.2+40.3+53.1）']);
    assert.deepEqual(check(text.replace('5.2', '6.6')), []);
  });

  it('does not sum shares under 100 when the parts named may not be all of the whole', () => {
    const text = '能源消费结构中，煤炭、石油、天然气分别占56%、18.9%、8.1%。煤、油、气消费比例为56∶19∶8。';
    assert.deepEqual(spans(text), []);
  });

  it('accepts sums within the rounding of the parts', () => {
    const text = '三次产业结构演进为3.6 : 48 : 48.4。三次产业结构调整为8.2∶39.5∶52.4。三次产业比例为9∶40∶52。第一、二、三产业增加值分别占地区生产总值的3.6%、48%和48.4%。';
    assert.deepEqual(spans(text), []);
  });

  it('sums only parts said to make up one whole, as percentages', () => {
    const text =
      '市县两级按1∶1比例配套，三方按3∶2∶1分担。' + // not percentages
      '上午8:30:45开幕。' + // no word naming a whole
      '三次产业增加值分别增长30%、35%和40%。' + // growth of the parts
      '第二、三产业分别占地区生产总值的40%和52%。' + // a subset
      '城镇、农村居民收入分别增长8.2%、39.5%、53.1%。'; // no structure
    assert.deepEqual(spans(text), []);
  });

  it('works in Markdown', () => {
    const text = '# 报告\n\n三次产业结构演进为3.6 : 48 : 49.2。\n';
    assert.deepEqual(spans(text, 'markdown'), [[15, 30, '3.6 : 48 : 49.2']]);
  });

  // The one structure in the corpus adds up (3.6 : 48 : 48.4).
  it('reports nothing on the published corpus', () => {
    assert.deepEqual(corpusFindings(), []);
  });
});
