// official-figure on real sentences (the 海拉尔区 2019 report's review of 2018, the seed draft's review of 2021),
// compared with tables built from their own figures, then one value altered to make the defect.
import assert from 'node:assert/strict';
import { parseOfficialTable } from '../../../src/core/config/officialFigures';
import { splitUnit } from '../../../src/core/config/officialRow';
import { extractFigures } from '../../../src/core/figures';
import { lint } from '../../../src/core/lint';
import type { Format } from '../../../src/core/model';
import { EMPTY_CONFIG } from '../../../src/core/settings';
import { officialRowOf } from '../../../eval/plant';
import { corpus } from '../helpers';
import { CORPUS_FILES, ruleHarness } from './harness';

const { check, spans, fixed } = ruleHarness('official-figure');
const HEADER = '指标,数值,单位,期间,口径,来源,别名';

/** The rule's findings on `text` with a CSV table of `rows` (header added). */
function withTable(rows: string[], text: string, format: Format = 'text') {
  const officialFigures = parseOfficialTable([HEADER, ...rows].join('\n'), 'stats.csv');
  const config = { ...EMPTY_CONFIG, officialFigures };
  return { findings: check(text, format, config), spans: spans(text, format, config), fixed: () => fixed(text, format, config) };
}

// Quoted from test/fixtures/corpus/11_hailar_district_2019_gwr.txt.
const REVIEW = '一、2018年工作回顾\n';
const GDP = `${REVIEW}全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。规模以上工业总产值完成90.1亿元，同比增长6.9%，规模以上工业增加值增速达到11.1%。社会消费品零售总额完成174.2亿元，同比增长6.2%。\n`;
const AIR = `${REVIEW}（一）三大攻坚战强力突破。扎实推进污染防治，空气优良天数比例达到99.2%，同比提高0.8个百分点。\n`;
const GRAIN = `${REVIEW}（三）产业项目蓬勃发展。全区粮食产量达到1.4亿斤，牧业年度牲畜总头数达到18.4万头（只）。\n`;
const AIRPORT = `${REVIEW}（四）发展活力不断激发。海拉尔航空港年旅客吞吐量突破233万人次，其中口岸出入境航班297架次，出入境人数同比增长85.3%。\n`;
const PLAN = '二、2019年工作安排\n经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。社会消费品零售总额增长6.5%左右。\n';

