import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ruleHarness } from './harness';

const ID = 'name-variant';
const { check, spans, corpusFindings } = ruleHarness(ID);

// Sentences of county-2022-three-level-cadre-meeting-speech.txt.
const SCENIC = '红旗渠景区上榜全国最受欢迎的十大红色旅游景区。';
const UPGRADE = '完成投资X亿元的“中国画谷”、投资X亿元的数字红旗渠、投资XX亿元的红旗渠景区综合提升等项目建设。';
const PARK_PHASE_ONE = '红旗渠现代农业产业园一期5家企业入驻投产。';
const PARK_PHASE_THREE = '开工建设红旗渠现代农业产业园三期。';

describe('rule: name-variant', () => {
  it('reports a name with one more character, on the later mention, naming the earlier one', () => {
    const text = `${SCENIC}\n${UPGRADE.replace('红旗渠景区', '红旗渠风景区')}`;
    assert.deepEqual(spans(text).map((s) => s[2]), ['红旗渠风景区']);
    const [finding] = check(text);
    assert.equal(finding!.message, '“红旗渠风景区”与第1行“红旗渠景区”写法不一，应统一');
    assert.equal(finding!.severity, 'info');
    assert.deepEqual(finding!.related?.map((r) => [r.range.start, r.range.end]), [[0, 5]]);
    assert.equal(finding!.fix, undefined);
    const en = lint(text, { format: 'text', lang: 'en' }).findings.filter((f) => f.rule === ID);
    assert.equal(en[0]!.message, '“红旗渠风景区” is written “红旗渠景区” on line 1: use one name');
  });

  it('reports a phase written with Arabic and Chinese numerals', () => {
    const text = `${PARK_PHASE_ONE}\n${PARK_PHASE_THREE.replace('三期', '1期')}`;
    assert.deepEqual(spans(text).map((s) => s[2]), ['红旗渠现代农业产业园1期']);
    assert.deepEqual(spans(`${PARK_PHASE_ONE}\n${PARK_PHASE_THREE}`), []);
  });

  it('finds the inconsistency in 12_hailar_district_2016_gwr.txt: 伊敏河景观带改造工程 / 伊敏河景观改造工程', () => {
    const text = '投资5100万元的伊敏河景观带改造工程投入使用。\n继续实施伊敏河景观改造工程。';
    assert.deepEqual(spans(text).map((s) => s[2]), ['伊敏河景观改造工程']);
  });

  it('does not pair category words, inserted facilities or grammar, or longer differences', () => {
    const cases = [
      // 10_hailar_district_2012_gwr.txt: a logistics park's project and other logistics projects.
      '推动中俄蒙国际汽车产业物流园项目按期实施，推进蒙西、国安、粮食、时利等物流项目扩建升级。',
      // county-2022-three-level-cadre-meeting-speech.txt
      '（一）坚持项目为王，着力扩大有效投资。坚持把项目建设作为主抓手。',
      // 12_hailar_district_2016_gwr.txt: two inserted characters.
      '两河圣山旅游景区基础设施和功能日益完善，依托两河圣山旅游文化景区等平台，完成两河圣山景区旅游发展总体规划。',
      '加快建设国家农业科技示范区，推进省级现代农业示范园区建设。',
      '市委统筹，市纪委监督。红旗渠公共服务中心建成投用，红旗渠公共服务分中心开工。',
      '城区供水工程完工，城区供排水工程开工。',
    ];
    for (const text of cases) assert.deepEqual(spans(text), [], text);
  });

  it('reports a quoted name written with other numerals or with a character inserted inside', () => {
    assert.deepEqual(spans('落实“三个80%”要求，确保“3个80%”目标实现。').map((s) => s[2]), ['“3个80%”']);
    assert.deepEqual(spans('深化“最多跑一次”改革，推进“最多跑一次”改革向纵深发展。'), []);
    assert.deepEqual(spans('深化“最多跑一次”改革，推进“最多跑一次改”落地。'), []);
    assert.deepEqual(spans('深化“最多跑一次”改革，推进“最多跑这一次”改革向纵深发展。').map((s) => s[2]), ['“最多跑这一次”']);
  });

  it('reports an abbreviation used alone before its definition', () => {
    // 15_statecouncil_2019_major_admin_decision_regulation.md, with a mention moved before the definition.
    const text = '决策事项应当向社会公布。\n第三条 本条例所称重大行政决策事项(以下简称决策事项)包括：';
    assert.deepEqual(spans(text, 'markdown').map((s) => s[2]), ['决策事项']);
    const [finding] = check(text, 'markdown');
    assert.equal(finding!.message, '简称“决策事项”在第2行定义之前已使用');
    assert.equal(finding!.related?.[0]?.range.startLine, 1);
    assert.deepEqual(spans('推进自贸区建设。中国（浙江）自由贸易试验区（以下简称“自贸区”）获批扩区。').map((s) => s[2]), ['自贸区']);
  });

  it('accepts the full name before the definition, the abbreviation inside a longer name, and use after it', () => {
    const text =
      '第二条 县级以上地方人民政府(以下称决策机关)重大行政决策的作出和调整程序，适用本条例。\n' +
      '第三条 本条例所称重大行政决策事项(以下简称决策事项)包括：决策事项目录应当公开。';
    assert.deepEqual(spans(text, 'markdown'), []);
    assert.deepEqual(spans('呼伦贝尔经济技术开发区加快发展。海拉尔经济开发区（以下简称“开发区”）获批。'), []);
  });

  it('accepts the abbreviation in the title lines opening the document, not in its first sentence', () => {
    // Conventions set 3 (a provincial government's minutes, title on two lines); names changed.
    const body = '会议听取了落实《甲省人民政府与乙集团有限公司合作备忘录》（以下简称合作备忘录）的意见。';
    assert.deepEqual(spans(`落实甲省人民政府与乙集团\n合作备忘录协调会议纪要\n${body}`), []);
    assert.deepEqual(spans(`甲省会议纪要\n各方对合作备忘录意见一致。${body}`).map((s) => s[2]), ['合作备忘录']);
  });

  it('reports on the published corpus only the inconsistency judged genuine', () => {
    assert.deepEqual(corpusFindings(), ['12_hailar_district_2016_gwr.txt:103:伊敏河景观改造工程']);
  });
});
