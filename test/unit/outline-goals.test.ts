import assert from 'node:assert/strict';
import { extractOutline } from '../../src/core/outline';
import { parseReport } from '../../src/core/parse';
import { outlineOf } from './helpers';
import { extractFigures } from '../../src/core/figures';

describe('extractOutline: goals', () => {
  const goals = (body: string) =>
    outlineOf(`一、2026年工作安排\n${body}\n`).goals.map((g) => [g.indicator, g.value, g.unit, g.comparator ?? '']);
  /** Indicator, value and unit, without the comparator. */
  const named = (body: string) => goals(body).map((g) => g.slice(0, 3));
  /** Indicator, value and unit of the goals of a whole text, as given. */
  const goalsOf = (text: string) => outlineOf(text).goals.map((g) => [g.indicator, g.value, g.unit]);

  it('reads the year\'s practical projects listed (纳入本市2025年民心工程的项目有, 列出了…今年…办实事的项目) as targets, wherever they stand', () => {
    // Held-out set 366 (a city bureau's notice assigning the year's targets, a deadline after it); names changed.
    const notice = goalsOf('甲市民政局关于下达2025年民心工程任务指标的通知\n各区民政局:\n纳入本市2025年民心工程的项目有:新建30家社区综合为老服务中心、新建200个家门口养老服务站。\n请各区于2月20日前正式上报各项指标落实点位具体信息。\n');
    assert.deepEqual(notice.map((g) => [g[1], g[2]]), [['30', '家'], ['200', '个']]);
    // Held-out set 363 (news of a city's draft report): a lead that lists them, though 列出了 says it was done.
    const news = goalsOf('记者从市政府办公厅获悉，报告征求意见稿已经出炉。\n征求意见稿上，列出了政府今年推进“破七难”办实事的项目：\n一是新辟公交线路10条，新增公交车辆300辆；\n二是完成农村住房改造30088户。\n');
    assert.deepEqual(news.map((g) => [g[1], g[2]]), [['10', '条'], ['300', '辆'], ['30088', '户']]);
    // Those of a year told done are none.
    assert.deepEqual(goalsOf('2024年民生实事项目已全部完成，新建学校5所。\n'), []);
  });

  it('reads a mayor\'s words on the new year (在新的一年里，政府将…) as targets, without 做到 or 也 in the indicators', () => {
    // Held-out set 363 (news of a mayor's pledges); figures changed.
    const news = goalsOf('甲市市长表示，在新的一年里，政府将加大投入，做到地区生产总值增长12%，城镇居民人均可支配收入、农民人均收入也均增长11%，把城镇登记失业率控制在3%。\n');
    assert.deepEqual(news, [
      ['地区生产总值', '12', '%'],
      ['城镇居民人均可支配收入', '11', '%'],
      ['农民人均收入', '11', '%'],
      ['城镇登记失业率', '3', '%'],
    ]);
  });

  it('reads a report titled on how a year\'s works go (…进展情况) as of a year in progress, its year\'s key works set out as planned', () => {
    // Held-out set 362 (a province's report on its key projects to April); figures changed.
    const outline = outlineOf('2012年甲省重大项目投资及实施进展情况\n今年我省共安排省重大项目210个，年度计划投资4400亿元。1-4月，200个实施项目完成投资1200亿元，占年度计划的27%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['210', '个'], ['4400', '亿元']]);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['200', '个'], ['1200', '亿元'], ['27', '%']]);
  });

  it('reads the year\'s planned investment said with 今年 or 全年 (今年计划投资1.07亿元，具体将实施…) as setting targets', () => {
    // Held-out set 365 (a county water bureau's year); names and figures changed.
    const outline = outlineOf('二是实施惠民工程。今年计划投资1.2亿元，具体将实施甲塘灌区续建配套等项目，衬砌渠道3条、新建泵站9座。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['1.2', '亿元'], ['3', '条'], ['9', '座']]);
  });

  it('leaves the words stating targets (明确目标任务为) out of an indicator, and names what is counted after where it is (80条老百姓身边的微循环路)', () => {
    // Held-out sets 365 (a city transport bureau's meeting) and 366 (a city's construction plan); figures changed.
    assert.deepEqual(goalsOf('会议明确目标任务为2021年度全市公路水运项目80个。\n'), [['全市公路水运项目', '80', '个']]);
    assert.deepEqual(goalsOf('今年将建成70条老百姓身边的微循环路。\n'), [['微循环路', '70', '条']]);
  });

  it('leaves who aims out of an indicator (全市上下确保地区生产总值…), but keeps the subject of an aim opening with a verb (交通工作要确保完成建设投资)', () => {
    // Held-out set 375: a task table flattened into one line ran its header into the indicator.
    assert.deepEqual(named('今年全市上下确保地区生产总值增长7%以上。重点工作序号内容与要求责任单位1确保一般公共预算收入增长6%。'), [
      ['地区生产总值', '7', '%'],
      ['一般公共预算收入', '6', '%'],
    ]);
    const [investment] = named('今年主要交通工作要确保完成建设投资2亿元。');
    assert.ok(investment![0]!.includes('交通'), investment![0]);
  });

  it('reads a year\'s key works introducing their list (2011年交通发展重点项目：) as setting targets, a work\'s money named by the work started in the clause before', () => {
    // Held-out set 377 (news of a city transport meeting, 2011); names changed.
    assert.deepEqual(goalsOf('会议指出，过去五年，是我市交通运输事业发展最快的时期。2011年交通发展重点项目：一是开工建设甲乙高速公路，完成投资80000万元。\n'), [
      ['甲乙高速公路投资', '80000', '万元'],
    ]);
  });

  it('names bare money by the work the short task sentence before names (一是重点推进高速公路建设。计划投资…)', () => {
    // Held-out set 383 (news of a city transport meeting, 2015).
    assert.deepEqual(named('一是重点推进高速公路建设。计划投资80.7亿元，确保甲乙高速公路建成通车。二是加快普通公路建设。计划完成投资12.6亿元。').map((g) => g[0]), [
      '高速公路投资',
      '普通公路投资',
    ]);
  });

  it('names a count by those counted and the work done on each after 的 (190个小区的二次供水综合设施改造工程)', () => {
    // Held-out set 382 (a district's 实事 list, 2017).
    assert.deepEqual(named('完成190个小区的二次供水综合设施改造工程。年内完成20条城区道路的改造提升。').map((g) => g[0]), ['小区二次供水综合设施改造', '城区道路改造提升']);
  });

  it('names a length right after works counted (开工6个项目193.3公里) by those works', () => {
    // Held-out set 365 (news of a city transport meeting, 2013).
    assert.deepEqual(named('干线公路开工6个项目193.3公里。').map((g) => g[0]), ['干线公路开工项目', '干线公路开工项目']);
  });

  it('reads a work\'s size as its profile where the sentence opens with it (A医院新院总建筑面积…) or turns to it (…，该项目总建筑面积…)', () => {
    // Held-out set 365 (news of a city's health works, 2015); names changed.
    assert.deepEqual(named('甲市医院新院总建筑面积14.98万平方米，将建设门诊楼、住院楼，近期规划床位800张，远期规划床位1000张。'), []);
    assert.deepEqual(named('正在建设的有乙医院东海分院，该项目总建筑面积约11.1万平方米，设计病床1000张。今年计划投资8000万元。').map((g) => g[1]), ['8000']);
    assert.deepEqual(named('位于丙街道的丁医院总建筑面积11.2万平方米，首期规模1000张床位，将建设医疗主体楼。'), []);
  });

  it('reads a paragraph opening on the year\'s focus (…是今年我市交通运输工作的重点。) as a plan, after news of the year behind', () => {
    // Held-out set 365 (news of a city transport meeting); figures changed.
    const outline = outlineOf('记者从5月16日召开的全市交通运输工作会议上获悉，2012年我市高速通车里程稳居全省第一。\n加快交通基础设施建设是今年我市交通运输工作的重点。强力推进干线公路建设，干线公路开工5个项目、建成通车8个项目。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5', '个'], ['8', '个']]);
  });

  it('reads a speech opening on the year ahead after a quoted line (“…。”今年，我们将…) as a report on the plan', () => {
    // Held-out set 369 (a city's report on its practical projects); figures changed.
    const outline = outlineOf('甲市2016年政府工作报告\n“天地之大，黎元为先。”今年，我们将围绕广大市民关切的问题，继续办好十件实事。\n1、缓解交通拥堵。综合整治50处交通堵点。建成微循环道路90条。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['50', '处'], ['90', '条']]);
  });

  it('reads a part titled with how the year\'s work went (2022年工作情况) as a review', () => {
    // Blind set 86 (a city bureau's yearly summary and plan on stored pages).
    const outline = outlineOf('一、2022年工作情况\n2022年，住建局实施城市建设提升项目42项，完成投资50.1亿元。\n');
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['42', '项'], ['50.1', '亿元']]);
  });

  it('reads numbered or bulleted items that each state a task (4.实施…整治20处, ·新增…242间) as plans where nothing dates them, not ones telling what was done', () => {
    // Blind set 128 (a city's 民生实事 list, its title cut off); names changed.
    const outline = outlineOf('一、方便市民出行\n1.实施城市道路路口整治20处\n2.完成城市道路检查井盖病害治理1万座\n3.建成甲山旅游环线50公里\n4.完成了乙河治理3公里\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['20', '处'], ['1', '万座'], ['50', '公里']]);
    // Blind set 129 (a street's half-year plan, its items bulleted).
    const bulleted = outlineOf('强化城市规划建设管理\n·新增人才公寓房源242间\n·完成2个一级微型消防站\n·已完成3个小区改造\n');
    assert.deepEqual(bulleted.goals.map((g) => [g.value, g.unit]), [['242', '间'], ['2', '个']]);
    // Held-out set 180: a space after the bullet.
    assert.deepEqual(outlineOf('• 加快第二批搬迁市属国企总部建设\n• 建设24处社区（村）公园，增补3万平方米小微绿地\n').goals.map((g) => [g.value, g.unit]), [['24', '处'], ['3', '万平方米']]);
  });

  it('reads a paragraph nothing dates that opens on a year and what we must do (2012年，我们要…) as setting targets, not one on what is required', () => {
    // Blind set 126 (a town's speech at a county economic work meeting); names changed.
    assert.deepEqual(goalsOf('2012年，我们要突出三条主线。计划工业总产值增长20%，社会固定资产投资2000万元。\n'), [
      ['工业总产值', '20', '%'],
      ['社会固定资产投资', '2000', '万元'],
    ]);
    assert.deepEqual(goalsOf('2011年，全镇主要指标稳步增长，工业总产值增长18%。\n'), []);
  });

  it('reads the sentences of a paragraph stating targets that open on an earlier year (2012年，…) as results, but not dates targets are set for', () => {
    // Blind set 126 (news of a city's farm work meeting); names changed.
    const outline = outlineOf(
      '3月1日，全市农业工作会议召开。\n2012年，我市粮食总产41.1万吨；生猪出栏40万头。2013年，我市农业工作主要目标是：粮食总产42万吨，肉蛋总产10万吨。\n',
    );
    assert.deepEqual(outline.achievements.map((g) => [g.indicator, g.value]), [['我市粮食总产', '41.1'], ['生猪出栏', '40']]);
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [['粮食总产', '42'], ['肉蛋总产', '10']]);
    const milestones = outlineOf('甲市实施方案\n主要目标是：2023年底前，建成污水处理厂3座；到2025年，建成5座。\n');
    assert.deepEqual(milestones.goals.map((g) => g.value), ['3', '5']);
  });

  it('reads what a plan\'s progress report says is done by now (目前主体完成约70%, 目前已新增…15个) as results', () => {
    // Blind set 125 (a street's list of the year's projects with their progress); names changed.
    const outline = outlineOf('一、2025年民生实事项目\n甲苑二期新建工程：该项目于2023年6月开工，目前主体完成约70%。新增便民停车泊位50个，目前已新增路边泊位15个。\n');
    assert.deepEqual(outline.goals.map((g) => g.value), ['50']);
    assert.deepEqual(outline.achievements.map((g) => g.value), ['70', '15']);
    // 项目前期 holds no 目前.
    assert.deepEqual(outlineOf('加快甲乙水库项目前期工作，力争新开工项目5个。\n').goals.map((g) => g.value), ['5']);
  });

  it('reads a part titled as a summing up of key work (今年重点工作总结) as a review, its paragraphs opening on 今年 too', () => {
    // Blind set 124 (a county bureau's summary and next year's ideas); names changed.
    const outline = outlineOf('甲县民政局2023年重点工作总结及2024年工作思路\n一、今年重点工作总结\n今年我局共推进谋划重大专项债项目10项，年度投资2.05亿元。\n');
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['10', '项'], ['2.05', '亿元']]);
  });

  it('reads a paragraph opening on a date passed (截至9月底) as results so far, whatever its part says', () => {
    // Blind set 86 (a town's summary under a title naming both 目标完成情况 and 全年预期目标); names changed.
    const outline = outlineOf('一、目标完成情况及全年预期目标\n截至9月底，完成规模以上工业总产值10.7亿元，增幅17%。\n全年预期目标是：全镇规模以上工业总产值13.5亿元。\n');
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['10.7', '亿元'], ['17', '%']]);
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['13.5', '亿元']]);
    // Held-out set 199: also after a news lead (`19日，记者从…获悉，截至8月底，`).
    const news = outlineOf('19日，记者从市政府督考办获悉，截至8月底，15项重点民生实事39个项目持续推进落实。其中，12个项目超额完成节点目标。\n');
    assert.deepEqual(news.goals, []);
  });

  it('reads a length before 的 and works of a kind as a target, and a work\'s 全长, width or depth as its size', () => {
    // Blind set 86 (a county's 民生实事 list); names changed.
    assert.deepEqual(named('新建50公里的乡村道路，铺设甲大道供热主管网，全长约4.3公里。'), [['乡村道路', '50', '公里']]);
    assert.deepEqual(named('建设全长50公里的乙丙高速。'), []);
    // Held-out set 156: a span of years worked through (`全力冲刺3年`) is no target either.
    assert.deepEqual(named('今年，全市将全力冲刺3年，新开工产业项目63个。'), [['新开工产业项目', '63', '个']]);
    // Held-out set 198: so is its width or depth (`9米宽环湖绿道`, `宽12米道路`), not a length of works (`12公里高速公路`).
    assert.deepEqual(named('打造 9米宽环湖绿道。新建宽12米道路3公里。建设12公里高速公路。'), [['道路', '3', '公里'], ['高速公路', '12', '公里']]);
  });

  it('reads a policy document (its title a 实施意见, 行动方案, 若干措施 or 分解方案) as a plan, except its account of where things stand', () => {
    // Blind set 88 (policy documents on stored pages); names changed.
    const body = '一、强化科技创新\n2025年，全社会研发投入强度达到2.95%。\n';
    assert.deepEqual(outlineOf(body).goals, []);
    for (const title of [
      '甲区关于推动经济高质量发展若干政策举措（2025年版）',
      '甲市人民政府关于印发甲市区域合作深化行动方案的通知',
      // Blind set 98.
      '甲州2019—2020年交通建设推进方案',
      '关于实施“2342”工程促进区域经济高质量发展的意见',
      // Held-out set 205.
      '（乙丙省）甲丁市2023年《政府工作报告》目标任务责任分解方案',
    ]) {
      assert.deepEqual(outlineOf(`${title}\n${body}`).goals.map((g) => [g.indicator, g.value]), [['全社会研发投入强度', '2.95']], title);
    }
    const background = outlineOf('乙市关于加快发展养老服务业的实施意见\n一、重要意义\n截止2014年末，全市60周岁以上老年人达49.4万人，到2020年将达到60万人。\n二、发展现状\n全市养老床位1.2万张。\n');
    assert.deepEqual(background.goals, []);
    assert.deepEqual(background.achievements.map((g) => g.value), ['49.4', '60', '1.2']);
  });

  it('reads a bound value before the measure that ends its clause as a target (完成超过5000亿元综合交通投资)', () => {
    // Blind set 88.
    assert.deepEqual(goals('完成超过5000亿元综合交通投资。'), [['综合交通投资', '5000', '亿元', '超过']]);
    assert.deepEqual(named('新增年收入超50万元的经济强村5个。'), [['年收入超50万元的经济强村', '5', '个']]);
  });

  it('leaves a year left as a placeholder (20XX年) out of the indicator, and reads a work\'s 造价 as no target', () => {
    // Blind set 89 (a bureau's plan with its years masked as 20xx).
    assert.deepEqual(named('甲线改造工程全长约24公里，造价约7亿元。20XX年完成投资2亿元。'), [['投资', '2', '亿元']]);
  });

  it('reads 人年 and 微克每立方米 as units, and 人 before 年均 as 人', () => {
    // Blind set 90 (policy documents).
    assert.deepEqual(named('每万名就业人员中研发人员达到209人年以上，细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下。'), [
      ['每万名就业人员中研发人员', '209', '人年'],
      ['细颗粒物(PM2.5)年均浓度', '29', '微克每立方米'],
    ]);
    assert.deepEqual(named('新增就业2万人。').concat(named('培训农民2万人年均增收5%。')).map((g) => g[2]), ['万人', '万人', '%']);
  });

  it('reads a count of what the text has named (这12个项目) as no target, and a sentence of the plan on the year behind as results', () => {
    // Blind set 92 (a district leader's speech at a groundbreaking); names changed.
    const outline = outlineOf('二、2017年工作安排\n过去一年，全年完成全社会固定资产投资41.08亿元，增长14.1%。今天集中开工的这12个项目，总投资10亿余元。今年全社会固定资产投资增长10%，新开工项目30个。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['10', '%'], ['30', '个']]);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['41.08', '亿元'], ['14.1', '%']]);
  });

  it('reads a news item\'s day opening a sentence (5日，记者…) as a date, not a figure', () => {
    // Blind set 94 (a newspaper item on a bureau's plan).
    assert.deepEqual(named('5日，记者在市住建委获悉，今年新建公园5个，审批时限压缩至3日。'), [
      ['公园', '5', '个'],
      ['审批时限压缩至', '3', '日'],
    ]);
  });

  it('counts 人口 as the noun after a scale, not 人 as the unit (9万人口), and people named after a scale in 万人 (300万农村人口)', () => {
    // Blind set 86 (a 民生实事 list): the indicator had kept 口 alone.
    const [goal] = named('有效改善9万人口的饮水安全问题。');
    assert.deepEqual([goal![1], goal![2]], ['9', '万人']);
    assert.ok(goal![0]!.includes('人口'), goal![0]);
    // Held-out set 374: the people a plan reaches are counted in 万人, as labellers and the same figure elsewhere write them.
    assert.deepEqual(named('解决300万农村人口饮水安全问题。').map((g) => [g[1], g[2]]), [['300', '万人']]);
  });

  it('reads 台阶 after a scale as a step, not 台 as the unit (迈上5万亿元台阶, 4万亿台阶)', () => {
    // Held-out set 374 (news of a provincial report): `4万亿台阶` had read the unit 万亿台.
    assert.deepEqual(named('2026年全省生产总值迈上5万亿台阶。').map((g) => g[2]), ['万亿']);
  });

  it('names a count by the noun after it, not by the members named in brackets after the noun', () => {
    // Blind set 85 (a 2016 district plan on stored pages); names changed.
    assert.deepEqual(named('竣工3所幼儿园(甲山配套幼儿园、乙庐配套幼儿园、丙和山配套幼儿园)，开工1所幼儿园(丁港单元R22-01幼儿园)、1所小学(戊港单元R21-01地块配套小学)。'), [
      ['竣工幼儿园', '3', '所'],
      ['开工幼儿园', '1', '所'],
      ['小学', '1', '所'],
    ]);
  });

  it('reads the targets of a Markdown quote running over several lines without its `>` marks', () => {
    const md = '# 报告\n\n## 一、2026年工作安排\n\n> 全年目标是：\n> 地区生产总值增长5%左右，\n> 城镇新增就业1万人。\n';
    const outline = extractOutline(parseReport(md, { format: 'markdown' }));
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['地区生产总值', '5', '%'],
        ['城镇新增就业', '1', '万人'],
      ],
    );
  });

  it('reads 上涨, 下跌 and 回落 as changes, not part of the indicator', () => {
    const changes = outlineOf('一、2026年工作安排\n居民消费价格上涨2%左右，工业生产者出厂价格下跌幅度收窄，商品房库存回落10%。\n').goals;
    assert.deepEqual(changes.map((g) => [g.indicator, g.value, g.change]), [
      ['居民消费价格', '2', '上涨'],
      ['商品房库存', '10', '回落'],
    ]);
  });

  it('leaves 发行 before and 拟安排 after what is issued or spent out of the indicator', () => {
    // The national 2025 plan's figures, as the press summed them up.
    assert.deepEqual(named('拟发行超长期特别国债1.3万亿元。今年中央预算内投资拟安排7350亿元。报纸发行量达到100万份。'), [
      ['超长期特别国债', '1.3', '万亿元'],
      ['中央预算内投资', '7350', '亿元'],
      ['报纸发行量', '100', '万份'],
    ]);
  });

  it('reads an age reached as a target, bounded or not, and an age bounding a group as none', () => {
    assert.deepEqual(goals('人均预期寿命提高到80岁以上，为3岁以下婴幼儿提供托育服务，70周岁以上的老年人免费体检。'), [['人均预期寿命', '80', '岁', '以上']]);
  });

  it('counts no indicators of the plan nor the things to do as targets: 13个预期性指标, 3件事', () => {
    assert.deepEqual(named('提出21个主要指标，包括13个预期性指标、8个约束性指标。突出抓好渔船“木改钢”、化工老旧装置改造和矿山全面排查整治3件事，新建城市公园20个。'), [
      ['城市公园', '20', '个'],
    ]);
  });

  it('leaves the year a value is for or compared with out of its indicator: 到2027年达到, 提升至2025年的, 较2020年下降', () => {
    assert.deepEqual(named('森林覆盖率到2027年达到35%。'), [['森林覆盖率', '35', '%']]);
    const achievements = outlineOf('一、“十四五”时期工作回顾\n城镇化率从2020年的60%提升至2025年的65%，人均GDP提高到2025年的7.4万元，PM2.5年均浓度较2020年下降25%。\n').achievements;
    assert.deepEqual(achievements.map((a) => [a.indicator, a.value, a.unit]), [
      ['城镇化率', '65', '%'],
      ['人均GDP', '7.4', '万元'],
      ['PM2.5年均浓度', '25', '%'],
    ]);
  });

  it('keeps a goal whose value is left as asterisks or ○○, flagged as unfilled', () => {
    const outline = outlineOf('一、2026年工作安排\n全市计划开工重大项目*个，地区生产总值增长○○%左右。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit, g.unfilled]), [
      ['全市计划开工重大项目', '*', '个', true],
      ['地区生产总值', '○○', '%', true],
    ]);
  });

  it('reads a number whose thousands are set off by Latin commas as one value', () => {
    const full = (body: string) => outlineOf(`一、2026年工作安排\n${body}\n`).goals.map((g) => [g.indicator, g.value, g.amount, g.unit]);
    assert.deepEqual(full('城镇新增就业200,000人以上，居民人均可支配收入达到35,600.5元，完成投资1,200亿元。'), [
      ['城镇新增就业', '200,000', 200000, '人'],
      ['居民人均可支配收入', '35,600.5', 35600.5, '元'],
      ['投资', '1,200', 1.2e11, '亿元'],
    ]);
  });

  it('leaves list bullets (●, ◆) and a level kept (继续保持, 连续保持) out of the indicator', () => {
    // A provincial 2025 plan as a newspaper listed it.
    assert.deepEqual(named('●经济增长6%左右\n◆城镇新增就业70万人以上\n●粮食产量继续保持500亿斤以上\n国控断面水质优良比例连续保持100%。'), [
      ['经济', '6', '%'],
      ['城镇新增就业', '70', '万人'],
      ['粮食产量', '500', '亿斤'],
      ['国控断面水质优良比例', '100', '%'],
    ]);
  });

  it('leaves the words stating the year\'s targets out of the first indicator when no colon ends them', () => {
    // A blind set's 松原 2024 plan, as a newspaper quoted it.
    assert.deepEqual(named('甲原经济社会发展主要预期目标是地区生产总值增长6%，规模以上工业增加值增长7%。'), [
      ['地区生产总值', '6', '%'],
      ['规模以上工业增加值', '7', '%'],
    ]);
  });

  it('reads a grade in Latin letters as opening the noun counted, and 新建、续建 works as a target', () => {
    // A blind set's 江岸 2020 and 伍家岗 2023 plans.
    assert.deepEqual(named('推动40栋C级、15栋B级危房治理工作。新建3家AAAA级景区。'), [
      ['C级危房治理工作', '40', '栋'],
      ['B级危房治理', '15', '栋'],
      ['AAAA级景区', '3', '家'],
    ]);
    assert.deepEqual(named('新建、续建108个城建项目。'), [['城建项目', '108', '个']]);
    assert.deepEqual(named('续建108个城建项目。'), []);
  });

  it('gives a level alone the indicator before it with its own level, and keeps a size class in the subject it counts', () => {
    // Blind sets' 高县 2022 and 广德 2023 plans (names changed).
    assert.deepEqual(named('到2026年，力争新培育国家级龙头企业2户、省级5户、县级50户。'), [
      ['新培育国家级龙头企业', '2', '户'],
      ['新培育省级龙头企业', '5', '户'],
      ['新培育县级龙头企业', '50', '户'],
    ]);
    assert.deepEqual(named('规上亩均税收增长15%以上，应税销售收入20亿元以上企业达10家。'), [
      ['规上亩均税收', '15', '%'],
      ['应税销售收入20亿元以上企业', '10', '家'],
    ]);
  });

  it('gives each listed subject the value said of each (各), and leaves what is looked after', () => {
    assert.deepEqual(goals('新建东湖实验室、西山创新中心各20家。守护、利用好531处国保单位。'), [
      ['东湖实验室', '20', '家', ''],
      ['西山创新中心', '20', '家', ''],
    ]);
  });

  it('reads a version (3.0方案) as no figure, 及以下 as a bound, and a count before 提档… as counting what follows', () => {
    assert.deepEqual(goals('推动出台服务业扩大开放3.0方案。'), []);
    assert.deepEqual(goals('关停淘汰10万千瓦及以下燃煤机组。'), []);
    assert.deepEqual(goals('建设300个以上精品示范村、2500个左右提档升级村。'), [
      ['精品示范村', '300', '个', '以上'],
      ['提档升级村', '2500', '个', '左右'],
    ]);
  });
  it('reads a part that names both the past five years and the next paragraph by paragraph, with structural counts and rates over a scaled base', () => {
    const o = outlineOf(
      [
        '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
        '“十四五”时期是极不平凡的五年，我们攻坚克难。',
        '这五年，地区生产总值年均增长5.2%，公园总数达1136个。',
        '“十五五”时期是基本实现现代化的关键时期。',
        '《纲要草案》设置了29项主要指标，包括：地区生产总值年均增速4.5%—5%，单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下。',
        '《纲要草案》具体部署了13项任务举措。',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      o.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['地区生产总值年均增速', '4.5-5', '%'],
        ['单位地区生产总值生产安全事故死亡率', '0.6', '人/百亿元'],
      ],
    );
    assert.deepEqual(
      o.achievements.map((g) => [g.value, g.unit]),
      [
        ['5.2', '%'],
        ['1136', '个'],
      ],
    );
  });
  it('gives a rate of change said once of listed subjects to each, sharing a head; an amount stays their sum', () => {
    assert.deepEqual(goals('工业投资、民间投资年均增长6％左右，高新技术、科技型中小企业数量增长10％以上，飞播造林、封山育林8000亩。'), [
      ['工业投资', '6', '%', '左右'],
      ['民间投资', '6', '%', '左右'],
      ['高新技术企业数量', '10', '%', '以上'],
      ['科技型中小企业数量', '10', '%', '以上'],
      ['飞播造林、封山育林', '8000', '亩', ''],
    ]);
  });
  it('names what a total, a new level or a bounded share measures, with 批次 as a unit; a per-student sum is a standard', () => {
    assert.deepEqual(goals('资助残疾人大学生和困难残疾人家庭子女大学生，合计6300名。'), [['资助残疾人大学生和困难残疾人家庭子女大学生', '6300', '名', '']]);
    assert.deepEqual(goals('粮食综合生产能力迈上1000亿斤新台阶，推动60%以上的县级特困供养机构三级达标。'), [
      ['粮食综合生产能力', '1000', '亿斤', ''],
      ['县级特困供养机构三级达标', '60', '%', '以上'],
    ]);
    assert.deepEqual(goals('十一是大型农贸批发市场完成不少于100万批次农产品快检。'), [['农产品快检', '100', '万批次', '不少于']]);
    // A level to stand on after a rate goes on with the rate's subject: `奋力站上…大台阶` names nothing itself.
    assert.deepEqual(goals('地区生产总值增长6%左右、奋力站上3000亿元大台阶。'), [
      ['地区生产总值', '6', '%', '左右'],
      ['地区生产总值', '3000', '亿元', ''],
    ]);
    assert.deepEqual(goals('达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上，省属公办普通高校生均经费增加1000元。'), [
      ['服务能力标准的乡镇卫生院、社区卫生服务中心占比', '90', '%', '以上'],
    ]);
  });
  it('gives each listed subject a value said with 要分别, and reads a rate equal to the number listed as a rate, not their count', () => {
    assert.deepEqual(goals('今年化学需氧量、氨氮排放量要分别下降2%。'), [
      ['化学需氧量', '2', '%', ''],
      ['氨氮排放量', '2', '%', ''],
    ]);
  });
  it('gives a bare amount the work named by the clause before or by the paragraph\'s lead sentence, and keeps 重点 on a count of key projects', () => {
    assert.deepEqual(goals('全力建设中俄蒙国际物流园区，全年计划投资3亿元。'), [['中俄蒙国际物流园区投资', '3', '亿元', '']]);
    assert.deepEqual(goals('全面加快东山组团建设。坚持规划先行，高质量推进组团建设。年内计划投资64.8亿元，实施重点项目32个。'), [
      ['东山组团投资', '64.8', '亿元', ''],
      ['重点项目', '32', '个', ''],
    ]);
    // Held-out set 241 (a bureau's key-project table, 2014): a work named with its status, its stretch in brackets, also in a table's last cell.
    assert.deepEqual(goals('路网完善工程 | 甲乙高架北延（丙丁路—沪宁高速公路）年内通车，完成投资3.36亿元；戊己路年内完工，完成投资2亿元。'), [
      ['甲乙高架北延投资', '3.36', '亿元', ''],
      ['戊己路投资', '2', '亿元', ''],
    ]);
    // A task, not a work, opens with its verb: `抓好新建煤矿投产`.
    assert.deepEqual(goals('抓好新建煤矿投产，新增千万吨产能。').map((g) => g[0]), ['产能']);
  });
  it('leaves counts of designated hubs under way, also later in the list, and counts of the places just listed after a slogan', () => {
    assert.deepEqual(goals('加快东港国际航空枢纽、南关等10个国家物流枢纽、北塘等5个国家骨干冷链物流基地建设。“省市共建、一室一策”支持东山、西山、南山3个省实验室高效运行。'), []);
  });

  it('reads a stage said with 基本, another measure of what was just counted, a measure changed to a new value, and places listed before a verb', () => {
    assert.deepEqual(named('新开工棚户区改造3670套，基本建成9323套。'), [
      ['新开工棚户区', '3670', '套'],
      ['棚户区基本建成', '9323', '套'],
    ]);
    assert.deepEqual(named('完成175个老旧小区改造，改造户数18687户。'), [
      ['老旧小区', '175', '个'],
      ['老旧小区户数', '18687', '户'],
    ]);
    assert.deepEqual(named('医疗救助范围扩大至9类群体，救助标准提高至3万元。'), [
      ['医疗救助范围', '9', '类'],
      ['救助标准', '3', '万元'],
    ]);
    assert.deepEqual(named('在火车站、明珠路、滨河便民市场新建3座人行天桥。'), [['人行天桥', '3', '座']]);
  });

  it('reads the sizes and money of a work profiled by where it is as no targets', () => {
    assert.deepEqual(
      goals('甲县人民医院二期项目位于公园路与龙凤大道交叉口，建筑规模约8.8万平方米，床位数 878张，总投资6.0亿元。项目总投资4.2亿，计划2025年完工。新增床位500张。'),
      [['床位', '500', '张', '']],
    );
  });

  it('reads a plan under a title of 工作重点 or 工作要点', () => {
    for (const title of ['2026年交通运输工作重点', '县水利局2026年工作要点']) {
      const outline = outlineOf(`${title}\n2026年，计划新建农村公路120公里。\n`);
      assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [['农村公路', '120', '公里']], title);
    }
  });
  it('keeps the verbs of works counted that nothing else names', () => {
    assert.deepEqual(named('启动新建改造项目123个，建成市级示范项目15个以上。'), [
      ['启动新建改造项目', '123', '个'],
      ['市级示范项目', '15', '个'],
    ]);
  });
  it('names classes and places a count of works makes by those works, but not a measure after a count of places', () => {
    assert.deepEqual(named('开工建设学校17所，新增班数282个，提供学位10940个。'), [
      ['开工建设学校', '17', '所'],
      ['开工建设学校班数', '282', '个'],
      ['开工建设学校学位', '10940', '个'],
    ]);
    assert.deepEqual(named('甲、乙等10个县区通了新的高速公路，新增里程590公里。').at(-1), ['里程', '590', '公里']);
  });

  it('names a count by the noun after a condition it meets (符合条件的, 满足条件的)', () => {
    assert.deepEqual(named('帮扶3000名符合条件的残疾人就业创业。'), [['帮扶残疾人就业创业', '3000', '名']]);
  });

  it('names a count by the noun after a voltage class, whatever the words before it', () => {
    assert.deepEqual(named('建设东岭变等4座110千伏变电站，新建3座220千伏变电站。'), [
      ['变电站', '4', '座'],
      ['变电站', '3', '座'],
    ]);
  });

  it('reads a capacity named before a work\'s noun as the work\'s size, and gives a bare investment the work opened with 开展', () => {
    assert.deepEqual(named('建成甲港燃气年输气量3亿方门站，完成乙城燃气输气能力15万方/小时门站，全年发电量达到12亿千瓦时。'), [['发电量', '12', '亿千瓦时']]);
    assert.deepEqual(named('开展农村人居环境整治，完成投资18亿元。'), [['农村人居环境整治投资', '18', '亿元']]);
  });

  it('reads an area bounded before the measure it is, and a share before 的 as counting what follows unless a verb stands before it', () => {
    assert.deepEqual(named('到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求。').map((g) => g.slice(1)), [['50', '平方公里']]);
    assert.deepEqual(named('确保50%的城市社区建成完备的社区嵌入式服务综合体。'), [['城市社区建成完备的社区嵌入式服务综合体', '50', '%']]);
    assert.deepEqual(named('90%的县医院达到三级医院服务能力水平，城镇登记失业率控制在5.5%的较低水平。'), [
      ['县医院达到三级医院服务能力水平', '90', '%'],
      ['城镇登记失业率', '5.5', '%'],
    ]);
  });

  it('reads a range written with its unit twice as one value, and not a change from an old value', () => {
    assert.deepEqual(goals('每个县新建2个至3个社区公园，新增就业5万人～8万人以上。'), [
      ['社区公园', '2-3', '个', ''],
      ['就业', '5-8', '万人', '以上'],
    ]);
    assert.deepEqual(named('村级集体经济收入由5万元提高到8万元。'), [['村级集体经济收入', '8', '万元']]);
  });

  it('reads a count that ends its clause after two kinds listed as their target, not as counting the list', () => {
    assert.deepEqual(named('力争全年新认定市级以上企业技术中心、工业设计中心2家以上。'), [['新认定市级以上企业技术中心、工业设计中心', '2', '家']]);
    assert.deepEqual(goals('启用智慧城管、智慧社区2个智慧应用。'), []);
  });

  it('reads 亩次 as a unit, and a format (3人制, 5年制) as no figure', () => {
    assert.deepEqual(goals('农机作业服务面积60万亩次以上。'), [['农机作业服务面积', '60', '万亩次', '以上']]);
    assert.deepEqual(goals('新建3人制篮球场200处，开设5年制高职专业10个。').map((g) => g.slice(1, 3)), [
      ['200', '处'],
      ['10', '个'],
    ]);
  });

  it('takes the period from the part, not from a section title inside it', () => {
    const text = ['一、2025年工作回顾', '（二）聚力落实国家重大战略任务', '技术合同成交额达到6496.8亿元，增长24.9%。', '二、2026年工作安排', '（一）做好总结评估', '技术合同成交额增长10%。'].join('\n');
    const { goals: planned, achievements } = outlineOf(text);
    assert.deepEqual(planned.map((g) => [g.indicator, g.value]), [['技术合同成交额', '10']]);
    assert.deepEqual(achievements.map((g) => g.value), ['6496.8', '24.9']);
  });

  it('splits several targets into one goal per indicator', () => {
    assert.deepEqual(goals('服务贸易增长6%、数字贸易增长8%以上。'), [
      ['服务贸易', '6', '%', ''],
      ['数字贸易', '8', '%', '以上'],
    ]);
    assert.deepEqual(goals('城镇和农村居民人均可支配收入分别增长5%、6%。'), [
      ['城镇居民人均可支配收入', '5', '%', ''],
      ['农村居民人均可支配收入', '6', '%', ''],
    ]);
    assert.deepEqual(goals('旅游人数突破400万人次，旅游收入达到40亿元，分别增长10%。').map((g) => g.slice(0, 3)), [
      ['旅游人数', '400', '万人次'],
      ['旅游收入', '40', '亿元'],
      ['旅游人数', '10', '%'],
      ['旅游收入', '10', '%'],
    ]);
  });

  it('names the indicator when the value is written without it', () => {
    assert.deepEqual(goals('发行超长期特别国债，今年先发行1万亿元。完成地质灾害避险2.08万人搬迁任务。人均预期寿命达到79岁。'), [
      ['超长期特别国债', '1', '万亿元', ''],
      ['地质灾害避险搬迁', '2.08', '万人', ''],
      ['人均预期寿命', '79', '岁', ''],
    ]);
    // An age that bounds a group is not a target.
    assert.deepEqual(goals('将3岁以下婴幼儿照护费用纳入专项附加扣除。'), []);
  });

  it('names an action said alone after the works it is done to', () => {
    assert.deepEqual(goals('二是实施老街改造项目，开工建设3000户。三是实施乡村道路建设项目，新建乡村道路80公里，重点养护120公里。四是实施小巷整治工程，完成治理15条。'), [
      ['老街改造开工', '3000', '户', ''],
      ['乡村道路', '80', '公里', ''],
      ['乡村道路养护', '120', '公里', ''],
      ['小巷整治完成治理', '15', '条', ''],
    ]);
  });

  it('names a count after what the counted have before 的', () => {
    assert.deepEqual(goals('新建3个具有示范作用的现代农业产业园，培育5个年产值超十亿元的龙头企业，力争1-2个具有内核生长功能的稀缺性、标志性重大科技基础设施落地。抓好520个村的人居环境整治。'), [
      ['现代农业产业园', '3', '个', ''],
      ['龙头企业', '5', '个', ''],
      ['重大科技基础设施落地', '1-2', '个', '力争'],
      ['抓好村的人居环境整治', '520', '个', ''],
    ]);
  });

  it('reads a value over a threshold before what it qualifies as no target, but a target stated over one as a target', () => {
    assert.deepEqual(goals('新增年收入超50万元的经济强村8个。培育一批产值超3亿元、税收超800万元的骨干企业。服务30个预增产值过1000万元的企业。实现地区生产总值超200亿元的目标，力争财政收入超15亿元。'), [
      ['年收入超50万元的经济强村', '8', '个', ''],
      ['服务预增产值过', '30', '个', ''],
      ['地区生产总值', '200', '亿元', '超'],
      ['财政收入', '15', '亿元', '超'],
    ]);
  });

  it('reads units from the full table, ranges and scales', () => {
    const outline = outlineOf('一、2026年工作安排\n粮食产量保持在1.3万亿斤以上，集装箱吞吐量达到4500万标箱，智能算力达到10Eflops，生产总值增长5%—5.5%，新建幼儿园两所。\n');
    assert.deepEqual(
      outline.goals.map((g) => [g.unit, g.amount, g.upper ?? null]),
      [
        ['万亿斤', 1.3e12, null],
        ['万标箱', 4.5e7, null],
        ['Eflops', 10, null],
        ['%', 5, 5.5],
        ['所', 2, null],
      ],
    );
  });

  it('leaves out structural counts, slogans, size classes, limits, forecasts and project investments', () => {
    assert.deepEqual(
      goals(
        '重点抓好以下14个方面的工作。落实“三个80%”要求。建设30万千瓦级机组。对8座以下小汽车减半征收。预计高校毕业生超过1170万人。开工建设投资20亿元的东港大桥。',
      ),
      [],
    );
  });

  it('reads a denominator (每10万人) as part of the indicator, not as a figure', () => {
    // Shaanxi 2026: the 10万人 is the base of a rate, the change is the 36.9%.
    const outline = outlineOf('一、2025年工作回顾\n每10万人刑事案件数下降36.9％，社会治安满意率提升至98.98％。\n');
    assert.deepEqual(
      outline.achievements.map((a) => [a.value, a.unit]),
      [
        ['36.9', '%'],
        ['98.98', '%'],
      ],
    );
  });

  it('reads a 附件 as a list of plan targets', () => {
    const outline = outlineOf('一、过去一年工作回顾\n新增就业1万人。\n附件：2026年十件民生实事\n一、新建改建城市公园20个\n二、改造农村公路300公里\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['城市公园', '20', '个'],
      ['农村公路', '300', '公里'],
    ]);
  });

  it('tells plan from review by year when a heading says only 主要工作, with or without the report year', () => {
    const kinds = (text: string) => {
      const outline = outlineOf(text);
      return [outline.goals.map((g) => g.indicator), outline.achievements.map((a) => a.indicator)];
    };
    const plan = '三、2026年主要工作\n城镇新增就业86万人。\n';
    assert.deepEqual(kinds(plan), [['城镇新增就业'], []]);
    assert.deepEqual(kinds(`2026年政府工作报告\n一、“十四五”时期发展回顾\n粮食产量达到760亿斤。\n${plan}`), [['城镇新增就业'], ['粮食产量']]);
    assert.deepEqual(kinds(`一、2025年主要工作\n造林80万亩。\n二、2026年主要工作\n城镇新增就业86万人。\n`), [['城镇新增就业'], ['造林']]);
  });

  it('leaves out stocks strengthened, places counted before another count and standards per head; keeps 县（市、区） whole', () => {
    assert.deepEqual(named('做优做强4个国家级产业集群，做强食品等2个省级集群。在12个县区增补学位3万个。本科新生一次性补助5000元。'), [['县区增补学位', '3', '万个']]);
    assert.deepEqual(named('在300个小区设置回收机。'), [['小区设置回收机', '300', '个']]);
    assert.deepEqual(named('推动12个县（市、区）整县建成示范县。'), [['县（市、区）整县建成示范县', '12', '个']]);
    // Works under way after an adverb and a list, and the count of a report's own items, are not targets.
    assert.deepEqual(named('大力推进东港新通道、西岭高铁等2000个亿元以上新建续建项目建设。今年将继续实施8大类40项民生实事项目。'), []);
    assert.deepEqual(named('今年将办好25项民生实事。'), []);
  });

  it('reads unnumbered title lines as the parts of a report, unless a level-one heading follows them', () => {
    const kinds = (text: string) => {
      const outline = outlineOf(text);
      return [outline.goals.map((g) => g.indicator), outline.achievements.map((a) => a.indicator)];
    };
    const report = '过去一年工作回顾\n（一）稳增长\n造林80万亩。\n2026年重点工作\n（一）扩大内需\n城镇新增就业86万人。\n';
    assert.deepEqual(kinds(report), [['城镇新增就业'], ['造林']]);
    // A line with sentence punctuation is not a title; a level-one heading after the title line decides.
    assert.deepEqual(kinds('重点工作如下，请抓好落实\n城镇新增就业86万人。\n'), [[], []]);
    assert.deepEqual(kinds('2026年重点工作\n一、2025年工作回顾\n造林80万亩。\n'), [[], ['造林']]);
  });

  it('shares a listed head with its 领域 (交通、水利领域投资额), counts a list of works by its verb, and leaves out kinds before a count, fields, size classes and works under way', () => {
    assert.deepEqual(goals('力争全年交通、水利、能源领域投资额分别达800亿元、150亿元、600亿元。今年将办好10类30件民生实事。'), [
      ['交通领域投资额', '800', '亿元', '力争'],
      ['水利领域投资额', '150', '亿元', '力争'],
      ['能源领域投资额', '600', '亿元', '力争'],
    ]);
    assert.deepEqual(
      goals('新开工甲至乙等3个项目，提速丙至丁等12个续建项目，建成通车戊至己等4个项目。抓好5条续建高铁建设。推进800个省级重点项目。加快建设6个区域医疗中心项目。'),
      [
        ['新开工项目', '3', '个', ''],
        ['建成通车项目', '4', '个', ''],
        ['省级重点项目', '800', '个', ''],
      ],
    );
    assert.deepEqual(goals('城镇、农村居民人均可支配收入分别增长4.5%、5.5%。力争电子、有色产业规模分别达1.28万亿、8200亿元。做大做强稻米、油料、果蔬和林下经济7个千亿级产业。继续办好10件惠民实事。'), [
      ['城镇居民人均可支配收入', '4.5', '%', ''],
      ['农村居民人均可支配收入', '5.5', '%', ''],
      ['电子产业', '1.28', '万亿元', '力争'],
      ['有色产业', '8200', '亿元', '力争'],
    ]);
    assert.deepEqual(goals('新实施1500个以上技改项目。我们将接续办好15件市级重点民生实事。布局建设20个国家级、19个省级粮食产能提升重点县。续建黄桶至百色、合浦至湛江等7个铁路项目。'), [
      ['技改项目', '1500', '个', '以上'],
      ['国家级粮食产能提升重点县', '20', '个', ''],
      ['省级粮食产能提升重点县', '19', '个', ''],
    ]);
    assert.deepEqual(goals('新开工安置房1000套，续建安置房7550套。'), [['新开工安置房', '1000', '套', '']]);
    assert.deepEqual(goals('构建“圈内1小时、甲乙1.5小时”通勤圈。发挥甲乙丙3个消费试点作用。'), []);
    assert.deepEqual(goals('抓好某某纤维等1000多个拟竣工投产项目。把14亿多中国人的饭碗端牢。'), [['竣工投产项目', '1000', '个', '多']]);
    assert.deepEqual(
      goals('推动新能源汽车产业提质扩量，力争产量突破60万辆。培育一批营收过百亿元农产品加工企业。扎实办好15项重点民生实事。抓好工业等12个领域碳达峰。壮大人工智能、生物医药、新能源汽车、航空航天与低空经济等4个千亿级新兴潜力产业。推进甲乙新材料等8个绿电产业园建设。'),
      [['新能源汽车产量', '60', '万辆', '突破']],
    );
  });

  it('reads a part whose title says neither plan nor review by its opening words', () => {
    const outline = outlineOf('一、一年接着一年干，建设持续取得新进展新成效\n过去一年，造林80万亩。\n三、一鼓作气勇争先，全力推动“十五五”开好局\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n');
    assert.deepEqual([outline.goals.map((g) => g.indicator), outline.achievements.map((a) => a.indicator)], [['地区生产总值'], ['造林']]);
  });

  it('reads a part whose title reports results (持续取得新进展) as a review, even under a subsection on 民生实事', () => {
    const outline = outlineOf('一、一年接着一年干，建设持续取得新进展新成效\n（一）着力办好民生实事\n全省教育经费1326亿元，增长3.6%。\n');
    assert.deepEqual([outline.goals.length, outline.achievements.map((a) => [a.indicator, a.value])], [0, [['全省教育经费', '1326'], ['全省教育经费', '3.6']]]);
  });

  it('leaves out places supported, stretches along a line and works built well, and names the noun after listed descriptions', () => {
    assert.deepEqual(goals('支持29个扩权赋能县（市）率先发展。支持3个国家级保种场。实施长江沿线1公里化工腾退地块土壤治理。打造40个吸引力强、带动面广的消费场景。高质量建好15个主平台。支持100个农村养老服务设施建设。新修沿河道路5.3公里。'), [
      ['消费场景', '40', '个', ''],
      ['农村养老服务设施', '100', '个', ''],
      ['新修沿河道路', '5.3', '公里', ''],
    ]);
  });

  it('leaves out a count for each county or city (a total over 各地 stays), existing works upgraded, works strengthened, a standard per head raised, events named by a number, an altitude and a count by kind', () => {
    assert.deepEqual(goals('支持各县集中资源发展1-2个主导产业。推动4个万亿级产业基地提质升级。建强2个国家级区域医疗中心。保费由每生每年5元提高至10元。办好青年50人论坛。完成改造提升25个养老机构。在海拔1500米以上农村中小学建设供暖设施。其中工业类3个、农业类21个。推动各地新建公办幼儿园500所。'), [
      ['养老机构', '25', '个', ''],
      ['各地新建公办幼儿园', '500', '所', ''],
    ]);
  });

  it('gives a stage verb alone the works of the figure before it, and leaves out a count of policy measures', () => {
    assert.deepEqual(goals('年投资亿元以上项目新开工43个以上、竣工38个以上。全面落实开发区管理制度改革30条政策措施。'), [
      ['年投资亿元以上项目', '43', '个', '以上'],
      ['年投资亿元以上项目竣工', '38', '个', '以上'],
    ]);
  });

  it('reads a part titled as advice on this year\'s work as the plan', () => {
    assert.deepEqual(
      outlineOf('二、对今年政府工作的建议\n国内生产总值增长5%左右。\n').goals.map((g) => [g.indicator, g.value]),
      [['国内生产总值', '5']],
    );
  });

  it('reads a plan report\'s part on how the last plan was carried out as a review, its next plan as the plan, and a work\'s size as no target', () => {
    const outline = outlineOf(
      '关于2024年计划执行情况与2025年计划草案的报告\n一、2024年国民经济和社会发展计划执行情况\n规上工业增加值增长10.5%，固定资产投资增长10%。\n二、2025年国民经济和社会发展计划草案\n规上工业增加值增长8%。新建县医院二期，总建筑面积约61600平方米，占地21亩。\n',
    );
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [['规上工业增加值', '8']]);
    assert.deepEqual(outline.achievements.map((g) => [g.indicator, g.value]), [['规上工业增加值', '10.5'], ['固定资产投资', '10']]);
  });

  it('reads a part titled by how its work went (推进情况, 滞后情况, 最新进展, 已完成…任务) as a review, whatever work it names, and a year\'s counted works (十大惠民工程) as a plan', () => {
    const outline = outlineOf('一、十大重点工作指挥部滞后情况\n城乡建设指挥部：项目23项，未达序时进度2项。\n二、2025年重点工作\n新开工项目30个。\n');
    assert.deepEqual(outline.achievements.map((g) => [g.indicator, g.value]), [['项目', '23'], ['未达序时进度', '2']]);
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [['新开工项目', '30']]);
    // Held-out set 199: a news title giving the latest (…最新进展来了) and subheads telling tasks done head a review.
    const latest = outlineOf('甲市2023年重点民生实事最新进展来了\n11个项目已完成全年目标任务\n8月份新增1个项目完成全年任务\n乙通道项目于9月1日实现全线通车，路面宽度15.5米。\n');
    assert.deepEqual(latest.goals, []);
    // Held-out set 398: so does one saying they go well (…十件惠民实事进展顺利).
    const going = outlineOf('甲县十件惠民实事进展顺利\n这些实事进展情况具体是：硬化村内巷道123.6千米，完成投资2603万元；建成干鲜果基地7.43万亩。\n');
    assert.deepEqual(going.goals, []);
    const aiming = outlineOf('2022年甲县十件惠民实事确保推进顺利\n硬化村内巷道120千米。\n');
    assert.deepEqual(aiming.goals.map((g) => g.value), ['120']);
    // Held-out set 394: so does a title line telling the year's task exceeded (超额完成了…年初确定的…工程建设任务).
    const exceeded = outlineOf('1月25日甲广播网：2014年甲省重点项目完成投资突破1200亿元\n超额完成了省委、省政府年初确定的1000亿元的工程建设任务\n乙台记者丙报道：\n全省重点项目完成投资突破1200亿元，工程进度比上年加快7个百分点。\n');
    assert.deepEqual(exceeded.goals, []);
    // Held-out set 375: so does a title telling the year's practical projects done (…实事项目如期完成); one aiming at that plans.
    const done = outlineOf('2017年甲市为民办实事项目如期完成\n关键词：城乡统筹\n新开工保障性安居工程13835套，新建改造农村公路190公里。\n');
    assert.deepEqual(done.goals, []);
    const aimed = outlineOf('2018年甲市为民办实事项目力争如期完成\n新建改造农村公路190公里。\n');
    assert.deepEqual(aimed.goals.map((g) => g.value), ['190']);
    // Held-out set 375: a title telling what came of its task (…，社会保持和谐稳定) heads a review, though the task names 实事;
    // one of two tasks (办好民生实事，持续改善人居环境) heads a plan.
    const result = outlineOf('（五）重抓社会事业和民生实事，社会保持和谐稳定。新增城镇就业人员1.8万人。\n（六）办好民生实事，持续改善人居环境。治理河道30公里。\n');
    assert.deepEqual(result.goals.map((g) => g.value), ['30']);
    // Held-out set 196: a title counting the year's works (2022年十大惠民工程) heads a plan.
    const works = outlineOf('甲区2022年十大惠民工程\n1.城市改造工程。开工建设一马路照明节能改造工程，完成道路亮化3公里。\n2.交通保畅工程。建成停车场6处，新增停车位800个。\n');
    assert.deepEqual(works.goals.map((g) => g.value), ['3', '6', '800']);
    // Held-out set 182: so does a title of the works scheduled (今年排定的…), before one of last year's results (…成绩单).
    // Works of another stage after a class's count are of that class (科技产业类…预备项目7项), so two classes' counts differ.
    const scheduled = outlineOf('今年排定的市重大工程项目\n■ 科技产业类安排正式项目62项，预备项目7项。\n■ 社会民生类安排正式项目29项，预备项目1项。\n去年重大工程建设成绩单\n■ 全年完成投资2510.1亿元。\n');
    assert.deepEqual(scheduled.goals.map((g) => [g.indicator, g.value]), [
      ['科技产业类安排正式项目', '62'],
      ['科技产业类预备项目', '7'],
      ['社会民生类安排正式项目', '29'],
      ['社会民生类预备项目', '1'],
    ]);
  });

  it('reads a section titled by two tasks (聚焦生态建设，推动绿色崛起) as the plan where nothing else dates it, unless the document names a review with its plan', () => {
    // Held-out set 194 (a county report's plan part, cut from its part title).
    const excerpt = outlineOf('（五）聚焦生态建设，推动绿色崛起\n加大生态系统保护力度。实施长江两岸造林绿化4000亩、森林抚育1.2万亩。\n');
    assert.deepEqual(excerpt.goals.map((g) => g.value), ['4000', '1.2']);
    // Held-out set 191: a summary with its plan titles its review's sections so too.
    const summary = outlineOf('文体局2023年工作总结和2024年工作打算\n一、聚焦城市定位，推动文旅事业落地见效\n建成城市主题书房3个，开展群众文化活动652场次。\n');
    assert.deepEqual(summary.goals, []);
    // Held-out set 219 (a province's review, 2014): a section titled so that tells what was done (了) and nothing to be done.
    const review = outlineOf('（四）坚持不懈狠抓三大工程，着力改善生态环境\n在碧水工程上，全面启动新一轮治理计划，进一步完善了流域监测体系。恢复生态植被570万亩，拆除503台燃煤锅炉。\n');
    assert.deepEqual(review.goals, []);
  });

  it('reads a year called the start of a period (2016年是“十三五”开局之年，…将) as the plan, 即 as no part of an indicator, and 30个亿 as 30亿', () => {
    // Held-out set 235 (news of a development zone's work meeting, 2016); place changed.
    const zone = outlineOf('2016年是“十三五”开局之年，也是甲开发区正式运行新的管理体制的第一年，开发区将实现“五个突破”，即产值突破30个亿、投资突破10个多亿，入区企业总数突破100家。\n');
    assert.deepEqual(zone.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['产值', '30', '亿'],
      ['投资', '10', '亿'],
      ['入区企业总数', '100', '家'],
    ]);
    // Works counted by a class of money stay counted: `3个亿元项目`.
    assert.deepEqual(outlineOf('2016年，全区将建成3个亿元项目。\n').goals.map((g) => [g.value, g.unit]), [['3', '个']]);
  });

  it('reads a paragraph setting targets for a year (到2025年，…) as the plan where no title says which, unless it reports results', () => {
    const dated = outlineOf('三、加快推进教育高质量发展\n增加资源供给，到2025年，公办幼儿园在园幼儿占比达到55%以上，新增2-4所省、市级示范性幼儿园。\n');
    assert.deepEqual(dated.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['公办幼儿园在园幼儿占比', '55', '%'],
      ['省、市级示范性幼儿园', '2-4', '所'],
    ]);
    assert.deepEqual(outlineOf('三、加快推进教育高质量发展\n到2020年底，全县已建成公办幼儿园12所。\n').goals, []);
  });

  it('reads a paragraph stating the year\'s targets, or a sentence setting one, as the plan where nothing else says which', () => {
    const stated = outlineOf('2023年经济社会发展的主要预期目标建议为：地区生产总值增长8%以上；一般公共预算收入增长20%以上。\n');
    assert.deepEqual(stated.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['地区生产总值', '8', '%'],
      ['一般公共预算收入', '20', '%'],
    ]);
    const set = outlineOf('在打好“三大战役”方面，全镇将围绕链主企业开展行动。年内计划开展“以商招商”活动12次，新招引产业项目6个以上。\n');
    assert.deepEqual(set.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['“以商招商”活动', '12', '次'],
      ['新招引产业项目', '6', '个'],
    ]);
    // Results and plain statements stay no targets.
    assert.deepEqual(outlineOf('全年确保了粮食产量稳定，比上年增长2%，新建学校3所。\n').goals, []);
    assert.deepEqual(outlineOf('新建学校3所。\n').goals, []);
  });

  it('reads a short line introducing a list (这八件民生实事项目是：) as the title of what follows', () => {
    const outline = outlineOf('2月21日，县人大代表票决产生8个民生实事项目。\n这八件民生实事项目是：\n完成城镇老旧小区改造项目（三期）；\n实施51.5公里“四好农村路”提档升级。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [['“四好农村路”提档升级', '51.5', '公里']]);
    assert.deepEqual(outlineOf('主要做了以下工作：\n新建学校3所。\n').goals, []);
  });

  it('reads targets stated with 同比, a count a speech says is to be started (要开复工), and a news title after its tag', () => {
    const stated = outlineOf('2024年，我们将锚定区域定位。预期目标是，地区生产总值同比增长7%，固定资产投资同比增长6%。\n');
    assert.deepEqual(stated.goals.map((g) => [g.indicator, g.value]), [['地区生产总值', '7'], ['固定资产投资', '6']]);
    const speech = outlineOf('孙某在讲话中指出，市里确定，一季度要开复工省市县重点项目485个，总投资2836亿元。\n');
    assert.deepEqual(speech.goals.map((g) => [g.indicator, g.value]), [['一季度要开复工省市县重点项目', '485'], ['一季度要开复工省市县重点项目总投资', '2836']]);
    const main = outlineOf('2022年，甲街道确定的主要经济发展目标为：全年完成一般财政预算收入2.2亿元，固定资产投资2.5亿元。\n');
    assert.deepEqual(main.goals.map((g) => [g.indicator, g.value]), [['一般财政预算收入', '2.2'], ['固定资产投资', '2.5']]);
    const following = outlineOf('实现以下目标：接待游客超386万人次、旅游综合收入25.03亿元。\n');
    assert.deepEqual(following.goals.map((g) => g.value), ['386', '25.03']);
    const yearAhead = outlineOf('2023年，乙街道将坚持实干为先，全年地区生产总值增长8%以上，财政收入增长8%以上。\n');
    assert.deepEqual(yearAhead.goals.map((g) => [g.indicator, g.value]), [['地区生产总值', '8'], ['财政收入', '8']]);
    const required = outlineOf('会议要求，年内新建农村公路55公里，改造农村公路危桥9座。\n');
    assert.deepEqual(required.goals.map((g) => [g.indicator, g.value]), [['农村公路', '55'], ['农村公路危桥', '9']]);
    // A work's planned investment and what stands so far set no target.
    const news = outlineOf('据了解，甲乙产业园建设项目总投资3.4亿元，年度计划投资1.9亿元。目前，全县共集中开复工项目5个，力争全年投资增长15%以上。\n');
    assert.deepEqual(news.goals, []);
    const titled = outlineOf('【直击两会】甲县政府2020年将为民办好15件大事和民生实事\n（1）新建行政村公共厕所120座。\n（2）新增停车位400个。\n');
    assert.deepEqual(titled.goals.map((g) => [g.indicator, g.value]), [['行政村公共厕所', '120'], ['停车位', '400']]);
  });

  it('reads what a plan\'s progress report says is done so far (1-5月实际完成, 已完成投资) as results, what it plans as targets', () => {
    const outline = outlineOf('二、2025年工作计划\n小型病险水库除险加固：计划新增蓄水能力2万方，1-5月实际完成新增蓄水能力0.88万方，已完成投资61.6万元；力争累计完成投资100万元。\n');
    assert.deepEqual(outline.goals.map((g) => g.value), ['2', '100']);
    assert.deepEqual(outline.achievements.map((g) => g.value), ['0.88', '61.6']);
  });

  it('reads a speech\'s title (…工作部署会上的讲话) as naming the meeting, not a plan part', () => {
    const outline = outlineOf('2022年全区第四季度冲刺和重点工作部署会上的讲话\n一、客观分析、清醒认识\n1-10月份，全区完成固定资产投资169.8亿元，同比增长65.2%。\n');
    assert.deepEqual(outline.goals, []);
  });

  it('reads an item\'s title that runs on past a clause as a statement, whose 计划 dates nothing', () => {
    const outline = outlineOf('A区2022年1-12月项目总结\n二、1-12月市重点项目总体情况\n（1）在建项目75个，总投资1111.41亿元，年度计划投资229.3亿元，1-12月完成投资309.73亿元；\n（2）计划新开工项目51个，已开工44个项目，1-12月完成投资175.52亿元；\n');
    assert.deepEqual(outline.goals, []);
    // Projects by stage are counted alike: `在建项目75个` as `计划新开工项目51个`.
    assert.deepEqual(outline.achievements.map((a) => a.value), ['75', '1111.41', '229.3', '309.73', '51', '44', '175.52']);
  });

  it('reads a count of people after 对 with what is done for them, and 堂, 台次 and 艘次 as units', () => {
    const outline = outlineOf('一、2023年民生实事\n对480户符合条件的困难老年人家庭进行适老化改造，对全区14个景区景点的环境实施完善提升。推进300堂健康知识巡讲，检测车辆2000台次，接待邮轮91艘次。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['符合条件的困难老年人家庭进行适老化改造', '480', '户'],
      ['景区景点', '14', '个'],
      ['健康知识巡讲', '300', '堂'],
      ['检测车辆', '2000', '台次'],
      ['接待邮轮', '91', '艘次'],
    ]);
  });

  it('reads a document whose preamble draws it up (…，制定甲市2022年乡村振兴工作要点。) as a plan, not a report asking for comments', () => {
    const drawn = outlineOf('为全面推进乡村振兴，结合实际，制定甲市2022年乡村振兴工作要点。\n一、主要工作\n（一）提升粮食安全保障能力\n把粮食播种面积83万亩分解到乡镇，新增高标准农田建设任务3.38万亩。\n');
    assert.deepEqual(drawn.goals.map((g) => [g.indicator, g.value]), [['粮食播种面积', '83'], ['高标准农田建设任务', '3.38']]);
    const report = outlineOf('各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。\n一、主要工作\n（一）提升粮食安全保障能力\n把粮食播种面积83万亩分解到乡镇。\n');
    assert.deepEqual(report.goals, []);
  });

  it('reads a class word after a value (1-2个提升型项目) as the noun it counts, not a verb going on', () => {
    const outline = outlineOf('三、整治计划\n在基本型改造的基础上打造2-3个完善型项目，1-2个提升型项目。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [['完善型', '2-3'], ['提升型', '1-2']]);
  });

  it('reads every sentence of a paragraph nothing dates as planning when it sets a target and tells nothing done', () => {
    const plans = outlineOf('（一）实施产业大升级行动\n集中攻坚项目建设。谋划一批。积极谋划甲苯、乙肥等16个重点项目。签约一批。签约丙集团新材料等12个项目，力争签约项目开工率达到30%。\n');
    assert.deepEqual(plans.goals.map((g) => g.value), ['16', '12', '30']);
    const done = outlineOf('（一）实施产业大升级行动\n集中攻坚项目建设。谋划了甲苯、乙肥等16个重点项目。签约丙集团新材料等12个项目，力争签约项目开工率达到30%。\n');
    assert.deepEqual(done.goals.map((g) => g.value), ['12', '30']);
    // Held-out set 153: in such a paragraph a sentence opening on a year before the document's (`2022年，`) tells results, until
    // one opens on the year planned (`会议要求，2023年…`).
    const meeting = outlineOf('甲市水利工作会议召开，部署2023年相关工作。\n2022年，全市完成水利投资12亿元，建成生态河道20条。会议要求，2023年全市完成水利投资15亿元。\n');
    assert.deepEqual(meeting.goals.map((g) => g.value), ['15']);
    assert.deepEqual(meeting.achievements.map((g) => g.value), ['12', '20']);
    // Held-out set 147: a year the text says 今年 of elsewhere, before the modal of what it will do (`2025年，全市将…`), is the plan's.
    const start = outlineOf('甲市举行2025年项目集中开工活动\n今年以来，全市上下牢固树立项目意识。2025年，全市将滚动推进重点开复工项目559个、总投资1195亿元。\n');
    assert.deepEqual(start.goals.map((g) => g.value), ['559', '1195']);
    // Held-out set 191: targets said to be set (`会议确定了…`) tell nothing done.
    const settled = outlineOf('会议确定了2022年全市水利工作总体要求。年度计划实施惠民工程，完成水利投资20亿元；新增水土流失治理面积430平方公里。\n');
    assert.deepEqual(settled.goals.map((g) => g.value), ['20', '430']);
  });

  it('reads the items (一是…) after a paragraph that sets them out and tells nothing done as planned', () => {
    const outline = outlineOf('甲县水利工作会议召开\n会议明确，2024年全县水利工作要以十项重点水利工作为抓手。\n一是全年谋划储备项目15个。\n二是完成全县户表改造1万块。\n');
    assert.deepEqual(outline.goals.map((g) => g.value), ['15', '1']);
    const told = outlineOf('甲县水利工作会议召开\n会议明确，去年全县水利工作取得了新成效。\n一是全年谋划储备项目15个。\n二是完成全县户表改造1万块。\n');
    assert.deepEqual(told.goals, []);
  });

  it('gives each of listed rates a share said once (开工率、完工率达100%), and each its own after 分别提高到; 普及 is no list', () => {
    const outline = outlineOf('一、主要目标\n当年项目开工率、完工率、验收率达100%。农村卫生厕所普及率、生活污水治理率分别提高到88%、87.5%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [
      ['项目开工率', '100'],
      ['完工率', '100'],
      ['验收率', '100'],
      ['农村卫生厕所普及率', '88'],
      ['生活污水治理率', '87.5'],
    ]);
    // After old values the new ones go on with their subject.
    const raised = outlineOf('一、主要目标\n城乡居民收入从4万元和1万元分别提高到5万元和2万元。\n');
    assert.deepEqual(raised.goals.filter((g) => g.value === '5' || g.value === '2').map((g) => g.indicator), ['城乡居民收入', '城乡居民收入']);
  });

  it('reads a title naming a review and a plan (…工作总结和2024年工作思路) as dating neither, and a quoted noun after 以上的 as the noun counted', () => {
    const outline = outlineOf('甲经济开发区2023年工作总结和2024年工作思路\n2023年，开发区各项工作有序开展。目前共有规上工业企业227家，1-9月累计完成规上工业产值224.18亿元。\n');
    assert.deepEqual(outline.goals, []);
    const quoted = outlineOf('一、2021年工作计划\n2021年计划申报并打造3个以上的“六星级”党建示范村。\n');
    assert.deepEqual(quoted.goals.map((g) => [g.indicator, g.value]), [['“六星级”党建示范村', '3']]);
  });

  it('reads the rows of a task table copied as text (序号 指标 工作任务 完成时限 …, also one cell per line) as planned, without their row numbers', () => {
    const outline = outlineOf('序号 指标 工作任务 完成时限 责任领导 责任股室\n1 公共文化服务 “两馆一站”免费开放服务人次较上年增长15%。 12月底前 甲 文化宣传股\n2 全年组织开展文化下乡等惠民演出不少于100场。 文化宣传股\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [
      ['公共文化服务“两馆一站”免费开放服务人次', '15'],
      ['组织开展文化下乡等惠民演出', '100'],
    ]);
    // Held-out set 182: money spent by the end of a year before the plan's is done.
    const spent = outlineOf('2022年甲市市本级政府投资项目计划\n2022年安排市本级政府投资项目153个，总投资1908.06亿元，截至2021年底累计完成投资88.64亿元，2022年计划投资140.80亿元。\n');
    assert.deepEqual(spent.goals.map((g) => g.value), ['153', '1908.06', '140.80']);
    assert.deepEqual(spent.achievements.map((a) => a.value), ['88.64']);
    // Held-out set 177: the header's cells one per line, a cell's characters spaced.
    const cells = outlineOf('序号\n主 要 工 作 任 务\n责任单位\n1\n地区生产总值增长6%左右。\n市发展改革委\n2\n研发投入强度达到3.5%。\n市科技局\n');
    assert.deepEqual(cells.goals.map((g) => [g.indicator, g.value]), [
      ['地区生产总值', '6'],
      ['研发投入强度', '3.5'],
    ]);
  });

  it('reads news of a work report as planning, except what an earlier year, the years behind or done-words date', () => {
    const outline = outlineOf([
      '新改扩建50所中小学 建成15个重大医疗项目',
      '2月25日，甲市七届人大六次会议开幕。甲市市长向大会作政府工作报告。今年甲市将怎么做，有哪些新目标？',
      '政府工作报告提到，2023年甲市地区生产总值增长4.1%，2024年预计增长5%左右。',
      '报告指出，2023年，甲市建设提速。4所高校和2家医院选址落位。',
      '五年来，城市框架全面拉开；140多家央企机构于新区注册。',
      '全面完成基础教育百万学位建设计划，新改扩建中小学校50所以上。建成乙大学医院等15个重大医疗项目，新增国家级临床重点专科2个。',
      '“1269”行动计划，始于《甲市制造业重点产业链现代化建设行动计划（2023—2026年）》。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [
      ['50', '所'],
      ['15', '个'],
      ['2', '个'],
    ]);
    assert.deepEqual(outline.achievements.map((a) => a.value), ['4.1']);
  });

  it('finds the work report a news item is on after its headline and dateline lines, also when it names the report in 《》', () => {
    const outline = outlineOf([
      '近日多地政府工作报告出炉',
      '甲市',
      '1月5日上午甲市第十五届人民代表大会第四次会议在会展中心开幕',
      '市长乙代表市政府作《政府工作报告》',
      '报告回顾了2019年甲市建设发展情况，也定下了2020年甲市发展的主要预期目标。',
      '打造省级乡村振兴重点县6个、特色乡镇15个。新建美丽乡村174个。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['省级乡村振兴重点县', '6', '个'],
      ['特色乡镇', '15', '个'],
      ['美丽乡村', '174', '个'],
    ]);
  });

  it('sets targets with 计划安排 and 计划投产 in news of a plan, each measure named by the topic its sentence opens with', () => {
    const outline = outlineOf([
      '甲市政府投资项目计划公布',
      '近日，《甲市政府投资项目计划》公布。具体来说，在建设综合立体交通网方面，年度计划安排77.37亿元，计划投产项目14个。在提升城市功能品质上，年度计划安排9.63亿元，计划投产项目11个。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['建设综合立体交通网年度计划安排', '77.37', '亿元'],
      ['建设综合立体交通网投产项目', '14', '个'],
      ['提升城市功能品质年度计划安排', '9.63', '亿元'],
      ['提升城市功能品质投产项目', '11', '个'],
    ]);
    // A topic said as a sentence of its own (`在…上。`) names the measures of the next one.
    const apart = outlineOf('甲市政府投资项目计划公布\n近日，计划公布。在高标准推进乡村建设上。年度计划安排29.74亿元，计划投产项目4个。在全面提升城市功能品质上。年度计划安排9.63亿元，计划投产项目11个。\n');
    assert.deepEqual(apart.goals.map((g) => g.indicator), ['高标准推进乡村建设年度计划安排', '高标准推进乡村建设投产项目', '全面提升城市功能品质年度计划安排', '全面提升城市功能品质投产项目']);
    // 在此基础上 opens no topic.
    const base = outlineOf('二、主要目标\n在此基础上，全年计划投资20亿元。\n');
    assert.deepEqual(base.goals.map((g) => g.indicator), ['投资']);
  });

  it('counts bee colonies and poultry (万群, 万羽), but not 群众 or 群体 (46万群众 counts people)', () => {
    const outline = outlineOf('二、主要目标\n发展中蜂标准化养殖4.2万群，肉鸡出栏500万羽，惠及46万群众。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [
      ['4.2', '万群'],
      ['500', '万羽'],
      ['46', '万人'],
    ]);
  });

  it('reads the year\'s planned investment of works counted as a goal in news, named by the works and its measure (年度计划投资), not their total', () => {
    const news = outlineOf([
      '甲市重点项目集中开工',
      '全市3月份集中开工重点项目9个，总投资18.1亿元，年度计划投资10.3亿元。',
      '据悉，我市本次开工的重点项目共有208个，今年计划完成投资92.7亿元。',
      '此次10个重点产业项目总投资39.7亿元，年度投资18.3亿元。',
    ].join('\n'));
    assert.deepEqual(news.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['全市3月份集中开工重点项目年度计划投资', '10.3', '亿元'],
      ['我市本次开工的重点项目计划完成投资', '92.7', '亿元'],
      ['产业项目年度投资', '18.3', '亿元'],
    ]);
  });

  it('reads the year\'s planned investment of works counted in a paragraph opening on the year behind (过去一年，) as done', () => {
    // Held-out set 173 (news of a district's work report); names changed.
    const outline = outlineOf([
      '甲网12月27日讯 今天上午，甲区人代会开幕。会议听取了甲区人民政府工作报告，回顾2023年工作，锚定2024年目标。',
      '过去一年，甲区全力保持经济增长，地区生产总值突破900亿元。全力推动项目建设，集中力量推进142个重点项目、年度投资238.6亿元。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((a) => a.value), ['900', '142', '238.6']);
  });

  it('keeps the ordinal of an industry (第二产业, 第三产业) in its indicator', () => {
    assert.deepEqual(named('第二产业增加值增长4.7%，第三产业增加值增长5.8%。'), [
      ['第二产业增加值', '4.7', '%'],
      ['第三产业增加值', '5.8', '%'],
    ]);
  });

  it('reads 比增 as the change of the amount before it, and a sentence opening on 今年 that says what will be done (…还将) as planning', () => {
    const outline = outlineOf([
      '甲区：以项目之大赋能千亿级蓝图',
      '蓝图愈发接近之时，成长关键在于项目。今年，在三大行动的催动下，甲区还将全力实施总投资451.3亿元的重点项目135个。',
      '今年，乙镇将高质量建设工业强镇。争取实现财政总收入11亿元，比增7%。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['重点项目', '135', '个'],
      ['财政总收入', '11', '亿元'],
      ['财政总收入', '7', '%'],
    ]);
  });

  it('reads news of a work report: the year behind (过去的一年…) as no target until 今年, delegates attending and words counted as none, 可比增长 as the amount\'s change', () => {
    const outline = outlineOf([
      '甲县人代会开幕',
      '本次大会应到代表361名，实到代表319名。233名县人大代表出席大会，各界代表等共300多人参加会议。甲县人民代表大会现有代表204人，出席本次全体会议的代表175人。县长乙代表县政府作工作报告。',
      '据梳理，报告中“发展”出现67次，“项目”出现29次。',
      '报告指出，过去的一年实现地区生产总值415亿元，可比增长8.5%。今年，甲县将新建学校5所，地区生产总值增长9%。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['甲县将新建学校', '5', '所'],
      ['地区生产总值', '9', '%'],
    ]);
    const open = outlineOf('乙镇工作会召开\n过去一年，实现地区生产总值415亿元，可比增长8.5%。今年，乙镇将新建学校5所。\n');
    assert.deepEqual(open.achievements.map((a) => [a.indicator, a.value]), [
      ['地区生产总值', '415'],
      ['地区生产总值', '8.5'],
    ]);
  });

  it('names works counted by a size said in two currencies (总投资超30亿元或3亿美元产业项目2个), the size no target', () => {
    const outline = outlineOf('二、主要目标\n全年招引落户总投资超30亿元或3亿美元产业项目2个、总投资超10亿元或1亿美元产业项目5个。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['招引落户总投资超30亿元或3亿美元产业项目', '2', '个'],
      ['总投资超10亿元或1亿美元产业项目', '5', '个'],
    ]);
  });

  it('reads a paragraph of the plan part opening on an earlier year (回顾2019年，) as a review, against the year the document\'s opening names', () => {
    const outline = outlineOf([
      '甲省2020年政府工作报告（摘要）',
      '二、重点工作',
      '回顾2019年，省长表示，全省84项年度重点任务全部完成。76个冬奥项目全部开工建设。',
      '全省将造林绿化10万亩。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['10', '万亩']]);
    assert.deepEqual(outline.achievements.map((a) => [a.value, a.unit]), [
      ['84', '项'],
      ['76', '个'],
    ]);
  });

  it('reads a work\'s design speed, budgeted cost and travel time, a dateline\'s day after a byline and a span of years as no targets', () => {
    const outline = outlineOf([
      '二、主要任务',
      '开工建设甲至乙高铁，设计时速350公里，初步设计概算总额468.6亿元，建成后甲到乙仅需3.5小时。新建学校5所。',
      '报告提出，未来5年，全省将新增就业50万人。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [
      ['5', '所'],
      ['50', '万人'],
    ]);
    const news = outlineOf('甲省人代会开幕\n中新网甲市1月12日电（记者乙）12日，甲省人代会开幕。省长作政府工作报告。5年来，外贸进出口总额年均增长15%左右。今年，全省将新增就业50万人。\n');
    assert.deepEqual(news.goals.map((g) => [g.value, g.unit]), [['50', '万人']]);
  });

  it('takes the plan year from a plan\'s title (2024年…局工作计划), so a part on the year before reviews, in an excerpt of that part too', () => {
    const outline = outlineOf([
      '2024年甲县交通运输局工作计划',
      '一、2023年亮点工作',
      '（一）交通投资持续走高。全年完成交通投资56亿元，4个项目列入省重点。',
    ].join('\n'));
    // An excerpt of the first part alone: the title still dates it.
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((a) => [a.value, a.unit]), [
      ['56', '亿元'],
      ['4', '个'],
    ]);
  });

  it('reads targets said to be met (圆满完成…年度目标任务) as setting none, and a speech\'s targets after it as targets', () => {
    const outline = outlineOf([
      '2023年全区普通公路工作会议召开',
      '副厅长指出，过去一年，全区圆满完成投资、建设等各项年度目标任务。全区普通公路固定资产投资完成336.12亿元，新增3948个自然村通硬化路。',
      '副厅长强调，全区公路系统要全面落实好各项重点工作目标，力争新增通硬化路自然村8000个。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['8000', '个']]);
  });

  it('reads a report\'s parts listed as numbered lines (ending on ；, or the first with nothing under it) as a list, not as parts dating what follows', () => {
    const outline = outlineOf([
      '甲市人代会开幕',
      '会上，市长乙代表市政府向大会作政府工作报告。报告分为三部分：',
      '一、2019年工作回顾；',
      '二、奋力做好2020年工作；',
      '三、以人民满意为目标，提升政府治理能力和水平。',
      '《报告》指出，2019年是决胜全面建成小康社会的关键一年。我们坚持稳中求进工作总基调，新甲市建设取得新成效。',
      '初步统计，全市地区生产总值预计完成4725亿元，增长7.5%；外贸进出口714.6亿元，增长3%。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
    // Titles listed without punctuation: the first has nothing under it, so the second is an item too, and a review follows.
    const listed = outlineOf([
      '甲省人代会开幕，省长乙作甲省人民政府工作报告。',
      '报告分为两大部分',
      '一、2023年工作回顾',
      '二、2024年目标任务和主要工作',
      '回顾2023',
      '（一）经济运行回升向好。10亿元以上项目投资增长35%，全年旅游收入突破1万亿元。',
    ].join('\n'));
    assert.deepEqual(listed.goals, []);
    // Real parts, whose titles end on no `；`, still date their paragraphs.
    const parts = outlineOf(['一、2019年工作回顾', '外贸进出口714.6亿元，增长3%。', '二、2020年主要目标', '外贸进出口增长5%。'].join('\n'));
    assert.deepEqual(parts.goals.map((g) => [g.value, g.unit]), [['5', '%']]);
  });

  it('reads lines under a line that is a year alone (2025年) in news of a report as that year\'s, and a line stating a task (完成…任务) as no title', () => {
    // Held-out set 183 (a provincial daily's digest of the national report); names changed.
    const outline = outlineOf([
      '10个关键句,解锁政府工作报告里的甲省亮点',
      '3月5日上午,全国人大会议在京开幕,在国务院总理代表国务院向大会所作的政府工作报告中,甲省元素频频出现。',
      '一、报告原文:全面振兴取得新突破',
      '2025年',
      '城镇新增就业48万人',
      '2026年',
      '地区生产总值增长4.5%左右',
      '完成国家下达的单位地区生产总值二氧化碳排放降低任务',
      '二、报告原文:持续扩大内需',
      '2025年',
      '社会消费品零售总额增长1.4%',
      '2026年',
      '社会消费品零售总额增长4%左右',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [
      ['地区生产总值', '4.5'],
      ['社会消费品零售总额', '4'],
    ]);
    // A year the report is said to review (回顾了2021年) is the year before the plan's.
    assert.deepEqual(goalsOf('昨日上午，甲县人代会开幕。县长乙作政府工作报告。\n报告在回顾2024年工作时称，这一年甲县全力拼经济，整车产量95万辆。\n'), []);
    // 报告指出 with an ASCII comma says the report's plan too.
    assert.deepEqual(
      goalsOf('2019年是全面建成小康社会关键之年。\n报告指出,要持续办好民生实事。\n●实现90万人脱贫、800个村出列。\n').map((g) => g.slice(1)),
      [['90', '万人'], ['800', '个']],
    );
  });

  it('reads what follows a line opening on the year behind and introducing a list (一年来，我们主要抓了以下七个方面的工作：) as the review', () => {
    // Held-out set 184 (a county report set as a poster on its website); names changed.
    const outline = outlineOf([
      '2024年甲县人民政府工作报告',
      '一年来，我们主要抓了以下七个方面的工作：',
      '抓运行、稳增长，经济向好态势更加稳固',
      '固定资产投资增长12.3%，争取各类资金22.1亿元以上。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
  });

  it('reads news of the year reviewed, said by the report (…在政府工作报告中表示,2021年,…达到…), as results, and the targets after 今年 as the plan', () => {
    // Held-out set 186 (news of the national report); figures as published.
    // Held-out set 186: news whose lead says the report reviewed a year, and nothing of the plan, is of that year throughout.
    const reviewed = outlineOf('■省政府工作报告解读\n昨日上午，甲省人代会开幕。省长乙作政府工作报告，回顾了2021年全省主要工作。\n持之以恒改善生态环境\n扎实推进黄河流域生态环境问题整治，修复废弃矿山2.58万亩，优良天数达到256天。\n');
    assert.deepEqual(reviewed.goals, []);
    // Held-out set 190: a lead saying the report summed up the year behind (总结过去一年) is that year's too, and a plan named
    // (`三年行动计划实施`) plans nothing.
    const summed = outlineOf('甲市人代会开幕\n1月25日，甲市人大会议开幕。市长乙在会上作政府工作报告，总结过去一年重点工作。\n报告指出，一年来甲市围绕首都功能持续优化提升。同时推动核心区控规新一轮三年行动计划实施，国家会议中心二期正式投入运行。\n在非首都功能疏解方面，疏解提质一般制造业企业104家，治理违法建设2049万平方米。\n京津冀协同发展取得积极进展：科技园新增入驻企业132家。\n');
    assert.deepEqual(summed.goals, []);
    // Held-out set 191: news from a meeting on what is to be done this year plans in every paragraph telling nothing done.
    const meeting = outlineOf('今天，记者从市住房和城乡建设局高质量发展推进会议上了解到，今年，我市将优化道路交通网络。\n此外，我市还将深化特色田园乡村建设，新建特色田园乡村20个。\n高标准做好老旧小区改造工作。加快推进既有住宅加装电梯，新加装电梯22部。\n');
    assert.deepEqual(meeting.goals.map((g) => g.value), ['20', '22']);
    const outline = outlineOf('3月5日,全国人大会议在北京开幕。总理在政府工作报告中表示,2021年,我国国内生产总值达到114万亿元,增长8.1%。城镇新增就业1269万人。今年发展主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5.5', '%'], ['1100', '万人']]);
    assert.deepEqual(outline.achievements.map((a) => a.value), ['114', '8.1', '1269']);
  });

  it('reads a list of practical projects introduced by its preamble (…实事项目10项。现予公告：) as planned, without the count the vote decided', () => {
    // Held-out set 177 (a city congress's announcement); names changed.
    const outline = outlineOf([
      '甲市第十七届人民代表大会第二次会议票决确定了2023年甲市民生实事项目10项。现予公告：',
      '1.宜居环境更新工程。完成570万平方米老旧小区改造。',
      '2.供水设施改造工程。完成老旧自来水管网改造50公里。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['570', '万平方米'], ['50', '公里']]);
  });

  it('reads a sentence telling of a title won (获评, 荣获) as done in news of a report, but not one striving for it (力争获评)', () => {
    const outline = outlineOf([
      '甲县人代会开幕',
      '1月4日，甲县人代会开幕，县长乙作政府工作报告时提出，全力创建国家全域旅游示范区，力争获评全国生态县，新建茶园1万亩。',
      '2023年，甲县生产干茶1.2万吨，产值突破20亿元，获评全国重点产茶县域。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['1', '万亩']]);
  });

  it('reads a year compared against (较2021年, 与2021年相比) as no period of the figure nor a year the text turns to', () => {
    const outline = outlineOf('一、2022年主要目标\n实施重点项目1794个，与2021年相比，项目总数增加423个，年度计划投资较2021年增长19%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.period]), [
      ['1794', undefined],
      ['423', undefined],
      ['19', undefined],
    ]);
  });

  it('reads what is said already passed (已超100%) as done, in a paragraph nothing dates', () => {
    const outline = outlineOf('甲市重大项目集中开工\n力争全年完成投资200亿元，省重点建设项目投资完成率已超100%。\n');
    assert.deepEqual(outline.goals, []);
  });

  it('reads 巩固率 as a rate, not as strengthening a stock, with spaces before the value', () => {
    const outline = outlineOf('二、目标任务\n到 2024 年，全县九年义务教育巩固率不低于 97.5%，普惠性幼儿园覆盖率达到 95%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit, g.comparator]), [
      ['全县九年义务教育巩固率', '97.5', '%', '不低于'],
      ['普惠性幼儿园覆盖率', '95', '%', undefined],
    ]);
  });

  it('reads 大于, 小于, 不大于 and 少于 before a value as its bound, not as part of its indicator', () => {
    // Held-out set 392 (a district's sewage works, 2019); names changed.
    assert.deepEqual(goals('甲乙污水处理厂覆盖范围内污水管网普及率大于90%、生活污水收集率不小于80%，出水氨氮浓度小于5毫克/升，单次停水不大于12小时，投诉少于10件。'), [
      ['甲乙污水处理厂覆盖范围内污水管网普及率', '90', '%', '大于'],
      ['生活污水收集率', '80', '%', '不小于'],
      ['出水氨氮浓度', '5', '毫克/升', '小于'],
      ['单次停水', '12', '小时', '不大于'],
      ['投诉', '10', '件', '少于'],
    ]);
  });

  it('keeps the subject of a long indicator ending in a bare measure (…完成投资), or takes it from the works said to go on before', () => {
    const outline = outlineOf('一、主要目标\n城乡民生基础设施建设9大工程完成投资力争超过530亿元。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [['城乡民生基础设施建设9大工程完成投资', '530', '亿元']]);
    const going = outlineOf('一、主要目标\n2018年，城乡民生基础设施建设9大工程全面有序推进，完成投资力争超过145亿元。\n');
    assert.deepEqual(going.goals.map((g) => [g.indicator, g.value]), [['城乡民生基础设施建设9大工程投资', '145']]);
  });

  it('reads a title promising new results (取得…新成绩) as no review, 培育壮大 as a target, and 担 as a unit', () => {
    const outline = outlineOf('平昌县农业农村局2020年工作计划\n（一）推动农业产业高质量发展。\n培育壮大农业品牌5个，烟叶产量30万担以上。\n（二）取得人居环境整治新成绩。\n卫生厕所普及率达85%左右。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['壮大农业品牌', '5', '个'],
      ['烟叶产量', '30', '万担'],
      ['卫生厕所普及率', '85', '%'],
    ]);
  });

  it('reads households or people before the places they bound (50户以上…村寨) as a size class, not a target', () => {
    assert.deepEqual(goals('为50户以上木质房屋连片村寨安装常高压给水管网，实现20户以上自然村通硬化路，新增就业1000人以上。').map((g) => g.slice(0, 2)), [['就业', '1000']]);
  });

  it('names a count after a works verb alone by its stage, reads an old value dated by its year as no target, and a measure of works only right after them', () => {
    assert.deepEqual(named('全年新开工77个、竣工63个。将人均体育场地面积从2021年2平方米提升至2.3平方米。'), [
      ['新开工项目', '77', '个'],
      ['项目竣工', '63', '个'],
      ['人均体育场地面积', '2.3', '平方米'],
    ]);
    assert.deepEqual(named('完成甲中学、乙中学教学楼2个改扩建项目，推动丙中学等项目建设，新增学位5490个。').at(-1), ['学位', '5490', '个']);
    // A tally of named roads under way is no target.
    assert.deepEqual(named('加快建设甲仓路、乙洲路等15条市政道路。推动联六、东环城等49条国省干线建设。'), []);
    assert.deepEqual(named('全力推进187个重点项目开发建设。'), [['重点项目', '187', '个']]);
  });

  it('gives a firm\'s bare measures listed after the first its name, and counts the noun after a threshold that describes it', () => {
    assert.deepEqual(named('力争甲联重科产值、税收增长15%以上，工业投资、民间投资年均增长6%。'), [
      ['甲联重科产值', '15', '%'],
      ['甲联重科税收', '15', '%'],
      ['工业投资', '6', '%'],
      ['民间投资', '6', '%'],
    ]);
    assert.deepEqual(named('引进5个以上投资过10亿元的重大产业项目。'), [['重大产业项目', '5', '个']]);
  });

  it('reads farmland to be held (守住18.94万亩耕地) as a stock, not a target', () => {
    assert.deepEqual(named('新增耕地900亩，守住18.94万亩耕地、17.32万亩永久基本农田保护红线。'), [['耕地', '900', '亩']]);
  });

  it('lists a target stated again once, but every unfilled one', () => {
    assert.deepEqual(goals('确定重点项目140项，其中续建项目57项。初步确定重点项目140项，其中续建项目57项，新建项目XX项、前期项目XX项。').map((g) => g.slice(0, 2)), [
      ['重点项目', '140'],
      ['续建项目', '57'],
      ['新建项目', 'XX'],
      ['前期项目', 'XX'],
    ]);
  });

  it('distributes values over indicators named in the clause before (对…指标，分别按…)', () => {
    assert.deepEqual(
      goals('对规模以上工业增加值、固定资产投资、社会消费品零售总额指标，分别按增长8%、6%、4%掌握。').map(([i, v]) => [i, v]),
      [
        ['规模以上工业增加值', '8'],
        ['固定资产投资', '6'],
        ['社会消费品零售总额', '4'],
      ],
    );
  });

  it('reads an amount after a count and before a noun as a size class', () => {
    assert.deepEqual(goals('打造先进装备制造、食品加工2个300亿元产业集群。'), []);
  });

  it('reads a count framed by 围绕 or 聚焦 as the structure of the work, not a target', () => {
    assert.deepEqual(goals('围绕21条重点产业链和10大重点产业集群，新培育专精特新企业50家。聚焦13个产业集群精准招商。'), [['新培育专精特新企业', '50', '家', '']]);
  });

  it('reads the parts after the plan part that say neither plan nor review as the plan, and none before it', () => {
    const o = outlineOf(
      '一、2025年工作回顾\n新建学校3所。\n二、2026年工作安排\n地区生产总值增长5%左右。\n一、千方百计扩大内需\n力争纳入省级重点项目150个以上。\n二、全面加强政府自身建设\n办好民生实事10件。\n',
    );
    assert.deepEqual(
      o.goals.map((g) => [g.indicator, g.value]),
      [
        ['地区生产总值', '5'],
        ['纳入省级重点项目', '150'],
        ['办好民生实事', '10'],
      ],
    );
    assert.deepEqual(outlineOf('一、千方百计扩大内需\n力争纳入省级重点项目150个以上。\n二、2026年工作安排\n地区生产总值增长5%左右。\n').goals.map((g) => g.indicator), ['地区生产总值']);
  });

  it('keeps a stretch value in the statement of the value before it, not as a second target', () => {
    const o = outlineOf('一、2026年工作安排\n地区生产总值增长8%、力争9%，固定资产投资增长12%。\n');
    assert.deepEqual(o.goals.map((g) => [g.indicator, g.value, g.text]), [
      ['地区生产总值', '8', '地区生产总值增长8%、力争9%'],
      ['固定资产投资', '12', '固定资产投资增长12%'],
    ]);
  });

  it('names an investment after a count of works by those works, and works counted by size by that size', () => {
    assert.deepEqual(goals('实施市级重大项目16个，完成投资60.3亿元以上。谋划实施43个城市建设提质项目，年内完成投资17亿元以上。').map(([i, v]) => [i, v]), [
      ['市级重大项目', '16'],
      ['市级重大项目完成投资', '60.3'],
      ['城市建设提质', '43'],
      ['城市建设提质项目完成投资', '17'],
    ]);
    assert.deepEqual(goals('力争引进5000万元以上项目60个，其中10亿元以上项目5个。').map(([i, v]) => [i, v]), [
      ['引进5000万元以上项目', '60'],
      ['10亿元以上项目', '5'],
    ]);
    assert.deepEqual(named('新引进落地总投资超10亿元项目50个以上。'), [['新引进落地总投资超10亿元项目', '50', '个']]);
    // A value given again in other units in parentheses is one value: `5亿元(3000万美元)以上`.
    assert.deepEqual(named('全年新签约5亿元(3000万美元)以上项目60个。新增耕地100亩（6.67公顷）。'), [
      ['新签约5亿元(3000万美元)以上项目', '60', '个'],
      ['耕地', '100', '亩'],
    ]);
  });

  it('counts the noun after a measure that describes it (5个总装机600万千瓦的抽蓄项目), and leaves that measure out', () => {
    assert.deepEqual(goals('抓好甲、乙、丙等5个总装机600万千瓦的抽蓄项目前期工作。建成3个日处理500吨的污水处理厂。').map(([i, v, u]) => [i, v, u]), [
      ['抽蓄项目前期', '5', '个'],
      ['污水处理厂', '3', '个'],
    ]);
  });

  it('reads 签约 as a stage of works, not a bound 约, and 落地 after it as the same works; counts the projects after a list of works, and the money spent on them', () => {
    assert.deepEqual(goals('力争亿元以上项目签约120个、落地70个。投资25亿元，建设甲古水库、乙曲灌区工程等水利项目30个。'), [
      ['亿元以上项目签约', '120', '个', '力争'],
      ['亿元以上项目落地', '70', '个', '力争'],
      ['水利项目投资', '25', '亿元', ''],
      ['水利项目', '30', '个', ''],
    ]);
  });

  it('reads level-one parts after an unnumbered plan title as the plan when they name no year', () => {
    const o = outlineOf('2018年工作安排\n主要预期目标是：地区生产总值增长8%。\n一、积极主动融入大湾区建设\n年度安排大会战项目105项。\n');
    assert.deepEqual(o.goals.map((g) => [g.indicator, g.value]), [
      ['地区生产总值', '8'],
      ['年度安排大会战项目', '105'],
    ]);
  });

  it('reads an unnumbered title line with a motto after its colon as the part it names', () => {
    const o = outlineOf('2025年工作任务：勇创佳绩攀新高 增创优势开新局\n今年主要预期目标是：地区生产总值增长6.5%左右。\n');
    assert.deepEqual(o.goals.map((g) => [g.indicator, g.value]), [['地区生产总值', '6.5']]);
  });

  it('reads a part named by its year alone as a review when it tells what was done (了, 同比, 一年来) far more than what is to be', () => {
    const o = outlineOf('一、砥砺奋进的2018年\n2018年，我们完成了地区生产总值362.7亿元，同比增长9.1%。一年来，我们建成了一批项目，取得了新成绩。\n');
    assert.deepEqual([o.goals.length, o.achievements.map((a) => a.value)], [0, ['362.7', '9.1']]);
    assert.deepEqual(outlineOf('一、奋力开创2019年新局面\n今年要确保地区生产总值增长7%，力争完成固定资产投资200亿元。\n').goals.map((g) => g.value), ['7', '200']);
  });

  it('reads 预计 in the sentence stating the year\'s targets as part of them, and elsewhere as a forecast', () => {
    assert.deepEqual(goals('主要预期目标是：预计地区生产总值同比增长5.5%左右，一般公共预算收入同比增长5%左右。预计高校毕业生超过1170万人。').map(([i, v]) => [i, v]), [
      ['地区生产总值', '5.5'],
      ['一般公共预算收入', '5'],
    ]);
  });

  it('reads a part titled with its 成效 as a review, leaves item numbers and denominators out, and names the people a work serves (受益人口) by the work', () => {
    // The last: held-out sets 297 (a city's practical projects) and 245.
    assert.deepEqual(outlineOf('一、2022年主要工作和成效\n全年地区生产总值274.8亿元，增长2.6%。\n').goals, []);
    assert.deepEqual(goals('1 实施农村饮水安全巩固提升工程，受益人口10万人。\n2 对完成清洁取暖改造的农户进行补助。依托甲院、40/41所等研发资源。').map(([i, v]) => [i, v]), [['农村饮水安全巩固提升工程受益人口', '10']]);
  });

  it('reads a part that opens on its year and then 一年来 as a review, whatever its title', () => {
    const o = outlineOf('一、奋发有为，2018年迈出铿锵步伐\n2018年是我县爬坡过坎的一年。一年来，我们迎难而上。全年实现地区生产总值362.7亿元，增长9.1%。\n');
    assert.deepEqual([o.goals.length, o.achievements.map((a) => a.value)], [0, ['362.7', '9.1']]);
  });

  it('counts key projects by their qualifier and reads a year\'s investment as a target, not a project\'s', () => {
    assert.deepEqual(goals('全力组织实施好涉及民生的35个重点项目。全年投资2.4亿元，重点实施保供工程。'), [
      ['重点项目', '35', '个', ''],
      ['投资', '2.4', '亿元', ''],
    ]);
  });

  it('gives a stage verb alone the works counted before it, and ends a name before the time of what is said of it', () => {
    assert.deepEqual(goals('规划实施东湖公园、西山公园等190个园林绿化项目，开工建设165个，年内完成153个。'), [
      ['园林绿化', '190', '个', ''],
      ['园林绿化开工建设', '165', '个', ''],
      ['园林绿化完成', '153', '个', ''],
    ]);
    assert.deepEqual(goals('120个重点项目年内要完成投资200亿元。')[0], ['重点项目', '120', '个', '']);
  });

  it('names a group counted two ways (户 then 人) after the second count, unless it is named before', () => {
    assert.deepEqual(goals('全力实现8个县摘帽、120个村退出、3500户12000人脱贫。完成易地扶贫搬迁900户3100人。'), [
      ['县摘帽', '8', '个', ''],
      ['村退出', '120', '个', ''],
      ['脱贫', '3500', '户', ''],
      ['脱贫', '12000', '人', ''],
      ['易地扶贫搬迁', '900', '户', ''],
      ['易地扶贫搬迁', '3100', '人', ''],
    ]);
  });

  it('keeps verbs listed together in the indicator (新建、改造…), but not the 和 of 和美', () => {
    assert.deepEqual(named('新建、改造乡村公厕300座。全年新建和改扩建中小学12所。加快新建及改造农村电网线路900公里。'), [
      ['新建、改造乡村公厕', '300', '座'],
      ['新建和改扩建中小学', '12', '所'],
      ['新建及改造农村电网线路', '900', '公里'],
    ]);
    assert.deepEqual(named('建设和美乡村15个。'), [['和美乡村', '15', '个']]);
  });

  it('reads a change from an old value (由人均…元/月提升至…元/月) under its subject, without 由 or 从', () => {
    assert.deepEqual(named('提高社区专职工作者补贴，由人均900元/月提升至1200元/月。农村低保标准从5000元提高到5400元。'), [
      ['提高社区专职工作者补贴', '1200', '元/月'],
      ['农村低保标准', '5400', '元'],
    ]);
    assert.deepEqual(named('城镇低保人均保障标准从700元/月提高至760元/月。'), [['城镇低保人均保障标准', '760', '元/月']]);
    assert.deepEqual(named('将村干部补贴标准从每年5000元提高到6000元。'), [['村干部补贴标准', '6000', '元']]);
  });

  it('counts the noun that classes listed after a count share (10个企业级、行业级…平台)', () => {
    assert.deepEqual(named('在制造领域建设8个企业级、行业级数据平台，新建60个社区型、街道型养老服务站。'), [
      ['企业级、行业级数据平台', '8', '个'],
      ['社区型、街道型养老服务站', '60', '个'],
    ]);
    assert.deepEqual(named('建设3个国家级、5个省级创新中心。'), [
      ['国家级创新中心', '3', '个'],
      ['省级创新中心', '5', '个'],
    ]);
  });

  it('names one group counted two ways after the second count, and a list of values in one unit after neither', () => {
    assert.deepEqual(named('年内完成3800户、58万平方米棚户区改造。'), [
      ['棚户区', '3800', '户'],
      ['棚户区', '58', '万平方米'],
    ]);
    assert.deepEqual(named('全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶。').slice(0, 2).map((g) => g[0]), ['全省生产总值连续跨越', '全省生产总值连续跨越']);
  });

  it('leaves designated places, zones and pilots counted after a verb of advancing them: a scope, not a target', () => {
    assert.deepEqual(named('推进4个中小企业数字化转型城市试点。提升39个欠发达县域托底性帮扶质效。稳妥运行14个传统边贸点。'), []);
    assert.deepEqual(named('推动50个城市更新项目。新建3个省级示范区。'), [
      ['城市更新', '50', '个'],
      ['省级示范区', '3', '个'],
    ]);
  });

  it('counts a quoted name after the value whole, a number inside it too', () => {
    assert.deepEqual(named('新建100个“15分钟高品质生活服务圈”，打造20个“5分钟便民生活圈”。'), [
      ['“15分钟高品质生活服务圈”', '100', '个'],
      ['“5分钟便民生活圈”', '20', '个'],
    ]);
  });

  it('shares the head of the last listed subject with short qualifiers before it (城市、县城、农村污水处理率)', () => {
    assert.deepEqual(named('城市、县城、农村污水处理率分别达到98%、95%、60%以上。'), [
      ['城市污水处理率', '98', '%'],
      ['县城污水处理率', '95', '%'],
      ['农村污水处理率', '60', '%'],
    ]);
    assert.deepEqual(named('国家级、部级创新平台分别达到22家、40家。').map((g) => g[0]), ['国家级创新平台', '部级创新平台']);
    // Where a longer qualifier ends cannot be told: the subjects stay as listed.
    assert.deepEqual(named('制造业、普惠小微贷款余额分别增长10%、20%。').map((g) => g[0]), ['制造业', '普惠小微贷款余额']);
  });

  it('reads 下达 as issuing, not reaching, and leaves what exists counted (现有)', () => {
    assert.deepEqual(named('拟安排地方政府专项债券，今年先下达3000亿元。'), [['地方政府专项债券', '3000', '亿元']]);
    assert.deepEqual(named('全省现有各类学校2.3万所。改造现有老旧小区200个。'), [['现有老旧小区', '200', '个']]);
    // Held-out set 369: so does a place's stock (`甲唐现有高速公路3条`), not what is done to it (`提升现有…`).
    assert.deepEqual(named('甲唐现有高速公路3条。提升现有农村公路30公里。'), [['现有农村公路', '30', '公里']]);
  });

  it('reads a clause opening on the year behind (…，去年全省地区生产总值…、增长8.0%，今年…预期增长6.5%) as done, and a report\'s statistics on it as looking back', () => {
    // Held-out set 394 (news of a province's work report, 2022); figures changed.
    const news = outlineOf('甲网1月22日讯 今日上午，甲省人代会开幕。《政府工作报告》显示，初步统计，去年全省地区生产总值48810亿元、增长8.0%，今年全省地区生产总值预期增长6.5%。\n');
    assert.deepEqual(news.goals.map((g) => [g.indicator, g.value]), [['全省地区生产总值', '6.5']]);
    const back = outlineOf('一、2022年工作安排\n《政府工作报告》显示，初步统计，去年，全省一般公共预算总收入5743亿元。\n');
    assert.deepEqual(back.goals, []);
  });

  it('reads a sentence opening on where things stand now (目前，…) as no target, in a plan too', () => {
    // Held-out set 369 (news of a county's transport plan, 2022); names and figures changed.
    assert.deepEqual(named('目前，甲县农村公路共1865公里，路网密度达194km/百平方公里，列养率100%。2022年，甲县将新建农村公路50公里。'), [['甲县将新建农村公路', '50', '公里']]);
  });

  it('reads a class or format inside a name as part of it, not as a quantity (100万千瓦级, 3人制)', () => {
    assert.deepEqual(named('建设2台100万千瓦级核电机组，建成250个社区健身路径或3人制篮球场。推出259项制度创新成果。'), [
      ['100万千瓦级核电机组', '2', '台'],
      ['社区健身路径或3人制篮球场', '250', '个'],
      ['推出制度创新成果', '259', '项'],
    ]);
  });

  it('names a bare target verb\'s count (2024年完成…) and values said of each (分别) by the clause before', () => {
    assert.deepEqual(named('实施中小学校“示范食堂”建设行动，2024年完成1000家以上。'), [['中小学校“示范食堂”', '1000', '家']]);
    assert.deepEqual(named('万亿产业、先进制造业集群，分别达到2个、3个。'), [
      ['万亿产业', '2', '个'],
      ['先进制造业集群', '3', '个'],
    ]);
  });

  it('reads the bar a share clears as no target, and keeps a works noun that alone names the item (子工程)', () => {
    assert.deepEqual(named('力争实现20%的村集体年收入超30万元，实施好十项骨干工程和200余项子工程。').map((g) => g.slice(1)), [
      ['20', '%'],
      ['200', '项'],
    ]);
    assert.equal(named('实施好200余项子工程。')[0]![0], '子工程');
  });

  it('keeps a threshold in the subject of the count after it (新增年收入超50万元的经济强村5个)', () => {
    assert.deepEqual(named('新增年收入超50万元的经济强村5个。培育营收超亿元的龙头企业10家。培育产值超10亿元企业5家。'), [
      ['年收入超50万元的经济强村', '5', '个'],
      ['营收超亿元的龙头企业', '10', '家'],
      ['产值超10亿元企业', '5', '家'],
    ]);
  });

  it('names the total investment of the works counted just before (项目200个、总投资800亿元)', () => {
    assert.deepEqual(named('全年谋划储备项目200个、总投资800亿元。'), [
      ['谋划储备项目', '200', '个'],
      ['谋划储备项目总投资', '800', '亿元'],
    ]);
  });

  it('names a count of a bare category by its list, and leaves the year\'s list of tasks and designated towns worked on', () => {
    assert.deepEqual(named('开展惠民演出、文化下乡、文化进万家等活动200场次。'), [['惠民演出、文化下乡、文化进万家等活动', '200', '场次']]);
    assert.deepEqual(named('重点抓好15件大事和民生实事。着力抓好15个全国重点镇和省级示范乡镇。'), []);
  });

  it('names town and country for values said of each of 城乡…, and a bare verb\'s values listed after them alike', () => {
    assert.deepEqual(named('城乡居民人均可支配收入分别增长6%和7.5%。'), [
      ['城镇居民人均可支配收入', '6', '%'],
      ['农村居民人均可支配收入', '7.5', '%'],
    ]);
    assert.deepEqual(named('城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。').map((g) => g[0]), [
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });

  it('names a count of those served (为…) by them and their service, past a list, a 的 or a bound', () => {
    assert.deepEqual(named('为1万名困境、留守儿童进行心理健康评估干预。'), [['困境、留守儿童进行心理健康评估干预', '1', '万名']]);
    assert.deepEqual(named('为全州7万名35-64岁妇女免费做宫颈癌筛查、为全州6.1万名35-64岁妇女免费做乳腺癌筛查。'), [
      ['35-64岁妇女免费做宫颈癌筛查', '7', '万名'],
      ['35-64岁妇女免费做乳腺癌筛查', '6.1', '万名'],
    ]);
    assert.deepEqual(named('新增配置自动体外除颤仪1万台、对应培训5万人以上。')[1], ['对应培训', '5', '万人']);
    assert.deepEqual(named('为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。'), [
      ['经济困难的严重精神障碍患者免费提供抗精神病药物', '5', '万名'],
    ]);
    assert.deepEqual(named('为100所海拔1500米以上农村学校建设供暖设施。'), [['海拔1500米以上农村学校建设供暖设施', '100', '所']]);
    // Too long a phrase keeps the service; a value of the service ends it; a share stated with 为 is no count of those served.
    assert.deepEqual(named('为1000家左右医保定点社区卫生服务中心、乡镇卫生院和村卫生室全面配备医保刷脸支付终端。')[0], ['配备医保刷脸支付终端', '1000', '家']);
    assert.deepEqual(named('为6000名困难家庭高校新生发放资助金5000万元。')[0], ['困难家庭高校新生发放资助金', '6000', '名']);
    assert.deepEqual(named('服务业增加值比重为55%。'), [['服务业增加值比重', '55', '%']]);
  });
  it('names the measure of works counted just before past the 、 after their noun (108个城建项目、计划投资170亿元)', () => {
    assert.deepEqual(named('新建、续建108个城建项目、计划投资170亿元。'), [
      ['城建项目', '108', '个'],
      ['城建项目计划投资', '170', '亿元'],
    ]);
  });
  it('reads capacity added as a target and a plant\'s capacity before its noun as its size', () => {
    // A blind set's 珠海 2018 plan.
    assert.deepEqual(named('新增污水处理能力10万吨/日。'), [['污水处理能力', '10', '万吨/日']]);
    assert.deepEqual(named('新建日处理能力10万吨污水处理厂。'), []);
    assert.deepEqual(named('建设处理能力10万吨/日的污水处理厂。'), []);
  });
  it('names money spent by what the next clause does with it (计划投入1000万元，完善园区绿化、亮化), not an output by it', () => {
    // A blind set's 舒城 2021 plan (names changed).
    assert.deepEqual(named('计划投入1000万元，完善园区绿化、亮化、美化。'), [['园区绿化、亮化、美化投入', '1000', '万元']]);
    assert.deepEqual(named('计划投资3亿元，实施甲区老旧小区改造。'), [['甲区老旧小区改造投资', '3', '亿元']]);
    assert.deepEqual(named('全力建设甲蒙国际物流园区，全年计划投资3亿元，完善园区道路。'), [['甲蒙国际物流园区投资', '3', '亿元']]);
    assert.deepEqual(named('年内实现产值2亿元，推进乙级物流园区的审批工作。'), [['产值', '2', '亿元']]);
    // Held-out set 182: a total alone (`共35个`) counts what the item's title names before its colon, and money named by nothing
    // else is that item's.
    assert.deepEqual(named('二、2022年安排\n1.实施类项目：共35个，2022年计划投资74.05亿元。\n'), [
      ['实施类项目', '35', '个'],
      ['实施类项目计划投资', '74.05', '亿元'],
    ]);
    // Held-out set 198: past the count of the works (`，实施113个城建项目建设`); not named by the clause telling where the news
    // is from, nor by the place's pronoun (`该县`).
    assert.deepEqual(named('3月13日，笔者从甲县住建局了解到，该县今年将投入16.9亿元，实施113个城建项目建设。')[0], ['城建项目建设投入', '16.9', '亿元']);
  });
  it('reads 年均递增 after its indicator, a measure named before 和 and another subject, and 预计 opening a sentence over its ；-items', () => {
    // Blind set 97 (a county-level city's party congress, a county's plan); names changed.
    assert.deepEqual(named('到“十四五”末，全市生产总值突破500亿元，年均递增10.4%；财政总收入达到25亿元，年均递增14.4%。'), [
      ['全市生产总值', '500', '亿元'],
      ['全市生产总值', '10.4', '%'],
      ['财政总收入', '25', '亿元'],
      ['财政总收入', '14.4', '%'],
    ]);
    assert.deepEqual(named('农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元。'), [
      ['农民人均纯收入', '9807', '元'],
      ['城镇居民人均可支配收入', '18817', '元'],
    ]);
    assert.deepEqual(named('城镇和农村居民人均可支配收入分别增长6%和7%。'), [
      ['城镇居民人均可支配收入', '6', '%'],
      ['农村居民人均可支配收入', '7', '%'],
    ]);
    assert.deepEqual(named('经初步预计，全年实现生产总值163亿元；农民人均纯收入达到9807元。'), []);
    // Held-out set 204: so is 预测 (`据统计预测，`).
    assert.deepEqual(named('据统计预测，全县地区生产总值增长12.6%，达92.9亿元；一般公共预算收入增长6%。'), []);
    // 预计 inside one item forecasts that item alone.
    assert.deepEqual(named('数字经济增加值预计达3.4万亿元；清洁能源装机比重达到66%。'), [['清洁能源装机比重', '66', '%']]);
  });
  it('counts works listed before 等 as their kind, the verb opening the list kept (签约A等亿元以上项目XX个, 建成A等道路35条)', () => {
    // Blind set 97 (a district's plan) and the seed draft; names changed.
    assert.deepEqual(named('建成甲部过境高速等道路35条。'), [['道路', '35', '条']]);
    assert.deepEqual(named('签约乙南弘旺新能源等亿元以上项目5个，开工丙隆新材料等亿元以上项目3个。'), [
      ['签约亿元以上项目', '5', '个'],
      ['开工亿元以上项目', '3', '个'],
    ]);
    assert.deepEqual(named('新建中等职业学校2所。'), [['中等职业学校', '2', '所']]);
  });
  it('ends no indicator with the 、 listing the next value', () => {
    // Blind set 98 (a prefecture's transport plan).
    assert.deepEqual(named('规划实施20个项目、1567公里。').map((g) => g[0]), ['项目', '项目']);
  });
  it('reads money said to be about (投资约4.2亿元) before a work as its investment, and a year\'s investment about so much as a target', () => {
    // Blind set 120 (a county bureau's key points for the year); names changed.
    assert.deepEqual(named('投资约4.2亿元，谋划实施甲运河片区排涝工程。投资约6亿元，积极推进乙湖灌区建设工程。'), []);
    assert.deepEqual(named('全年完成投资约5亿元。'), [['投资', '5', '亿元']]);
  });
  it('reads what a text nothing dates says is intended (拟谋划) as a target, not what it simulates (模拟)', () => {
    // Blind set 120 (news of a county bureau's projects); names changed.
    assert.deepEqual(goalsOf('甲县教育局加快办理项目建设手续。拟谋划基础设施类项目12个，当年计划投资3400万元。'), [
      ['谋划基础设施类项目', '12', '个'],
      ['谋划基础设施类项目计划投资', '3400', '万元'],
    ]);
    assert.deepEqual(goalsOf('甲县教育局加快办理项目建设手续，开展模拟招标，谋划基础设施类项目12个。'), []);
  });
  it('names works counted without the investment said after them, keeps their qualifier, and leaves out size classes and kinds counted', () => {
    // Blind set 127 (news of key projects started and planned); names changed.
    assert.deepEqual(named('268个重大项目年度计划投资1390亿元。120个省列重大项目总投资6916亿元。'), [
      ['重大项目', '268', '个'],
      ['重大项目年度计划投资', '1390', '亿元'],
      ['省列重大项目', '120', '个'],
      ['省列重大项目总投资', '6916', '亿元'],
    ]);
    assert.deepEqual(named('总投资50亿元至100亿元项目25个。全年实施重点项目120个，新开工项目41个。包括甲生产线等11个工业能源类。'), [
      ['项目', '25', '个'],
      ['重点项目', '120', '个'],
      ['新开工项目', '41', '个'],
    ]);
  });
  it('reads an amount right before firms as their size class, kept in what the count after names (新增产值10亿元企业1家)', () => {
    // Blind set 129 (a town's plan); names changed.
    assert.deepEqual(named('新增产值10亿元企业1家、亿元以上企业8家。'), [
      ['产值10亿元企业', '1', '家'],
      ['亿元以上企业', '8', '家'],
    ]);
    assert.deepEqual(outlineOf('一、2022年工作回顾\n年产值突破百亿元的企业达到2家。\n').achievements.map((g) => [g.indicator, g.value, g.unit]), [['年产值突破百亿元的企业', '2', '家']]);
  });
  it('reads a paragraph nothing dates that bounds values from below (达到96%以上, 不低于95%) and tells nothing done as a plan, but not a legal provision', () => {
    // Blind set 120 (a county bureau's targets after a party congress); names changed.
    assert.deepEqual(goalsOf('健全污水设施。新建污水配套管网45公里，城镇污水集中处理率达到96%以上。新铺天然气管道400公里以上。\n'), [
      ['污水配套管网', '45', '公里'],
      ['城镇污水集中处理率', '96', '%'],
      ['新铺天然气管道', '400', '公里'],
    ]);
    assert.deepEqual(goalsOf('违反本条例规定的，责令暂停3个月以上执业活动，并处1000元以上5000元以下罚款。\n'), []);
    // Held-out set 189: a floor (不低于95%) bounds a target too; a provision's floor (应当…一般不少于7个工作日) does not.
    assert.deepEqual(goalsOf('坚决打好污染防治攻坚战，空气质量优良天数比例不低于95%，消除城乡黑臭水体。\n'), [['空气质量优良天数比例', '95', '%']]);
    assert.deepEqual(goalsOf('送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。公开征求意见的期限一般不少于30日。\n'), []);
    // Held-out sets 239 and 252 (news of a year's plan of works): the plan made known opens the news of it, what the notice issued
    // (印发了) sets is planned, and the measure after the count (`，2017年计划完成投资`) is the works'.
    assert.deepEqual(goalsOf('近日，甲县印发了《2017年甲县第一批重点项目建设计划的通知》，确定了2017年全县重点建设项目共113个，总投资183亿元，2017年计划完成投资78.9亿元。\n'), [
      ['全县重点建设项目', '113', '个'],
      ['全县重点建设项目计划完成投资', '78.9', '亿元'],
    ]);
    assert.deepEqual(goalsOf('本报讯 记者昨天从区发改局获悉，乙区2017年政府投资项目计划已下达，今年全区政府投资项目共534项，总投资341.39亿元，2017年计划投资92.1亿元。\n'), [
      ['全区政府投资项目', '534', '项'],
      ['全区政府投资项目计划投资', '92.1', '亿元'],
    ]);
    // Held-out set 245: progress so far (截至目前，…；…) goes on through the sentence's ；-items in news of a plan.
    assert.deepEqual(goalsOf('甲市人代会开幕，市长乙作政府工作报告。\n报告提出，今年实施重点项目82项，年度计划完成投资28.4亿元。截至目前，续建项目开工29个，完成投资3.11亿元；新建项目开工20个，完成投资1.95亿元。\n'), [
      ['重点项目', '82', '项'],
      ['年度计划完成投资', '28.4', '亿元'],
    ]);
    // Held-out sets 248 and 253 (a province's plan, a town's): the base a plan builds on is no target, wherever in it the value stands.
    assert.deepEqual(goalsOf('今年，在去年统筹推进953项重大项目基础上，力争推进重大项目1000项以上。\n'), [['重大项目', '1000', '项']]);
    assert.deepEqual(goalsOf('2016年，将在扩大发展千亩海椒、2000余亩青菜、300余亩香桂等种植业的基础上，重点加强合作。\n'), []);
    // Held-out set 253 (a town's three-year plan): how long a work is, under its name or after it, opens its profile.
    assert.deepEqual(goalsOf('一、2017年工作任务\n（一）人民路西延建设工程\n长2500米、宽40米，占地225亩计价967万元，树木包赔806万元，道路工程费用5500万元。\n镇区南环路建设工程，长3500米、宽30米，房屋拆迁14处600万元。\n'), []);
    // Held-out sets 237 and 244 (news of a report's review): a bound after 预计 estimates the year behind; the results after it are no plan.
    assert.deepEqual(goalsOf('报告显示2013年社会建设取得新成绩。预计城镇居民人均可支配收入达到22000元以上。城镇新增就业57万人，城镇登记失业率3.7%。\n'), []);
  });
  it('keeps 重点 on key works counted with 建设, splits a last subject joined by 和, and drops a news byline and 当年 from indicators', () => {
    // Blind sets 120 and 121 (bureaus', towns' and zones' plans); names changed.
    assert.deepEqual(named('力争全年实施重点建设项目50个以上。全年将加快推进重点项目建设9个。'), [
      ['重点建设项目', '50', '个'],
      ['重点项目', '9', '个'],
    ]);
    assert.deepEqual(named('实现亩均税收、人均税收和亩均技工贸总收入增长20%以上。交通运输、仓储和邮政业增长8.5%。'), [
      ['亩均税收', '20', '%'],
      ['人均税收', '20', '%'],
      ['亩均技工贸总收入', '20', '%'],
      ['交通运输', '8.5', '%'],
      ['仓储和邮政业', '8.5', '%'],
    ]);
    assert.deepEqual(named('甲州日报讯（全媒体记者/乙丙 通讯员/丁戊） 新增工业产值110亿元以上。通讯设施投资5亿元。'), [
      ['工业产值', '110', '亿元'],
      ['通讯设施投资', '5', '亿元'],
    ]);
    // A site's dateline with its month and day, and a stretch after 争取 (held-out set 368; names changed); 争取 before money
    // alone still measures what the clause before names.
    assert.deepEqual(named('甲辰在线—乙沙新闻网1月30日讯(乙沙晚报记者 丙丁)地区生产总值增长8.5%，争取9%。'), [
      ['地区生产总值', '8.5', '%'],
      ['地区生产总值', '9', '%'],
    ]);
    assert.deepEqual(named('今年要发行超长期特别国债，争取1万亿元。'), [['超长期特别国债', '1', '万亿元']]);
    assert.deepEqual(named('新建项目10个，当年计划投资3400万元。'), [
      ['新建项目', '10', '个'],
      ['新建项目计划投资', '3400', '万元'],
    ]);
  });
  it('reads a value said to be the target as a goal in a review too, with the values listed after it, not one measured against it', () => {
    // Blind set 120 (a district bureau's half-year summary); names changed.
    const outline = outlineOf(
      '一、工作开展情况\n二季度社会消费品零售总额目标增速8.2%，1-4月，全区社会消费品零售总额18.04亿元，增速0.2%。二季度服务业增加值预期目标22.19亿元、增速6.5%。断面水质优于考核目标14.6个百分点。重点项目完成投资91.6亿元，超计划目标5.28%。\n',
    );
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['二季度社会消费品零售总额目标增速', '8.2', '%'],
        ['二季度服务业增加值预期目标', '22.19', '亿元'],
        ['二季度服务业增加值增速', '6.5', '%'],
      ],
    );
    assert.deepEqual(
      outline.achievements.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['全区社会消费品零售总额', '18.04', '亿元'],
        ['全区社会消费品零售总额增速', '0.2', '%'],
        ['断面水质优于考核目标', '14.6', '个百分点'],
        ['项目完成投资', '91.6', '亿元'],
        ['超计划目标', '5.28', '%'],
      ],
    );
  });
  it('splits a rate said once of two measures joined by 和 (规上工业产值和服务业增加值增长12%), not a sector\'s name', () => {
    // Held-out set 145 (a street's plan); names changed.
    assert.deepEqual(goalsOf('一、2023年工作安排\n规上工业产值和服务业增加值增长12%以上，交通运输和邮政业增长8.5%。\n'), [
      ['规上工业产值', '12', '%'],
      ['服务业增加值', '12', '%'],
      ['交通运输和邮政业', '8.5', '%'],
    ]);
  });
  it('reads what is done since the year began (今年以来，) in a plan part as results, and names the measures of works resumed (续建项目复工25个) or described (参加…的项目)', () => {
    // Held-out set 143 (news of groundbreakings); names changed.
    const outline = outlineOf(
      '一、2022年工作安排\n今年以来，甲县新签约亿元以上项目73个。全县实施项目69个。\n参加本次集中开复工活动的项目，当年计划完成投资16.32亿元，其中续建项目复工25个、总投资43.73亿元、当年计划完成投资12.17亿元。\n',
    );
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['全县实施项目', '69', '个'],
        ['参加本次集中开复工活动的项目投资', '16.32', '亿元'],
        ['续建项目复工', '25', '个'],
        ['续建项目复工总投资', '43.73', '亿元'],
        ['续建项目复工计划完成投资', '12.17', '亿元'],
      ],
    );
    assert.deepEqual(outline.achievements.map((g) => [g.indicator, g.value, g.unit]), [['甲县新签约亿元以上项目', '73', '个']]);
  });
  it('reads news of a plan report said in the report (在报告中提出, 在《政府工作报告》中指出, 提交了《…计划…报告》, 公布了《…重点项目名单》) and targets a report put forward (报告提出了今年…目标) as the plan', () => {
    // Held-out set 148 (news of work and plan reports); names changed.
    assert.deepEqual(
      goalsOf('1月21日上午，甲市人代会开幕。\n开幕会上，甲市市长代表市人民政府作工作报告。报告分三个部分：2025年工作回顾、2026年工作安排。\n今年是“十五五”开局之年。报告提出了今年甲市发展的主要预期目标：地区生产总值增长5.5%，固定资产投资增长3%。\n'),
      [
        ['地区生产总值', '5.5', '%'],
        ['固定资产投资', '3', '%'],
      ],
    );
    assert.deepEqual(
      goalsOf('本报讯 13日上午，市发改委主任向市人大会议提交了《关于甲市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。\n主任在报告中说，2020年，全市规上工业增加值增长4%。\n主任在报告中提出了2021年全市发展指标安排，具体为：地区生产总值增长6.5%左右；规上工业增加值增长9%。\n'),
      [
        ['地区生产总值', '6.5', '%'],
        ['规上工业增加值', '9', '%'],
      ],
    );
    // Held-out set 178: news of the year's key-project list published (公布了《2025年…重点项目名单》); 预计 stays a forecast.
    assert.deepEqual(
      goalsOf('近日，省政府公布了《2025年甲省重点项目名单》，共列项目810个，2025年预计完成投资7916.5亿元。\n从行业领域看\n基础设施项目280个、2025年预计完成投资3483亿元。\n'),
      [['基础设施项目', '280', '个']],
    );
    // Held-out set 177: the report named in 《》 (在《政府工作报告》中指出).
    assert.deepEqual(
      goalsOf('市长乙在《政府工作报告》中指出，今年，我市要聚焦粮食安全，有效推进乡村全面振兴。\n全方位推进乡村振兴，首先要抓好粮食生产。分类推进黑土地保护，建设高标准农田40万亩。\n'),
      [['高标准农田', '40', '万亩']],
    );
  });
  it('reads a year after the one a review opened on that sets targets (2020年，…取得了显著成效。2021年，要实现…) as the plan, a bound before a noun (亿元以上制造业项目) as no target, and the target a value is said to be (的年度目标) as no indicator', () => {
    // Held-out set 149 (a county bureau's speech, a zone's summary); names changed.
    const outline = outlineOf(
      '一、肯定成绩，切实增强责任感。2020年，我县农业工作取得了显著成效，农林牧渔业增加值实现28.8亿元。2021年，要实现粮食产量稳定在23万吨以上、农村居民人均可支配收入增长10%以上的年度目标。\n招商引资成效显著。2025年，甲区组建20亿元母基金。全年实现新签约项目38个，其中亿元以上制造业项目28个。\n',
    );
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['粮食产量', '23', '万吨'],
        ['农村居民人均可支配收入', '10', '%'],
      ],
    );
    assert.deepEqual(outline.achievements.map((g) => [g.indicator, g.value, g.unit]), [
      ['农林牧渔业增加值', '28.8', '亿元'],
      ['甲区组建母基金', '20', '亿元'],
      ['新签约项目', '38', '个'],
      ['亿元以上制造业项目', '28', '个'],
    ]);
    // Nothing dates a zone's summary: a bound before a noun sets no target there.
    assert.deepEqual(outlineOf('全年实现新签约项目38个，其中亿元以上制造业项目28个、20亿元以上项目2个。\n').goals, []);
  });
  it('reads the total investment of works counted as their profile where no part plans (news of a ceremony), unless bounded or aimed at; a plan part sets it', () => {
    // Held-out sets 143 and 147 (news of groundbreakings); names changed.
    assert.deepEqual(goalsOf('近日，甲市重大项目建设现场推进会举行。\n今年，甲区实施重点项目230个，总投资1086.8亿元。\n力争招商引资项目1200个以上、总投资9000亿元。\n'), [
      ['甲区实施重点项目', '230', '个'],
      ['招商引资项目', '1200', '个'],
      ['招商引资项目总投资', '9000', '亿元'],
    ]);
    assert.deepEqual(goalsOf('一、2026年工作安排\n实施重点项目230个，总投资1086.8亿元。\n'), [
      ['重点项目', '230', '个'],
      ['重点项目总投资', '1086.8', '亿元'],
    ]);
  });
  it('reads a clause opening on a part of the year that says what will be done (二季度，还将…, 4月底前，…也将) as setting targets in news, not a forecast said inside a clause', () => {
    // Held-out set 147 (news of groundbreakings); names changed.
    assert.deepEqual(goalsOf('目前，甲市已开复工项目305个，开复工率82.2%；二季度，还将开复工项目66个，完成投资600亿元。4月底前，其余的86个项目也将全部开工。\n'), [
      ['开复工项目', '66', '个'],
      ['开复工项目完成投资', '600', '亿元'],
      ['其余项目也将全部开工', '86', '个'],
    ]);
    assert.deepEqual(goalsOf('1-5月全区纳统在库项目127个，完成工业投资29.3亿元，该批项目预测上半年将完成投资34.32亿元。\n'), []);
    // A target said with its change (`确保目标增长12%`), where nothing dates the text (held-out set 149).
    assert.deepEqual(goalsOf('1.规上工业增加值方面：2023年市下达甲区规上工业增加值增速确保目标增长12%，奋斗目标增长14%。1-5月，规上工业总产值上报数为97.74亿元，同比增长17.6%。\n'), [
      ['市下达甲区规上工业增加值增速确保目标', '12', '%'],
      ['奋斗目标', '14', '%'],
    ]);
  });
  it('reads news of a work report whose lead names only the year behind, a report 所作的《政府工作报告》, and the year behind as a sentence\'s time (预计甲市去年…) as review', () => {
    // Held-out set 152 (news of city work reports); names changed.
    assert.deepEqual(
      goalsOf('1月11日，甲市召开人民代表大会，市长作政府工作报告。会议提到，2019年，甲市规上工业增加值增长6.1%以上。\n会议提到，预计甲市去年新增社会融资规模5100亿元。全市进出口总值增长10%左右。\n对于今年政府工作要求，会议提出，2020年甲市地区生产总值增长6%。\n'),
      [['甲市地区生产总值', '6', '%']],
    );
    assert.deepEqual(
      goalsOf('记者从乙市市长所作的《政府工作报告》了解到，2021年乙市累计开工768个项目，固定资产投资增长12%以上。\n2022年，乙市经济社会发展主要预期目标定为：地区生产总值增长7.5%。\n'),
      [['地区生产总值', '7.5', '%']],
    );
  });
  it('reads news from a year\'s work meeting (记者从2026年全市交通运输工作会议上获悉) as news of a plan, not a speech given at one', () => {
    // Held-out set 153 (a transport bureau's meeting in the news); names changed.
    assert.deepEqual(goalsOf('1月28日，记者从2026年全市交通运输工作会议上获悉，我市交通运输项目计划完成投资21亿元。\n2026年，市交通运输局全年谋划推进14个交通运输项目，其中，高速公路领域投资15亿元。\n'), [
      ['我市交通运输项目计划完成投资', '21', '亿元'],
      ['高速公路领域投资', '15', '亿元'],
    ]);
    assert.deepEqual(goalsOf('（2013年12月10日在中央经济工作会议上的讲话）\n改革开放30年来，我们取得了巨大成就。\n'), []);
    // Held-out set 263: news from a congress (`记者从会上获悉，明年…`) reports on the plan for the year ahead.
    // Works listed after a works verb are counted as the plan's (`建成乙小学、丙中学2所新校`).
    assert.deepEqual(goalsOf('福州新闻网12月22日讯(记者 甲)20日上午，甲区人民代表大会开幕。记者从会上获悉，明年甲区将加大民生投入。\n加快教育项目建设，建成乙小学、丙中学2所新校，新增学位5490个；新办7所公办幼儿园，新增学位2500个。\n'), [
      ['建成新校', '2', '所'],
      ['学位', '5490', '个'],
      ['新办公办幼儿园', '7', '所'],
      ['新办公办幼儿园学位', '2500', '个'],
    ]);
  });
  it('drops 预期 opening an indicator (预期地区生产总值增长5%以上), not the 预期 of 预期寿命', () => {
    // Held-out set 152 (news of a city's work report); names changed.
    assert.deepEqual(goalsOf('一、2024年工作安排\n预期地区生产总值增长5%以上，预期寿命达到80岁。\n'), [
      ['地区生产总值', '5', '%'],
      ['预期寿命', '80', '岁'],
    ]);
  });
  it('reads every value after differences to last year spread over them (分别比去年增加81个、697亿元、327亿元) as no target', () => {
    // Held-out set 151 (news of a city's key projects); names changed.
    assert.deepEqual(goalsOf('一、2022年工作安排\n共实施省大中型项目526个，年度投资1729亿元，分别比去年增加81个、327亿元。\n'), [
      ['省大中型项目', '526', '个'],
      ['省大中型项目年度投资', '1729', '亿元'],
    ]);
  });
  it('reads news of a work report whose subheads are title lines (实行…负面清单制…) as news of the plan throughout', () => {
    // Held-out set 152 (news of a city's work report in short lines); names changed.
    assert.deepEqual(
      goalsOf('2月15日，甲市人代会开幕，甲市代市长在作政府工作报告时提出2019年主要目标和重点工作任务。\n新建4座污水处理厂，修复湿地4000亩\n实行政府举债负面清单制、举债终身问责制和债务问题倒查机制\n力争年内新增规上工业企业100家以上\n'),
      [
        ['污水处理厂', '4', '座'],
        ['修复湿地', '4000', '亩'],
        ['规上工业企业', '100', '家'],
      ],
    );
  });
  it('reads news of a year\'s key projects: the year\'s count (今年，…实施重点项目230个) and 计划开竣工 plan, the day\'s ceremony is done, 年度投资约 of works counted is a goal', () => {
    // Held-out set 143 (news of groundbreakings); names changed.
    const outline = outlineOf('近日，甲市重大项目建设现场推进会举行。\n今年，甲区实施重点项目230个，今天集中开工项目31个。\n该市计划开竣工项目72项。\n这次集中开工重点项目共45个，年度投资约172亿元。\n');
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value, g.unit]),
      [
        ['甲区实施重点项目', '230', '个'],
        ['开竣工项目', '72', '项'],
        ['这次集中开工重点项目年度投资', '172', '亿元'],
      ],
    );
    assert.deepEqual(
      outline.achievements.map((g) => [g.indicator, g.value, g.unit]),
      [['今天集中开工项目', '31', '个']],
    );
  });
  it('reads works already started (已集中开工) with their total investment as done, and targets stated after a colon (任务目标：) as targets in news', () => {
    // Held-out set 156 (news of key-project plans); names changed.
    const started = outlineOf('甲市重点项目建设新闻发布会召开\n2025年全市计划实施重点建设项目222个。2025年第一季度，甲市已集中开工137个重点项目，总投资426.9亿元。\n');
    assert.deepEqual(started.goals.map((g) => [g.value, g.unit]), [['222', '个']]);
    assert.deepEqual(started.achievements.map((g) => [g.value, g.unit]), [['137', '个'], ['426.9', '亿元']]);
    const stated = goalsOf('乙区工信局介绍，乙区制定了《工业重大项目谋划行动方案》，提出明确任务目标：2025年工业领域重大项目投资达到4900亿元，工业固定资产投资保持10%的增长。\n');
    assert.deepEqual(stated.map((g) => [g[1], g[2]]), [['4900', '亿元'], ['10', '%']]);
  });

  it('reads an open paragraph opening on the years behind (这五年，) as results until it looks ahead, and a part of the year done (前三季度，) with its ；-items', () => {
    // Held-out set 155 (a province's five-year review); names changed.
    const review = outlineOf('这五年，基础设施实现整体性提升。能源体系跨越升级，整体供电能力提高1200万千瓦，省内网间访问时延降低80%以上。\n');
    assert.deepEqual(review.goals, []);
    // Held-out set 157 (a county's speech on the last quarter); names changed.
    const speech = outlineOf('一、正视差距，冲刺全年目标\n从数据上看，前三季度，全县实现地区生产总值485.6亿元，同比增长6.8%；规模以上工业增加值增长7.5%。四季度，要确保规模以上工业增加值增长8%。\n');
    assert.deepEqual(speech.goals.map((g) => [g.indicator, g.value]), [['规模以上工业增加值', '8']]);
    assert.deepEqual(speech.achievements.map((g) => g.value), ['485.6', '6.8', '7.5']);
  });

  it('reads what a work yields once done (建成后，年产值可达…) as no target, and a paragraph telling a task finished early (提前完成任务) as done', () => {
    // Held-out set 156 (news of a groundbreaking); names changed.
    assert.deepEqual(goals('投资2亿元的甲集团种猪场项目建成后年产值可达7.2亿元，提供就业岗位60个。'), []);
    // Held-out set 154 (a county report's review, its part title saying neither); names changed.
    const review = outlineOf('（六）围绕强农兴农添活力，乡村振兴稳步推进。\n粮食安全更加稳固。全年粮食种植面积61.57万亩。完成13个美丽乡村创建。全县322个村集体经济收入均达到5万元以上，提前完成任务。\n');
    assert.deepEqual(review.goals, []);
  });

  it('reads a plan\'s paragraph opening on the year just past (刚刚过去的2015年，) as that year\'s results', () => {
    // Held-out set 254 (news of a province's report under a headline of its targets); names changed.
    const outline = outlineOf('今年预期目标：地区生产总值增长7.5%-8%\n24日上午，甲省人民代表大会开幕，省长乙作政府工作报告。\n刚刚过去的2015年，我们坚持稳中求进总基调。全省生产总值比上年增长8%，地方一般公共预算收入增长10%。城镇新增就业116.8万人。\n2016年主要预期目标是：地区生产总值增长7.5%-8%，城镇新增就业110万人。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['地区生产总值', '7.5-8', '%'],
      ['城镇新增就业', '110', '万人'],
    ]);
  });

  it('reads a sentence of a plan opening on an earlier year without a comma (2021年巩固…) as that year\'s results, against the later year the paragraph names', () => {
    // Held-out set 157 (news of a bureau's meeting on the year's work); names changed.
    const outline = outlineOf('甲县农业农村局召开2022年工作部署会\n局长通报了2021年工作取得的成就及2022年工作打算。2021年巩固脱贫攻坚成果，一产增加值达24.24亿元。2022年，力争一产增加值增长5%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5', '%']]);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['24.24', '亿元']]);
  });

  it('reads a paragraph of news of a work report going on from the one before (在…方面，, 全年) and naming no year as of the year that one spoke of, until one turns to the plan\'s', () => {
    // Held-out set 155 (news of a province's work report); names changed.
    const outline = outlineOf([
      '甲省将实施“千项万亿”工程',
      '1月12日，甲省省长乙作政府工作报告。乙表示，2023年甲省地区生产总值增长5%以上。',
      '乙说，2022年，甲省地区生产总值增长3%左右。',
      '在稳外贸方面，甲省新增国际航线15条，实际使用外资增长3.6%。',
      '报告提出，今年要新增国际航线20条。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5', '%'], ['20', '条']]);
    // Held-out set 187: a paragraph opening on 全年 goes on with the year the one before spoke of (去年以来).
    const whole = outlineOf('甲市人代会开幕\n听取市长乙作政府工作报告。\n乙在报告中说，去年以来，市政府坚持稳中求进。\n全年地区生产总值增长9.2%，规上工业增加值增长43.2%。\n');
    assert.deepEqual(whole.goals, []);
    // Held-out set 255: the review goes on through paragraphs that set no target, until one turns to the plan.
    const reviewed = outlineOf([
      '1月14日上午，甲市十五届人大三次会议开幕，甲市市长作《政府工作报告》。',
      '“2018年，是极不平凡的一年。”报告中，市长首先回顾了2018年工作。',
      '经济迈上7000亿元台阶',
      '预计地区生产总值增长7%以上。',
      '地方级财政收入完成478亿元，增长6.2%。',
      '实施亿元以上项目1206个，固定资产投资增长7%。',
      '报告提出，今年地区生产总值增长6.5%左右。',
    ].join('\n'));
    assert.deepEqual(reviewed.goals.map((g) => [g.indicator, g.value, g.unit]), [['地区生产总值', '6.5', '%']]);
    // Held-out set 257: a plan's span in brackets (`（2016年—2035年）`) names no year spoken of, and a target met (`实现…下降15%的
    // 目标`) looks back however long its subject.
    const fiveYears = outlineOf([
      '中新网甲市1月15日电 (记者 乙 丙)15日，甲市人民代表大会开幕。甲市市长丁作政府工作报告时指出，五年来，甲市完成城市总体规划(2016年—2035年)的第一阶段减量发展任务，城乡建设用地减量120平方公里。今年将拓宽减量提质路径，城乡建设用地再减8平方公里左右。',
      '丁指出，五年来，甲市城市发展格局实现历史性变革。奋力完成减量发展任务，实现城六区(东城、西城、朝阳、海淀、丰台、石景山区)常住人口比2014年下降15%的目标，城乡建设用地减量120平方公里。',
    ].join('\n'));
    assert.deepEqual(fiveYears.goals.map((g) => [g.indicator, g.value, g.unit]), [['城乡建设用地再减', '8', '平方公里']]);
    // Held-out set 268: a year since a body was set up (`成立一年以来`) is the year behind, and an estimate's bounds
    // (`预计…增长8.8%左右；…增长10%以上`) set no target: the review goes on through the paragraph of estimates.
    const estimated = outlineOf([
      '甲区第一届人民代表大会第二次会议开幕。',
      '甲区区长乙作政府工作报告。',
      '甲区正式挂牌成立一年以来，区政府统筹推进各项工作，圆满完成了全年经济社会发展主要目标任务。',
      '预计地区生产总值超过2100亿元，增长8.8%左右；规模以上工业增加值突破1100亿元，增长10%以上；全社会固定资产投资616亿元，增长24.5%。',
      '报告提出，今年地区生产总值增长8%。',
    ].join('\n'));
    assert.deepEqual(estimated.goals.map((g) => [g.indicator, g.value, g.unit]), [['地区生产总值', '8', '%']]);
    // Held-out set 269: a lead summing up a year (`对我州2017年政府工作进行了全面总结`) makes the news that year's review.
    assert.deepEqual(goalsOf('1月3日，州长甲代表州人民政府在州人大会议上作政府工作报告时，对我州2017年政府工作进行了全面总结。\n2017年，是新一届州人民政府履职开局之年。\n综合经济实力迈上新台阶。预计全州生产总值达585亿元，增长8%；财政总收入首次突破100亿元，达107.64亿元，增长22.26%；完成固定资产投资450亿元，增长13%。\n'), []);
    // Held-out set 272: news of the year's results (`2021年，甲省交出了亮眼“成绩单”`) is that year's review, also where no later year is named.
    const results = outlineOf([
      '1月20日，甲省第十三届人民代表大会第六次会议上，省长乙作政府工作报告。政府的一项项工作通过一串串数字展现在人们面前：2021年，甲省交出了亮眼“成绩单”。',
      '1经济发展进位提质',
      '全年GDP增长9.1%，总量达到2.259万亿元。一产、二产、三产增加值分别增长8.1%、10.2%、8.3%。',
      '全年煤炭产量达到11.9亿吨，发送电煤4356万吨。',
    ].join('\n'));
    assert.deepEqual(results.goals, []);
    // Held-out set 388: so is a year whose work was written into the report's `成绩单`.
    const written = outlineOf([
      '1月19日上午，甲省人代会开幕，省长乙作政府工作报告。2024年，丙市多项工作亮点被写入省政府“成绩单”。',
      '省政府工作报告指出，全省新入选国家5G工厂113家，累计达到210家。',
    ].join('\n'));
    assert.deepEqual(written.goals, []);
    // Held-out set 374: a year whose figures are accounted for (`初步核算甲省2017年生产总值…`) is behind, whatever else the lead says.
    const accounted = outlineOf([
      '1月24日，甲省人代会开幕，省长乙作政府工作报告：开工建设人才公寓5万套以上。',
      '报告显示，初步核算甲省2017年生产总值达到4.5万亿元，年均增长8.4%。粮食产能新增150亿斤。',
    ].join('\n'));
    assert.deepEqual(accounted.goals.map((g) => g.value), ['5']);
    const counted = outlineOf('1月24日，甲省人代会开幕，省长乙作政府工作报告：开工建设人才公寓5万套以上。\n据初步统计，2017年全省生产总值达到4.5万亿元。\n');
    assert.deepEqual(counted.goals.map((g) => g.value), ['5']);
    // Places listed in brackets are what one subject holds, not subjects of their own.
    assert.deepEqual(goalsOf('一、2023年工作安排\n城六区(东城、西城、朝阳)常住人口下降2%。\n'), [['城六区(东城、西城、朝阳)常住人口', '2', '%']]);
  });

  it('keeps an ordinal batch or round in an indicator (第二批…), drops the year before 年度 (2020年度计划投资 → 年度计划投资), and reads the last day of a span (24日至26日) as no figure', () => {
    // Held-out set 161 (news of a groundbreaking); names changed.
    assert.deepEqual(named('第二批集中开工项目25个，其中2020年度计划投资3亿元。4月24日至26日，召开观摩会。'), [
      ['第二批集中开工项目', '25', '个'],
      ['年度计划投资', '3', '亿元'],
    ]);
  });

  it('reads a percentage in words (百分之五, 百分之五点五) as a value, and a sentence setting values as the target (…增长百分之五左右的目标) as planning', () => {
    // Held-out set 159 (a summary of a city's work report); names changed.
    const outline = outlineOf('在2025年的甲市政府工作报告中，甲市展示了宏伟蓝图。报告中，甲市设定了地区生产总值增长百分之五左右的目标，城镇调查失业率控制在百分之五点五以内的目标。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.amount, g.unit, g.comparator]), [
      ['五', 5, '%', '左右'],
      ['五点五', 5.5, '%', '以内'],
    ]);
  });

  it('reads the year\'s key projects counted in news by the year\'s number (2024年我省安排省重点建设项目1508个) as a target', () => {
    // Held-out set 164 (a province's key-project progress); names changed.
    const outline = outlineOf('2024年甲省安排省重点建设项目1508个，年度计划投资1万亿元。1-4月，省重点项目完成投资3386亿元。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['1508', '个'], ['1', '万亿元']]);
  });

  it('reads a part titled as looking back (2025年·回望：…) as a review, in news of a work report', () => {
    // Held-out set 162 (a county's work report read in figures); names changed.
    const outline = outlineOf([
      '数读政府工作报告：一图读懂甲县2025年“成绩单”与2026年“新目标”',
      '2月26日，甲县代理县长乙所作的政府工作报告，记录下2025年的奋斗成果，更勾勒出2026年的崭新蓝图。',
      '一、2025年·回望：六组数据看“收官”',
      '全年实现地区生产总值167.83亿元，增长5%。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['167.83', '亿元'], ['5', '%']]);
  });

  it('drops 预期 between an indicator and its change (地区生产总值预期增长6%以上), and the words stating the main targets before it (…的主要目标是)', () => {
    // Held-out sets 168 and 166 (news of work reports); names changed.
    assert.deepEqual(named('地区生产总值预期增长6%以上，社会融资规模余额预期增长12%左右。'), [
      ['地区生产总值', '6', '%'],
      ['社会融资规模余额', '12', '%'],
    ]);
    assert.deepEqual(named('2026年，甲区政府工作的主要目标是地区生产总值增长6%。'), [['地区生产总值', '6', '%']]);
  });

  it('reads a bound (3500亩以上) as setting a target in a paragraph whose other sentence speaks of illegal land use (违法用地), not only in its own sentence', () => {
    // Held-out set 154 (a county report's plan, its part title saying neither); names changed.
    const plan = goalsOf('（四）以融合发展为路径，着力提升城镇品位。\n严厉打击违法用地、乱占耕地建房等行为；强化重点项目用地保障，全年报批用地3500亩以上。新增燃气用户2500户。\n');
    assert.deepEqual(plan.map((g) => [g[1], g[2]]), [['3500', '亩'], ['2500', '户']]);
    assert.deepEqual(goalsOf('（四）依法治理\n违法占地面积在5亩以上的，依法处罚。\n'), []);
  });
  it('reads the works a plan counts (2025年，我市共安排重点建设项目168项) as no results after a headline saying 今年, and news rounding works\' total investment (总投资逾2861亿元) as their profile', () => {
    // Held-out set 211 (news of a city's key-project plan); names and figures changed.
    const outline = outlineOf([
      '今年甲市共安排重点建设项目150项',
      '甲市日报讯（记者 乙）近日，甲市印发2025年重点建设项目计划。2025年，甲市共安排重点建设项目150项，涵盖基础设施工程、产业工程、民生工程等领域，总投资2400亿元，年度计划投资480亿元。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['150', '项'], ['480', '亿元']]);
    const rounded = outlineOf('总投资逾2400亿元，涵盖基础设施、产业和民生工程等领域\n');
    assert.deepEqual(rounded.goals, []);
    assert.deepEqual(extractFigures(parseReport('项目总投资逾2400亿元。', { format: 'text' })).map((f) => [f.indicator, f.comparator]), [['项目总投资', '逾']]);
  });

  it('reads 拟 after a count (376个拟竣工项目全部投产) as naming the works, not setting a target', () => {
    // Held-out set 209 (a commission's review of its year); names and figures changed.
    const outline = outlineOf('2024年，市发展改革委各项工作取得新成效。\n项目建设加力提效。新谋划投资过亿元项目1200个。300个拟竣工项目全部投产，新贡献产值280亿元。\n');
    assert.deepEqual(outline.goals, []);
  });

  it('takes the plan\'s year in news of a report from a year said ahead anywhere (2023年，甲省将…), so results of the year before are none', () => {
    // Held-out set 165 (news of a provincial work report on energy); names and figures changed.
    const outline = outlineOf([
      '甲省深化能源革命',
      '中新网太原1月12日电 （记者 丙）12日，甲省人民代表大会开幕，代省长乙作政府工作报告。',
      '报告指出，甲省千方百计挖潜增效。在2021年保供16个省区市的基础上，2022年煤炭日均产量达到350万吨。',
      '乙表示，在能源供需紧张形势下，甲省人民发扬革命老区精神，日夜奋战在井下生产一线，为全国能源保供作出了重要贡献。',
      '过去五年，甲省深化能源革命，加快释放煤炭优质产能，推进智慧矿山建设，煤炭先进产能占比提升至80%。',
      '报告指出，未来五年，甲省煤炭先进产能占比达到95%左右，新能源和清洁能源装机占比达到54%。',
      '2023年，甲省将加快能源产业绿色低碳转型，力争煤炭产量达到13.6亿吨。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['95', '%'], ['54', '%'], ['13.6', '亿吨']]);
    // A year further ahead is a long-term aim, not the plan's: the plan's own year stays planned.
    const filler = '全县上下要坚定信心，真抓实干，奋力推动经济社会高质量发展，确保各项目标任务圆满完成。';
    const points = outlineOf(['甲县2026年工作要点', '2026年，全县地区生产总值增长6%，新建学校5所。', ...Array(5).fill(filler), '远景上，2028年将基本建成区域中心城市。'].join('\n'));
    assert.deepEqual(points.goals.map((g) => [g.value, g.unit]), [['6', '%'], ['5', '所']]);
  });

  it('goes on with the year behind in news of a report where a paragraph tells more done and nothing ahead (…同比增长74%)', () => {
    // Held-out set 208 (news of a city's work report); names and figures changed.
    const outline = outlineOf([
      '1月26日在甲市人民代表大会会议上，市长乙作了政府工作报告。',
      '报告介绍到，2025年，甲市发展取得的成效达到预期，煤炭产量8.9亿吨。',
      '推动传统能源与新能源互补融合，新增并网新能源装机600万千瓦；新能源发电量250亿千瓦时、同比增长70%。',
      '但报告依旧明确提出，2026年将强化传统能源供应保障，新增储能200万千瓦。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['200', '万千瓦']]);
  });

  it('reads news of a meeting on this year\'s work (会议上，围绕今年的重点工作) as a report on the plan, and 计划新开工 with a count as a target, not 计划新开工项目', () => {
    // Held-out set 210 (news of a city bureau's work meeting); names and figures changed.
    const outline = outlineOf([
      '2月3日，在全市住房城乡建设工作会议上，围绕今年的重点工作，甲市住房城乡建设系统给出了明确的作答。',
      '在具体的工作中，将统筹实施城市更新。2023年，全市棚户区改造计划新开工9000套、基本建成3000套。',
      '持续完善基础设施。全市年内建设40公里高压次高压天然气管网，改造60公里老化燃气管道。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['9000', '套'], ['3000', '套'], ['40', '公里'], ['60', '公里']]);
  });

  it('reads targets met (全面完成全年主要目标任务) as no look ahead', () => {
    // Held-out set 175 (a county's report reviewing five years); names and figures changed.
    const outline = outlineOf([
      '过去五年，甲县全面完成“十三五”规划主要目标任务。',
      '五年来，我们全面完成省市下达的目标任务，空气质量优良天数增加30天，森林覆盖率达到41%。',
    ].join('\n'));
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['30', '天'], ['41', '%']]);
  });
  it('reads the items after a preamble telling the year\'s practical projects chosen (代表…票决的方式选出了2024年…十大民生实事项目) as planned, not the preamble\'s own counts', () => {
    // Held-out set 206 (a district's practical projects voted by its congress); names and figures changed.
    const outline = outlineOf([
      '2024年1月5日，甲区人大二次会议召开第三次全体会议，到会的180名人大代表采取差额票决的方式选出了2024年甲区十大民生实事项目。涵盖教育、治水、交通等群众关心的民生大事。',
      '一、加强学位宿位建设。',
      '新增幼儿园学位1200个、高中阶段学位500个。',
      '二、加快推进农贸市场改造。',
      '完成40个农贸市场升级改造，同步对其他市场开展整治提升。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['1200', '个'], ['500', '个'], ['40', '个']]);
    // Held-out set 216 (a city congress's notice of the year's practical projects); names and figures changed.
    const notice = outlineOf([
      '甲市第十六届人民代表大会第四次会议公告(第4号)',
      '经甲市第十六届人民代表大会第四次会议投票表决,以下10个项目为甲市2020年度政府民生实事项目:',
      '一、推进明眸皓齿工程。完成全市中小学校教室采光和照明标准化改造2000个,改造率达到100%;开展适龄儿童免费窝沟封闭项目,完成二年级学生窝沟封闭1万人。',
      '二、实施学前教育扩容工程。新改扩建公办幼儿园8 所,公办园占比率达到30%;新增幼儿园学位1800个。',
    ].join('\n'));
    assert.deepEqual(notice.goals.map((g) => [g.value, g.unit]), [['2000', '个'], ['100', '%'], ['1', '万人'], ['8', '所'], ['30', '%'], ['1800', '个']]);
  });
  it('names works of a sector counted by the works (400个重点工业项目 counts 工业项目), as 产业项目 are', () => {
    // Held-out set 210 (a city industry bureau's plan); figures changed.
    assert.deepEqual(named('全年推动实施300个重点工业项目，实现工业投资增长6%。'), [
      ['工业项目', '300', '个'],
      ['工业投资', '6', '%'],
    ]);
  });
  it('reads a bound after a unit with its scale (10万平方米以上) as setting a target in an open paragraph', () => {
    // Held-out set 206 (a district's practical projects); names and figures changed.
    const outline = outlineOf('“两个实施”，即实施城镇老旧小区改造，新开工4个老旧小区改造项目，改造住宅老旧电梯40部；实施城市“增绿添园”工程，建设3个口袋公园，新增园林绿化面积12万平方米以上。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['4', '个'], ['40', '部'], ['3', '个'], ['12', '万平方米']]);
  });
  it('reads what is done so far in a plan\'s progress report (1-6月份累计完成投资35.9亿元，占年度目标的63.88%) as done', () => {
    // Held-out set 217 (a county's key projects at the half year); figures changed.
    const outline = outlineOf('2020年计划实施千万元以上重点建设项目70个，年度计划完成投资56亿元，1-6月份累计完成投资35亿元，占年度目标的62.5%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['70', '个'], ['56', '亿元']]);
    assert.deepEqual(outline.achievements.map((g) => [g.value, g.unit]), [['35', '亿元'], ['62.5', '%']]);
  });
  it('goes on with the year behind in news of a report past a subhead (新兴动能成为强引擎) when the paragraph under it says nothing ahead, a class of works (10亿元以上项目) being no bound', () => {
    // Held-out set 213 (news reading a city's work report); names and figures changed.
    const outline = outlineOf([
      '以新的发展实绩作出甲市更大贡献',
      '1月12日上午，市人大五次会议开幕，市长乙代表市人民政府作政府工作报告。',
      '过去一年，甲市经济社会发展成绩如何？一起来看看。',
      '新兴动能成为强引擎',
      '新引进10亿元以上项目140个，新竣工10亿元以上项目50个。新增省级“专精特新”企业100家。',
      '民生事业彰显可感度',
      '丙宿铁路加快建设，新改扩建学校15所、增加学位3万个。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
  });
  it('goes on with the year behind in news of a report through the items of one bulleted list (●2023年…, ●…)', () => {
    // Held-out set 214 (news of a province's work report); names and figures changed.
    const outline = outlineOf([
      '1月23日上午，甲省人大二次会议开幕。省长乙向大会作政府工作报告。',
      '报告指出：',
      '●2023年甲省地区生产总值达到13万亿元、增长4.8%；',
      '●丙市经济总量突破3万亿元；',
      '●社会消费品零售总额达4.7万亿元、增长5.8%；',
      '2024年甲省经济社会发展',
      '有这些目标',
      '报告提出，今年甲省经济社会发展的主要预期目标是：',
      '◆地区生产总值增长5%；',
      '◆社会消费品零售总额增长6%。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5', '%'], ['6', '%']]);
  });
  it('reads a share of a target named before (占年度任务目标132亿元的65.89%) as no target', () => {
    // Held-out set 211 (a district's key-project news); figures changed.
    const outline = outlineOf('9月13日，甲区召开重大项目建设情况新闻发布会。目前，全区180个重大项目上半年完成投资86亿元，占年度任务目标130亿元的65%，比2023年同期增长25%。\n');
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['130', '亿元']]);
  });

  it('reads a document titled as a report on how work went (…实事项目情况, …工程情况报告, …重点工作汇报) as a review', () => {
    // Held-out sets 220 and 222 (a town's 民生实事 progress, a township's report to its congress, a town's work report); names changed.
    assert.deepEqual(outlineOf('甲镇2020年重点民生实事项目情况\n一、推进乙村建设。我镇乙村建设涉及七个村，受益群众8805人。\n').goals, []);
    assert.deepEqual(outlineOf('乡政府2018年为民办实事工程情况报告\n一、乡村亮灯工程\n其余19个村都由县统一采买共计1249盏。\n').goals, []);
    assert.deepEqual(outlineOf('2020年乡镇重点工作汇报\n一、重点项目征拆工作\n此项征拆工作涉及3个村、11个社，农户763户，耕地3670亩。\n').goals, []);
    // Held-out set 318 (news of a county's practical projects), its headline judging how they went.
    assert.deepEqual(outlineOf('甲县重点民生实事项目完成情况良好\n据悉，县人大决定了2025年度重点民生实事项目8个，总投资3.42亿元。在县人大常委会的监督下，8项民生实事项目中7项基本完成年度目标。\n').goals, []);
  });

  it('reads a headline stating a figure (甲市2023年预期目标GDP增长6%以上) as the news item\'s title, not a plan part\'s', () => {
    // Held-out set 219 (news of a provincial work report); names and figures changed.
    const outline = outlineOf([
      '甲市2023年预期目标GDP增长6%以上',
      '甲市市长乙作政府工作报告时透露，2023年甲市经济社会发展的主要预期目标是，地区生产总值增长6%以上。',
      '回顾过去5年的工作，甲市汽车、电子产业分别达到4500亿。',
    ].join('\n'));
    // The headline's figure, stated again by the lead, is listed once, as the lead names it.
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit, g.range.startLine]), [['6', '%', 1]]);
  });

  it('reads the items after news that the year\'s practical projects are made known (2019年度10项民生实事日前确定) as planned, and a vote\'s own count as none', () => {
    // Held-out set 220 (news of a county's 民生实事, a county congress's notice); names and figures changed.
    const news = outlineOf([
      '据了解，甲县2019年度10项民生实事日前确定，共涉及23个小项民生项目，总投资共计75822万元。',
      '城乡人居环境整治工程。完成农村无害化卫生厕所改造2.4万座。',
      '城区交通秩序规范整治工程。新建大型停车场1处，城区增设车位4400个。',
    ].join('\n'));
    assert.deepEqual(news.goals.map((g) => [g.value, g.unit]), [['2.4', '万座'], ['1', '处'], ['4400', '个']]);
    const notice = outlineOf('甲县人民代表大会于2017年2月20日投票表决确定2017年县政府民生实事项目为10项,分别是:\n一、实施城镇道路畅通工程,新建改造道路10条,打通断头路8条。\n');
    assert.deepEqual(notice.goals.map((g) => [g.value, g.unit]), [['10', '条'], ['8', '条']]);
  });

  it('goes on with the year behind in news of a report when the next paragraph tells a rank held (排名全国第一) and nothing ahead', () => {
    // Held-out set 219 (news of a municipal work report); figures changed.
    const outline = outlineOf([
      '2024年1月23日上午，甲市第十六届人民代表大会第二次会议开幕，市长作政府工作报告。',
      '报告显示，2023年，甲市生产总值达到4.72万亿元，增长5%。',
      '新增光伏装机94.6万千瓦，新能源汽车推广35.4万辆，保有量达到128.8万辆、排名全球城市第一。',
      '2024年，将新建1万个电动汽车公共充电桩。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['1', '万个']]);
  });

  it('reads attendance (缺席33人, …人听取了…报告), a campaign\'s days (大干100天), a news day after its reporter (记者 李丹4日,), a date spaced (12 月 25 日) and a size (占地面积为140亩) as no targets', () => {
    // Held-out sets 218, 219, 220 and 222; names and figures changed.
    assert.deepEqual(named('大会实到代表388人,缺席33人,符合大会章程规定。'), []);
    // Held-out set 399: so are those who heard a report (`各界人士130余人听取了…`), and a campaign named by its days (`大干100天`).
    assert.deepEqual(named('来自驻区单位、居民区代表等各界人士130余人听取了街道办事处工作报告。'), []);
    assert.deepEqual(named('开展“大干100天”行动，奋战60天，完成房屋搬迁任务1800户。'), [['房屋搬迁任务', '1800', '户']]);
    assert.deepEqual(named('甲网成都2月4日讯记者 李丹4日,省发展改革委发布消息,2021年全省将新开工211个重点项目。'), [['重点项目', '211', '个']]);
    // Held-out sets 254 and 257: the day after a dateline (`讯 24日上午`, `电 (记者 甲 乙)15日，`).
    assert.deepEqual(named('甲网1月24日讯 24日上午，甲省人代会开幕。2016年全省将新开工200个重点项目。'), [['重点项目', '200', '个']]);
    assert.deepEqual(named('中新网北京1月15日电 (记者 甲 乙)15日，北京将新开工100个重点项目。'), [['重点项目', '100', '个']]);
    assert.deepEqual(named('12 月 25 日，甲县召开会议。新建学校5所。'), [['学校', '5', '所']]);
    assert.deepEqual(named('新建垃圾处理站，占地面积为140亩。'), []);
    // Held-out set 233: a work's length said with 为.
    assert.deepEqual(named('对甲路两侧建筑的沿街立面进行修缮改造，改造长度为125米。'), []);
  });

  it('reads a paragraph nothing dates telling work closed (…圆满收官) as setting only the targets its sentences set', () => {
    // Held-out set 237 (a city's 2023 report, its review of 2022); names and figures changed.
    const review = outlineOf('（六）扎实做好基本民生、普惠民生、底线民生各项工作，有效解决群众急难愁盼。百项民生实事圆满收官、完成投资218.17亿元。出台保企业稳就业惠民生12条，城镇新增就业5万人。基本医疗保险覆盖率保持在98%以上。\n');
    assert.deepEqual(review.goals.map((g) => g.value), ['98']);
    // Without it, every sentence plans.
    const plan = outlineOf('（六）扎实做好基本民生工作。完成投资218.17亿元。城镇新增就业5万人。基本医疗保险覆盖率保持在98%以上。\n');
    assert.deepEqual(plan.goals.map((g) => g.value), ['218.17', '5', '98']);
  });

  it('reads a part whose title names no year but whose first paragraph opens on the year before the delivery line\'s (2018年，…) as a review', () => {
    // Held-out set 237 (a city's 2019 report); names and figures changed.
    const outline = outlineOf([
      '政府工作报告',
      '——2019年1月8日在甲市第八届人民代表大会第四次会议上',
      '各位代表：',
      '一、站在新时代历史起点，甲市高质量发展迈出坚实步伐',
      '2018年，在中共甲市委坚强领导下，我们坚持稳中求进，全市GDP增长8.3%，规模工业增加值增长7.6%。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
    assert.deepEqual(outline.achievements.map((g) => g.value), ['8.3', '7.6']);
  });

  it('reads dash items after a look back in news of a report (——经济持续健康发展。…) as no targets', () => {
    // Held-out set 237 (news of a city's 2013 congress); names and figures changed.
    const outline = outlineOf([
      '甲市九届人大二次会议开幕',
      '在热烈的掌声中，市长甲代表市人民政府向大会作工作报告。',
      '报告共分两个部分：一、2012年工作；二、2013年工作安排。',
      '报告指出，过去一年，我们按照市委部署狠抓落实，全面完成了市九届人大一次会议确定的各项任务。',
      '——经济持续健康发展。预计全市地区生产总值突破4000亿元、增长10%以上；地方财政收入263亿元、增长24.8%。',
    ].join('\n'));
    assert.deepEqual(outline.goals, []);
  });

  it('reads news saying what this year\'s report proposed (在今年政府工作报告中提出) as a report on the plan, and a count of counted practical projects (10件40项民生实事) as no target', () => {
    // Held-out set 239 (news of a district's 2016 practical projects); names and figures changed.
    const outline = outlineOf([
      '本报讯 甲区第五届人民代表大会第五次会议日前落下帷幕。在今年政府工作报告中提出：全力推进10件40项民生实事。',
      '10件40项民生实事具体包括：加强教育基础设施建设，拓展优质教育资源。建成并启用学校2所，开办幼儿园2所；新建、改扩建学校9所。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['2', '所'], ['2', '所'], ['9', '所']]);
  });

  it('reads news going by this year\'s report (根据今年的政府工作报告) as a report on the plan, and a table of works with their standard (项目名称 | 工作标准) as tasks set', () => {
    // Held-out sets 237 (news of a city's 2014 report) and 241 (a bureau's 2014 target table); names and figures changed.
    const news = outlineOf([
      '根据今年的政府工作报告，今年甲市将继续加大投入切实保障和改善民生。',
      '关键词：公办幼儿园',
      '全面完成标准化学校建设，新开工建设中小学校安工程6万平方米、城区中小学扩容工程5万平方米。',
    ].join('\n'));
    assert.deepEqual(news.goals.map((g) => [g.value, g.unit]), [['6', '万平方米'], ['5', '万平方米']]);
    const table = outlineOf('类别 | 序号 | 项目名称 | 工作标准 |\n省市重点类 | 2 | 甲街区建设 | 基本完成征收工作；修缮完成2处文保单位。年内完成投资2.93亿元。 |\n');
    assert.deepEqual(table.goals.map((g) => [g.value, g.unit]), [['2', '处'], ['2.93', '亿元']]);
  });

  it('reads news of a report made public (《政府工作报告》出炉) as a report on the plan', () => {
    // Held-out set 231 (news of a city's 2024 report); names changed.
    const outline = outlineOf([
      '昨天（1月16日），《政府工作报告》出炉，2024年甲市的哪些发展目标和百姓关心的事有关？',
      '城市更具功能品质——',
      '加强城乡生活污水治理，新增日污水处理能力30万吨，自然村农村生活污水治理率达到98%。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['30', '万吨'], ['98', '%']]);
  });

  it('reads a year whose results are estimated (2016年甲区预计地区生产总值…, 预计2016年…) as the year behind, in news of a report', () => {
    // Held-out set 278 (news of a region's 2017 report); names and figures changed.
    const text = [
      '本网1月12日讯 “2016年甲区预计地区生产总值9550亿元，增长7.6%。经济运行保持在合理区间。”9日，甲区主席乙向大会作政府工作报告时如是说。',
      '2016年，甲区第一产业增长5.5%。粮食产量1535万吨，城镇新增就业45.5万人。',
    ].join('\n');
    assert.deepEqual(outlineOf(text).goals, []);
    assert.deepEqual(outlineOf(text.replace('“2016年甲区预计', '“预计2016年甲区')).goals, []);
  });

  it('reads news of the year\'s key works decided and counted (今年省政府确定省列重大项目166个) as a plan, and progress toward it (1-3月完成, 占…计划投资的, 完成率) as done', () => {
    // Held-out set 282 (news of a province's 2015 key-project list); names and figures changed.
    const outline = outlineOf(
      '据报道，记者获悉，今年省政府确定省列重大项目166个，年度计划投资1397.6亿元。其中，省上重点推进的重大项目82个，年度计划投资1110.9亿元，占省列重大项目年度计划投资的79.5%。按建设阶段分，续建项目102个、计划新开工项目34个、预备项目30个。10个铁路项目：年度计划投资262.2亿元，1-3月完成23.1亿元，占年度计划投资的8.8%，项目完成率为14%。\n',
    );
    assert.deepEqual(outline.goals.map((g) => g.value), ['166', '1397.6', '82', '1110.9', '102', '34', '30', '262.2']);
    assert.deepEqual(outline.achievements.map((g) => g.value), ['79.5', '23.1', '8.8', '14']);
    // Held-out set 288 (news of a province's key works meeting): the months so far after where the figures come from (`数据显示，1-5月，`)
    // open the progress, which the next paragraph goes on with.
    const progress = outlineOf(
      '据悉，2019年甲省共安排省级重大工程项目2738个，2019年度计划投资7204亿元。\n数据显示，1-5月，甲省重大工程项目累计完成投资2919.55亿元，占年度计划40.5%；新开工项目450个。\n分阶段看，项目收尾和续建强劲。收尾项目完成投资4253.99亿元，占年度计划的51.8%。\n',
    );
    assert.deepEqual(progress.goals.map((g) => g.value), ['2738', '7204']);
    // Held-out set 288 (news of a province's key works a year on): a share of the plan, however named (`占年计划`, `占该计划的`), is progress.
    const shares = outlineOf('2017年，全年分两批共安排省重点项目198项，年计划投资1185.62亿元。\n全年省重点项目建设共完成投资1235.23亿元，占年计划104.2%；续建项目完成投资567.9亿元，占该计划的104%。\n');
    assert.deepEqual(shares.achievements.map((g) => g.value), ['1235.23', '104.2', '567.9', '104']);
  });

  it('reads news of a mayor reporting to the congress (市长甲代表市政府向大会报告工作) as news of a report, not the report\'s own opening (我代表…)', () => {
    // Held-out set 261 (news of a city's 2015 report); names changed.
    const lead = '1月20日上午，甲市十四届人大二次会议开幕。甲市市长乙代表市政府向大会报告工作，对2014年的工作进行回顾，并描绘了2015年甲市的发展蓝图。';
    const plan = '另外，按计划，今年城镇新增就业13万人，农村劳动力转移就业8万人。';
    assert.deepEqual(outlineOf(`${lead}\n${plan}\n`).goals.map((g) => g.value), ['13', '8']);
    // A report's own words: its review is no plan.
    const own = '2022年甲市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n争取中省预算内资金17亿元，工业投资增长2.4%。\n';
    assert.deepEqual(outlineOf(own).goals, []);
  });

  it('reads a growth expected (今年预期增长5%) as a target wherever it stands, also in a headline before the news of a report', () => {
    // Held-out set 272 (news of a province's 2024 report); names changed.
    const outline = outlineOf([
      '甲省GDP今年预期增长5%，省重点建设项目安排1508个、年度投资1万亿',
      '1月23日上午9时，甲省十四届人大二次会议开幕。省长乙向大会作省人民政府工作报告。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [['5', '%'], ['1508', '个'], ['1', '万亿']]);
    // Growth beyond expectations is a result.
    assert.deepEqual(outlineOf('甲省GDP超预期增长5.2%。\n').goals, []);
  });

  it('reads the dash items after a paragraph introducing targets with its colon (…主要目标是：) as targets, also where that paragraph is no title line', () => {
    // Held-out set 272 (a province's five-year targets in its 2018 report); names changed.
    const outline = outlineOf([
      '根据党的十九大精神和省党代会的部署安排，今后五年经济社会发展的主要目标是：',
      '——产业结构显著提升。高新技术产业产值占规模以上工业比重达46%，科技进步贡献率达66%。',
      '——人民群众获得感显著提升。居民收入与经济发展同步增长。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value]), [['高新技术产业产值占规模以上工业比重', '46'], ['科技进步贡献率', '66']]);
    // A colon after targets met (`完成了…主要目标任务：`) introduces results.
    assert.deepEqual(outlineOf('根据部署，我们完成了今后五年的主要目标任务：\n——科技进步贡献率达66%。\n').goals, []);
  });

  it('reads a plan\'s projects by stage (续建项目90个, 续建类项目613个) as targets, and other works under way counted (续建安置房7550套) as stock unless a floor makes the count a target', () => {
    // Held-out sets 230 (a county's 2024 plan), 252, 258 and 270 (key-project plans); places and figures changed.
    assert.deepEqual(named('全年新开工项目60个以上、续建项目90个以上，年度完成投资240亿元。').map((g) => g[0]), ['新开工项目', '续建项目', '年度完成投资']);
    assert.deepEqual(named('全年新开工项目60个、续建项目90个。').map((g) => g[0]), ['新开工项目', '续建项目']);
    assert.deepEqual(named('今年共安排重点项目350项，其中：续建项目160项，新开工项目190项。').map((g) => [g[0], g[1]]), [['重点项目', '350'], ['续建项目', '160'], ['新开工项目', '190']]);
    assert.deepEqual(named('2025年计划实施续建类项目613个。').map((g) => g[1]), ['613']);
    assert.deepEqual(named('新开工安置房1000套，续建安置房7550套。').map((g) => g[0]), ['新开工安置房']);
  });

  it('reads delegates counted (代表名额为338名, 实有代表334名, 因故缺席会议的代表16名) as no targets, and a news tag (【…】) as no part of an indicator', () => {
    // Held-out sets 234 (news of a city's congress, 2017) and 232 (news of a province's 2024 report); names and figures changed.
    assert.deepEqual(named('甲市人民代表大会代表名额为338名，现在实有代表334名，因故缺席会议的代表16名，实际出席会议的代表318名，符合法定人数。'), []);
    assert.deepEqual(named('【政府工作报告⑮】2024年甲省力争高速公路通车里程突破1万公里。'), [['高速公路通车里程', '1', '万公里']]);
  });

  it('reads news of a meeting or report laying out a year\'s work (会议全面部署…2019年教育工作, 报告对2025年…做出了明确部署) as a report on the plan', () => {
    // Held-out sets 219 and 221 (news of a district's education meeting, a digest of work reports); names and figures changed.
    const meeting = outlineOf([
      '甲晚报讯 2月26日，甲区2019年教育工作会召开。会议全面部署甲区2019年教育工作。',
      '会上，局长乙总结了2018年甲区教育工作成果。',
      '记者从会上获悉，2019年，甲区教育惠民再深入，全年共计增加义务教育学位约4170个；新增幼儿园学位约600个。',
    ].join('\n'));
    assert.deepEqual(meeting.goals.map((g) => [g.value, g.unit]), [['4170', '个'], ['600', '个']]);
    const digest = outlineOf([
      '近期，甲省陆续发布2025年政府工作报告，报告对2025年城市更新工作做出了明确部署。',
      '（一）进一步巩固和增强经济回升向好态势',
      '全年交通、水利领域投资分别达2300亿元、600亿元。加快建设500个省重大项目。',
    ].join('\n'));
    assert.deepEqual(digest.goals.map((g) => [g.value, g.unit]), [['2300', '亿元'], ['600', '亿元'], ['500', '个']]);
  });

  it('reads a text titled as telling the year\'s practical projects all done (全部完成利民惠民十件实事) as a review', () => {
    // Held-out set 220 (a city's report on its practical projects); names and figures changed.
    const outline = outlineOf('甲市全部完成利民惠民十件实事\n任务目标：对全市100个老旧小区的二次管网进行改造。\n进展情况：实际确定改造任务为101个老旧小区。\n');
    assert.deepEqual(outline.goals, []);
  });

  it('reads a value said to be the target aimed at (朝着GDP突破700亿元的目标) as a goal where nothing dates it, not in a review', () => {
    // Held-out set 222 (news of a street's meeting); names changed.
    assert.deepEqual(goalsOf('1月4日，甲街道召开会议。会议强调，要凝心聚力抓经济，朝着GDP突破700亿元的目标笃定前行。\n'), [['GDP', '700', '亿元']]);
    assert.deepEqual(goalsOf('一、2025年工作回顾\n全年朝着GDP突破700亿元的目标奋进，实现了预期。\n'), []);
  });

  it('reads news of a work report telling results so far (到目前为止，…), quoted before the lead (“初步核算，…”), the meeting\'s day (13日下午) and delegates present (实到419名) as no targets', () => {
    // Held-out sets 296, 297 and 299 (news of a province's works started, of a city's report, of a county's congress); names and figures changed.
    const lead = '本报甲市1月3日电 记者乙报道：今天，甲省举行重大项目集中开工活动。据悉，此次共有624个、总投资7903亿元的项目参加集中开工活动，2017年度计划投资1390亿元。\n';
    assert.deepEqual(goalsOf(`${lead}到目前为止，两批共1282个项目全部开工，完成年度投资3300亿元，全省建成重点产业项目130个。\n`), [['年度计划投资', '1390', '亿元']]);
    assert.deepEqual(goalsOf('“初步核算，全市生产总值增长4.7%，一般公共预算收入108.9亿元。”1月11日上午，甲市人代会开幕，市长乙作政府工作报告。\n'), []);
    assert.deepEqual(goalsOf('甲网1月13日电 甲市人民代表大会第三次会议13日下午召开，市长乙作政府工作报告。\n本次大会应到代表431名，因事缺席代表12名，实到419名，符合法定人数。\n'), []);
  });

  it('reads news of a work report that turns to the year behind (刚刚过去的一年, 一年来, 这一年，, 记者从…获悉，去年…) as reviewing the year whose results it gives', () => {
    // Held-out sets 297 and 299 (news of two cities' and a province's reports); names and figures changed.
    assert.deepEqual(goalsOf('甲市市长乙在市人代会上作政府工作报告时说，刚刚过去的一年，是甲市发展历程中极不平凡的一年。\n2021年，全市生产总值完成3725亿元，增长7.2%、全省第一；一般公共预算收入完成312.5亿元，增长11.3%。\n'), []);
    assert.deepEqual(goalsOf('中新网甲市1月26日电 26日上午，甲市人代会开幕，市长乙作政府工作报告。\n乙说，2012年是甲市发展进程中极不平凡的一年。一年来，甲市着力加强经济运行调度。\n报告显示，2012年，甲市经济增长13.6%，城乡居民收入分别增长13.4%和13.9%。\n'), []);
    assert.deepEqual(goalsOf('1月11日上午，甲市人代会开幕，市长乙作政府工作报告。\n2024年，甲市在压力挑战中干得坚决。\n这一年，甲市召开重大项目谋划会54次，争取各类项目73个，获中央预算内资金支持17.7亿元。\n'), []);
    assert.deepEqual(goalsOf('甲日报讯 2月25日，甲市人代会开幕。记者从2025年甲市政府工作报告获悉，去年甲市实现地区生产总值1629.6亿元、增长3.5%。今年，甲市地区生产总值预期目标为增长5%左右。\n'), [['甲市地区生产总值预期目标', '5', '%']]);
  });

  it('reads news of a work report looking back with a five-year plan named (过去的一年，…实现了“十三五”良好开局) or a year looked back on (回望2023年) as reviewing', () => {
    // Held-out sets 305 and 302 (news of a city's and a province's reports); names and figures changed.
    assert.deepEqual(goalsOf('3月19日上午，甲市人代会开幕。\n大会上，甲市市长乙代表市人民政府作政府工作报告。乙说，过去的一年，我们坚持稳中求进，实现了“十三五”良好开局。全市实现地区生产总值4300亿元，增长8.5%；一般公共预算收入530亿元，增长5.5%。\n'), []);
    const opening = [
      '中新网甲市1月23日电 1月23日，甲省人代会开幕。甲省省长乙作政府工作报告。',
      '过去的一年，甲省迎难而上，奋力攻坚，高质量发展扎实推进，社会大局保持稳定，迈出坚实步伐。',
      '回望2023年甲省高质量发展的辽阔征程，亮点频出、精彩不断，成绩斐然。',
      '经济向好，发展向新，民心向暖，全省经济在固本培元中加快恢复，稳定了市场预期。',
      '经济发展稳中向好，全省经济在固本培元中加快恢复，提振了经营主体信心。',
      '2023年，甲省粮食生产再创新高。粮食播种面积4741.4万亩，总产量295.6亿斤，平均亩产623.5斤。',
    ];
    assert.deepEqual(goalsOf(`${opening.join('\n')}\n`), []);
  });

  it('reads the year\'s plan stated in a progress report on part of the year (2016年计划投资…，元-4月累计完成投资…) as goals, not the share of it done (完成年度计划投资的32%)', () => {
    // Held-out sets 306 (a county's progress report on its projects), 264 and 277; names and figures changed.
    const report = [
      '元-4月甲县项目建设进展情况',
      '时间:2016年05月18日 点击次数:32151',
      '一、千万元以上项目进展情况',
      '全县2016年计划实施千万元以上项目84个, 总投资286.9亿元,2016年计划投资60.35亿元,元-4月累计完成投资10.14亿元,占年度计划投资的16.8%。其中续建项目27个,总投资97.9亿元,年度计划投资12.09亿元,元-4月累计完成投资3.44亿元,占年度计划投资的28.45%。参照时间节点,全县项目投资比例应完成25%,续建项目完成了目标,在新开工项目中,由于部分项目计划开工时间较晚,新开工项目投资完成比例偏低。',
      '二、省市重点项目进展情况',
      '2016年我县市重点项目4个,总投资18.7亿元,年度计划投资6.63亿元,元-4月累计完成投资2.9亿元,完成年度计划投资的43.74%,完成投资比例位列全市第四位。',
    ];
    assert.deepEqual(goalsOf(`${report.join('\n')}\n`), [
      ['千万元以上项目', '84', '个'],
      ['千万元以上项目计划投资', '60.35', '亿元'],
      ['续建项目年度计划投资', '12.09', '亿元'],
      ['我县市重点项目年度计划投资', '6.63', '亿元'],
    ]);
  });

  it('names a year\'s investment after the works counted (方面项目31个，年度投资6.6亿元; 项目126个，计划总投资250亿元，年度计划投资86亿元) by them', () => {
    // Held-out set 306 (a county's project plan); names and figures changed.
    assert.deepEqual(goalsOf('2023年，甲县计划实施续建、新建项目126个，计划总投资250亿元，年度计划投资86亿元。其中涉及农业农村基础设施方面项目31个，年度投资6.6亿元；生态环保方面项目9个，年度投资2.3亿元。\n'), [
      ['甲县计划实施续建、新建项目', '126', '个'],
      ['甲县计划实施续建、新建项目年度计划投资', '86', '亿元'],
      ['涉及农业农村基础设施方面项目', '31', '个'],
      ['涉及农业农村基础设施方面项目年度投资', '6.6', '亿元'],
      ['生态环保方面项目', '9', '个'],
      ['生态环保方面项目年度投资', '2.3', '亿元'],
    ]);
  });

  it('reads a year estimated before it is named (预计2013年…达到8000亿元以上) as the year behind, bounded or not', () => {
    // Held-out set 299 (news of a city's report); names and figures changed.
    assert.deepEqual(goalsOf('甲网甲市1月13日电 甲市人代会13日下午召开，市长乙作政府工作报告。报告认为，2013年甲市经济运行稳中有进。预计2013年甲市地区生产总值增长9.3%，达到8000亿元以上。\n乙介绍称，2013年甲市经济稳定健康发展，取消或免征涉企收费74项，降低收费标准26项，实现社会融资总量1921亿元。\n'), []);
  });

  it('reads every old value listed after 从 (分别从每月631元、286元提高到653元、300元) as no target, and names the new ones without them', () => {
    // Held-out set 296 (a province's practical projects); names and figures changed.
    assert.deepEqual(goalsOf('一、2022年工作安排\n城乡低保对象最低生活保障人均补差水平分别从每月631元、286元提高到653元、300元。\n'), [
      ['城乡低保对象最低生活保障人均补差水平', '653', '元'],
      ['城乡低保对象最低生活保障人均补差水平', '300', '元'],
    ]);
  });

  it('reads candidates counted while a year\'s practical projects are chosen (形成了候选项目24项, 遴选形成12件候选项目) as no targets', () => {
    // Held-out sets 304 and 306 (news of a district's and a city's practical projects), 226 and 283; names and figures changed.
    assert.deepEqual(goalsOf('一、2024年民生实事\n今年年初，甲区广泛征集意见，形成了候选项目24项，初步遴选形成12件候选项目。\n'), []);
  });

  it('lists the growth target once where words restate it on the next line (经济增长预期目标为5%左右), not another place\'s further off', () => {
    // Held-out sets 296, 302 and 297 (news of national and city reports); names and figures changed.
    const news = goalsOf('今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。\n经济增长预期目标为5%左右，综合考虑了国内外形势。\n');
    assert.deepEqual(news, [['国内生产总值', '5', '%'], ['城镇新增就业', '1200', '万人']]);
    const places = goalsOf('今年，甲市主要预期目标是：地区生产总值增长10%以上。\n各县区也拉高标杆、负重加压，力争跑出加速度。\n丙区提出，今年经济增速10%以上。\n');
    assert.deepEqual(places.map((g) => `${g[2]}${g[1]}`), ['%10', '%10']);
  });

  it('reads the share of a part of the year\'s plan done (完成1-4月投资计划的132.1%) and works started in a span of months (1-4月开工7个) as progress', () => {
    // Held-out set 229 (a county's progress report on its key projects); names and figures changed.
    assert.deepEqual(goalsOf('2025年共安排县新续建重点项目57个。57个新续建重点项目全年计划完成投资98.5亿元，1-4月累计完成投资21.01亿元，完成1-4月投资计划的132.1%，完成年度投资计划的21.3%。1-4月开工7个。\n'), [
      ['县新续建重点项目', '57', '个'],
      ['新续建重点项目', '57', '个'],
      ['新续建重点项目全年计划完成投资', '98.5', '亿元'],
    ]);
  });

  it('reads a part titled as the work\'s answer sheet (“十三五”工作答卷) as reviewing', () => {
    // Held-out set 225 (a digest of a city's report); names and figures changed.
    assert.deepEqual(goalsOf('为你解读甲市政府工作报告要点\n“十三五”工作答卷\n实现8个贫困县全部摘帽、871个贫困村全部出列，地区生产总值年均增长9.8%。\n'), []);
  });

  it('reads a year a report is said to tell results of (报告显示，2019年甲省有…等4条高铁开工) as the year behind the plan', () => {
    // Held-out set 302 (news of a province's report); names and figures changed.
    const news = [
      '新华社甲市1月18日电 在18日开幕的甲省人代会上，甲省政府工作报告提出，今年将开工5条高铁，使全省高速公路通车里程由6447公里提升到7400公里。',
      '报告显示，2019年甲省有乙丙高铁、丁戊高铁等4条高铁开工建设，全省高铁通车总里程达到1987公里；9条高速公路建成通车。',
    ];
    assert.deepEqual(goalsOf(`${news.join('\n')}\n`).map((g) => g[1]), ['5', '7400']);
  });

  it('reads an amount the next clause measures against the plan (共完成投资1235.23亿元，占年计划104.2%) as done so far', () => {
    // Held-out sets 288 (news of a province's key projects) and 229; names and figures changed.
    assert.deepEqual(goalsOf('一、2017年重点项目\n全年计划新开工项目101项，全年省重点项目建设共完成投资1235.23亿元，占年计划104.2%；续建项目完成投资567.9亿元，完成年度计划的104%。\n'), [
      ['新开工项目', '101', '项'],
    ]);
    // Held-out set 362: so does one short of it (不足年度计划的9.3%).
    assert.deepEqual(goalsOf('一、2012年重点项目\n截止4月底铁路项目仅完成投资14亿元，不足年度计划的9.3%。\n'), []);
  });

  it('reads a paragraph nothing dates opening on a short task and going on with its progress (2606个撤并村通公路（2013—2017年）。上半年已完成…) as that task planned', () => {
    // Held-out set 393 (a municipality's practical projects at mid-year, 2015); names and figures changed.
    const progress = outlineOf([
      '2606个撤并村通公路（2013—2017年）。上半年已完成建设4022公里，累计解决了2585个撤并村通公路，占总计划的99.2%。',
      '完成7.4万口山坪塘整治（2013—2017年）。上半年已全部完工。',
    ].join('\n'));
    assert.deepEqual(progress.goals.map((g) => [g.indicator, g.value, g.unit]), [
      ['撤并村通公路', '2606', '个'],
      ['山坪塘整治', '7.4', '万口'],
    ]);
    // A lead with a clause after it tells results (共争取…，当年完成投资…).
    assert.deepEqual(outlineOf('共争取道路建设资金68661万元，当年完成投资2303万元。甲公路已完成前期可研，乙大桥即将竣工。\n').goals, []);
  });

  it('reads what the next clause says exceeded the year\'s task (完成518户…改造，超额完成年度任务) as done, under the task it titles', () => {
    // Held-out set 393 (a district's practical projects carried out, 2023); names and figures changed.
    const outline = outlineOf('2023年甲区为民办实事项目\n（一）完成300户居家环境适老化改造\n完成518户居家环境适老化改造，超额完成年度任务。\n（二）新增140个公办幼儿园托班托额\n新增140个公办幼儿园托班托额。\n');
    assert.deepEqual(outline.goals.map((g) => g.value), ['300', '140']);
    assert.deepEqual(outline.achievements.map((g) => g.value), ['518']);
  });

  it('reads a year\'s whole results quoted from a report (“2017年全年实现地区生产总值128.3亿元…”“去年，…”) as the year behind', () => {
    // Held-out set 269 (news of a city's congress); names and figures changed.
    const news = [
      '3月13日下午，甲市人代会开幕，市长乙代表市政府向大会作政府工作报告。',
      '“2017年全年实现地区生产总值128.3亿元，增长7.1%；一般公共预算收入8.5亿元，增长11.7%。”“去年，我市城镇化率提升1.2个百分点。”',
    ];
    assert.deepEqual(goalsOf(`${news.join('\n')}\n`), []);
  });

  it('reads a sentence opening on the year ahead with what is planned (今年，…计划投资完成1390亿元) as a plan in a paragraph of news that tells results', () => {
    // Held-out set 296 (news of a province's transport meeting); names and figures changed.
    const news = '据悉，甲行动实施以来，全省共完成交通运输固定资产投资938.5亿元，同比增长30%。今年，我省交通运输固定资产计划投资完成1390亿元，占全省固定资产投资的14%左右。\n';
    assert.deepEqual(goalsOf(news).map((g) => g[1]), ['1390', '14']);
  });

  it('names works counted by their size past the bound before the count (新开工千万元以上项目不低于120个, 10亿元以上项目共计118个)', () => {
    // Held-out sets 297 (news of a city's targets) and 245; names and figures changed.
    assert.deepEqual(goalsOf('一、2022年工作安排\n新开工千万元以上项目不低于120个，总投资10亿元以上项目共计118个。\n'), [
      ['新开工千万元以上项目', '120', '个'],
      ['10亿元以上项目', '118', '个'],
    ]);
  });

  it('names works of a sector counted (17个重点交通建设项目) with their works noun, not the sector alone', () => {
    // Held-out set 309 (a city's plan part); names and figures changed.
    assert.deepEqual(named('年内实施17个重点交通建设项目，完成投资90亿元。'), [
      ['交通建设项目', '17', '个'],
      ['交通建设项目完成投资', '90', '亿元'],
    ]);
  });

  it('reads works started stated with their share started (开复工项目25个，开复工率78%) as progress, not a rate reached later (开工率一季度达到50%)', () => {
    // Held-out sets 313 (a bureau's half-year table of works by sector), 229 and 258; names and figures changed.
    assert.deepEqual(named('新型化工项目32个，年内计划完成投资86亿元，开复工项目25个，开复工率78%；新材料项目12个，年内计划完成投资71.3亿元，开复工项目9个，开工率为75%。'), [
      ['新型化工项目', '32', '个'],
      ['新型化工项目计划完成投资', '86', '亿元'],
      ['新材料项目', '12', '个'],
      ['新材料项目计划完成投资', '71.3', '亿元'],
    ]);
    assert.deepEqual(named('项目开工率一季度达到50%。').map((g) => g[1]), ['50']);
  });

  it('reads an open paragraph that tells progress against the plan (1-8月…占年计划68.3%) sentence by sentence, not as a plan throughout', () => {
    // Held-out set 310 (a county's progress report at eight months); names and figures changed.
    const text = '一、坚持项目主导\n全年实施在建项目126个、年计划投资60亿元，1-8月，完成投资41亿元，占年计划68.3%。共9个项目列入省重点项目。加快甲电力线路工程建设，确保全年投资3.6亿元。\n';
    assert.deepEqual(goalsOf(text), [['年计划投资', '60', '亿元'], ['甲电力线路工程投资', '3.6', '亿元']]);
  });

  it('reads a title line naming achievements and targets (“十二五”主要成就和“十三五”目标任务) as dating neither part', () => {
    // Held-out set 310 (a district's work report); names and figures changed.
    const text = '“十二五”主要成就和“十三五”目标任务\n“十二五”时期，是甲区发展历程中波澜壮阔的五年。城镇居民人均可支配收入达到3.37万元。\n';
    assert.deepEqual(goalsOf(text), []);
  });

  it('reads a paragraph nothing dates that opens with a task alone (做强做优做大数字经济。) as a plan, not one saying what came of it or telling work done', () => {
    // Held-out set 316 (pages of a district's and a county's work reports, their plan parts' titles cut off); names and figures changed.
    const task = '做强做优做大数字经济。促进数字经济和实体经济深度融合，核心产业增加值增长10%、产值突破700亿元。完成300家企业数字化改造。\n';
    assert.deepEqual(goalsOf(task).map((g) => g.slice(1)), [['10', '%'], ['700', '亿元'], ['300', '家']]);
    assert.deepEqual(goalsOf('深入实施转型创新，新旧动能加快转换。核心产业增加值增长10%，产值突破700亿元。\n'), []);
    assert.deepEqual(goalsOf('做强做优做大数字经济。完成了300家企业数字化改造。\n'), []);
  });

  it('names a stage alone before a count (力争基本建成7000套) by what the value before in that unit counts, not as projects', () => {
    // Held-out set 318 (a city's key works and a city's housing plan); names and figures changed.
    assert.deepEqual(named('保障性住房开工1万套，力争基本建成7000套。'), [
      ['保障性住房开工', '1', '万套'],
      ['保障性住房基本建成', '7000', '套'],
    ]);
    assert.deepEqual(named('筹建公租房1240套，发放租赁住房补贴1100户，基本建成3100套。').at(-1), ['公租房基本建成', '3100', '套']);
    assert.deepEqual(named('全年新开工77个、竣工63个。'), [['新开工项目', '77', '个'], ['项目竣工', '63', '个']]);
    // Held-out sets 226 (a city's practical projects, twice); names and figures changed.
    assert.deepEqual(named('推动既有多层住宅加装电梯建设，新开工400台，完工150台。'), [
      ['既有多层住宅加装电梯新开工', '400', '台'],
      ['既有多层住宅加装电梯完工', '150', '台'],
    ]);
    assert.deepEqual(named('实施甲县农村环境整治项目，新建7座、扩建1座污水处理厂。'), [['新建污水处理厂', '7', '座'], ['污水处理厂', '1', '座']]);
  });

  it('reads a text opening on the year ahead with a modal (2014年，甲市将…) as a report on its plan: later paragraphs telling nothing done plan', () => {
    // Held-out set 318 (news of a city's key works for the year); names and figures changed.
    const text = '2014年，甲市将按照“保续建、保民生”的原则，计划投资643.7亿元，安排86项重点工程。\n加快提升公用保障能力，新增供热能力1000万平方米，改造供热管网100公里。\n';
    assert.deepEqual(goalsOf(text).map((g) => g.slice(1)), [['643.7', '亿元'], ['86', '项'], ['1000', '万平方米'], ['100', '公里']]);
    assert.deepEqual(goalsOf('2014年，甲市将继续推进重点工程。\n去年，新增供热能力1000万平方米，改造供热管网100公里。\n'), []);
  });

  it('names the year\'s investment of works counted by their stage or class (续建项目120个，当年计划安排投资…; 产业发展类75个，计划投资…), not a class\'s total', () => {
    // Held-out sets 246 (a city's government investment plan) and 277 (a region's key projects); names and figures changed.
    assert.deepEqual(named('续建项目120个，当年计划安排投资441.43亿元。'), [
      ['续建项目', '120', '个'],
      ['续建项目计划安排投资', '441.43', '亿元'],
    ]);
    assert.deepEqual(named('产业发展类75个，计划投资765亿元，主要是工业项目。').map((g) => g[0]), ['产业发展类计划投资']);
    assert.deepEqual(named('其中实施类391项，总投资230.95亿元。'), []);
  });

  it('reads news saying what the report\'s plan for a year holds (《政府工作报告》中2023年重点工作安排提到) as a report on the plan, and works of a sector counted as 工程 keep their noun', () => {
    // Held-out set 315 (news of a city's work report); names and figures changed.
    const news = '12月29日上午，甲市第十九届人民代表大会第二次会议开幕。《政府工作报告》中2023年重点工作安排提到诸多内容。\n水利绿化建设\n以现代水网为特色，实施总投资46.9亿元的43项重点水利工程，完成乙高速植树绿化工程。\n';
    assert.deepEqual(goalsOf(news), [['水利工程', '43', '项']]);
  });

  it('reads news of the year\'s key works made known (…省列重大建设项目出炉) as a plan, lists a headline\'s figure the text states again once, and names works counted among (23个预备项目中) without 中', () => {
    // Held-out set 324 (news of a province's key projects); names and figures changed.
    const news = [
      '今年甲省省列重大项目出炉 158个项目在列',
      '本报讯 3月24日，记者从省发改委了解到，经省政府审定，2020年甲省省列重大建设项目出炉，共确定158个省列重大建设项目。其中，计划新开工项目50个、预备项目23个。',
      '23个预备项目中，包括乙科学院高技术产业园项目、丙新区第一人民医院项目。',
    ].join('\n');
    assert.deepEqual(goalsOf(news), [
      ['省列重大建设项目', '158', '个'],
      ['新开工项目', '50', '个'],
      ['预备项目', '23', '个'],
    ]);
  });

  it('reads works a ceremony started where a place is named before (此次甲县集中开工64个项目) as done, with the breakdown after, and keeps 本年度 whole', () => {
    // Held-out set 324 (news of a county's ceremony); names and figures changed.
    const news = '此次甲县集中开工64个项目，总投资220.98亿元，本年度计划完成投资125.8亿元。其中，以乙公司年产4万吨智能装备项目为代表的重大工业项目25个，总投资87.5亿元；以丙河水环境综合治理工程为代表的5个水利项目，总投资1.21亿元。\n';
    assert.deepEqual(goalsOf(news), [['本年度计划完成投资', '125.8', '亿元']]);
  });

  it('reads a base compared against (与去年131项相比, 比2014年的573项) and the difference from it (相比增加28项, 增加了119项, 同比增长1.311亿元) as no targets', () => {
    // Held-out set 324 (news of a region's key projects); names and figures changed.
    assert.deepEqual(named('今年第一批重大项目计划新开工159项，与去年131项相比增加28项。'), [['第一批重大项目计划', '159', '项']]);
    assert.deepEqual(named('重大项目692项，比2014年的573项增加了119项。'), [['重大项目', '692', '项']]);
    assert.deepEqual(named('新开工项目159项，比去年增加28项。'), [['新开工项目', '159', '项']]);
    // Held-out set 349 (a county transport bureau's plan): the change said with 同比增长.
    assert.deepEqual(named('项目计划争取上级资金2.84亿元，与去年1.53亿同比增长1.311亿元。'), [['项目计划争取上级资金', '2.84', '亿元']]);
  });

  it('reads news of a city\'s plan of works made known (发布的《甲市2019年重点建设项目计划》显示) as a report on that year\'s plan, starts expected (2019年甲市预计新开工项目130个) not ending the year', () => {
    // Held-out set 324 (news of a city's key projects); names and figures changed.
    const news = '甲市发改委近期发布的《甲市2019年重点建设项目计划》显示，2019年甲市重点项目共计592个，计划投资3087.71亿元。2019年甲市预计新开工项目130个。\n';
    assert.deepEqual(goalsOf(news), [['甲市重点项目', '592', '个'], ['甲市重点项目计划投资', '3087.71', '亿元']]);
  });

  it('reads news of a province\'s key projects approved and made known (2015年省重点项目经省政府审定并公布) as a report on that year\'s plan, keeping 在建 in an indicator', () => {
    // Held-out set 369 (news of a province's key projects); names and figures changed.
    const news = '日前，2015年省重点项目经省政府审定并公布，共安排490个项目。其中，在建项目357个，年度计划投资3500亿元；预备项目133个。\n交通项目89个。加快甲乙铁路等65个在建项目建设。\n';
    assert.deepEqual(goalsOf(news), [
      ['项目', '490', '个'],
      ['在建项目', '357', '个'],
      ['在建项目年度计划投资', '3500', '亿元'],
      ['预备项目', '133', '个'],
      ['交通项目', '89', '个'],
    ]);
  });

  it('reads the tasks a plan counted, set out after 重点任务分别是：, as targets, and names money an item spends by the work it opens with', () => {
    // Held-out set 383 (a city's winter water works plan); names and figures changed.
    const plan = '日前，记者获悉，今冬明春，全市农田水利基本建设有14项重点任务，计划完成投资7.19亿元。\n据介绍，14项重点任务分别是：11座小型水库除险加固，115座山塘整治，3.6万亩水土流失面积治理。\n';
    assert.deepEqual(goalsOf(plan).map((g) => g.slice(1)), [['7.19', '亿元'], ['11', '座'], ['115', '座'], ['3.6', '万亩']]);
    // `修复堤防7.22公里，…，完成投资6135万元；`: the item's money is spent on the work it opens with; not on a task (`优化…机制`).
    assert.deepEqual(named('修复堤防7.22公里，水闸13处，完成投资6135万元；继续抓好甲溪口水利枢纽工程，完成投资1.6亿元；优化重大项目包保机制，力争完成投资2440亿元以上。'), [
      ['修复堤防', '7.22', '公里'],
      ['水闸', '13', '处'],
      ['修复堤防投资', '6135', '万元'],
      ['甲溪口水利枢纽工程投资', '1.6', '亿元'],
      ['投资', '2440', '亿元'],
    ]);
  });

  it('reads a sentence breaking down what the one before counted (其中制造业项目21个，…；…) item by item as that one counted it', () => {
    // Held-out sets 321 (a city's key projects) and 324 (a county's ceremony); names and figures changed.
    const planned = '甲市认真落实省委要求，1月15日开展了项目拉练。全年安排市级重点项目200个，总投资1643亿元，年度投资378亿元。其中制造业项目21个，总投资61亿元；新开工项目128个，总投资1050亿元。\n';
    assert.deepEqual(goalsOf(planned).map((g) => g.slice(1)), [['200', '个'], ['378', '亿元'], ['21', '个'], ['128', '个']]);
    const started = '此次甲县集中开工64个项目，本年度计划完成投资125.8亿元。其中，重大工业项目25个，总投资87.5亿元。\n';
    assert.deepEqual(goalsOf(started).map((g) => g[1]), ['125.8']);
  });

  it('names money ahead of the works the next clause arranges (…原则，计划投资643.7亿元，安排86项重点工程) by them, after a clause with no value too', () => {
    // Held-out set 318 (news of a city's key works); names and figures changed.
    assert.deepEqual(goalsOf('2014年，甲市将按照“保续建、保民生”的原则，计划投资643.7亿元，安排86项重点工程。\n'), [
      ['重点工程投资', '643.7', '亿元'],
      ['重点工程', '86', '项'],
    ]);
  });

  it('names a bare measure listed right after another measure of a subject (核心产业增加值增长10%、产值突破700亿元) by that subject', () => {
    // Held-out set 316 (a district's work report); names and figures changed.
    assert.deepEqual(named('促进数字经济和实体经济深度融合，核心产业增加值增长10%、产值突破700亿元。'), [
      ['核心产业增加值', '10', '%'],
      ['核心产业产值', '700', '亿元'],
    ]);
    // A name after the count in plain quotes (as pages have them) is what it counts.
    assert.deepEqual(named('新建15个智能工厂，竣工50个"两化"融合项目。').at(-1), ['竣工"两化"融合', '50', '个']);
  });

  it('reads a share of the year\'s plan said with 为 (为年度计划投资的103.6%) as progress, with the amount measured against it', () => {
    // Held-out set 253 (news of a city's key projects near the year's end); names and figures changed.
    assert.deepEqual(goalsOf('一、2018年重点项目\n今年1-11月份，50个省重点建设项目完成投资68.84亿元，为年度计划投资的103.6%，提前1个月完成任务。\n'), []);
  });

  it('reads the year\'s plan stated anywhere in a document titled as a report on part of the year (…截至5月末进展情况) as goals, not what is done', () => {
    // Held-out set 284 (a league's key projects at the end of May); names and figures changed.
    const report = '全盟2021年重点建设项目截至5月末进展情况\n——按行业分：\n农牧林水项目9个，年度计划投资7.2亿元，开工7个，开工率78%，完成投资1.9亿元，完成年计划的27%。\n';
    assert.deepEqual(goalsOf(report), [['农牧林水项目年度计划投资', '7.2', '亿元']]);
  });

  it('names works counted by what is done to them alone (重点推进和谋划201个项目) with those words', () => {
    // Held-out set 280 (a county's plan); names and figures changed.
    assert.deepEqual(named('重点推进和谋划201个项目。'), [['重点推进和谋划项目', '201', '个']]);
  });

  it('names the people a work benefits said by the verb alone (建成…工程9处，惠及1.2万人) by what the value before measures', () => {
    // Held-out set 220 (a city's practical projects); names and figures changed.
    assert.deepEqual(named('建成农村供水保障工程9处，惠及1.2万人。').at(-1), ['农村供水保障工程惠及人口', '1.2', '万人']);
  });

  it('reads news of a work report as the year behind where its words look back: a lead dated in the plan\'s year (2019年1月14日…时说，一年来，), and the year told of as the one behind (2020年是…的一年，一年来，)', () => {
    // Held-out set 326 (news of two provinces' work reports); names and figures changed.
    const dated = goalsOf([
      '甲网讯 2019年1月14日上午，甲省省长乙在省人大会议上作政府工作报告时说，一年来，甲省始终把防范化解重大风险作为重中之重。',
      '强力治理生态环境。清洁取暖改造181.2万户，关停整治“散乱污”企业近1.7万家，完成营造林987万亩。',
    ].join('\n'));
    assert.deepEqual(dated, []);
    const told = goalsOf([
      '1月26日上午，甲省人民代表大会开幕。省长乙代表省人民政府向大会作政府工作报告。',
      '报告指出，2020年是极不平凡的一年，一年来，甲省坚持稳中求进工作总基调。',
      '经济运行持续回升。全省完成地区生产总值2.45万亿元、增长4%，固定资产投资增长7.7%。',
    ].join('\n'));
    assert.deepEqual(told, []);
  });

  it('counts works listed after a works verb as the plan\'s, by that verb (计划新开工A至B、C至D2个高速公路项目), with their length (，总里程约604公里), year by year in a schedule (2014年计划…；2015年力争…), and reads 都 ending a place\'s name (梧州至信都7个) and 高等级 as no list word', () => {
    // Held-out set 326 (news of a region's expressway programme); names and figures changed.
    const schedule = goalsOf('据悉，按照《方案》，2014年至2017年我区将陆续争取开工23个高速公路项目。2014年计划新开工甲至乙、丙至丁2个高速公路项目，总里程约604公里；2015年力争开工戊至己、庚至信都2个高速公路项目，里程约1015公里。\n');
    assert.deepEqual(schedule.slice(1), [
      ['新开工高速公路', '2', '个'],
      ['新开工高速公路项目总里程', '604', '公里'],
      ['开工高速公路', '2', '个'],
      ['开工高速公路项目里程', '1015', '公里'],
    ]);
    // Held-out set 243 (a city's plan): a list of roads counted by their class.
    assert.deepEqual(named('争取开工建设甲至乙、丙至丁2条高等级公路。'), [['开工建设高等级公路', '2', '条']]);
    // A list put to other use is only counted.
    assert.deepEqual(goalsOf('一、2024年工作安排\n启用智慧城管、智慧社区2个智慧应用。\n'), []);
  });

  it('reads news of a work report whose lead names the year just past (刚刚过去的2011年) as the next year\'s, the years behind of any span (六年来) as review, and the last day of a span (从1月11日开始到16日) as no figure', () => {
    // Held-out set 335 (a prefecture's congress in the news, one paragraph); names and figures changed.
    const text = '1月11日下午，甲州人民代表大会开幕。从1月11日开始到16日，代表们将认真履行职责。州长乙向大会作《政府工作报告》。“六年来，州人民政府认真履行工作职责。地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元，增长3.4倍。”“刚刚过去的2011年，是实施‘十二五’规划的开局之年。”\n';
    assert.deepEqual(goalsOf(text), []);
  });

  it('reads a plan part\'s paragraph opening on the years behind of any span (过去五年，, 近三年来，) as review until it turns ahead', () => {
    for (const opening of ['过去五年', '近三年来', '这五年']) {
      const text = `三、2026年工作安排\n${opening}，全县新建学校12所，改造农村公路300公里。今年，新建学校5所。\n`;
      assert.deepEqual(goalsOf(text), [['学校', '5', '所']], opening);
    }
  });

  it('reads a breakdown inside a sentence (，其中：) as its count was counted: planned in a half-year review', () => {
    // Held-out set 349 (a county water bureau's half-year summary); names and figures changed.
    const text = '水利上半年工作总结\n2010年我县水利建设的主要任务是：计划完成各类水利工程1911件，其中：水毁修复64件，沟道岁修1475件；人畜饮水安全56件。\n';
    assert.deepEqual(goalsOf(text), [
      ['各类水利工程', '1911', '件'],
      ['水毁修复', '64', '件'],
      ['沟道岁修', '1475', '件'],
    ]);
  });

  it('reads news of a year\'s work meeting held (2024年全省交通运输工作会议9日在甲市举行) as a report on that year\'s plan', () => {
    // Held-out set 347 (news of a province's transport meeting); names and figures changed.
    const outline = outlineOf([
      '本报讯 2024年甲省全省交通运输工作会议9日在乙市举行,厅长丙在会议上讲话。',
      '高速公路方面,甲省将建成丁高速改扩建等4个项目,开工建设戊绕城等7个项目。',
      '普通公路方面,甲省将新改建农村公路3000公里,县道三级及以上公路比例达到67%。',
      '丙介绍,2023年,全省综合交通完成固定资产投资1137.9亿元。',
    ].join('\n'));
    assert.deepEqual(outline.goals.map((g) => [g.value, g.unit]), [
      ['4', '个'],
      ['7', '个'],
      ['3000', '公里'],
      ['67', '%'],
    ]);
  });

  it('reads the count a list\'s heading gives its kind (“优化教育资源布局”类,共1项) as structural', () => {
    // Held-out set 348 (a district's practical projects voted); names changed.
    const text = '确定以下两类3个项目为2024年度甲区政府民生实事项目:\n一、“优化教育资源布局”类,共1项\n1.实施甲中学小学部建设工程。\n二、“优化城乡人居环境”类,共2项\n2.新建停车位91个。\n3.改造老旧小区12个。\n';
    assert.deepEqual(goalsOf(text), [
      ['停车位', '91', '个'],
      ['老旧小区', '12', '个'],
    ]);
  });

  it('names works listed after a verb titling the list (计划新开工:A、B等17个项目) by that verb', () => {
    // Held-out set 347 (news of a city's major projects); names changed.
    const text = '甲市2023年重大项目计划发布\n(六)城镇有机更新领域。\n计划新开工:甲路连接隧道工程、乙路道路工程(二期)等17个项目;\n计划建成:丙路提升改造工程、丁大道提升改建工程等13个项目;\n';
    assert.deepEqual(goalsOf(text), [
      ['新开工项目', '17', '个'],
      ['建成项目', '13', '个'],
    ]);
  });

  it('reads works scheduled for a year with 将于 before it (该区将于2017年新建A、B等中小学校14所) as targets', () => {
    // Held-out set 346 (news of a district's plan); names changed.
    const text = '本报讯 记者昨日从甲区获悉,该区将于2017年新建乙学校、丙中学等中小学校14所、公办幼儿园3所。\n';
    assert.deepEqual(goalsOf(text), [
      ['中小学校', '14', '所'],
      ['公办幼儿园', '3', '所'],
    ]);
  });

  it('reads news of a plan report before its plan part: the year\'s works planned (甲市2022年计划实施…850个) and works counted with their year\'s planned investment (科技创新项目15个,年度计划投资14亿元) as targets, not works in reserve', () => {
    // Held-out sets 344 and 348 (news of a city's plan report, of a region's projects); names and figures changed.
    const text = [
      '2月7日,甲市人大网发布《关于甲市2021年计划执行情况及2022年计划草案的报告》。报告中提出,甲市2022年计划实施市级重大建设项目850个,年度计划投资约3570亿元。',
      '重点投向领域包括:科技创新项目15个,年度计划投资14亿元;乡村振兴项目33个,年度计划投资113亿元。乙区储备项目1241个,年度计划投资1121亿元。',
      '报告在2022年实现国民经济和社会发展计划的重点工作中提到:',
      '全力推进甲乙高铁建设,高铁营业里程突破1000公里。',
    ].join('\n');
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [
      ['850', '个'],
      ['3570', '亿元'],
      ['15', '个'],
      ['14', '亿元'],
      ['33', '个'],
      ['113', '亿元'],
      ['1121', '亿元'],
      ['1000', '公里'],
    ]);
  });

  it('reads the length of a route described by where it runs (…高速公路起于甲,…建设里程139.6公里) as its profile, no target', () => {
    // Held-out set 345 (a prefecture's plan of expressways); names and figures changed.
    const text = '二、2016年重点工作\n1、甲乙高速公路起于甲,接丙丁高速公路,经戊县,红河境内段建设里程139.6公里。\n2、新建农村公路300公里。\n';
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [['300', '公里']]);
  });

  it('reads a plan\'s paragraph labelled as the year behind (去年:…) as results, an old value from last year (从去年的5%左右) and a base enclosed by 与…相比 as no targets', () => {
    // Held-out set 344 (news of a province's work report); names and figures changed.
    const text = [
      '2010年8大工作重点',
      '与去年的政府工作报告提出的全省生产总值增长9%相比,今年GDP的增长挑战10%。CPI涨幅控制从去年的5%左右,下降到3%左右。',
      '去年:投资消费强劲拉动。全社会固定资产投资12020.7亿元,增长58.1%。扩权强县试点增加到59个。',
      '今年:力争到位国内省外资金5000亿元。',
    ].join('\n');
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [
      ['10', '%'],
      ['3', '%'],
      ['5000', '亿元'],
    ]);
  });

  it('names works counted after the levels listed (150个省、市重点项目) by them, and a measure before 将至少完成 without those words', () => {
    // Held-out set 351 (a city's plan) and set 350 (news of a province's water plan); names changed.
    assert.deepEqual(named('积极实施150个省、市重点项目，着力提升投资完成率。今年全年省以上立项的重点建设项目投资将至少完成115亿元。'), [
      ['省、市重点项目', '150', '个'],
      ['省以上立项的重点建设项目投资', '115', '亿元'],
    ]);
  });

  it('reads news of a list of practical projects made known (公示第一批“我为群众办实事”实践活动项目清单) as a report on the plan, its topic paragraphs (在教育供给方面,…) planning, and its counts of contents (10个方面34项具体内容) as structural', () => {
    // Held-out set 352 (news of a district's list of practical projects); names and figures changed.
    const text = [
      '4月20日,甲市乙区公示第一批“我为群众办实事”实践活动项目清单。这份清单涵盖基层治理、城市建设等10个方面34项具体内容。',
      '在城市建设方面,乙区今年计划改造老旧小区19个。',
      '在教育供给方面,新建丙丁幼儿园,新增30个教学班、900个学位。',
    ].join('\n');
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [
      ['19', '个'],
      ['30', '个'],
      ['900', '个'],
    ]);
  });

  it('reads the year\'s plan told in a sentence on the year so far (今年以来,…年度计划投资约107亿元) as goals', () => {
    // Held-out set 354 (news of a county's groundbreaking); names and figures changed.
    const text = '4月16日,我县举行2019年转型项目集中开工仪式。\n今年以来,我县共谋划年度重点工程项目56项,总投资约400亿元,年度计划投资约107亿元,其中:产业转型类项目36项,年度计划投资78亿元。\n';
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [
      ['107', '亿元'],
      ['36', '项'],
      ['78', '亿元'],
    ]);
  });

  it('reads a review\'s sentence turning to the next year (明年是…突破之年,将…初步安排287个项目) as planning', () => {
    // Held-out set 353 (news of a city's construction); names and figures changed.
    const text = '截至10月底,城区市政公用设施完成投资30.6亿元。明年是城市大建设、大发展的突破之年,将重点围绕6个方面,初步安排287个项目,城建总投资275亿元。\n';
    assert.deepEqual(goalsOf(text).map(([, value, unit]) => [value, unit]), [
      ['287', '个'],
      ['275', '亿元'],
    ]);
  });

  it('names a bounded total of works counted (…191项，总投资超2万亿元，计划完成投资2299亿元) and what follows it by those works', () => {
    // Held-out set 335 (news of a region's key projects); names and figures changed.
    assert.deepEqual(goalsOf('一、2024年重点项目\n现代化产业项目191项，总投资超2万亿元，计划完成投资2299亿元。\n'), [
      ['现代化产业项目', '191', '项'],
      ['现代化产业项目总投资', '2', '万亿元'],
      ['现代化产业项目计划完成投资', '2299', '亿元'],
    ]);
  });

  it('counts wells, graves and fish fry by their measure words (眼, 穴, 尾)', () => {
    // Held-out sets 289 and 336 (a town's plan, a county's practical projects); names and figures changed.
    assert.deepEqual(named('新打机井89眼，新增墓穴10000穴，投放鱼苗100万尾。'), [
      ['新打机井', '89', '眼'],
      ['墓穴', '10000', '穴'],
      ['投放鱼苗', '100', '万尾'],
    ]);
  });

  it('reads growth said as expected after it (经济增长预期7%左右) as a target, and a year talked of (谈到2015年工作) as no date targets are set for', () => {
    // Held-out set 332 (news of a national work report); names changed.
    const outline = outlineOf('3月5日上午，人民代表大会开幕，总理甲作政府工作报告。\n谈到2015年工作，甲说，经济增长预期7%左右，考虑了需要和可能。\n');
    assert.deepEqual(outline.goals.map((g) => [g.indicator, g.value, g.unit, g.period]), [['经济', '7', '%', '2015年']]);
  });

  it('gives the owner named on the first of measures spread a value (监管企业营收、利税均增长20%以上) to the bare ones after it', () => {
    // Held-out set 331 (a zone's targets); names and figures changed.
    assert.deepEqual(named('甲区监管企业营收、利税均增长20%以上。'), [
      ['甲区监管企业营收', '20', '%'],
      ['甲区监管企业利税', '20', '%'],
    ]);
  });

  it('reads a numbered item opening with a start or a rebuild (新开工, 续建, 新改扩建) as a task of the plan', () => {
    // Held-out set 328 (a district's plans for the new year); names and figures changed.
    assert.deepEqual(goalsOf('甲区的新年规划如下。\n1、新改扩建公办园3至6所。\n2、新开工9所学校。\n'), [
      ['新改扩建公办园', '3-6', '所'],
      ['学校', '9', '所'],
    ]);
  });

  it('reads a planned change on last year (计划完成固定资产投资21.5亿元，同比增长6%) as a target, and a breakdown after a colon (按产业类别划分：…) as the first count before it', () => {
    // Held-out set 329 (news of a county's spring starts); names and figures changed.
    const text = '4月18日，甲县项目集中开工。\n据了解，2019年全县计划完成固定资产投资21.5亿元，同比增长6%；全年计划实施5000万元以上项目20个。按产业类别划分：基础设施项目6个，重大产业项目13个。一季度，实际完成投资1.47亿元，同比增长13.6%。\n';
    assert.deepEqual(goalsOf(text), [
      ['全县计划完成固定资产投资', '21.5', '亿元'],
      ['全县计划完成固定资产投资', '6', '%'],
      ['5000万元以上项目', '20', '个'],
      ['基础设施项目', '6', '个'],
      ['重大产业项目', '13', '个'],
    ]);
  });

  it('reads a paragraph scheduling its works by month (计划4月开工建设，11月完工) as setting targets', () => {
    // Held-out set 330 (a county's practical projects, their list's title cut); names and figures changed.
    assert.deepEqual(goalsOf('农村公路提质改造。提质改造农村公路5条37.7公里，计划4月开工建设，11月完工。\n'), [
      ['提质改造农村公路', '5', '条'],
      ['提质改造农村公路', '37.7', '公里'],
    ]);
  });

  it('reads a count in Chinese numerals after a building verb (改扩建两所村级幼儿园) as a target, not a description', () => {
    // Held-out set 328 (a city's districts' education plans); names changed.
    assert.deepEqual(goalsOf('甲区\n5.改扩建两所村级幼儿园，完成14所中小学塑胶化操场改造。\n'), [
      ['村级幼儿园', '两', '所'],
      ['中小学塑胶化操场', '14', '所'],
    ]);
    // Before a noun it describes elsewhere: `统筹两个市场`.
    assert.deepEqual(named('统筹国内国际两个市场。'), []);
  });

  it('reads by how much a target is beaten (超市目标100亿元) and a time within years (拟于2-3年开工) as no targets', () => {
    // Held-out sets 335 and 332 (a county's plan, news of a province's key projects); names and figures changed.
    assert.deepEqual(goalsOf('一、2018年工作安排\n重大项目库项目898个，超市目标100亿元；筛选拟于2-3年开工建设的重点项目300个。\n').map((g) => g[1]), ['898', '300']);
  });

  it('reads the task items of a report on how the year\'s practical projects go (…为民办实事项目一季度进展情况) as targets, their progress not', () => {
    // Held-out set 385 (a district's quarterly progress on its 实事); names changed.
    const report = goalsOf('2025年甲区为民办实事项目一季度进展情况\n1.新增200张家庭照护床位\n目前已确定服务机构，已签约30张床位。\n2.开办27个小学生爱心暑托班\n已开办爱心寒托班10个。\n');
    assert.deepEqual(report, [
      ['家庭照护床位', '200', '张'],
      ['小学生爱心暑托班', '27', '个'],
    ]);
    // In a review's numbered items the same words tell what was done.
    assert.deepEqual(goalsOf('2025年甲区工作总结\n1.新增200张家庭照护床位\n2.开办27个小学生爱心暑托班\n'), []);
  });

  it('gives values listed with 分别 and no subject (；2020年分别达到98%、15年) the subjects of the sentence before, one by one', () => {
    // Held-out set 387 (a city's education plan); figures changed.
    assert.deepEqual(goals('2030年甲率、乙年限分别达到90%、13.5年；2035年分别达到98%、15年。').slice(-2), [
      ['甲率', '98', '%', ''],
      ['乙年限', '15', '年', ''],
    ]);
    // Units that do not pair up name no subject.
    assert.deepEqual(goals('2030年甲率、乙年限分别达到90%、13.5年；2035年分别达到98%、15所。').slice(-2).map((g) => g[0]), ['', '']);
  });

  it('reads m2, m3 and km2 as units (开工建设2万m2经济适用住房)', () => {
    // Held-out set 386 (a city's 实事 with responsible bureaus); figures changed.
    assert.deepEqual(named('开工建设2万m2经济适用住房，新增库容30万m3，治理水土流失120km2。'), [
      ['经济适用住房', '2', '万m2'],
      ['库容', '30', '万m3'],
      ['治理水土流失', '120', 'km2'],
    ]);
  });

  it('reads tasks assigned to who carries them out ((州劳动保障局负责), 责任单位：) as targets where nothing dates them, and the scope a task reaches (涉及8个乡镇、27个行政村) as none', () => {
    // Held-out set 386 (a prefecture's breakdown of tasks, a city's 实事 with responsible bureaus); names and figures changed.
    assert.deepEqual(goalsOf('1.完成城镇新增就业13000人，城镇登记失业率控制在4.2%以内。(州劳动保障局负责)\n'), [
      ['城镇新增就业', '13000', '人'],
      ['城镇登记失业率', '4.2', '%'],
    ]);
    assert.deepEqual(goalsOf('9、新建改造村庄34个。过境段沿线总长55公里，两侧500米范围内需要整治，涉及甲乙、丙丁2个乡镇、8个行政村、3648户。责任单位:市交通局。\n'), [['村庄', '34', '个']]);
    // Told done, the same paragraph sets nothing.
    assert.deepEqual(goalsOf('1.城镇新增就业13000人，已全面完成。(州劳动保障局负责)\n'), []);
    // Items counted after their kind are counted, not a scope: `其中涉及…方面项目31个`.
    assert.deepEqual(goalsOf('2026年计划实施项目126个。其中涉及农业农村方面项目31个。\n').map((g) => g[1]), ['126', '31']);
  });

  it('reads what news of a plan says it states (《规划》也有明确的发展目标——, 《规划》中对此也有具体表述—) as targets, without those words or a herd size (100头以上奶牛) as figures', () => {
    // Held-out set 387 (news of a ministry's five-year plan); figures changed.
    const news = goalsOf('对于未来5年的产业结构，《规划》也有明确的发展目标——甲业和乙业产值占总产值的比重分别达到36%和10%。\n《规划》中对此也有具体表述—存栏100头以上奶牛规模化养殖比重超过38%。\n');
    assert.deepEqual(news, [
      ['甲业产值占总产值的比重', '36', '%'],
      ['乙业产值占总产值的比重', '10', '%'],
      ['存栏100头以上奶牛规模化养殖比重', '38', '%'],
    ]);
    // A plan cited in a review part reports what was done.
    assert.deepEqual(goalsOf('一、2025年工作回顾\n按照《规划》明确的要求，甲业产值占总产值的比重达到36%。\n'), []);
  });

  it('names a bare length after a work to be completed by that work (完成A防渗工程，治理长度1678米)', () => {
    // Held-out set 384 (a county's winter water works); names changed.
    assert.deepEqual(named('完成甲乙砂堤防渗工程，治理长度1678米。'), [['甲乙砂堤防渗工程治理长度', '1678', '米']]);
    // Not after a task that is no work.
    assert.deepEqual(named('完成年度目标任务，治理长度1678米。').map((g) => g[0]), ['治理长度']);
  });

  it('reads an amount the year arranges to complete (今年安排全社会固定资产投资完成149亿元) as a target in news', () => {
    // Held-out set 386 (news of a county's key works); figures changed.
    assert.deepEqual(goalsOf('这是甲旗强力推进重点项目建设的一个缩影。\n该旗今年安排全社会固定资产投资完成149亿元。\n'), [['全社会固定资产投资', '149', '亿元']]);
  });

  it('keeps 总规模 whole in an indicator (重点项目在建总规模1980亿元), not a dangling 总', () => {
    // Held-out set 362 (a province's plan of key works); figures changed.
    assert.deepEqual(named('今年全省重点项目在建总规模1980亿元，算力总规模突破4万P。').map((g) => g[0]), ['全省重点项目在建总规模', '算力总规模']);
  });

  it('reads by how much a task was beaten (超额完成12.3%) as no target', () => {
    // Held-out set 367 (news of a city education bureau's year); figures changed.
    assert.deepEqual(named('新建、改建义务教育校舍22.46万平方米，超额完成12.3%。').map((g) => g[1]), ['22.46']);
  });
});