describe('official-figure', () => {
  it('does nothing without a table', () => {
    assert.deepEqual(check(GDP), []);
    assert.deepEqual(withTable([], GDP).findings, []);
  });

  it('is quiet where the text agrees with every row built from it', () => {
    const rows = [
      '地区生产总值,192.3,亿元,2018年,,统计公报,GDP',
      '地区生产总值增长,6.0,%,2018年,,统计公报,',
      '工业总产值,90.1,亿元,2018年,规模以上,统计公报,',
      '工业增加值增速,11.1,%,2018年,规模以上,统计公报,',
      '社会消费品零售总额,174.2,亿元,2018年,,统计公报,',
      '空气优良天数比例,99.2,%,2018年,,环境监测站,',
      '粮食产量,14000,万斤,2018年,,统计公报,',
      '海拉尔航空港年旅客吞吐量,233.6,万人次,2018年,,机场,',
    ];
    for (const text of [GDP, AIR, GRAIN, AIRPORT]) assert.deepEqual(withTable(rows, text).findings, [], text);
  });

  it('reports a value off the table with the official value, period and source, and fixes it', () => {
    const t = withTable(['社会消费品零售总额,176.4,亿元,2018年,,海拉尔区2018年统计公报,'], GDP);
    assert.deepEqual(t.spans.map((s) => s[2]), ['174.2亿元']);
    assert.equal(
      t.findings[0]!.message,
      '与官方数据不一致：“社会消费品零售总额”2018年官方数据为176.4亿元（来源：海拉尔区2018年统计公报），此处为“174.2亿元”',
    );
    assert.match(t.fixed(), /社会消费品零售总额完成176\.4亿元/);
    // Without a source the message points at the table row.
    assert.match(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], GDP).findings[0]!.message, /见 stats\.csv:2/);
  });

  it('matches through aliases and after dropping scope and time words (全区, 全年)', () => {
    assert.deepEqual(withTable(['GDP,195,亿元,2018年,,统计公报,地区生产总值|生产总值'], GDP).spans.map((s) => s[2]), ['192.3亿元']);
    assert.deepEqual(withTable(['粮食产量,1.5,亿斤,2018年,,统计公报,'], GRAIN).spans.map((s) => s[2]), ['1.4亿斤']);
  });

  it('converts units by scale; the fix keeps the text unit when the official value converts exactly', () => {
    assert.deepEqual(withTable(['地区生产总值,1923000,万元,2018年,,,'], GDP).findings, []);
    assert.match(withTable(['地区生产总值,1925000,万元,2018年,,,'], GDP).fixed(), /地区生产总值完成192\.5亿元/);
    assert.match(withTable(['地区生产总值,1925432.1,万元,2018年,,,'], GDP).fixed(), /地区生产总值完成1925432\.1万元，/);
    // 斤 and 吨 are different units: never compared.
    assert.deepEqual(withTable(['粮食产量,7,万吨,2018年,,,'], GRAIN).findings, []);
  });

  it('compares at the precision the text writes', () => {
    assert.deepEqual(withTable(['地区生产总值,192.34,亿元,2018年,,,'], GDP).findings, []);
    assert.equal(withTable(['地区生产总值,192.36,亿元,2018年,,,'], GDP).findings.length, 1);
    const rounded = GDP.replace('192.3亿元', '192亿元');
    assert.deepEqual(withTable(['地区生产总值,192.3,亿元,2018年,,,'], rounded).findings, []);
    assert.equal(withTable(['地区生产总值,192.6,亿元,2018年,,,'], rounded).findings.length, 1);
  });

  it('honours comparators: 突破 needs at least the value, 左右 allows 5%', () => {
    assert.deepEqual(withTable(['海拉尔航空港年旅客吞吐量,240,万人次,2018年,,,'], AIRPORT).findings, []);
    assert.deepEqual(withTable(['海拉尔航空港年旅客吞吐量,230,万人次,2018年,,,'], AIRPORT).spans.map((s) => s[2]), ['233万人次']);
    const about = GDP.replace('174.2亿元', '174亿元左右');
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], about).findings, []);
    assert.equal(withTable(['社会消费品零售总额,190,亿元,2018年,,,'], about).findings.length, 1);
  });

  it('compares a change with a change and a level with a level; opposite directions always disagree', () => {
    // `地区生产总值,6.0,%` is the growth; the level 192.3亿元 is another unit.
    assert.deepEqual(withTable(['地区生产总值,6.0,%,2018年,,,'], GDP).findings, []);
    assert.deepEqual(withTable(['地区生产总值,6.5,%,2018年,,,'], GDP).spans.map((s) => s[2]), ['6.0%']);
    const fall = withTable(['地区生产总值增长,-6.0,%,2018年,,,'], GDP);
    assert.deepEqual(fall.spans.map((s) => s[2]), ['6.0%']);
    assert.equal(fall.findings[0]!.fix, undefined);
    // A rate's level is not compared with its change in 个百分点, nor with a share named as a change.
    assert.deepEqual(withTable(['空气优良天数比例,99.5,个百分点,2018年,,,'], AIR).spans.map((s) => s[2]), ['0.8个百分点']);
    assert.deepEqual(withTable(['空气优良天数比例,99.5,%,2018年,,,'], AIR).spans.map((s) => s[2]), ['99.2%']);
  });

  it('reads a level reached (上升到, 增至, 平均为), a share named by its whole, and the verb before a list of values', () => {
    // Sentences of the shape of 02_national_2017 and 05_national_2022, in a review of 2018.
    const text =
      `${REVIEW}科技进步贡献率上升到56.2%。城镇化率增至61.5%。城镇调查失业率平均为5.1%。` +
      '全社会研发经费支出与国内生产总值之比达到2.08%。全年民生支出占一般公共预算支出的73.6%。省属企业营业收入、利润分别增长6%、60.7%。\n';
    const rows = ['科技进步贡献率,56.2', '城镇化率,61.5', '城镇调查失业率,5.1', '全社会研发经费支出与国内生产总值之比,2.08', '民生支出占一般公共预算支出比重,73.6', '省属企业利润增长,60.7'];
    const table = (off: number) => rows.map((r, i) => `${i === off ? r.replace(/[\d.]+$/, (v) => String(Number(v) + 1)) : r},%,2018年,,,`);
    assert.deepEqual(withTable(table(-1), text).findings, []);
    const written = ['56.2%', '61.5%', '5.1%', '2.08%', '73.6%', '60.7%'];
    for (let i = 0; i < rows.length; i++) assert.deepEqual(withTable(table(i), text).spans.map((s) => s[2]), [written[i]], rows[i]);
  });

  it('reads decreases: a row named 下降 or a negative growth agrees with 下降6.9%', () => {
    const { text } = corpus('county-2022-three-level-cadre-meeting-speech.txt');
    assert.deepEqual(withTable(['交通事故亡人人数下降,6.9,%,2021年,,,'], text).findings, []);
    assert.deepEqual(withTable(['交通事故亡人人数,-6.9,%,2021年,,,'], text).findings, []);
    // `PM10年均值` is 2021's annual mean, not an average over years.
    assert.deepEqual(withTable(['PM10年均值,72,微克/立方米,2021年,,,'], text).findings, []);
    assert.deepEqual(withTable(['PM10年均值,70,微克/立方米,2021年,,,'], text).spans.map((s) => s[2]), ['72微克/立方米']);
    const off = withTable(['交通事故亡人人数下降,7.2,%,2021年,,,'], text);
    assert.deepEqual(off.findings.map((f) => f.range.startLine + 1), [26]);
    assert.match(off.fixed(), /交通事故亡人人数同比下降7\.2%/);
  });

  it('applies a row with a scope only where the text names it; a scoped figure ignores the unscoped row', () => {
    assert.deepEqual(withTable(['工业增加值增速,12.0,%,2018年,规模以上,,'], GDP).spans.map((s) => s[2]), ['11.1%']);
    assert.deepEqual(withTable(['工业增加值增速,12.0,%,2018年,,,'], GDP).findings, []);
    // (The scope counts anywhere in the sentence before the value: `规模以上工业总产值…，工业增加值增速…` names it.)
    const unscopedText = GDP.replace('规模以上工业总产值完成90.1亿元，同比增长6.9%，规模以上工业增加值增速', '工业增加值增速');
    assert.deepEqual(withTable(['工业增加值增速,12.0,%,2018年,规模以上,,'], unscopedText).findings, []);
    assert.deepEqual(withTable(['工业增加值增速,12.0,%,2018年,规模以上,,', '工业增加值增速,9.0,%,2018年,,,'], GDP).spans.map((s) => s[2]), ['11.1%']);
  });

  it('compares only figures of the row period: other years, months, targets and multi-year totals stay quiet', () => {
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2017年,,,'], GDP).findings, []);
    assert.deepEqual(withTable(['社会消费品零售总额,158.6,亿元,2018年1-11月,,,'], GDP).findings, []);
    const months = GDP.replace('社会消费品零售总额完成', '1-11月，社会消费品零售总额完成');
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], months).findings, []);
    assert.equal(withTable(['社会消费品零售总额,158.6,亿元,2018年1-11月,,,'], months).findings.length, 1);
    // Goals of the plan part are not statistics.
    assert.deepEqual(withTable(['地区生产总值增长,6.0,%,2019年,,,', '地区生产总值增长,6.0,%,2018年,,,'], GDP + PLAN).findings, []);
    // A review of five years has no one year.
    const fiveYears = GDP.replace('一、2018年工作回顾', '一、过去五年工作回顾');
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], fiveYears).findings, []);
    // `比2017年增长`: 2017 is the base of the change; the growth is 2018's.
    const based = GDP.replace('社会消费品零售总额完成174.2亿元，同比增长6.2%', '社会消费品零售总额比2017年增长6.2%');
    assert.deepEqual(withTable(['社会消费品零售总额增长,7.0,%,2017年,,,', '社会消费品零售总额增长,6.2,%,2018年,,,'], based).findings, []);
    assert.deepEqual(withTable(['社会消费品零售总额增长,6.8,%,2018年,,,'], based).spans.map((s) => s[2]), ['6.2%']);
    // A row without a period is the review year's figure.
    assert.equal(withTable(['社会消费品零售总额,176.4,亿元,,,,'], GDP).findings.length, 1);
  });

  it('takes the review year from the report year (delivery line, plan heading) when the review heading has none', () => {
    const head = '政府工作报告\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n';
    const text = `${head}${GDP.replace('一、2018年工作回顾', '一、过去一年的工作')}${PLAN}`;
    assert.equal(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], text).findings.length, 1);
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2019年,,,'], text).findings, []);
  });

  it('leaves placeholders to the placeholder rule (the seed draft)', () => {
    const { text } = corpus('county-2022-three-level-cadre-meeting-speech.txt');
    const t = withTable(['生产总值,520.6,亿元,2021年,,,', '一般公共预算收入,30.5,亿元,2021年,,,', '优良天数,230,天,2021年,,,'], text);
    assert.deepEqual(t.spans.map((s) => s[2]), ['225天']);
  });

  it('works on a Markdown report', () => {
    const md = `# 政府工作报告\n\n## ${GDP.replace('\n', '\n\n')}`;
    assert.deepEqual(withTable(['社会消费品零售总额,176.4,亿元,2018年,,,'], md, 'markdown').spans.map((s) => s[2]), ['174.2亿元']);
  });

  it('is quiet on every corpus report against a table of its own review figures', () => {
    let compared = 0;
    for (const name of CORPUS_FILES) {
      const { text, format } = corpus(name);
      const { doc } = lint(text, { format });
      const figures = extractFigures(doc).filter((f) => f.kind === 'achievement' && !f.unfilled && f.amount !== undefined && /^\d+(?:\.\d+)?$/.test(f.value) && splitUnit(f.unit));
      // One row per indicator and unit stated once (a table holds one value per indicator and period).
      const key = (f: (typeof figures)[number]) => `${f.indicator}|${f.unit}`;
      const counts = new Map<string, number>();
      for (const f of figures) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
      const officialFigures = figures.filter((f) => counts.get(key(f)) === 1).flatMap((f) => officialRowOf(doc, f, name) ?? []);
      compared += officialFigures.length;
      assert.deepEqual(check(text, format, { ...EMPTY_CONFIG, officialFigures }).map((f) => `${f.range.startLine + 1}: ${f.message}`), [], name);
    }
    assert.ok(compared > 400, `only ${compared} rows`);
  });
});
