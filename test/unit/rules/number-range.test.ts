import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const ID = 'number-range';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

describe('rule: number-range', () => {
  it('replaces a hyphen between numbers followed by a unit with ～', () => {
    const text = '引进培育1-2家省级研发平台、3-4家市级研发平台，每年开展0.5~1.5小时培训，第3－5条。';
    assert.deepEqual(spans(text), [
      [4, 7, '1-2'],
      [15, 18, '3-4'],
      [30, 37, '0.5~1.5'],
      [43, 46, '3－5'],
    ]);
    assert.equal(check(text)[0]!.message, '应为“1～2”，而非“1-2”');
    assert.equal(fixed(text), '引进培育1～2家省级研发平台、3～4家市级研发平台，每年开展0.5～1.5小时培训，第3～5条。');
  });

  it('puts % on both ends of a percentage range', () => {
    const text = '优良天数比例67～89%，增长67-89%，占比50%-60%，降低1—2%。';
    assert.deepEqual(spans(text), [
      [6, 12, '67～89%'],
      [15, 21, '67-89%'],
      [24, 31, '50%-60%'],
      [34, 38, '1—2%'],
    ]);
    assert.equal(check(text)[0]!.message, '应为“67%～89%”，而非“67～89%”');
    assert.equal(fixed(text), '优良天数比例67%～89%，增长67%～89%，占比50%～60%，降低1%—2%。');
  });

  it('joins year spans with —', () => {
    const text = '编制2021-2025年发展规划。';
    assert.deepEqual(spans(text), [[2, 11, '2021-2025']]);
    assert.equal(fixed(text), '编制2021—2025年发展规划。');
  });

  it('joins a span of years with no unit after it with —, leaving standard numbers and dates alone', () => {
    const text = '“十二五”时期（2011-2015）成效显著，2019-2020赛季，执行DB11/T 2011-2022标准，2021-03-05，（2015-2011）。';
    assert.deepEqual(spans(text), [
      [8, 17, '2011-2015'],
      [23, 32, '2019-2020'],
    ]);
    assert.equal(fixed(text), '“十二五”时期（2011—2015）成效显著，2019—2020赛季，执行DB11/T 2011-2022标准，2021-03-05，（2015-2011）。');
  });

  it('accepts correct ranges', () => {
    assert.deepEqual(spans('全省参保的0—6岁儿童，新增1～2家，67%～89%，3～5月。'), []);
  });

  it('leaves dates, phone numbers, codes (a falling pair is no range), standards and figure numbers alone', () => {
    const text =
      '时间：2021-03-05，电话0372-1234567转8001，G60-1号线，GB/T 9704-2012标准，如图1-2所示，1-2号楼，3-2-101室，8:00-12:00时段，比分3-1战胜对手，20-2天然气分离厂迁建项目开工。';
    assert.deepEqual(spans(text), []);
  });

  // Genuine defects in the published corpus: the Beijing 2026 report writes 4.5%-5% and the county
  // speech 1-2家 and 3-4家 with a hyphen.
  it('reports only genuine defects on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, [
      'beijing-2026-municipal-gwr.txt:34:4.5%-5%',
      'county-2022-three-level-cadre-meeting-speech.txt:39:1-2',
      'county-2022-three-level-cadre-meeting-speech.txt:39:3-4',
      'county-2022-three-level-cadre-meeting-speech.txt:39:1-2',
    ]);
  });
});
