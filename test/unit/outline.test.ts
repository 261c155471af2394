import assert from 'node:assert/strict';
import { corpus, outlineOf, SAMPLE } from './helpers';

describe('extractOutline', () => {
  const { text } = corpus(SAMPLE);
  const outline = outlineOf(text);
  const planned = outline.projects.filter((p) => p.section.startsWith('四、2022年工作安排'));
  const project = (name: string) => planned.find((p) => p.name === name);

  it('lists the projects of the plan with investment, status, stage and line', () => {
    assert.deepEqual(
      ['凤宝管业清洁煤制气', '光远六期', '致远二期', '高端电子材料产业园'].map((name) => {
        const p = project(name)!;
        return [p.name, p.investment, p.status, p.stage, p.range.startLine + 1];
      }),
      [
        ['凤宝管业清洁煤制气', 'XX亿元', '竣工投产', '竣工投产', 44],
        ['光远六期', 'XX亿元', '竣工投产', '竣工投产', 44],
        ['致远二期', 'XX亿元', '完成主要设备安装', '在建', 44],
        ['高端电子材料产业园', 'XX亿元', '开工建设', '开工', 44],
      ],
    );
    assert.equal(project('餐厨垃圾协同处置项目')?.investment, 'XXX万元');
    // Ranges cover exactly the name in the text.
    for (const p of outline.projects) assert.equal(text.slice(p.range.start, p.range.end), p.name);
    // Counts are not names.
    assert.equal(outline.projects.some((p) => /^[\dX]+个/.test(p.name)), false);
  });

  it('keeps every project the earlier extractor found in the draft, with its investment', () => {
    // The names the list-and-investment extractor found before the figure model; 红旗渠畔慢生活休闲示范带建设
    // now comes without its verb (建设).
    const earlier = [
      '凤宝热扩车桥', '保康铝轮毂一期', '林镁铝轮毂一期', '涌宝特钢一期', '智圆轴承', '第三水厂改扩建及配水管网', '中南铁路排水隧洞引水',
      'S227东姚至五龙段路面改造', '海南弘旺新能源', '嘉隆新材料', '凤宝管业清洁煤制气', '凤宝管业出口专用管', '光远六期', '致远二期', '全成制动',
      '众联兴汽车配件', '浦津制药', '高端电子材料产业园', '光远七期', '保康铝轮毂二期', '涌宝二期', '智能制造产业园', '天洋新材料', '远鹏玻璃',
      '东方合耀新材料', '水性涂料', '中国画谷', '数字红旗渠', '红旗渠景区综合提升', '担子坡民宿一期', '桃园河治理', '龙头山二期',
      '餐厨垃圾协同处置项目', '红旗渠灌区续建配套', '合涧联镇水厂管网延伸', 'G234原康至付村段南部旅游通道改造提升工程', '任马线',
      'S303殷都区交界至姚村冯家口段', '开发区污水处理厂扩建', '露水河综合整治', '桂东', '华润电力', '中国电力', '市级老年养护院', '社会福利中心改造',
      '红旗渠畔慢生活休闲示范带',
    ];
    const names = new Set(outline.projects.map((p) => p.name));
    assert.deepEqual(earlier.filter((n) => !names.has(n)), []);
    assert.equal(outline.projects.find((p) => p.name === '红旗渠畔慢生活休闲示范带')?.investment, 'XX亿元');
    assert.equal(outline.projects.find((p) => p.name === 'S303殷都区交界至姚村冯家口段')?.investment, '5784万元');
  });

  it('reads projects of the review part with the status after the name', () => {
    const reviewed = outline.projects.filter((p) => p.section.startsWith('一、2021年工作回顾'));
    const stage = (name: string) => reviewed.find((p) => p.name === name)?.stage;
    assert.equal(stage('凤宝热扩车桥'), '竣工投产');
    assert.equal(stage('兴林路西延'), '通车');
    assert.equal(stage('淇淅里小镇一期'), '投入使用');
    assert.equal(stage('洹河横水段综合治理项目'), '开工');
  });

  it('keeps goals (plan part) apart from achievements (review part), one per indicator', () => {
    const goal = (indicator: string) => outline.goals.find((g) => g.indicator === indicator);
    assert.deepEqual(
      (({ text, value, unit, change, unfilled }) => ({ text, value, unit, change, unfilled }))(goal('生产总值')!),
      { text: '生产总值增长XX%', value: 'XX', unit: '%', change: '增长', unfilled: true },
    );
    const firms = outline.goals.find((g) => g.text === '力争新增高新技术企业10家')!;
    assert.deepEqual([firms.indicator, firms.amount, firms.unit, firms.comparator, firms.unfilled], ['高新技术企业', 10, '家', '力争', false]);
    assert.ok(outline.goals.every((g) => g.section.startsWith('四、2022年工作安排')));
    // A clause that only continues a figure is its own achievement with the same indicator.
    const gdp = outline.achievements.filter((a) => a.indicator === '全市生产总值');
    assert.deepEqual(gdp.map((a) => [a.value, a.unit]), [['XXX', '亿元'], ['XX', '%']]);
    assert.ok(outline.achievements.every((a) => a.section.startsWith('一、2021年工作回顾')));
    // Project investments are not goals.
    const investment = (g: (typeof outline.goals)[number]) => text.slice(g.valueRange.start - 2, g.valueRange.start) === '投资' && text[g.valueRange.end] === '的';
    assert.ok(outline.goals.length > 40 && !outline.goals.some(investment));
  });

  it('mirrors the section tree', () => {
    assert.deepEqual(outline.sections.map((s) => s.marker + s.title), [
      '一、2021年工作回顾',
      '二、正视存在问题',
      '三、科学研判形势',
      '四、2022年工作安排',
    ]);
    assert.equal(outline.sections[3]!.children.length, 6);
  });
});
