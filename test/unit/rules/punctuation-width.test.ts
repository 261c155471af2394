import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { readVerdicts } from '../../../eval/corpus-verdicts';
import { ruleHarness } from './harness';

const ID = 'punctuation-width';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

describe('rule: punctuation-width', () => {
  it('reports half-width , ; : ? ! between Chinese characters and fixes them', () => {
    const text = '主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上,你们说对不对?为建设幸福海拉尔助力添彩!';
    assert.deepEqual(spans(text), [
      [7, 8, ':'],
      [22, 23, ';'],
      [37, 38, ','],
      [44, 45, '?'],
      [57, 58, '!'],
    ]);
    const [first] = check(text);
    assert.equal(first!.message, '半角冒号应改为全角冒号');
    assert.equal(first!.severity, 'warning');
    assert.equal(
      fixed(text),
      '主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，你们说对不对？为建设幸福海拉尔助力添彩！',
    );
  });

  it('fixes both parentheses of a pair in Chinese context', () => {
    const text = '第二条 县级以上地方人民政府(以下称决策机关)重大行政决策的作出和调整程序，适用本条例。';
    assert.deepEqual(spans(text), [
      [14, 15, '('],
      [22, 23, ')'],
    ]);
    assert.equal(fixed(text), '第二条 县级以上地方人民政府（以下称决策机关）重大行政决策的作出和调整程序，适用本条例。');
  });

  it('looks past a space for the neighbour and removes the space with the fix', () => {
    const text = '细颗粒物 (PM2.5) 浓度下降9.1% , 空气质量持续改善。';
    assert.deepEqual(spans(text), [
      [5, 6, '('],
      [11, 12, ')'],
      [22, 23, ','],
    ]);
    assert.equal(fixed(text), '细颗粒物（PM2.5）浓度下降9.1%，空气质量持续改善。');
  });

  it('fixes a half-width parenthesis paired with a full-width one', () => {
    const text = '应当明确决策事项的承办单位（以下简称决策承办单位)，由决策承办单位负责。';
    assert.deepEqual(spans(text), [[24, 25, ')']]);
    assert.equal(fixed(text), '应当明确决策事项的承办单位（以下简称决策承办单位），由决策承办单位负责。');
  });

  it('reports and fixes both marks of a pair whose opening mark is in Chinese context', () => {
    const text = '建设城市大脑(City Brain)，国内生产总值(GDP)';
    assert.deepEqual(spans(text), [
      [6, 7, '('],
      [17, 18, ')'],
      [25, 26, '('],
      [29, 30, ')'],
    ]);
    assert.equal(fixed(text), '建设城市大脑（City Brain），国内生产总值（GDP）');
  });

  it('leaves Latin and numeric runs, URLs and ratios alone', () => {
    const text =
      '比例尺1:1000，上午10:30开会，PM2.5浓度3.5微克，G60沪昆高速，三次产业结构为3.6 : 48 : 48.4，详见http://www.gov.cn/zhengce/index.htm?id=1。the ratio (1:2) is fine, right?';
    assert.deepEqual(spans(text), []);
  });

  it('leaves a parenthesised numeral opening a paragraph to heading-form', () => {
    const text = '第三条 本条例所称重大行政决策事项包括：\n\n(一)制定有关公共服务的重大公共政策；\n　　(2)决定重大公共建设项目；\n1)其他事项。';
    assert.deepEqual(spans(text), []);
  });

  it('still reports a parenthesised numeral inside a paragraph', () => {
    const text = '重大行政决策事项包括：(一)制定重大公共政策；';
    assert.deepEqual(spans(text), [
      [11, 12, '('],
      [13, 14, ')'],
    ]);
    assert.equal(fixed(text), '重大行政决策事项包括：（一）制定重大公共政策；');
  });

  it('does not check Markdown code, link URLs or comments, and keeps Markdown syntax intact', () => {
    const text = '运行`lint(a,b)`命令，见[国务院](http://www.gov.cn/a,b)。<!-- 注:略 -->\n\n**重点** (以下简称重点)';
    assert.deepEqual(spans(text, 'markdown'), [
      [67, 68, '('],
      [74, 75, ')'],
    ]);
    assert.equal(
      fixed(text, 'markdown'),
      '运行`lint(a,b)`命令，见[国务院](http://www.gov.cn/a,b)。<!-- 注:略 -->\n\n**重点**（以下简称重点）',
    );
  });

  // On the published corpus every finding is a genuine defect, judged by reading the text
  // (test/fixtures/corpus/verdicts.tsv): half-width marks in Chinese text, after figures
  // (14.9%;“十二五”) and around asides; and every defect judged genuine is still found.
  it('reports exactly the genuine defects on the published corpus', () => {
    const found = corpusFindings().length;
    const genuine = [...readVerdicts()].filter(([key, v]) => key.endsWith(`:${ID}`) && v.verdict === 'genuine');
    const falseAlarms = [...readVerdicts()].filter(([key, v]) => key.endsWith(`:${ID}`) && v.verdict === 'false');
    assert.equal(falseAlarms.length, 0);
    assert.equal(found, genuine.length);
    assert.ok(genuine.length >= 60);
  });
});
