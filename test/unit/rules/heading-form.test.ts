import assert from 'node:assert/strict';
import { ruleHarness } from './harness';

const { spans, fixed } = ruleHarness('heading-form');

// A county 通知 whose third-level items are written 1．2．3． throughout (the full-width 下脚点).
const NOTICE = [
  '各乡镇人民政府：',
  '一、目标任务',
  '1．加强组织领导。各乡镇要高度重视春耕生产。',
  '2．强化物资保障。做好种子、化肥供应。',
  '二、工作要求',
  '1．抓好技术服务。组织农技人员下乡。',
  '2．严格督查考核。',
].join('\n');

describe('rule: heading-form', () => {
  it('accepts a document that writes the full-width point (1．) for a level throughout', () => {
    assert.deepEqual(spans(NOTICE), []);
  });

  it('reports the full-width point where the document otherwise writes 1.', () => {
    const mixed = NOTICE.replace('2．强化', '2.强化').replace('2．严格', '2.严格').replace('1．抓好', '1.抓好');
    assert.deepEqual(
      spans(mixed).map((s) => s[2]),
      ['1．'],
    );
    assert.equal(fixed(mixed), mixed.replace('1．加强', '1.加强'));
  });

  it('still reports forms that are wrong everywhere: half-width parentheses, 1、', () => {
    const text = '一、总体要求\n(一)基本原则\n(二)主要目标\n二、重点任务\n1、加强领导\n2、强化保障';
    assert.deepEqual(
      spans(text).map((s) => s[2]),
      ['(一)', '(二)', '1、', '2、'],
    );
  });
});
