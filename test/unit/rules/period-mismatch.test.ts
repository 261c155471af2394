import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { parseReport } from '../../../src/core/parse';
import { reportYear } from '../../../src/core/report-year';
import { ruleHarness } from './harness';

const ID = 'period-mismatch';
const { check, spans, fixed, corpusFindings } = ruleHarness(ID);

// The skeleton of 10_hailar_district_2012_gwr.txt: the delivery line and the plan heading say 2012.
const HAILAR_2012 = (plan: string, review = '2011年是“十二五”的开局之年，也是我区开拓进取、经济和社会事业取得丰硕成果的一年。') =>
  [
    '政 府 工 作 报 告',
    '----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上',
    '一、过去一年工作回顾',
    review,
    '二、2012年政府工作总体要求和目标任务',
    plan,
  ].join('\n');
const HAILAR_PLAN = '2012年全区经济社会发展的预期目标是：地区生产总值达到240亿元，同比增长21%；地方财政总收入达到20亿元。';

// The skeleton of 09_zhejiang_2026_gwr.txt: title, delivery line, review and plan headings say 2026.
const ZHEJIANG_2026 = (review: string, plan = '2026年是“十五五”开局之年。做好今年工作，必须坚持以习近平新时代中国特色社会主义思想为指导。') =>
  [
    '2026年浙江省政府工作报告',
    '2026年1月14日在浙江省第十四届人民代表大会第四次会议上',
    '一、2025年主要工作和“十四五”发展成就',
    review,
    '三、2026年重点工作',
    plan,
  ].join('\n');

describe('report year', () => {
  it('reads the plan year from the title, the delivery line and the level-one headings', () => {
    const ry = reportYear(parseReport(ZHEJIANG_2026('2025年是极不平凡的一年。'), { format: 'text' }));
    assert.equal(ry?.year, 2026);
    assert.deepEqual(ry?.evidence.map((e) => e.source), ['title', 'delivery', 'review', 'plan']);
  });

  it('has no year when the places that state it disagree, or when none does', () => {
    const conflicting = ZHEJIANG_2026('2025年是极不平凡的一年。').replace('三、2026年重点工作', '三、2025年重点工作');
    assert.equal(reportYear(parseReport(conflicting, { format: 'text' })), undefined);
    assert.equal(reportYear(parseReport('一、工作回顾\n过去一年，我们…\n二、工作安排\n今年要…', { format: 'text' })), undefined);
  });

  it('takes no year from a heading that may plan or review, nor from a delivery date alone', () => {
    // hebei-2026-provincial-gwr.txt: 三、2026年主要工作 follows the review of the five years.
    const hebei = '2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n一、“十四五”时期经济社会发展回顾\n过去五年…\n三、2026年主要工作\n今年…';
    assert.deepEqual(reportYear(parseReport(hebei, { format: 'text' }))?.evidence.map((e) => e.source), ['title', 'delivery']);
    // A collection of speeches opens with the date of the first one.
    const speeches = '中国共产党领导是中国特色社会主义最本质的特征\n（2013年12月10日在中央经济工作会议上的讲话）\n一\n中国特色社会主义有很多特点和特征。';
    assert.equal(reportYear(parseReport(speeches, { format: 'text' })), undefined);
  });
});

