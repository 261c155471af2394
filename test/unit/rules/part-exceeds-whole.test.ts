import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';

const ID = 'part-exceeds-whole';
const { check, spans, corpusFindings } = ruleHarness(ID);

// Real sentences from the corpus (09_zhejiang_2026, 11_hailar_2019, 14_hailar_2015, 05_national_2022), with one figure altered.
describe('rule: part-exceeds-whole', () => {
  it('reports a part larger than its whole, on the part, naming the whole', () => {
    const text = '提升能源供给保障能力，新增电力装机1800万千瓦，其中非化石能源装机2000万千瓦。';
    assert.deepEqual(spans(text), [[25, 41, '其中非化石能源装机2000万千瓦']]);
    const [finding] = check(text);
    assert.equal(finding!.message, '“其中”的部分“非化石能源装机2000万千瓦”大于总数“新增电力装机1800万千瓦”');
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(
      finding!.related!.map((r) => [text.slice(r.range.start, r.range.end), r.message]),
      [['新增电力装机1800万千瓦', '总数：新增电力装机1800万千瓦']],
    );
    const en = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, 'The part "非化石能源装机2000万千瓦" after 其中 exceeds the whole "新增电力装机1800万千瓦"');
  });

  it('converts scales before comparing (万亿元 and 亿元)', () => {
    assert.equal(check('各项贷款新增1.91万亿元，其中制造业中长期贷款新增21124亿元，无还本续贷新增5982亿元。').length, 1);
    assert.deepEqual(check('各项贷款新增1.91万亿元，其中制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元。'), []);
  });

  it('compares each unit with its own whole (户 with 户, 人 with 人)', () => {
    const text = '建档立卡贫困户301户611人全部脱贫，其中173户649人稳定脱贫。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['649人稳定脱贫']);
    assert.deepEqual(check('建档立卡贫困户301户611人全部脱贫，其中173户349人稳定脱贫。'), []);
  });

  it('reports parts listed after 其中 that add up to more than the whole', () => {
    const text = '今年，我区安排重点项目105个，其中，工业类3个、城市建设类28个、农业类21个、商贸流通类7个、民生社会事业类66个，项目总投资339.9亿元。';
    const [finding, ...rest] = check(text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(finding!.range.start, finding!.range.end), '工业类3个、城市建设类28个、农业类21个、商贸流通类7个、民生社会事业类66个');
    assert.equal(finding!.message, '“其中”各部分之和125个（3个+28个+21个+7个+66个）超过总数“我区安排重点项目105个”');
    assert.deepEqual(check(text.replace('66个', '46个')), []);
  });

  it('adds the parts of later clauses that name the same kind of thing (城镇人口, 乡村人口)', () => {
    const text = '年末常住人口924.3万人，其中城镇人口790.7万人，乡村人口233.6万人，城镇化率85.55%。';
    const [finding, ...rest] = check(text);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(finding!.range.start, finding!.range.end), '其中城镇人口790.7万人，乡村人口233.6万人');
    assert.equal(finding!.message, '“其中”各部分之和1024.3万人（790.7万人+233.6万人）超过总数“年末常住人口924.3万人”');
    assert.deepEqual(check(text.replace('233.6', '133.6')), []);
    // 02_national_2017: the parts add up to the whole (1.55万亿元 + 8300亿元 = 2.38万亿元).
    assert.deepEqual(check('今年赤字率拟按3%安排，财政赤字2.38万亿元，其中，中央财政赤字1.55万亿元，地方财政赤字8300亿元。'), []);
  });

  it('after 其中： adds every clause of the list with an amount of the unit, whatever each names', () => {
    const text = '实现进出口总额86.5亿元，其中：出口52.3亿元，进口40.1亿元。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['出口52.3亿元，进口40.1亿元']);
    assert.deepEqual(check(text.replace('40.1', '34.2')), []);
    // Without the colon the next clause may be something else (`转移农村劳动力`): not added.
    assert.deepEqual(check('实现进出口总额86.5亿元，其中出口52.3亿元，进口40.1亿元。'), []);
  });

  it('takes the whole from the clause before a comparison with last year (比上年末减少…，其中…)', () => {
    const text = '年末全国人口140967万人，比上年末减少208万人，其中城镇常住人口153267万人。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['其中城镇常住人口153267万人']);
    assert.deepEqual(check(text.replace('153267', '93267')), []);
  });

  it('does not take the last clause of the sentence before as the whole of a sentence opened by 其中', () => {
    // 02_national_2017 as published: the whole is 财政赤字2.38万亿元, not the 2000亿元 increase.
    const text = '今年赤字率拟按3%安排，财政赤字2.38万亿元，比去年增加2000亿元。其中，中央财政赤字1.55万亿元，地方财政赤字8300亿元。';
    assert.deepEqual(check(text), []);
    assert.deepEqual(check(text.replace('比去年增加2000亿元', '比去年多出2000亿元')), []);
  });

  it('does not compare rates, increments, bounds, approximations or differences within rounding', () => {
    const text =
      '全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。' + // a part may grow faster
      '实际使用外资115.6亿美元，其中制造业外资占比40.9%。' + // a share
      '财政收入增加5亿元，其中税收收入增加7亿元。' + // increments
      '城镇新增就业2万人以上，其中高校毕业生2.3万人。' + // a lower bound
      '预计全年退税减税约2.5万亿元，其中留抵退税约2.8万亿元。' + // approximations
      '外贸出口2万亿元，其中对东盟出口2.4万亿元。' + // 2万亿 may be 2.49万亿
      '海拉尔航空港年旅客吞吐量达233万人次，其中口岸出入境航班297架次。' + // another unit
      '全区60岁老人全部享受补贴，其中80岁老人1.2万人。'; // ages bound a group
    assert.deepEqual(spans(text), []);
  });

  it('looks only at the clause right after 其中, not at later clauses or running totals', () => {
    const text =
      '城镇新增就业2万人，其中高校毕业生1万人，转移农村劳动力3万人。' +
      '今年新建学校5所，其中累计建成学校12所。' +
      '年度计划投资50亿元，其中新开工项目总投资80亿元。' +
      '引导社会资本3亿元参与其中，完成投资5亿元。'; // 其中 closing a clause
    assert.deepEqual(spans(text), []);
  });

  it('does not compare averages: a group may be above the overall average', () => {
    const text = '全体居民人均可支配收入32189元，其中城镇居民43834元。PM2.5平均浓度35微克/立方米，其中城区40微克/立方米。';
    assert.deepEqual(spans(text), []);
  });

  it('reports nothing on the published corpus', () => {
    assert.deepEqual(corpusFindings(), []);
  });
});
