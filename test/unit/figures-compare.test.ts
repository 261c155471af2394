// Amounts compared across scales and exact units, a less precise value read as a rounding of the other.
import assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/figures';
import { baseUnit, sameAmount, withinRange } from '../../src/core/figures/compare';
import { parseReport } from '../../src/core/parse';

/** The first figure of a sentence. */
const figure = (text: string) => extractFigures(parseReport(text, { format: 'text' }))[0]!;
const same = (a: string, b: string) => sameAmount(figure(a), figure(b));

describe('figures: comparing amounts', () => {
  it('splits a scale off a unit, but not off units that start like one (千米, 百分点)', () => {
    assert.deepEqual(baseUnit('亿元'), { unit: '元', factor: 1, scale: 1e8 });
    assert.deepEqual(baseUnit('万吨'), { unit: '公斤', factor: 1000, scale: 1e4 });
    assert.deepEqual(baseUnit('万亿斤'), { unit: '公斤', factor: 0.5, scale: 1e12 });
    assert.deepEqual(baseUnit('千米'), { unit: '米', factor: 1000, scale: 1 });
    assert.deepEqual(baseUnit('个百分点'), { unit: '百分点', factor: 1, scale: 1 });
    assert.deepEqual(baseUnit('万人次'), { unit: '人次', factor: 1, scale: 1e4 });
  });

  it('converts scales and exact units', () => {
    assert.equal(same('地区生产总值1.25万亿元。', '地区生产总值12500亿元。'), true);
    assert.equal(same('粮食产量1.3万亿斤。', '粮食产量65000万吨。'), true);
    assert.equal(same('粮食产量1.3万亿斤。', '粮食产量6.8亿吨。'), false);
    assert.equal(same('新建道路12公里。', '新建道路12000米。'), true);
  });

  it('reads the less precise value as a rounding of the more precise one', () => {
    assert.equal(same('地区生产总值1.2万亿元。', '地区生产总值12468亿元。'), true);
    assert.equal(same('地区生产总值1.2万亿元。', '地区生产总值12568亿元。'), false);
    assert.equal(same('城镇新增就业1100万人。', '城镇新增就业1000万人。'), false);
    assert.equal(same('增长6%。', '增长6.5%。'), false);
  });

  it('does not compare units of another kind (亩 and 平方米 do not convert exactly, 元 and 美元 differ)', () => {
    assert.equal(same('建设高标准农田15亩。', '建设高标准农田10000平方米。'), undefined);
    assert.equal(same('实际使用外资115亿元。', '实际使用外资115亿美元。'), undefined);
  });

  it('holds a value inside a range', () => {
    assert.equal(withinRange(figure('全省生产总值增长5%—5.5%。'), figure('全省生产总值增长5.2%。')), true);
    assert.equal(withinRange(figure('全省生产总值增长5%—5.5%。'), figure('全省生产总值增长6%。')), false);
  });
});