describe('rule: period-mismatch', () => {
  it('reports a plan stated for a past year, naming the report year and where it is stated', () => {
    const text = HAILAR_2012(HAILAR_PLAN.replace('2012年全区', '2011年全区'));
    assert.deepEqual(spans(text).map((s) => s[2]), ['2011年']);
    const [finding] = check(text);
    assert.equal(finding!.message, '工作安排部分写“2011年”，本报告安排的是2012年（见第2行报告日期）');
    assert.equal(finding!.related?.[0]?.range.startLine, 1);
    assert.equal(finding!.fix, undefined);
  });

  it('accepts the plan year, past years cited in the plan and targets for later years', () => {
    const plan = HAILAR_PLAN + '比2011年增长21%，到2015年要实现翻番；2010年要求完成的项目今年全部竣工。';
    assert.deepEqual(spans(HAILAR_2012(plan)), []);
  });

  it('reports results claimed for a year after the one reviewed', () => {
    const review = '2026年全省生产总值实现5.5%的增长，经济运行稳中有进。';
    assert.deepEqual(spans(ZHEJIANG_2026(review)).map((s) => s[2]), ['2026年']);
    const en = lint(ZHEJIANG_2026(review), { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, 'The review part reports results for 2026, but it reviews 2025 (see the title on line 1)');
  });

  it('accepts the review looking ahead or naming an early date of the report year', () => {
    const review = '2026年将迎来“十五五”开局，2026年1月，杭州都市圈获批建设，2026年初，杭州西站枢纽建成投用，为2026年发展打下了基础。';
    assert.deepEqual(spans(ZHEJIANG_2026(review)), []);
  });

  it('takes the period of a section from its year when the title could mean either', () => {
    const text = '2026年河北省政府工作报告\n一、“十四五”时期经济社会发展回顾\n过去五年…\n三、2026年主要工作\n2026年全省生产总值实现5%左右的增长。';
    assert.deepEqual(spans(text), []);
    assert.deepEqual(spans(text.replace('三、2026年主要工作', '三、2025年主要工作')).map((s) => s[2]), ['2026年']);
  });

  it('reads a Markdown report whose title heading holds the numbered sections', () => {
    const md = '# 2026年政府工作报告\n\n## 一、2025年工作回顾\n\n2026年全市生产总值实现5.5%的增长。\n\n## 二、2026年工作安排\n\n2025年要突出抓好以下工作。\n';
    assert.deepEqual(spans(md, 'markdown').map((s) => s[2]), ['2026年', '2025年']);
  });

  it('stays quiet without a report year', () => {
    const text = '一、工作回顾\n2026年全省生产总值实现5.5%的增长。\n二、工作安排\n2011年全区经济社会发展的预期目标是：地区生产总值达到240亿元。';
    assert.deepEqual(spans(text), []);
  });

  it('reports a five-year plan year word with the wrong year', () => {
    assert.deepEqual(spans(HAILAR_2012(HAILAR_PLAN, '2012年是“十二五”的开局之年，也是我区开拓进取的一年。')).map((s) => s[2]), ['2012年是“十二五”的开局之年']);
    const [finding] = check(ZHEJIANG_2026('2025年是极不平凡的一年。', '2027年是“十五五”开局之年。'));
    assert.equal(finding!.message, '“十五五”的开局之年是2026年，而非2027年');
    assert.deepEqual(spans('2020年是“十三五”规划收官之年，2019年是“十三五”规划实施的第四年。'), []);
    assert.deepEqual(spans('2018年是“十三五”规划实施的第二年。').map((s) => s[2]), ['2018年是“十三五”规划实施的第二年']);
  });

  it('reads 今年 and 去年 before a five-year plan in the report year', () => {
    // 09_zhejiang_2026_gwr.txt opens its plan part with 2026年是“十五五”开局之年.
    const thisYear = ZHEJIANG_2026('2025年是极不平凡的一年。', '今年是“十五五”开局之年。去年是“十四五”收官之年。');
    assert.deepEqual(spans(thisYear), []);
    const stale = ZHEJIANG_2026('2025年是极不平凡的一年。', '今年是“十四五”开局之年。');
    assert.deepEqual(check(stale).map((f) => f.message), ['“十四五”的开局之年是2021年，而非2026年（本报告的今年）']);
    assert.deepEqual(spans('今年是“十四五”开局之年。'), []);
  });

  it('reports a year outside the five-year period it is said to be in', () => {
    assert.deepEqual(spans('“十四五”时期（2021—2025年）是开启全面建设社会主义现代化国家新征程的第一个五年。'), []);
    const [finding] = check('“十四五”时期（2021—2026年）是开启全面建设社会主义现代化国家新征程的第一个五年。');
    assert.equal(finding!.message, '“十四五”时期是2021—2025年，与所写“2021—2026年”不符');
    assert.deepEqual(spans('“十四五”期间2026年完成改造。').map((s) => s[2]), ['“十四五”期间2026年']);
    assert.deepEqual(spans('在第十五届中国（温州）国际园林博览会期间2026年…'), []);
  });

  it('reports a date with the wrong weekday and fixes the weekday', () => {
    const text = '2026年1月14日（星期二）在浙江省第十四届人民代表大会第四次会议上';
    const [finding] = check(text);
    assert.equal(finding!.message, '2026年1月14日是星期三，而非星期二');
    assert.equal(fixed(text), '2026年1月14日（星期三）在浙江省第十四届人民代表大会第四次会议上');
    assert.deepEqual(spans('2012年2月29日（周三）召开。2月30日（星期一）'), []);
  });

  it('dates without a year take the report year outside the review part', () => {
    const plan = HAILAR_PLAN + '3月5日（星期二）前完成部署。';
    assert.deepEqual(spans(HAILAR_2012(plan)).map((s) => s[2]), ['二']);
    assert.equal(check(HAILAR_2012(plan))[0]!.message, '2012年3月5日是星期一，而非星期二');
    // Another year named in the sentence, or a date in the review part: the year is uncertain.
    assert.deepEqual(spans(HAILAR_2012(HAILAR_PLAN + '2013年3月5日前完成，3月5日（星期二）部署。')), []);
    assert.deepEqual(spans(HAILAR_2012(HAILAR_PLAN, '3月5日（星期二），全区召开大会。')), []);
  });

  it('reports nothing on the published corpus', () => {
    assert.deepEqual(corpusFindings(), []);
  });
});
