import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const { check } = ruleHarness('heading-singleton');

describe('rule: heading-singleton', () => {
  it('names the second sibling a lone first heading lacks, and the first one a lone later heading lacks', () => {
    // Blind set 123: an excerpt of a district's work report that opens at its second part.
    assert.deepEqual(check('一、工作回顾\n（一）产业发展\n全年新增企业20家。\n').map((f) => f.message), ['本层级只有“一、”，没有“二、”', '本层级只有“（一）”，没有“（二）”']);
    assert.deepEqual(check('二、2025年工作安排\n全年新增企业20家。\n').map((f) => f.message), ['本层级只有“二、”，没有“一、”']);
  });
});
