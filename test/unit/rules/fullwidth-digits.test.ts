import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const ID = 'fullwidth-digits';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

describe('rule: fullwidth-digits', () => {
  it('converts full-width digit runs, with a full-width point between digits', () => {
    const text = '全年增长１２．５%，达到３０００万元。';
    assert.deepEqual(spans(text), [
      [4, 8, '１２．５'],
      [12, 16, '３０００'],
    ]);
    assert.equal(check(text)[0]!.message, '应为“12.5”，而非“１２．５”');
    assert.equal(fixed(text), '全年增长12.5%，达到3000万元。');
  });

  it('leaves a full-width point that is not between digits', () => {
    const text = '１．加强项目建设';
    assert.deepEqual(spans(text), [[0, 1, '１']]);
    assert.equal(fixed(text), '1．加强项目建设');
  });

  it('converts ％ when the document also uses %', () => {
    const text = '地方财政收入同比增长25％；社会消费品零售总额同比增长20%。';
    assert.deepEqual(spans(text), [[12, 13, '％']]);
    assert.equal(fixed(text), '地方财政收入同比增长25%；社会消费品零售总额同比增长20%。');
  });

  it('accepts a document that uses ％ only, and ASCII digits', () => {
    assert.deepEqual(spans('同比增长25％，下降3.5％，完成投资1200万元。'), []);
  });

  it('does not count % inside Markdown code', () => {
    assert.deepEqual(spans('增长25％，见 `printf("%d")`。', 'markdown'), []);
  });

  // Genuine defects in the published corpus: one paragraph of the district report writes ％
  // (four times) while the rest of the report uses %.
  it('reports only genuine defects on the published corpus', () => {
    const found = corpusFindings();
    assert.deepEqual(found, Array(4).fill('10_hailar_district_2012_gwr.txt:47:％'));
  });
});
