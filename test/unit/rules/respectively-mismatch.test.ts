import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';
import type { Format } from '../../../src/core/model';

const ID = 'respectively-mismatch';
const { check, corpusFindings } = ruleHarness(ID);
const spans = (text: string, format: Format = 'text') =>
  check(text, format).map((f) => [f.range.start, f.range.end, text.slice(f.range.start, f.range.end)]);

describe('rule: respectively-mismatch', () => {
  it('reports more items than values, covering the clause', () => {
    const text = '工业、农业、服务业增加值分别增长10%、20%。';
    assert.deepEqual(spans(text), [[0, 23, '工业、农业、服务业增加值分别增长10%、20%']]);
    const [finding] = check(text);
    assert.equal(finding!.message, '“分别”前列举3项，其后却有2个数值');
    assert.equal(finding!.severity, 'warning');
    assert.equal(finding!.fix, undefined);
  });

  it('reports more values than items, placeholders counting as values', () => {
    const text = '城市建设成效明显，新能源汽车、集成电路产量分别增长49.8%、11.9%、36.4%；签约项目、开工项目分别完成年度目标的XX%、XX%、XX%。';
    assert.deepEqual(spans(text), [
      [9, 42, '新能源汽车、集成电路产量分别增长49.8%、11.9%、36.4%'],
      [43, 72, '签约项目、开工项目分别完成年度目标的XX%、XX%、XX%'],
    ]);
    const en = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, '2 items before "分别" but 3 values after it');
  });

  it('accepts matching counts, values joined by 和, a last subject joined by 和, and asides in parentheses', () => {
    const text =
      'PM2.5、PM10年均值分别为39微克/立方米、72微克/立方米，二氧化硫、氮氧化物排放量分别下降5.6%和4%，新能源汽车、集成电路和工业机器人产量分别增长49.8%、11.9%、36.4%，' +
      '二氧化硫（含工业源、生活源）、氮氧化物排放量分别下降5.6%（同比）、4%。';
    assert.deepEqual(spans(text), []);
  });

  it('checks only when both sides list two or more items and the values are figures', () => {
    const text = '同比分别下降27.8%、14.3%；今年二氧化硫、氮氧化物排放量要分别下降3%；北京、上海分别举办了论坛、展会、会议。';
    assert.deepEqual(spans(text), []);
  });

  it('skips an open subject list ending in 等', () => {
    const text = '工业、农业等领域分别投入5亿元、3亿元、2亿元。';
    assert.deepEqual(spans(text), []);
  });

  // The published corpus pairs every 分别 correctly.
  it('reports nothing on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, []);
  });
});
