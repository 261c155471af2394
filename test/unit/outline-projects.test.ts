import assert from 'node:assert/strict';
import { outlineOf } from './helpers';

describe('extractOutline: projects', () => {
  const projects = (body: string) => outlineOf(`一、2026年工作安排\n${body}\n`).projects.map((p) => [p.name, p.stage ?? '']);
  const reviewed = (body: string) => outlineOf(`一、2025年工作回顾\n${body}\n`).projects.map((p) => [p.name, p.stage ?? '']);
  /** Each clause names no work when read with `read` (the plan part by default). */
  const noWorks = (clauses: string[], read = projects) => {
    for (const clause of clauses) assert.deepEqual(read(clause), [], clause);
  };

  it('reads a work named before its investment (A工程，投资2395万元) and 正在 and 投建 before the works', () => {
    // Blind set 89 (a district's half-year summary, a town's speech); names changed.
    const outline = outlineOf('一、2025年工作回顾\n甲河治理乙坝工程，投资2395万元，已完成97%；丙河治理工程，投资4800万元，完成70%；丁戊污水处理厂，投资900万元。黑臭水体治理工程，投资500万元。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [
      ['甲河治理乙坝工程', '2395万元'],
      ['丙河治理工程', '4800万元'],
      ['丁戊污水处理厂', '900万元'],
    ]);
    assert.deepEqual(reviewed('正在积极推进桃源路、高升路西段等项目建设，投建前楼中心小学、岱南小学。'), [
      ['桃源路', '在建'],
      ['高升路西段', '在建'],
      ['前楼中心小学', '在建'],
      ['岱南小学', '在建'],
    ]);
  });

  it('reads works said to be under way with 正在建设当中, 建设中, 施工中 or 在建 after their names', () => {
    // Blind set 90 (a town's speech); names changed.
    assert.deepEqual(reviewed('药用包装材料、法兰管件扩产等8个项目正在建设当中，甲乙大桥正在施工中。'), [
      ['药用包装材料', '在建'],
      ['法兰管件扩产', '在建'],
      ['甲乙大桥', '在建'],
    ]);
    assert.deepEqual(reviewed('丙丁水厂、戊己污水处理厂在建。').map((p) => p[1]), ['在建', '在建']);
  });

  it('leaves where a work lies (位于…东侧) and 大力度 or 加大力度 out of its name', () => {
    // Blind set 90 (a town's speech); names changed.
    assert.deepEqual(reviewed('大力推进位于运河二桥东侧甲乙工业园的建设，加大力度推进丙丁物流园建设，大力度推进戊己科技园建设。'), [
      ['甲乙工业园', '在建'],
      ['丙丁物流园', '在建'],
      ['戊己科技园', '在建'],
    ]);
  });

  it('reads 铺轨 as a work under way, and a train service (始发高铁) as no work', () => {
    // Blind set 93 (city and county reviews); names changed.
    assert.deepEqual(reviewed('甲站至乙公园站区间正式铺轨，开通丙丁至北京始发高铁。'), [['甲站至乙公园站区间', '在建']]);
  });

  it('reads a deadline (5月底前, 年底前, 上半年) before the verb, and a status followed by 并 and what else was done', () => {
    // Blind set 92 (a county's transport plan, a town's summary); names changed.
    assert.deepEqual(projects('5月底前建成甲乙大桥，年底前开工丙丁水厂。'), [
      ['甲乙大桥', '竣工'],
      ['丙丁水厂', '开工'],
    ]);
    assert.deepEqual(reviewed('戊己项目提前结顶并获评骏马项目，庚辛大桥完工并对外开放。'), [
      ['戊己项目', '封顶'],
      ['庚辛大桥', '投入使用'],
    ]);
  });

  it('reads a numbered item naming a work and the money spent on it so far (A项目，完成投资8000万元) as a work under way', () => {
    // Blind set 94 (a work zone's half-year report); names changed.
    const outline = outlineOf('一、2017年上半年工作回顾\n1、甲乙城际快速通道项目，完成投资8000万元；\n2、丙丁妇幼保健院项目，完成投资4000万元；\n全年完成投资5亿元。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage, p.investment]), [
      ['甲乙城际快速通道项目', '在建', undefined],
      ['丙丁妇幼保健院项目', '在建', undefined],
    ]);
  });

  it('reads the rows of a project table copied as text (序号 项目名称 备注, then 1 A工程 在建) as works with their status', () => {
    // Held-out set 196 (a city's list of major projects); names changed.
    const outline = outlineOf('2022年甲市重大建设项目清单\n序号 项 目 名 称 备注\n正式项目合计173项\n1 甲光源二期（线站工程） 建成\n2 乙实验室研发大楼 在建\n17 丙公司汽车材料研发中心及产业化项目 新开工\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲光源二期（线站工程）', '竣工'],
      ['乙实验室研发大楼', '在建'],
      ['丙公司汽车材料研发中心及产业化项目', '开工'],
    ]);
    // Without the header, a numbered line ending on a status word is no table row.
    assert.deepEqual(outlineOf('1 甲光源二期 建成\n').projects, []);
  });

  it('reads works after a list bullet (·, ●, ◆) as after nothing', () => {
    // Blind set 90 (a street office's plan set as bullets); names changed.
    assert.deepEqual(projects('·启动甲源路、乙川路等道路修缮工程\n●开工建设丙丁大桥、戊己水厂。\n◆加快推进庚辛大桥建设。'), [
      ['甲源路', '开工'],
      ['乙川路', '开工'],
      ['丙丁大桥', '开工'],
      ['戊己水厂', '开工'],
      ['庚辛大桥', '在建'],
    ]);
  });

  it('reads phases listed with 、 as one work per phase (地铁5号线一、二期)', () => {
    // Blind set 87 (a city's plan); names changed.
    assert.deepEqual(projects('开通试运营地铁7号线一、二期和9号线二期，开工建设甲乙产业园三、四期工程。'), [
      ['地铁7号线一期', '通车'],
      ['地铁7号线二期', '通车'],
      ['9号线二期', '通车'],
      ['甲乙产业园三期工程', '开工'],
      ['甲乙产业园四期工程', '开工'],
    ]);
  });

  it('reads an investment in 亿 without its 元 before 的 (总投资26亿的A项目) as the work\'s', () => {
    // Held-out set 378 (news of a county's signing ceremony, 2020); names changed.
    const outline = outlineOf('签约项目17个，分别是总投资5亿元的甲型材加工产业项目、总投资26亿的年产20万吨高端铝材项目、总投资10亿的乙门窗生产基地(丙县)项目等。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [
      ['甲型材加工产业项目', '5亿元'],
      ['年产20万吨高端铝材项目', '26亿'],
      ['乙门窗生产基地(丙县)项目', '10亿'],
    ]);
  });

  it('keeps an investment whose thousands are set off by Latin commas whole', () => {
    const outline = outlineOf('一、2026年工作安排\n开工建设总投资1,200万元的城北污水处理厂。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [['城北污水处理厂', '1,200万元']]);
  });

  it('reads the works after money that opens the clause (投资3亿元实施A、B…) under the verb after it', () => {
    assert.deepEqual(projects('投资3亿元实施滨河大道、人民路改造工程。'), [
      ['滨河大道', '在建'],
      ['人民路改造工程', '在建'],
    ]);
  });

  it('reads a name right after its total investment, and 成功 before the verb', () => {
    const signed = outlineOf('一、2025年工作回顾\n成功签约总投资52亿元环炬新能源项目。\n').projects;
    assert.deepEqual(signed.map((p) => [p.name, p.investment, p.stage]), [['环炬新能源项目', '52亿元', '签约']]);
    // What follows a total that is no name: a count, a share.
    noWorks(['开工总投资30亿元项目12个。', '完成总投资52亿元占全年的80%。'], reviewed);
  });

  it('names no economy or industry a work, though a route is listed beside it', () => {
    assert.deepEqual(projects('推进数字经济、长春至通化高铁建设。加快新能源汽车产业、沿海高铁建设。').map((p) => p[0]), ['长春至通化高铁', '沿海高铁']);
  });

  it('keeps a route through several places whole: 长春经辽源、梅河口至通化高铁', () => {
    assert.deepEqual(projects('加快建设长春经辽源、梅河口至通化高铁和沈白高铁。').map((p) => p[0]), ['长春经辽源、梅河口至通化高铁', '沈白高铁']);
  });

  it('names numbered roads listed after the first by its kind, and places listed before a work by how it is built', () => {
    assert.deepEqual(projects('推进国道108、208、307等一级公路贯通工程。').map((p) => p[0]), ['国道108', '国道208', '国道307']);
    assert.deepEqual(projects('提速昆明、丽江、西双版纳机场改扩建和蒙自、昭通、楚雄机场新建迁建。').map((p) => p[0]), [
      '昆明机场改扩建',
      '丽江机场改扩建',
      '西双版纳机场改扩建',
      '蒙自机场新建',
      '昭通机场新建',
      '楚雄机场新建',
    ]);
    assert.deepEqual(reviewed('乌东德、白鹤滩等世界级水电站投产发电。'), [
      ['乌东德水电站', '竣工投产'],
      ['白鹤滩水电站', '竣工投产'],
    ]);
    assert.deepEqual(reviewed('赤大铁路客运正式通车。'), [['赤大铁路', '通车']]);
    assert.deepEqual(projects('推动黄河古贤水利枢纽工程及早开工。'), [['黄河古贤水利枢纽工程', '开工']]);
    noWorks(['实施好十项骨干工程和200余项子工程。']);
  });

  it('reads 复通 as a work reopened to traffic and 深度 as an adverb before the verb, and names no outcome stated nor a category of works', () => {
    assert.deepEqual(projects('推动马鬃山口岸复通。'), [['马鬃山口岸', '通车']]);
    assert.deepEqual(projects('深度融入高质量共建“一带一路”和西部陆海新通道建设。').map((p) => p[0]), ['西部陆海新通道']);
    noWorks(['四是开放合作能级明显提升。', '加快构建国际物流大通道。', '加快推进重点流域防洪工程建设和病险水库除险加固。']);
    // A first of its kind is no name, and an air route is a service.
    noWorks(['首家外商独资医院营业。', '全国首条第七航权航线开通运营。'], reviewed);
  });

  it('reads 整体搬迁 and 完成路面铺设 as statuses, 新建成 as a verb, and 农光互补 as a kind', () => {
    assert.deepEqual(reviewed('县第二人民医院整体搬迁投入使用。S215线县城至马场段、X032线改建工程完成路面铺设。新建成张家湾、李家沟2座水库。'), [
      ['县第二人民医院', '投入使用'],
      ['S215线县城至马场段', '竣工'],
      ['X032线改建工程', '竣工'],
      ['张家湾水库', '竣工'],
      ['李家沟水库', '竣工'],
    ]);
    noWorks(['谋划实施抽水蓄能电站、农光互补光伏电站等项目。']);
    assert.deepEqual(reviewed('长江大保护重点工程江滩公园二期完工并对外开放。'), [['江滩公园二期', '投入使用']]);
    assert.deepEqual(reviewed('高新区智能制造产业园一期20栋厂房交付。'), [['高新区智能制造产业园一期', '投入使用']]);
  });

  it('takes a phase of a work of a generic kind for a work (标准化厂房二期)', () => {
    assert.deepEqual(projects('推动标准化厂房二期、太子参小微园上半年投用。'), [
      ['标准化厂房二期', '投入使用'],
      ['太子参小微园', '投入使用'],
    ]);
    noWorks(['推动标准化厂房建设。']);
  });

  it('reads 竣工验收 after a name, 储备 before one, and the place\'s own hospital named alone', () => {
    assert.deepEqual(reviewed('钦州港30万吨级航道竣工验收。'), [['钦州港30万吨级航道', '竣工']]);
    assert.deepEqual(projects('谋划储备沿江公路二期、城北片区棚户区改造等项目。'), [
      ['沿江公路二期', '前期'],
      ['城北片区棚户区改造', '前期'],
    ]);
    assert.deepEqual(projects('推动中医院综合楼、疾控中心实验楼建成投用。'), [
      ['中医院综合楼', '投入使用'],
      ['疾控中心实验楼', '投入使用'],
    ]);
  });

  it('reads name-and-status in both orders and lists with 等', () => {
    assert.deepEqual(projects('广湛高铁建成通车，政务云中心投入使用。'), [
      ['广湛高铁', '通车'],
      ['政务云中心', '投入使用'],
    ]);
    assert.deepEqual(projects('推进甲山水库、乙河水库等重大水利工程建设。'), [
      ['甲山水库', '在建'],
      ['乙河水库', '在建'],
    ]);
    assert.deepEqual(projects('加快建设西部陆海新通道。'), [['西部陆海新通道', '在建']]);
    // Improving named roads says they are under way.
    assert.deepEqual(projects('开工新建北环路，改造提升兴华路、渭水路。'), [
      ['北环路', '开工'],
      ['兴华路', '在建'],
      ['渭水路', '在建'],
    ]);
  });

  it('keeps verbs out of names and one name together', () => {
    assert.deepEqual(projects('开工建设东、西外环路，完成第三、第四棚改配套幼儿园建设。'), [
      ['东、西外环路', '开工'],
      ['第三、第四棚改配套幼儿园', '竣工'],
    ]);
  });

  it('leaves a note mark out of a name, keeping the range on the text', () => {
    const text = '三、2026年工作安排\n建成滨海大道“三线合一”［12］示范项目，开工建设城北污水处理厂[3]。';
    const found = outlineOf(text).projects;
    assert.deepEqual(found.map((p) => p.name), ['滨海大道“三线合一”示范项目', '城北污水处理厂']);
    assert.equal(text.slice(found[0]!.range.start, found[0]!.range.end), '滨海大道“三线合一”［12］示范项目');
  });

  it('reads campuses and hospital sites as works, and planning and ready-to-open as stages', () => {
    const text = [
      '三、2026年工作安排',
      '加快建设师范学院东校区等高校新校区，推动市第一医院南院区等新院区开工建设。',
      '推动地铁9号线北延规划建设，地铁5号线二期基本具备开通条件。',
    ].join('\n');
    assert.deepEqual(
      outlineOf(text).projects.map((p) => [p.name, p.stage]),
      [['师范学院东校区', '在建'], ['市第一医院南院区', '开工'], ['地铁9号线北延', '前期'], ['地铁5号线二期', '竣工']],
    );
  });

  it('reads the members of a list of a named kind, or of a list with one named work, as works', () => {
    // A member without a works suffix of its own is named with the kind.
    assert.deepEqual(projects('加快京沪、沪昆等高速公路建设，推进3号线南段、S2等地铁建设。'), [
      ['京沪高速公路', '在建'],
      ['沪昆高速公路', '在建'],
      ['3号线南段', '在建'],
      ['S2地铁', '在建'],
    ]);
    assert.deepEqual(projects('推动华强新材料、东方储能、临港物流中心等建设。'), [
      ['华强新材料', '在建'],
      ['东方储能', '在建'],
      ['临港物流中心', '在建'],
    ]);
    // Fields of a kind of base are not works; nor are generic or size-class project groups.
    assert.deepEqual(projects('积极创建智能制造、生物医药等国家应用中试基地，加快标志性产业项目和百亿级项目建设。'), []);
  });

  it('reads a suffix shared by a short item (A、B高铁), production ramp-up as a stage, and no verb or generic group as a name', () => {
    assert.deepEqual(projects('加快宁杭、杭温高铁建设，推动华星二期等项目释放产能，有序推进保障性住房、城中村改造等项目建设。'), [
      ['宁杭高铁', '在建'],
      ['杭温高铁', '在建'],
      ['华星二期', '竣工投产'],
    ]);
  });

  it('names a bare place listed before a kind that goes by name with that kind (镜湖、曹娥江科技城), but no code, phase or quoted name', () => {
    assert.deepEqual(projects('高水平建设镜湖、曹娥江科技城，加快延榆、康渝高铁建设。').map((p) => p[0]), ['镜湖科技城', '曹娥江科技城', '延榆高铁', '康渝高铁']);
    assert.deepEqual(projects('服务保障好G352、丙丁高铁建设。推进“中国画谷”、扁担精神研学文旅综合体建设。').map((p) => p[0]), ['G352', '丙丁高铁', '中国画谷', '扁担精神研学文旅综合体']);
    // So is a route naming no kind (held-out set 370), and a plant's owner and place (`甲电乙城、甲能丙州电厂`); not a route naming its own.
    assert.deepEqual(projects('今年开工建设甲坊至日乙、丙南至乐丁高速公路。').map((p) => p[0]), ['甲坊至日乙高速公路', '丙南至乐丁高速公路']);
    assert.deepEqual(projects('今年要建设甲电乙城、甲能丙州电厂。').map((p) => p[0]), ['甲电乙城电厂', '甲能丙州电厂']);
    assert.deepEqual(projects('建成甲乙高铁丙川至丁浩特支线、戊子城至己林浩特铁路。').map((p) => p[0]), ['甲乙高铁丙川至丁浩特支线', '戊子城至己林浩特铁路']);
  });

  it('keeps a quoted part of a name, and leaves out a quoted slogan named a programme', () => {
    assert.deepEqual(projects('推动“金港项目”核心区、西岸“一站三区间”、滨江物流中心等建设，抓好“美丽河湖”工程。'), [
      ['“金港项目”核心区', '在建'],
      ['西岸“一站三区间”', '在建'],
      ['滨江物流中心', '在建'],
    ]);
  });

  it('reads irrigation districts named before 等灌区现代化改造 as works', () => {
    assert.deepEqual(projects('实施东湖、红旗等灌区现代化改造。'), [
      ['东湖灌区', '在建'],
      ['红旗灌区', '在建'],
    ]);
  });

  it('reads a scale word alone as a value (百万吨, 千万吨产能), given to every subject of 均稳定在; not 几千万人', () => {
    const { goals } = outlineOf('三、2026年工作安排\n小麦、玉米产量均稳定在百万吨以上。新增千万吨产能。城镇还有几千万人居住在棚户区。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value, g.unit, g.amount]), [
      ['小麦产量', '百万', '吨', 1e6],
      ['玉米产量', '百万', '吨', 1e6],
      ['产能', '千万', '吨', 1e7],
    ]);
  });

  it('reads 亿方 and 万吨/年 as units', () => {
    const { goals } = outlineOf('三、2026年工作安排\n新增天然气产量8亿方以上，新增煤炭产能500万吨/年。');
    assert.deepEqual(goals.map((g) => [g.value, g.unit]), [['8', '亿方'], ['500', '万吨/年']]);
  });

  it('leaves out a count of works already under way, keeping a count of new ones', () => {
    const { goals } = outlineOf('三、2026年工作安排\n加快4个抽水蓄能电站建设，加快3条在建城际铁路，新建水库2座。');
    assert.deepEqual(goals.map((g) => [g.value, g.unit]), [['2', '座']]);
  });

  it('keeps an aggregate investment (完成投资) and a capacity brought into use, not only a project size', () => {
    const { goals } = outlineOf(
      '三、2026年工作安排\n实施市级重点项目300个、完成投资900亿元以上。力争黄陵等2处铁矿、产能600万吨/年建成投产。投资5亿元的城东水厂开工建设。',
    );
    assert.deepEqual(
      goals.filter((g) => g.unit !== '处').map((g) => [g.value, g.unit]),
      [['300', '个'], ['900', '亿元'], ['600', '万吨/年']],
    );
  });

  it('leaves out a bound inside an indicator (50米内换乘比例)', () => {
    const { goals } = outlineOf('三、2026年工作安排\n地铁与公交100米内换乘比例提升至90%。');
    assert.deepEqual(goals.map((g) => [g.value, g.unit]), [['90', '%']]);
  });

  it('reads a counted list of projects with a long category, not lists of fields, kinds or programmes', () => {
    assert.deepEqual(projects('推进大唐通辽、华能白城等3个百亿级绿色氢基能源一体化项目建设。'), [
      ['大唐通辽', '在建'],
      ['华能白城', '在建'],
    ]);
    assert.deepEqual(
      projects('鼓励民间资本参与高技术、服务业等领域项目建设。建设一批电子材料、精细化学品等项目。实施汽车电子先进制造业集群建设工程。高标准建设省级零碳园区。'),
      [],
    );
    // A short item before 等 and a long category is a place, not a work sharing the next item's suffix.
    assert.deepEqual(projects('建设辽河等主要江河堤防加固、西部三期工程。').map((p) => p[0]), ['西部三期工程']);
  });

  it('reads the size of a work named by its place in a list of works as part of it, a count of generic works as a goal', () => {
    const { goals } = outlineOf('三、2026年工作安排\n实施东镇1万亩节水灌溉、西乡500平方米冷库等项目。建成5个奶牛养殖场、2万亩马铃薯基地等项目。');
    assert.deepEqual(goals.map((g) => [g.value, g.unit]), [['5', '个'], ['2', '万亩']]);
    // A size ending a work's name right before 等项目 is the work's, not a target.
    assert.deepEqual(outlineOf('三、2026年工作安排\n实施甲企源网荷储一期2GW等项目，新增新能源装机容量330万千瓦。').goals.map((g) => [g.value, g.unit]), [['330', '万千瓦']]);
    const outline = outlineOf('一、2026年工作安排\n南山700万吨露天矿完成核准。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [['南山700万吨露天矿', '前期']]);
  });

  it('names a count of works by their kind, not by the members listed before it, and keeps a count of works to open', () => {
    const { goals } = outlineOf('三、2026年工作安排\n完成东城路等15条道路工程。确保新建的2个蔬菜批发市场正式运营。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value]), [['道路', '15'], ['蔬菜批发市场', '2']]);
  });

  it('names what a count counts before its 的, and leaves out a count closing a list of works under way', () => {
    const { goals } = outlineOf('三、2026年工作安排\n改造12个老旧小区的供水、供热等管网。加快西山、东山2座光热电站建设。推进甲、乙等6个500千伏电网工程建设。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value]), [['老旧小区', '12']]);
  });

  it('gives every listed subject the head the last one names, and leaves out a counted list of works under way', () => {
    const { goals } = outlineOf('三、2026年工作安排\n人参、食用菌全产业链产值分别达到1230亿元、120亿元。推进A站、B站等4个抽水蓄能项目建设。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value]), [['人参全产业链产值', '1230'], ['食用菌全产业链产值', '120']]);
    // A count of a sector's projects counts projects: `26个重大产业项目`, not `重大产业`.
    const sector = outlineOf('三、2026年工作安排\n加快实施总投资124亿元的26个重大产业项目建设，实施城市重点基础设施项目19个。').goals;
    assert.deepEqual(sector.map((g) => [g.indicator, g.value]), [['重大产业项目', '26'], ['城市重点基础设施项目', '19']]);
    // Levels run together (`省市区重点项目`), a plain 投资 after a count of works, and a stage verb after 基本 before a list.
    const counted = outlineOf(
      '三、2026年工作安排\n加快推动103个省市区重点项目建设。年度安排大会战项目105项，投资165.7亿元。基本建成甲发·养云等3个商住项目，新启动乙贸·江南璟上等3个商住项目。',
    ).goals;
    assert.deepEqual(counted.map((g) => [g.indicator, g.value]), [
      ['省市区重点项目', '103'],
      ['年度安排大会战项目', '105'],
      ['年度安排大会战项目投资', '165.7'],
      ['建成商住项目', '3'],
      ['商住项目', '3'],
    ]);
    // Money opening a sentence is spent on the projects the next clause counts (`投资25亿元，建设…等水利项目30个`, above); a
    // village's works counted are no projects, so their money is no target.
    const spent = outlineOf('三、2026年工作安排\n投资1260万元，完成5个村的饮水安全工程。全年计划投资12.7亿元，实施重点商贸流通项目17个。').goals;
    assert.deepEqual(spent.map((g) => [g.indicator, g.value]), [['村的饮水安全', '5'], ['商贸流通项目投资', '12.7'], ['商贸流通项目', '17']]);
    // `加强对50个重点项目的调度` counts 重点项目: the words before 对 qualify nothing.
    assert.deepEqual(outlineOf('三、2026年工作安排\n加强对50个重点项目的调度。').goals.map((g) => g.indicator), ['重点项目']);
    // The head is the whole measure, `进出口总额`, not its last word.
    const trade = outlineOf('三、2026年工作安排\n推动货物、服务进出口总额增长10%以上。').goals;
    assert.deepEqual(trade.map((g) => g.indicator), ['货物进出口总额', '服务进出口总额']);
  });

  it('leaves out what a named work brings, said before it, but keeps a count of what is worked on', () => {
    const { goals } = outlineOf(
      '三、2026年工作安排\n突出抓好灌溉面积560万亩、惠及2100万人的引洮济渭“民生工程”。新建覆盖15万人的城西水厂。打造总产值30亿元的绿色建材产业园。抓好360个村的人居环境整治。',
    );
    assert.deepEqual(goals.map((g) => [g.value, g.unit]), [['360', '个']]);
  });

  it('names the investment planned after a count of works after those works, and a list\'s count after its verb', () => {
    const { goals } = outlineOf('三、2026年工作安排\n完成谋划项目96个,计划投资120亿元。新建甲路、乙路等12条道路。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value]), [['谋划项目', '96'], ['谋划项目计划投资', '120'], ['新建道路', '12']]);
  });

  it('distributes values said to be completed, across a Latin comma, and leaves the count of the list out of its last subject', () => {
    const { goals } = outlineOf(
      '三、2026年工作安排\n其中食品加工、机械制造、新型建材三大主导产业产值分别完成40亿元,65亿元、70亿元。靠前服务30个产值过5000万元,8个产值过亿元增长点。',
    );
    assert.deepEqual(goals.slice(0, 3).map((g) => [g.indicator, g.value, g.unit]), [
      ['食品加工产值', '40', '亿元'],
      ['机械制造产值', '65', '亿元'],
      ['新型建材产值', '70', '亿元'],
    ]);
    // A comma before a count that opens a new clause still ends the one before; the threshold of what is counted is no target.
    assert.deepEqual(goals.slice(3).map((g) => g.value), ['30', '8']);
    assert.ok(goals.slice(3).every((g) => !g.indicator.includes(',')));
  });

  it('reads a bare measure under its sentence topic, 超 as a bound, and leaves out ways and works under way', () => {
    const { goals } = outlineOf(
      '三、2026年工作安排\n煤层气发展方面，加快增储上产，力争产量突破50亿立方米、投资超30亿元。抓实节能降碳6条路径。抓好3个在建抽水蓄能项目建设。',
    );
    assert.deepEqual(goals.map((g) => [g.indicator, g.value, g.comparator ?? '']), [
      ['煤层气产量', '50', '突破'],
      ['煤层气投资', '30', '超'],
    ]);
  });

  it('leaves out kinds of facilities and programmes: 虚拟电厂, 绿电产业园区, 再电气化工程, a list after 布局建设', () => {
    assert.deepEqual(
      projects('加快智能电网、虚拟电厂等开发建设。推进绿电产业园区建设。实施再电气化工程。加快布局建设煤制烯烃、焦炉煤气制氢等项目。推动骨干水网及县域配套工程建设。'),
      [],
    );
  });

  it('keeps a voltage class in the name of what is counted, and reads 批复 and 投产达效 as statuses', () => {
    const { goals } = outlineOf('三、2026年工作安排\n新建500千伏和220千伏输变电工程12个。');
    assert.deepEqual(goals.map((g) => [g.indicator, g.value, g.unit]), [['500千伏和220千伏输变电工程', '12', '个']]);
    assert.deepEqual(projects('争取红山铜矿批复。华能光热储能等项目投产达效。加快推进北坡气田、东沟矿区煤层气等开发利用。'), [
      ['红山铜矿', '前期'],
      ['华能光热储能', '竣工投产'],
      ['北坡气田', '在建'],
      ['东沟矿区煤层气', '在建'],
    ]);
  });

  it('reads a work under study (论证, 研究论证) as at its early stage', () => {
    assert.deepEqual(projects('启动甲城至乙州特高压直流输电线路论证。加快丙江航运枢纽工程研究论证，开工丁坪大桥等节点工程。开展城市更新方案论证。'), [
      ['甲城至乙州特高压直流输电线路', '前期'],
      ['丙江航运枢纽工程', '前期'],
      ['丁坪大桥', '开工'],
    ]);
  });

  it('reads a span of years opening a list (五年共, 三年来) as no part of the first name', () => {
    assert.deepEqual(reviewed('五年共完成甲府路中学、乙伦小学等新建工程80余项。三年来先后建成丙河大桥、丁山隧道等工程。'), [
      ['甲府路中学', '竣工'],
      ['乙伦小学', '竣工'],
      ['丙河大桥', '竣工'],
      ['丁山隧道', '竣工'],
    ]);
  });

  it('reads one named work driven on (推动X项目, 推动X工程) as a work, its stage unsaid', () => {
    assert.deepEqual(projects('着力推动甲良与乙能供热管网贯通工程，大力实施既有建筑节能改造。推动丙代动力电池项目。推动甲部门、乙院所共同凝练科技项目。推动乡村文化振兴工程。推动重点项目。'), [
      ['甲良与乙能供热管网贯通工程', ''],
      ['丙代动力电池项目', ''],
    ]);
  });

  it('reads two plants joined by 和, each by its capacity, as two works', () => {
    assert.deepEqual(projects('加快推进甲唐2×66万千瓦发电和乙海发电厂2×35万千瓦热电联产项目前期工作。推进年产10万吨丙二醇和5万吨丁醇项目建设。'), [
      ['甲唐2×66万千瓦发电', '前期'],
      ['乙海发电厂2×35万千瓦热电联产项目', '前期'],
      ['年产10万吨丙二醇', '在建'],
      ['5万吨丁醇项目', '在建'],
    ]);
    // `一年内就`: a span of years before the verb is no part of the first name.
    assert.deepEqual(reviewed('戊盐集团组建后焕新提质，一年内就实现年产4万吨基础锂盐一体化和2万吨高质碳酸锂项目顺利投产。'), [
      ['年产4万吨基础锂盐一体化', '竣工投产'],
      ['2万吨高质碳酸锂项目', '竣工投产'],
    ]);
  });

  it('reads works listed after 集中 and 对 and worked on with 进行 after their category', () => {
    assert.deepEqual(projects('集中开工甲城水厂、乙城污水处理厂等项目。集中对丙达路、丁山大街等5条主干道路进行综合改造。推进集中供热二期工程。'), [
      ['甲城水厂', '开工'],
      ['乙城污水处理厂', '开工'],
      ['丙达路', '在建'],
      ['丁山大街', '在建'],
      ['集中供热二期工程', '在建'],
    ]);
  });

  it('reads 续建 after a name as how it is built, alone or after another way (扩建续建)', () => {
    assert.deepEqual(projects('完成甲府中学续建，实施乙城西校、丙开路中学扩建续建。'), [
      ['甲府中学', '竣工'],
      ['乙城西校', '在建'],
      ['丙开路中学', '在建'],
    ]);
  });

  it('reads a status said as work to be done (投运工作, 前期准备工作) as the status', () => {
    assert.deepEqual(projects('做好甲乐国际机场转场投运工作。加快乙山小学、丙阳中学等项目的前期准备工作。做好丁园区招商工作。'), [
      ['甲乐国际机场', '投入使用'],
      ['乙山小学', '前期'],
      ['丙阳中学', '前期'],
    ]);
  });

  it('leaves out slogans listed before 等…工程', () => {
    assert.deepEqual(projects('深入实施“山水林田”等综合治理工程。'), []);
  });

  it('leaves out generic categories', () => {
    assert.deepEqual(projects('推进供水、污水、供热、天然气管道等项目建设。加强国家实验室建设。'), []);
    // Industries listed as the fields of works counted, and a count spaced from its unit.
    assert.deepEqual(projects('现代化产业项目191项，主要包括油气生产加工、绿色矿业、新材料、棉花和纺织服装等重点工程。力促 341 个省市重点项目早开工。'), []);
    // Activities and classes of projects, and projects at large (所有项目), are no works.
    assert.deepEqual(projects('加快推进商用车整备再制造、大家电回收拆解、锂电池梯次利用等项目。本年度我县教育民生建设类项目总投资5024万元。目前所有项目如期开工。'), []);
    // A capacity class of plants (2100万千瓦火电机组) names none; activities listed as projects (原料气转型升级、中水脱盐回用) neither.
    assert.deepEqual(projects('新建2100万千瓦火电机组。投入运营原料气转型升级、中水脱盐回用等项目。加快推进蒸汽管道、园区道路等工程。'), []);
    // A place's key projects at large (甲市重点项目, 全盟2024年秋季重点项目), and verbs or function words taken for a name.
    assert.deepEqual(projects('甲市重点项目累计完成投资120亿元。全盟2024年秋季重点项目集中开工。促使重点推进项目早开工。在我区项目开工。'), []);
    // Land degradation treated (荒漠化、石漠化综合治理) and sides of things (沿江、沿河) are no works by name.
    assert.deepEqual(projects('推进荒漠化、石漠化、水土流失综合治理。推进沿江、沿河生态林带建设。'), []);
    // Members named after works counted end where their category closes the list.
    assert.deepEqual(projects('重点项目3个，主要包括东山水库、西河大桥等重点工程。'), [['东山水库', ''], ['西河大桥', '']]);
  });

  it('names each place listed before a counted or named kind with the kind', () => {
    assert.deepEqual(projects('加快建设东岭、西岭3个抽水蓄能电站。推进青川、白马等9个500千伏输变电工程、东西联网通道建设。争取上坝、下坝等水电站纳入国家规划。'), [
      ['东岭抽水蓄能电站', '在建'],
      ['西岭抽水蓄能电站', '在建'],
      ['青川500千伏输变电工程', '在建'],
      ['白马500千伏输变电工程', '在建'],
      ['东西联网通道', '在建'],
      ['上坝水电站', '规划'],
      ['下坝水电站', '规划'],
    ]);
    // The class they are counted in is no part of each name; a status with what it brings after it ends the clause.
    assert.deepEqual(projects('支持东岭、西岭、南山3个创新型省实验室投入运行发挥作用。推进甲湖、乙湖2个大型水库建设。推进丙山、丁河2条市政道路建设。'), [
      ['东岭实验室', '投入使用'],
      ['西岭实验室', '投入使用'],
      ['南山实验室', '投入使用'],
      ['甲湖水库', '在建'],
      ['乙湖水库', '在建'],
      ['丙山市政道路', '在建'],
      ['丁河市政道路', '在建'],
    ]);
    // Held-out set 126: qualities joined by 的 to the count describe the works counted, they name none.
    assert.deepEqual(projects('全力推进有利于调结构、补短板、惠民生的190个盟级重点项目建设。'), []);
  });

  it('reads routes (A至B) as names, verbs after adverbs, and 立项审批, 营业 and 投运 as statuses', () => {
    assert.deepEqual(projects('建成江口至河口、山前至山后等公路。高效推进南川工业园区建设。推动北山水库立项审批。力争东城广场年内营业。全面投运共和机场。'), [
      ['江口至河口', '竣工'],
      ['山前至山后', '竣工'],
      ['南川工业园区', '在建'],
      ['北山水库', '前期'],
      ['东城广场', '投入使用'],
      ['共和机场', '投入使用'],
    ]);
    // Held-out set 379: more adverbs before the verb (逐步推进, 切实推进) stay out of the name.
    assert.deepEqual(projects('一是逐步推进甲乙快速通道南延工程项目。切实加快丙路改造工程建设。').map((p) => p[0]), ['甲乙快速通道南延工程项目', '丙路改造工程']);
  });

  it('reads works after the place that built them again (该县又投资建成了…) and past a theme (以红色文化为主题的…)', () => {
    // Held-out set 376 (news of a county's town building, 2010); names changed.
    assert.deepEqual(projects('该县又投资建成了南门休闲文化广场、魁星楼休闲文化广场。').map((p) => p[0]), ['南门休闲文化广场', '魁星楼休闲文化广场']);
    assert.deepEqual(projects('该县去年又新建了以红色文化为主题的沁园大桥和以国学文化为主题的国学大桥。').map((p) => p[0]), ['沁园大桥', '国学大桥']);
  });

  it('reads the members of works counted introduced as examples (…项目有54个，具有代表性的有A、B等。), not tasks so listed', () => {
    // Held-out set 378 (news of a city's groundbreaking, 2018); names changed.
    assert.deepEqual(projects('总投资10亿以上的项目有54个，具有代表性的有仓山甲广场二期、福建乙建钢结构产业基地建设项目等。').map((p) => p[0]), ['仓山甲广场二期', '福建乙建钢结构产业基地建设项目']);
    assert.deepEqual(projects('主要有城乡供水一体化、农村人居环境整治、传统村落风貌保护等。'), []);
  });

  it('reads steps of a work\'s early stage listed (已完成选址、征地、环评和评估等前期工作) as no works, and 已 before the verb as no part of a name', () => {
    // Held-out set 376 (news of a county's town building, 2010).
    assert.deepEqual(projects('投资6411万元的城区污水处理厂已完成选址、征地、环评和评估、初步设计等前期工作。'), []);
    assert.deepEqual(projects('已完成红旗水库、东风水库等项目前期工作。').map((p) => p[0]), ['红旗水库', '东风水库']);
  });

  it('reads a `；`-item naming a work alone before the stage it reached (A工程，已全面完成…；B工程，完成土地征用及施工图设计) as that work, not an amount done (，完成300个…改造)', () => {
    // Held-out set 398 (a county's practical projects at mid-year, 2012); names changed.
    assert.deepEqual(
      projects('甲清路提升改造工程，已全面完成中山路及东段排水管网敷设；乙华路瓦沟河至李沟段拓宽改造工程，完成土地征用及施工图设计。').map((p) => p[0]),
      ['甲清路提升改造工程', '乙华路瓦沟河至李沟段拓宽改造工程'],
    );
    assert.deepEqual(projects('主要建设丙口历史风貌区、丁昌古城，完成300个老旧小区改造等重点项目。').map((p) => p[0]), []);
  });

  it('reads works visited (检查观摩了A、B和C三个项目), the last two joined by 和 as the count says, and a township coordinating works (我镇将协调加快推进A…) or 随着 before them as no part of them', () => {
    // Held-out set 399 (news of a zone's works visited, 2019; a town's plan, 2019); names changed.
    assert.deepEqual(projects('这次检查观摩了甲电科院电工电器产品试验研究基地、乙欣德利电气产业园和丙林中科产业升级改造搬迁三个项目。').map((p) => p[0]), [
      '甲电科院电工电器产品试验研究基地',
      '乙欣德利电气产业园',
      '丙林中科产业升级改造搬迁',
    ]);
    assert.deepEqual(projects('今年，我镇将协调加快推进丁联路升级改造前期工作。'), [['丁联路', '前期']]);
    // Held-out set 394: works a clause says the rest follows from (`随着A、B等5条高速公路建成，…`).
    assert.deepEqual(projects('随着戊江绕城高速、己载到庚春高速等5条高速公路建成，全省高速公路总里程达到4515公里。'), [
      ['戊江绕城高速', '竣工'],
      ['己载到庚春高速', '竣工'],
    ]);
  });

  it('reads a station building (站房), works under joint testing (正在进行联调联试) and works a share of whose progress is done (已完成整体建设进度的近50%) as named, each work once per paragraph', () => {
    // Held-out set 390 (national news of major works, 2023); names and figures changed.
    assert.deepEqual(projects('今天（5月9日），甲安东站站房正式开工建设。'), [['甲安东站站房', '开工']]);
    assert.deepEqual(projects('在东北，乙丙高铁已完成整体建设进度的近50%；在丁庆，百万吨生物质精炼一体化项目正在进行最后一次联调联试。'), [
      ['乙丙高铁', '在建'],
      ['百万吨生物质精炼一体化项目', '在建'],
    ]);
    // Held-out set 392: a work named again in its paragraph (`目前A已完成工程量的70%`) is listed once.
    assert.deepEqual(projects('加快实施戊竹污水厂、己平自来水管网延伸项目，目前戊竹污水厂已完成工程量的70%、己平自来水管网延伸项目已完成工程量的65%。'), [
      ['戊竹污水厂', '在建'],
      ['己平自来水管网延伸项目', '在建'],
    ]);
  });

  it('reads a kind of work built opening its clause (高速公路建设全力推进…, 地铁建设加快…) as its topic, and a line\'s works progress (地铁2、3、9号线工程进度) as no part of their names', () => {
    // Held-out set 373 (a city's construction plan, 2009); names changed.
    assert.deepEqual(projects('（2）地铁建设加快地铁2、3、9号线工程进度，在建里程59.2公里；（3）高速公路建设全力推进甲乙高速建设，年内丙丁高速建成通车。'), [
      ['地铁2号线', '在建'],
      ['地铁3号线', '在建'],
      ['地铁9号线', '在建'],
      ['甲乙高速', '在建'],
      ['丙丁高速', '通车'],
    ]);
    // A work named by its kind keeps its 工程 (`供水工程进度`).
    assert.deepEqual(projects('加快甲江水资源配置、乙经济圈规模化供水工程进度。').map((p) => p[0]), ['甲江水资源配置', '乙经济圈规模化供水工程']);
  });

  it('reads townships listed before the plants they each have (A乡（西区）、B街、C街污水处理厂改造维护, A乡、B街等八座污水处理厂提标升级) as those plants', () => {
    // Held-out set 392 (a district's sewage works, 2019); names changed.
    assert.deepEqual(projects('推进甲一乡（西区）、乙二街、丙三街污水处理厂改造维护。'), [
      ['甲一乡（西区）污水处理厂', '在建'],
      ['乙二街污水处理厂', '在建'],
      ['丙三街污水处理厂', '在建'],
    ]);
    assert.deepEqual(projects('推进甲一乡（东区）、丁四街、戊五街等八座污水处理厂提标升级。'), [
      ['甲一乡（东区）污水处理厂', '在建'],
      ['丁四街污水处理厂', '在建'],
      ['戊五街污水处理厂', '在建'],
    ]);
    // Streets listed are streets (`A街、B路、C大道`).
    assert.deepEqual(projects('建成甲乙二街、丙丁路、戊己大道。').map((p) => p[0]), ['甲乙二街', '丙丁路', '戊己大道']);
  });

  it('reads works a place has already secured (赣州市已争取A、B2021年开工建设) and works whose planning is studied (A、B的规划研究工作) as early', () => {
    // Held-out set 375 (news of a city's railways, 2020); names changed.
    assert.deepEqual(projects('同时，甲州市已争取乙梅铁路、丙赣铁路2021年开工建设。'), [
      ['乙梅铁路', '开工'],
      ['丙赣铁路', '开工'],
    ]);
    assert.deepEqual(projects('进一步推进丁郴铁路、戊鹰铁路的规划研究工作。'), [
      ['丁郴铁路', '前期'],
      ['戊鹰铁路', '前期'],
    ]);
  });

  it('reads a slogan of pursuing works (大抓产业、大抓项目、抓大项目) as no work', () => {
    // Fixture guizhou-2026-gwr-review-excerpt-b: the slogans listed before a programme in quotes.
    assert.deepEqual(projects('全力推进大抓产业、大抓项目、大抓招商经济工作“头号工程”。'), []);
  });

  it('splits two works joined by 和 (not two places one count covers), lets a run of short items share a suffix, and leaves out designations', () => {
    assert.deepEqual(
      projects('全力保障南山水电和东西铁路等重大工程建设。有序实施G101、G202、G303提质改造。扎实推进北湾自由贸易港建设。建成东街和西街两处市民公园。'),
      [
        ['南山水电', '在建'],
        ['东西铁路', '在建'],
        ['G101', '在建'],
        ['G202', '在建'],
        ['G303提质改造', '在建'],
        ['东街和西街', '竣工'],
      ],
    );
  });

  it('reads shops, markets, compounds and farms as works, 项目的实施 as a status, and no name holding a count of firms', () => {
    assert.deepEqual(
      projects('启动东方商城、华联超市、南湖广场项目建设。确保万家农贸市场投入运营。重点抓好中华园苑、西山文化城项目的实施。远山住宅小区年内完工。全面完成东屯、西屯等5个现代牧场建设任务。加快推进主城区12家老工业企业退城入园。'),
      [
        ['东方商城', '开工'],
        ['华联超市', '开工'],
        ['南湖广场项目', '开工'],
        ['万家农贸市场', '投入使用'],
        ['中华园苑', '在建'],
        ['西山文化城项目', '在建'],
        ['远山住宅小区', '竣工'],
        ['东屯现代牧场', '竣工'],
        ['西屯现代牧场', '竣工'],
      ],
    );
  });

  it('ends a list’s category at the 和 joining another task', () => {
    assert.deepEqual(projects('加快“雪山—圣湖”等精品景区和智慧旅游建设。'), [['雪山—圣湖精品景区', '在建']]);
  });

  it('reads the object of 把…作为, and leaves out firms listed before 等企业', () => {
    assert.deepEqual(projects('把北区体育馆建设作为头号工程全力推进。积极推进南港码头迁建、东华与西林煤矿等企业改造升级。'), [
      ['北区体育馆', '在建'],
      ['南港码头迁建', '在建'],
    ]);
  });

  it('keeps an item’s own 建设 out of its name, and a short item shares a long next name’s suffix', () => {
    assert.deepEqual(projects('加快南平至北平铁路建设、东港码头改造。建成桥头、河口支撑调节性火电。'), [
      ['南平至北平铁路', '在建'],
      ['东港码头改造', '在建'],
      ['桥头', '竣工'],
      ['河口支撑调节性火电', '竣工'],
    ]);
  });

  it('names mines and quoted lists, water transfers (引X济Y) and works taken into a plan’s scope, and reads 投产满产', () => {
    assert.deepEqual(projects('加快红柳、青石沟、白杨河等煤矿建设。'), [
      ['红柳煤矿', '在建'],
      ['青石沟煤矿', '在建'],
      ['白杨河煤矿', '在建'],
    ]);
    assert.deepEqual(projects('推动东岭机场群、西河高铁等“八大工程”纳入国家规划。推动华星、鼎泰等重大产业项目尽快投产满产。'), [
      ['东岭机场群', '规划'],
      ['西河高铁', '规划'],
      ['华星', '竣工投产'],
      ['鼎泰', '竣工投产'],
    ]);
    assert.deepEqual(projects('开展引清济河前期工作。争取东山水资源配置工程纳入国家水网骨干工程范围。'), [
      ['引清济河', '前期'],
      ['东山水资源配置工程', '规划'],
    ]);
  });

  it('splits A建设和B改造, reads 开展 and manner words before a verb, and leaves out verbs, slogans after a task and designations', () => {
    assert.deepEqual(projects('推动东湖大型灌区建设和西岭灌区、北坡灌区现代化改造。'), [
      ['东湖大型灌区', '在建'],
      ['西岭灌区', '在建'],
      ['北坡灌区现代化改造', '在建'],
    ]);
    assert.deepEqual(projects('市场化加快建设“两大快速通道”、青山新通道等公路。开展红石、黑水二回等通道前期工作。'), [
      ['青山新通道', '在建'],
      ['红石', '前期'],
      ['黑水二回', '前期'],
    ]);
    assert.deepEqual(
      projects(
        '统筹谋划储备、推介招引、建设运营一批项目。推动更多社会资本参与重大项目建设。扎实推进美丽乡村建设“千村示范”工程。' +
          '推进东部航运中心、北方国际科技创新中心建设。推进雪岭、南山国家公园建设。建设全国区域性先进制造业基地。深入推进省属高校交叉学科中心建设。',
      ),
      [],
    );
    assert.deepEqual(projects('完成南站“微改造”工程。'), [['南站“微改造”工程', '竣工']]);
  });

  it('reads 纳入…盘子, 努力 before a verb and 打造 before a list’s first item; leaves out 扩容 of a kind and a programme’s 新一轮', () => {
    assert.deepEqual(projects('努力推动北湖水资源配置、南岭存算产业基地等战略性工程纳入国家盘子。打造东湖生态廊道、西城历史文化街区等一批标志性项目。'), [
      ['北湖水资源配置', '规划'],
      ['南岭存算产业基地', '规划'],
      ['东湖生态廊道', ''],
      ['西城历史文化街区', ''],
    ]);
    assert.deepEqual(projects('加快东江航道整治、高速公路提质扩容等重大项目建设。实施新一轮南岭遗址传承发展工程。'), [['东江航道整治', '在建']]);
    assert.deepEqual(projects('做实重大项目前期工作。全面实施全域防洪治理工程。实施东湖航道扩能升级和西河流域水运提升工程。'), [
      ['东湖航道扩能升级', '在建'],
      ['西河流域水运提升工程', '在建'],
    ]);
  });

  it('reads 一要 as an opener, 对 before an object, a quarter as time, and lists of 综合体, 景区景点 and 项目的开发建设', () => {
    assert.deepEqual(projects('一要继续实施东河沿河景观工程。确保华龙700万吨露天矿一季度完成核准并开工建设。'), [
      ['东河沿河景观工程', '在建'],
      ['华龙700万吨露天矿', '开工'],
    ]);
    assert.deepEqual(projects('确保时代大厦、蓝海等商贸综合体开工建设。加快幸福里、金水湾等项目的开发建设。'), [
      ['时代大厦', '开工'],
      ['蓝海商贸综合体', '开工'],
      ['幸福里', '在建'],
      ['金水湾', '在建'],
    ]);
    assert.deepEqual(projects('重点推进北山度假城、东湖纪念园二期、西山生态景观区、南河湿地等景区景点建设。完成对胜利大街、西大街等主干道路的综合改造。'), [
      ['北山度假城', '在建'],
      ['东湖纪念园二期', '在建'],
      ['西山生态景观区', '在建'],
      ['南河湿地', '在建'],
      ['胜利大街', '竣工'],
      ['西大街', '竣工'],
    ]);
  });

  it('reads the review part’s statuses: 开通首发, 通车运行, 加快实施, 启动建设, 建成通水, 建成发电, 建成运营, 相继实施, 获批建设', () => {
    assert.deepEqual(reviewed('东线重点工程北河铁路开通首发，南城扩容、西岭等高速公路通车运行。华星半导体、东光第6代线等重大项目加快实施。'), [
      ['北河铁路', '通车'],
      ['南城扩容高速公路', '通车'],
      ['西岭高速公路', '通车'],
      ['华星半导体', '在建'],
      ['东光第6代线', '在建'],
    ]);
    assert.deepEqual(reviewed('惠及200万人的引清济河工程启动建设，东湖灌区一期工程建成通水。南岭、北峰等8座大中型水电站建成发电。东河铁路复线贯通带动山区驶入“动车时代”。'), [
      ['引清济河工程', '开工'],
      ['东湖灌区一期工程', '竣工'],
      ['南岭水电站', '竣工投产'],
      ['北峰水电站', '竣工投产'],
      ['东河铁路复线', '通车'],
    ]);
    assert.deepEqual(
      reviewed('东湖救援中心、南湖审评分中心等一批功能性项目相继实施。北山研究中心、东湖创新中心等一批重大科创平台建成运行。西线铁路、北江高铁等进出川大通道加快建设，东城集结中心获批建设。'),
      [
        ['东湖救援中心', '在建'],
        ['南湖审评分中心', '在建'],
        ['北山研究中心', '投入使用'],
        ['东湖创新中心', '投入使用'],
        ['西线铁路', '在建'],
        ['北江高铁', '在建'],
        ['东城集结中心', '前期'],
      ],
    );
    // Platforms strengthened are not works.
    assert.deepEqual(reviewed('做大做强南湖科技园等平台。'), []);
    assert.deepEqual(
      reviewed('东湖文化产业园项目扎实推进。华能300万吨露天矿项目已进入国家核准程序。鼎盛集团集中供热项目完成投资3.2亿元。成功引入南山度假城项目，一期工程开工建设。'),
      [
        ['东湖文化产业园项目', '在建'],
        ['华能300万吨露天矿项目', '前期'],
        ['鼎盛集团集中供热项目', '在建'],
        ['南山度假城项目', '签约'],
      ],
    );
    assert.deepEqual(reviewed('主题酒店、文化交流中心等工程主体完工。5个村的安全饮水工程顺利完工。供电、通讯、燃气等基础设施开工建设。'), []);
    assert.deepEqual(reviewed('东岭高铁南段、东城西站建成运营，南陵机场建成通航。北湖聚变实验装置提前进入总装。东岭、西山遗址博物馆建成开放。期盼多年的引汉入渭工程通水通航。'), [
      ['东岭高铁南段', '投入使用'],
      ['东城西站', '投入使用'],
      ['南陵机场', '通车'],
      ['北湖聚变实验装置', '在建'],
      ['东岭遗址博物馆', '投入使用'],
      ['西山遗址博物馆', '投入使用'],
      ['引汉入渭工程', '通车'],
    ]);
    assert.deepEqual(reviewed('实施“四大文化”研究工程。新建20座公共厕所、3座垃圾转运站以及停车场、城市标识等配套设施。'), []);
    assert.deepEqual(
      reviewed('陇电入湘工程具备核准条件。市场化建设“两大高速新通道”和南川新通道。甲地、乙地、丙地3县高速项目全部开工。北京大学附属医院东城医院即将建成。12栋沿街楼体亮化改造工程全部完工。'),
      [
        ['陇电入湘工程', '前期'],
        ['南川新通道', '在建'],
        ['甲地高速项目', '开工'],
        ['乙地高速项目', '开工'],
        ['丙地高速项目', '开工'],
        ['北京大学附属医院东城医院', '竣工'],
      ],
    );
    assert.deepEqual(reviewed('东林集团棚户区改造项目一期达到入住条件。南河沿河景观改造全面展开。'), [
      ['东林集团棚户区改造项目一期', '竣工'],
      ['南河沿河景观改造', '在建'],
    ]);
  });

  it('leaves out programmes (a list with a 行动 or 计划, improvement 工程 with no place) and kinds of works (一批…, parks by type, computing centres, designations)', () => {
    assert.deepEqual(
      projects('实施种业振兴、耕地质量提升、新一轮粮食产能提升行动。实施土壤污染源头防控、固体废物综合治理等行动。实施公民道德建设工程、公民法治素养提升行动。实施康复护理扩容提升工程。推进城中村和危旧房改造。推进重点行业节能降碳改造。'),
      [],
    );
    assert.deepEqual(
      projects('推进生态廊道、自然公园、郊野公园、口袋公园等建设。大力推进算力中心建设。开工建设一批海上风电、核电和抽水蓄能项目。推动更多企业增资扩产项目、上市公司募投项目落地建设。加快建设综合性国家科学中心。'),
      [],
    );
    // A place in the name keeps an improvement work: `…江堤防提升工程`.
    assert.deepEqual(projects('实施清水江堤防提升工程。'), [['清水江堤防提升工程', '在建']]);
  });

  it('reads 投用, 稳产达产, 有序实施 and 纳规 as statuses, a name after its dash or after 国内首个, and a short route sharing a long item\'s kind', () => {
    assert.deepEqual(reviewed('临江机场航站楼投用。东海石化一期稳产达产。国内首个风光储一体化工程——陇西到东海特高压直流工程投运。甲石化、乙化学新材料等重大项目有序实施。'), [
      ['临江机场航站楼', '投入使用'],
      ['东海石化一期', '竣工投产'],
      ['陇西到东海特高压直流工程', '投入使用'],
      ['甲石化', '在建'],
      ['乙化学新材料', '在建'],
    ]);
    assert.deepEqual(projects('积极推动甲乙、戊至己、庚辛壬铁路纳规。投运甲乙、海阳某某核电送出特高压工程。建成国内首个省域特高压双环网。'), [
      ['甲乙铁路', '规划'],
      ['戊至己铁路', '规划'],
      ['庚辛壬铁路', '规划'],
      ['甲乙', '投入使用'],
      ['海阳某某核电送出特高压工程', '投入使用'],
      ['省域特高压双环网', '竣工'],
    ]);
  });

  it('reads works after the places that build them (等市), after two years, and science facilities, blocks, universities and river crossings as works', () => {
    assert.deepEqual(
      projects('支持甲乙、丙丁等市推进某某港二期、戊己机场等重大项目。实施“某省交旅1号工程”。2027年、2028年分别建成甲乙、乙丙高铁。'),
      [
        ['某某港二期', ''],
        ['戊己机场', ''],
        ['甲乙高铁', '竣工'],
        ['乙丙高铁', '竣工'],
      ],
    );
    assert.deepEqual(
      projects('推进甲乙材料研究设施、丙丁试验设施建设。大力推进紫金山科创基金街区建设。建成江阴靖江等过江通道。高标准建设盐城、常州零碳园区。规划建设渤海湾动力产业城。加快空天信息大学筹建。加快充电设施建设。'),
      [
        ['甲乙材料研究设施', '在建'],
        ['丙丁试验设施', '在建'],
        ['紫金山科创基金街区', '在建'],
        ['江阴靖江过江通道', '竣工'],
        ['盐城零碳园区', '在建'],
        ['常州零碳园区', '在建'],
        ['渤海湾动力产业城', '前期'],
        ['空天信息大学', '前期'],
      ],
    );
    // Two short names joined by 和 in a list of a kind that goes by name; 以及 opens a clause.
    assert.deepEqual(projects('加快甲乙、丙丁等6条高铁，京港澳和沪昆扩容、张官等17条高速公路，以及梅山灌区、金塘冲水库等重大水利工程建设。'), [
      ['甲乙高铁', '在建'],
      ['丙丁高铁', '在建'],
      ['京港澳高速公路', ''],
      ['沪昆扩容高速公路', ''],
      ['张官高速公路', ''],
      ['梅山灌区', '在建'],
      ['金塘冲水库', '在建'],
    ]);
    assert.deepEqual(reviewed('苏州实验室获批全面展开建设，紫金山、太湖等实验室加快建设。改扩建京沪高速新沂至江都段。'), [
      ['苏州实验室', '在建'],
      ['紫金山实验室', '在建'],
      ['太湖实验室', '在建'],
      ['京沪高速新沂至江都段', '在建'],
    ]);
  });

  it('ends a clause at a 、 after a status, and reads 投产送电, 落地, 启动, 交付使用, 投入商业运行, 试营业, 具备竞赛条件 and 完成规划设计 as statuses', () => {
    assert.deepEqual(
      reviewed('大兴寨水库大坝封顶、椒花水库下闸蓄水。宁电入湘工程投产送电，益阳电厂三期建成投产、总装机达386万千瓦。苍狼白鹿冰雪运动基地建成并承接了国家级赛事。国网信通华为大数据中心项目正式落地，呼伦贝尔政务云中心已经启动。金色大厅维修改造工程按时交付使用。漳州核电一期投入商业运行。'),
      [
        ['大兴寨水库大坝', '封顶'],
        ['椒花水库', ''],
        ['宁电入湘工程', '竣工投产'],
        ['益阳电厂三期', '竣工投产'],
        ['苍狼白鹿冰雪运动基地', '竣工'],
        ['国网信通华为大数据中心项目', '签约'],
        ['呼伦贝尔政务云中心', '开工'],
        ['金色大厅维修改造工程', '投入使用'],
        ['漳州核电一期', '投入使用'],
      ],
    );
    assert.deepEqual(
      reviewed('智慧城市一期项目进展顺利。海悦城项目一期、某某商贸综合体项目已部分试营业。第十四届全国冬运会主场馆一期已具备竞赛条件。某某现代农牧业产业园完成总体规划设计。甲乙大桥（甲方段）建设加快推进。'),
      [
        ['智慧城市一期项目', '在建'],
        ['海悦城项目一期', '投入使用'],
        ['某某商贸综合体项目', '投入使用'],
        ['第十四届全国冬运会主场馆一期', '竣工'],
        ['某某现代农牧业产业园', '前期'],
        ['甲乙大桥（甲方段）', '在建'],
      ],
    );
    // With their investment, works said to be upgraded are works; `完成了` after the money says the work is done.
    assert.deepEqual(reviewed('投资6462万元对成吉思汗广场、苏军烈士陵园升级改造。投资1.2亿元完成了机场路护坡改造。'), [
      ['成吉思汗广场', '在建'],
      ['苏军烈士陵园', '在建'],
      ['机场路护坡改造', '竣工'],
    ]);
  });

  it('leaves out quantities, firms counted in words, descriptions, agreements and numbered slogans', () => {
    assert.deepEqual(
      reviewed('投资4890万元实施10蒸吨以下燃煤锅炉改造，完成污水管线2847米。西山保护区三家污染企业搬迁完成。逐步形成东西外环绕城、新老城区贯通、内畅外连的路网格局。甲乙丙丁大宗商品骨干流通走廊等50余个合作事项扎实落地。推进“一带一路”建设。扎实推进“五好”园区建设。大力实施“五千工程”。加快奥体中心、体育训练基地等项目建设。'),
      [['奥体中心', '在建']],
    );
  });

  it('reads runways, new lines and a named work\'s siblings before one status; leaves out generic siblings, fields and firsts', () => {
    assert.deepEqual(
      projects('甲乙国际机场东二跑道投入使用。协调推进中越准轨铁路连接线、界河公路大桥建设。推动绿电直连、虚拟电厂等建设。聚焦新质生产力、新型城镇化等重点领域谋划实施项目。科学合理布局5G-A、算力等新型基础设施项目。有序推进城市更新、农村基础设施和公共服务项目建设。'),
      [
        ['甲乙国际机场东二跑道', '投入使用'],
        ['中越准轨铁路连接线', '在建'],
        ['界河公路大桥', '在建'],
      ],
    );
    assert.deepEqual(
      reviewed('大保、丽香等新线投入运营。白鹤滩水电站等大国重器投产发电。赣南实验室启动运行。首个数据资产盘活项目、首单崩岗治理新增耕地指标交易落地。大唐1830化肥、大唐5万千瓦风电项目按期完工。喜来登、洲际酒店项目顺利签约。新建的区人民医院相继投入使用。谋划多年、惠及3400万人的引大济岷工程启动建设。确保中心城区68公里供水、雨水管网二期工程按期竣工。'),
      [
        ['大保新线', '投入使用'],
        ['丽香新线', '投入使用'],
        ['白鹤滩水电站', '竣工投产'],
        ['赣南实验室', '投入使用'],
        ['大唐1830化肥', '竣工'],
        ['大唐5万千瓦风电项目', '竣工'],
        ['喜来登', '签约'],
        ['洲际酒店项目', '签约'],
        ['区人民医院', '投入使用'],
        ['引大济岷工程', '开工'],
        ['雨水管网二期工程', '竣工'],
      ],
    );
  });

  it('leaves out slogans listed in quotes, size-class bases, works used or under way as a kind, and governance', () => {
    assert.deepEqual(
      projects('实施“新时代、新广西、新人物、新故事”文艺创作工程。实施高校“攀高峰、强特色”工程。推进沿海核电、辽西风光、储能四大千万千瓦级清洁能源基地建设。用好“一带一路”国际技术转移中心。推进精细治理。实施市政设施加固补强工程。支持更多民间资本参与交通、能源、水利、农业农村等重大项目建设。推进在建抽水蓄能电站建设。推进人工智能实验室建设。推进中型灌区现代化改造。'),
      [],
    );
    assert.deepEqual(reviewed('建成首座抽水蓄能电站。'), []);
  });

  it('reads 交工投用, 获批, 铺轨贯通, 开通运行, 通过行业验收 and national roads; leaves out improvement programmes over places and what is run', () => {
    assert.deepEqual(
      projects('推动甲乙高铁、丙丁都市圈环线交工投用。因地制宜建设大型智算中心。提升A级旅游景区。一要实施城乡居民增收工程。二要实施稳岗扩容提质工程。运营好国家区域医疗中心。实施矛盾纠纷多元化解工程。实施满洲里、二连浩特等重点口岸提升工程。'),
      [
        ['甲乙高铁', '投入使用'],
        ['丙丁都市圈环线', '投入使用'],
      ],
    );
    assert.deepEqual(
      reviewed('甲乙高铁全线铺轨贯通，丙丁铁路开工建设。甲乙灌溉二期工程获批。集大原高铁、包银高铁开通运行。沿边331国道全线贯通。全区首座4F级盛乐国际机场通过行业验收。'),
      [
        ['甲乙高铁', '通车'],
        ['丙丁铁路', '开工'],
        ['甲乙灌溉二期工程', '前期'],
        ['集大原高铁', '通车'],
        ['包银高铁', '通车'],
        ['沿边331国道', '通车'],
        ['盛乐国际机场', '竣工'],
      ],
    );
  });

  it('reads retail markets, flagship stores and offices as works, 扶持 as a verb, and leaves out generic service and startup parks', () => {
    assert.deepEqual(projects('确保万隆农贸批发零售市场、星光主力店年内投入运营。年内完成税务局综合业务用房建设。重点扶持非公经济创业园建设。'), [
      ['万隆农贸批发零售市场', '投入使用'],
      ['星光主力店', '投入使用'],
      ['税务局综合业务用房', '竣工'],
      ['非公经济创业园', '在建'],
    ]);
    assert.deepEqual(projects('年内完成起步区道路、供电等基础设施建设。加快中小微企业创业园建设。加快推进奶源基地建设。'), []);
  });

  it('reads 持续 before a verb, theatres, processing facilities and ports of entry as works, 开放, 启用 and 招生 as statuses, a long name with its stretch in parentheses', () => {
    assert.deepEqual(projects('持续推进青石湾现代农业产业园建设。建成开放东湖大剧院。建成桃溪二期污水处理设施。推动南岭机场航空口岸正式开放。全面完成长河重点生态区（东西江流域）历史遗留废弃矿山生态修复示范工程建设。'), [
      ['青石湾现代农业产业园', '在建'],
      ['东湖大剧院', '投入使用'],
      ['桃溪二期污水处理设施', '竣工'],
      ['南岭机场航空口岸', '投入使用'],
      ['长河重点生态区（东西江流域）历史遗留废弃矿山生态修复示范工程', '竣工'],
    ]);
    assert.deepEqual(reviewed('北湖音乐厅建成启用。东山大学南校区、西林学院等4所高校实现招生。新建南岭天然气管道惠及50万群众。'), [
      ['北湖音乐厅', '投入使用'],
      ['东山大学南校区', '投入使用'],
      ['西林学院', '投入使用'],
      ['南岭天然气管道', '开工'],
    ]);
  });

  it('leaves out programmes of protection and development, city roles, counted rooms and category-only governance', () => {
    assert.deepEqual(
      projects('实施湿地多样性保护重大工程。实施中医药振兴发展工程。加快建设东川省域副中心。持续推进高层建筑消防安全治理。持续推进燃煤锅炉和“散乱污”企业整治。完成雨污混接和入河入海排污口整治。建设大规模长距离输氢管道。推进集约智能口岸建设。'),
      [],
    );
    assert.deepEqual(reviewed('完成2.3万间中小学教室照明改造。'), []);
    // Places bidding for a title, pollutants at their source, a slogan's base and a kind's 续建配套 name no works; a named 灌区 does.
    assert.deepEqual(projects('推进东山、西岭等创建国家5A级旅游景区。推进新污染物源头治理。加快“风光海”新能源基地建设。加快推进大中型灌区续建配套和现代化改造。'), []);
    assert.deepEqual(projects('加快推进南川灌区续建配套。'), [['南川灌区续建配套', '在建']]);
  });

  it('reads a list said to open or run (开工或通车), road numbers, networks, port areas, power sent between provinces after its description; leaves out results put to use and 创新工程', () => {
    assert.deepEqual(reviewed('甲乙高铁、丙丁高速宁东段和戊己黄河特大桥等交通项目开工或通车。东岭高铁、G215通车。“十”字形高铁网全面建成。南口港西作业区开港运营。全国首条新能源外送通道“晋电入湘”工程建成投运。'), [
      ['甲乙高铁', '通车'],
      ['丙丁高速宁东段', '通车'],
      ['戊己黄河特大桥', '通车'],
      ['东岭高铁', '通车'],
      ['G215', '通车'],
      ['“十”字形高铁网', '竣工'],
      ['南口港西作业区', '投入使用'],
      ['“晋电入湘”工程', '投入使用'],
    ]);
    assert.deepEqual(reviewed('新型火箭燃料、高铁联系枕梁等一批原创性成果应用于国家重大工程。实施文旅创新工程。积极推进外电入豫，优化电网结构。'), []);
  });

  it('reads 开诊, 投产增效, 通车运营, 入轨运行 and 试运转 as statuses, a status before 、 as the end of a clause, and 期盼已久的 as a description', () => {
    assert.deepEqual(
      reviewed('甲湖医院东院区、中心妇产西院区等开诊。乙科宇航电源、启明芯动力等投产增效。南京地铁19号线通车运营。联科创新园正式启用、产业园扩能发力。群众期盼已久的黄河碛口水利枢纽工程开工建设。高温材料海河实验室入轨运行。红石等11处煤矿建成试运转。'),
      [
        ['甲湖医院东院区', '投入使用'],
        ['中心妇产西院区', '投入使用'],
        ['乙科宇航电源', '竣工投产'],
        ['启明芯动力', '竣工投产'],
        ['南京地铁19号线', '通车'],
        ['联科创新园', '投入使用'],
        ['黄河碛口水利枢纽工程', '开工'],
        ['高温材料海河实验室', '投入使用'],
        ['红石煤矿', '竣工'],
      ],
    );
  });

  it('reads status words built from a step and an outcome (下闸蓄水, 试通水, 建成亮相, 焕新亮相) and outcomes said alone (开园, 开馆, 闭合)', () => {
    assert.deepEqual(
      reviewed('南庄水利枢纽下闸蓄水。西线马镇引水工程试通水。北湖启动区示范段建成亮相。东城新民大街等历史街区焕新亮相。东湖湿地公园正式开园。滨江美术馆开馆。城东环线实现闭合。'),
      [
        ['南庄水利枢纽', ''],
        ['西线马镇引水工程', ''],
        ['北湖启动区示范段', '竣工'],
        ['东城新民大街', '投入使用'],
        ['东湖湿地公园', '投入使用'],
        ['滨江美术馆', '投入使用'],
        ['城东环线', '竣工'],
      ],
    );
  });
  it('reads works named at the start of a clause before what the report says of them, and leaves categories', () => {
    assert.deepEqual(
      reviewed('南江机场成为全省首个双跑道机场。东港快线、东港城际衔接升级，北湖科技园新增入驻企业132家。西河干流堤防全线达标。红岭铁路开行旅客列车。'),
      [
        ['南江机场', ''],
        ['东港快线', ''],
        ['东港城际', ''],
        ['北湖科技园', ''],
        ['西河干流堤防', ''],
        ['红岭铁路', ''],
      ],
    );
    // Kinds, counts, measures and coverage: no work is named.
    assert.deepEqual(reviewed('老年医院实现市域全覆盖。15条高速公路建成通车。江海堤防达标率提高到80%。教育重点项目完成投资1205万元。国家自然科学基金项目获批立项数增长17.9%。全省机场成为区域枢纽。'), []);
  });
  it('reads a list closed by 等 whose category is followed by what the report says of it, or stands without one', () => {
    assert.deepEqual(reviewed('南岭绿色储能、北湖智慧产业园等深化布局。东方芯片、西山集团新材料等外资项目落地投产。青溪寨等一批存量旅游项目实现盘活。中国远航、中国华泰总部等标志性疏解项目迁驻运营。'), [
      ['南岭绿色储能', ''],
      ['北湖智慧产业园', ''],
      ['东方芯片', '竣工投产'],
      ['西山集团新材料', '竣工投产'],
      ['青溪寨', ''],
      ['中国远航', '投入使用'],
      ['中国华泰总部', '投入使用'],
    ]);
    // Progress said in words no status list holds: `续建顺利`, `积极推进`, `落户…`.
    assert.deepEqual(reviewed('北岭铁路客运专线、东山抽水蓄能电站等项目续建顺利。南湖集团二期矿泉水、西河工业园等项目积极推进。甲乙新能源专用车、年产50万吨纯净水等一批项目落户本县。'), [
      ['北岭铁路客运专线', '在建'],
      ['东山抽水蓄能电站', '在建'],
      ['南湖集团二期矿泉水', '在建'],
      ['西河工业园', '在建'],
      ['甲乙新能源专用车', '签约'],
      ['年产50万吨纯净水', '签约'],
    ]);
  });
  it('names no works in lists of fields, national titles counted over places, counted verbs and programmes', () => {
    assert.deepEqual(projects('持续推进钢铁、水泥、焦化等行业超低排放改造。加快南关、北塘等10个国家物流枢纽建设。实施涉钢、石化企业深度治理工程。'), []);
    assert.deepEqual(reviewed('完成新建、重组11家全国重点实验室。'), []);
  });
  it('names no works in aspirations, events, counted titles, designations, support facilities, activity lists and programmes', () => {
    noWorks([
      '扎实推进世界一流大学、世界一流学科建设。',
      '建设5大文旅基地。',
      '建好北山、南岭世界地质公园。',
      '完善生态廊道、巡护路网、应急通道等配套设施。',
      '全链条推进先进能源、新能源汽车、机器人等重点项目。',
      '深入推进特殊引才计划和关键人才工程。',
      '推进东山、西山等县域一体化生活垃圾焚烧处理设施建设。',
      '全面完成病险水库除险加固和城乡震损房除险改造。',
    ]);
    assert.deepEqual(reviewed('东岭论坛国际合作项目落地启动。'), []);
    assert.deepEqual(reviewed('实施东沙河、西苦河等综合治理工程150多个。'), [
      ['东沙河', '在建'],
      ['西苦河', '在建'],
    ]);
  });
  it('reads a status said of each listed work, a work described by a superlative or by any words ending in 的, and drops a generic partner joined by 及', () => {
    assert.deepEqual(projects('推进正阳门城楼开放、永定门城楼修缮。'), [
      ['正阳门城楼', '投入使用'],
      ['永定门城楼修缮', '在建'],
    ]);
    assert.deepEqual(reviewed('亚洲最大专业货运机场花湖国际机场投入运营，全国电源规模最大、新能源占比最高的格尔木东清洁能源基地开工建设。'), [
      ['花湖国际机场', '投入使用'],
      ['格尔木东清洁能源基地', '开工'],
    ]);
    assert.deepEqual(reviewed('总书记亲自部署亲自推动的雅下水电工程开工建设。'), [['雅下水电工程', '开工']]);
    assert.deepEqual(projects('加快内环北路及项目周边市政管网等配套建设。'), [['内环北路', '在建']]);
  });
  it('takes a long item without a work noun listed before a named work whose building is said, not a short place', () => {
    assert.deepEqual(projects('加快青溪水资源配置、白石灌区、东湾规模化供水工程进度。'), [
      ['青溪水资源配置', '在建'],
      ['白石灌区', '在建'],
      ['东湾规模化供水工程', '在建'],
    ]);
    assert.deepEqual(projects('加快产业转型、丙丁产业园建设。'), [['丙丁产业园', '在建']]);
  });
  it('splits at 及 after a work of a kind that goes by name, unless what follows is that work\'s part', () => {
    assert.deepEqual(reviewed('南湖高铁主体工程、东川高铁及白沙港二期开工建设。'), [
      ['南湖高铁主体工程', '开工'],
      ['东川高铁', '开工'],
      ['白沙港二期', '开工'],
    ]);
    assert.deepEqual(projects('开工建设甲乙至丙丁铁路及戊己铁路扩能改造。'), [
      ['甲乙至丙丁铁路', '开工'],
      ['戊己铁路扩能改造', '开工'],
    ]);
    assert.deepEqual(projects('推动青石水库及配套灌溉工程立项审批。'), [['青石水库及配套灌溉工程', '前期']]);
  });
  it('reads statuses made of a step and running (投产运营), 提前 and 提速, and canals, ports of entry and launch sites as works', () => {
    assert.deepEqual(projects('推进南宁国际通信业务出入口局投产运营，全力确保平陆运河建成通航。'), [
      ['南宁国际通信业务出入口局', '投入使用'],
      ['平陆运河', '通车'],
    ]);
    assert.deepEqual(reviewed('沿江高铁渝宜段提速建设，西延高铁和眉太、岚皋至陕渝界等4条高速公路提前建成通车，商业航天发射场建成。'), [
      ['沿江高铁渝宜段', '在建'],
      ['西延高铁', '通车'],
      ['眉太高速公路', '通车'],
      ['岚皋至陕渝界高速公路', '通车'],
      ['商业航天发射场', '竣工'],
    ]);
  });
  it('names no works in trades, ideologies, slogans renewed, corridors of trade and categories of heating, plant or estate', () => {
    noWorks([
      '高质量推进水泥行业超低排放改造。',
      '高水平建设习近平新时代中国特色社会主义思想研究中心。',
      '推进“三区一村”更新改造。',
      '加快晋冀鲁豫大宗商品骨干流通走廊建设。',
      '实施城乡清洁供热取暖工程。',
      '加快推进工业园区老化管道改造等项目。',
      '全面完成存量煤电项目优化改造。',
      '全面推进非住宅类房屋整治。',
      '积极支持建设基层综合治理中心、营商环境法治工作中心。',
    ]);
  });
  it('names no works in national cultural parks, whole-area programmes and programmes of the people\'s heart', () => {
    noWorks(['建成用好长城、长征、黄河国家文化公园。', '积极推进全域河湖生态保护综合治理工程。', '持续实施民心工程。']);
  });
  it('reads schools opened to students, bonded zones in operation, approvals of the state and works named after a size class', () => {
    assert.deepEqual(reviewed('东方理工大学建校招生，衢州综保区封关运作，三门核电三期项目获国家核准，30万吨级条帚门航道建成投运。'), [
      ['东方理工大学', '投入使用'],
      ['衢州综保区', '投入使用'],
      ['三门核电三期项目', '前期'],
      ['30万吨级条帚门航道', '投入使用'],
    ]);
    assert.deepEqual(reviewed('杭州职业技术大学、宁波职业技术大学获批升本。'), []);
  });
  it('names no works in improvements of a generic work, land consolidation, whole-landscape programmes and a great many works', () => {
    noWorks(['全面完成单村水站改造提升。', '深入推进土地综合整治。', '高质量实施山水林田湖草一体化保护和系统治理工程。', '一大批重大工程加快实施。'], reviewed);
  });
  it('names no works in programmes of education, culture, skills, safety or soil and water, nor in research and cooperation projects', () => {
    noWorks([
      '实施新时代立德树人工程。',
      '实施文艺精品创作工程、职业技能提升行动。',
      '持续推进平安校园、平安医院建设。',
      '推进扬尘污染精细治理和网上网下协同治理。',
      '实施坡耕地治理、新建淤地坝、小流域综合治理。',
      '实施中亚联合考古、中法文化遗产保护研究等国际合作项目。',
      '推动示范性公办托育综合服务中心建设。',
    ]);
    assert.deepEqual(projects('推进南苑、北中轴等大尺度郊野公园建设，加快安定医院选址建设。'), [
      ['南苑', '在建'],
      ['北中轴大尺度郊野公园', '在建'],
      ['安定医院', '前期'],
    ]);
  });
  it('names no works in fields that end like a work noun, heritage programmes or hospitals of a grade, and reads 开建 as started, 招商进度 and 建设步伐 as under way, and a level\'s own hospital as a work', () => {
    noWorks([
      '加快新材料、新能源、人工智能、集成电路、生物制药等技术研发和转化。',
      '实施中华优秀传统文化传承发展工程。',
      '推动市级三甲医院、急诊急救中心建设。',
    ]);
    assert.deepEqual(reviewed('贺兰山全民（冰雪）健身中心开建。'), [['贺兰山全民（冰雪）健身中心', '开工']]);
    assert.deepEqual(projects('启动区医院扩建工程，推进市疾控中心新址建设。'), [
      ['区医院扩建工程', '开工'],
      ['市疾控中心新址', '在建'],
    ]);
    assert.deepEqual(projects('推进海拉尔区国际快件电商物流园项目招商进度，加快东山机场建设步伐。'), [
      ['海拉尔区国际快件电商物流园项目', '在建'],
      ['东山机场', '在建'],
    ]);
  });
  it('names no works in quoted programmes, programmes of doubling or training, and kinds of parks, corridors and pilot centres', () => {
    noWorks([
      '推进完整社区、口袋公园、“温暖工程”建设。',
      '实施外贸规模和主体倍增工程。',
      '实施科技领军人才引进和青年科技人才培养项目。',
      '加快现代农业产业园、产业强镇建设。',
      '推进国际运输走廊建设。',
      '建设10家以上中试平台、概念验证中心。',
    ]);
  });
  it('names no works in programmes that raise people, culture or firms wherever they are, programmes coded by numbers, lists of industries or designations, and corridors, tourist islands and centres of exchange', () => {
    noWorks([
      '实施新时代湖湘工匠培育工程。',
      '实施先进制造业集群培育壮大工程、新产业标准化领航工程。',
      '实施放心消费“百千万”工程，实施“1131”数字政府基础平台提升工程。',
      '持续推进粮油、果蔬、茶叶等千亿特色产业升级工程。',
      '“甲乙丙”新能源、“丁戊”光电子等产业走廊加快建设。',
      '加快建设巴山文化旅游走廊，推进天府大道科创大走廊建设，推进某岛国际旅游岛建设。',
      '高水平建设中部国际交往中心，加快培育国家技术创新中心、制造业创新中心。',
    ]);
  });
  it('names no works in a 工程 of nothing physical, and keeps one of water, power, land or buildings', () => {
    noWorks(['实施职教兴滇工程、高教突破工程。', '持续实施青少年“筑基”工程，全面实施地方金融监管一体化工程。', '专门安排财政资金75亿元加快项目落地建设。']);
    assert.deepEqual(projects('实施南北山绿化工程、湘黔背靠背联网工程、引洮延伸增效工程、成德公故居修缮工程。'), [
      ['南北山绿化工程', '在建'],
      ['湘黔背靠背联网工程', '在建'],
      ['引洮延伸增效工程', '在建'],
      ['成德公故居修缮工程', '在建'],
    ]);
  });
  it('names no works in open hubs, new areas, sections of national parks, equity deals or bases and hubs of a kind; reads named works whose building is supported', () => {
    noWorks([
      '持续推进虹桥国际开放枢纽建设，加力建设自贸试验区及临港新片区，推进武夷山国家公园（江西片区）建设。',
      '万华科威特石化股权合作等重大外资项目落地。',
      '建设大健康产业基地、绿色农产品和有机食品加工基地。',
      '加强国际邮政快递枢纽建设，持续推进燃气、排水防涝等城市生命线安全工程。',
      '支持企业技术中心建设。',
    ]);
    assert.deepEqual(projects('支持中新济南未来产业城、中新绿色科技研究院建设。'), [
      ['中新济南未来产业城', '在建'],
      ['中新绿色科技研究院', '在建'],
    ]);
  });
  it('names no works in bases, lines and services of a kind, institutions of arbitration or schools of a type; reads an experimental reactor as a work', () => {
    noWorks([
      '建设优质农产品供应基地、寒地果蔬生产基地。',
      '加快海南国际商事仲裁中心建设。',
      '推进沿边铁路、氢基能源项目建设。',
      '建设省级现代产业学院，办好专门学校。',
      '推进烂尾楼治理，建设城市绿廊绿道。',
    ]);
    assert.deepEqual(reviewed('钍基熔盐实验堆建成运行。'), [['钍基熔盐实验堆', '投入使用']]);
  });
  it('reads a national centre named by its subject as a work, and one named by a kind as none', () => {
    assert.deepEqual(projects('加快建设国家深海科考中心、国家磁悬浮计量测试中心。'), [
      ['国家深海科考中心', '在建'],
      ['国家磁悬浮计量测试中心', '在建'],
    ]);
    noWorks(['推进国家区域医疗中心、国家医学中心建设。', '加快国家储备粮源基地、国家骨干冷链物流基地建设。']);
  });
  it('reads works after 高品质, 提档 and 申建, with a type in parentheses, listed by their sites before a kind of museum, and 加快筹建 as preparation', () => {
    assert.deepEqual(projects('高品质建设长江国家文化公园（甲段）。提档建设钓鱼城考古遗址公园。申建芜湖空港保税物流中心（B型）。推进武王墩、李三孤堆等遗址博物馆建设。'), [
      ['长江国家文化公园（甲段）', '在建'],
      ['钓鱼城考古遗址公园', '在建'],
      ['芜湖空港保税物流中心（B型）', '前期'],
      ['武王墩遗址博物馆', '在建'],
      ['李三孤堆遗址博物馆', '在建'],
    ]);
    assert.deepEqual(reviewed('广安理工学院加快筹建，福州大学获批设置临床医学本科专业。'), [['广安理工学院', '前期']]);
  });
  it('reads a draft typed with half-width marks as one typed with full-width marks, and leaves numbers alone', () => {
    const full = '投资1.27亿元的公路客运总站基本完工，投资1,000万元的甲乡卫生院（二期）建成投用；开工建设乙县水库、丙河大桥等项目。';
    const half = full.replace(/，/g, ',').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
    assert.equal(half.includes('1,000'), true);
    // Names are quoted from the text as written.
    const asFull = reviewed(half).map(([name, stage]) => [name!.replace('(', '（').replace(')', '）'), stage]);
    assert.deepEqual(asFull, reviewed(full));
    assert.deepEqual(reviewed(half), [
      ['公路客运总站', '竣工'],
      ['甲乡卫生院(二期)', '投入使用'],
      ['乙县水库', '开工'],
      ['丙河大桥', '开工'],
    ]);
  });
  it('reads works built one after another (先后建成), an industrial area, 加速推进 as progress, and works planned (规划) sharing the kind of the last', () => {
    assert.deepEqual(reviewed('甲桥国际机场和乙华山机场先后建成。'), [
      ['甲桥国际机场', '竣工'],
      ['乙华山机场', '竣工'],
    ]);
    assert.deepEqual(reviewed('甲石油炼化一体化项目和乙南海石化工业区全面启动，丙安银行总部大楼等96个在建项目加速推进。'), [
      ['甲石油炼化一体化项目', '开工'],
      ['乙南海石化工业区', '开工'],
      ['丙安银行总部大楼', '在建'],
    ]);
    assert.deepEqual(projects('规划丙江、丁恭河、戊弓河生态护岸工程。'), [
      ['丙江生态护岸工程', '规划'],
      ['丁恭河生态护岸工程', '规划'],
      ['戊弓河生态护岸工程', '规划'],
    ]);
  });
  it('reads 全线贯通 before a name, routes written with a hyphen, 开复工 and a half-year before a status', () => {
    assert.deepEqual(projects('全线贯通甲合杭高铁，开工建设乙阳-淮北、丙安-安庆铁路。推动丁准化厂房二期、戊子参小微园上半年投用。'), [
      ['甲合杭高铁', '通车'],
      ['乙阳-淮北铁路', '开工'],
      ['丙安-安庆铁路', '开工'],
      ['丁准化厂房二期', '投入使用'],
      ['戊子参小微园', '投入使用'],
    ]);
    assert.deepEqual(reviewed('己化工搬迁改造、庚林师范大学“双创”中心等项目开复工建设。'), [
      ['己化工搬迁改造', '开工'],
      ['庚林师范大学“双创”中心', '开工'],
    ]);
  });
  it('reads 取得实质性进展 as progress, funds listed before their projects as none, and urban categories as generic', () => {
    assert.deepEqual(projects('推动甲广铁路东移、G240湖底隧道、乙岳九铁路等取得实质性进展。'), [
      ['甲广铁路东移', '在建'],
      ['G240湖底隧道', '在建'],
      ['乙岳九铁路', '在建'],
    ]);
    noWorks(['抓好城市快速路、公交专用道、城区盲肠路拉通等基础设施建设。', '加强5G基站、物联网等信息网络基础设施建设。']);
    // A firm listed as one of the projects stands for its project; a fund is money, not a work.
    assert.deepEqual(reviewed('省丙发集团、丁江创投、丁江产投基金等3个百亿级项目成功落地。'), [['省丙发集团', '签约']]);
  });
  it('pairs straight quotes, keeps grades counted out of lists, and reads works after a quoted programme, 一体抓好 or 力促, or listed with a route', () => {
    assert.deepEqual(reviewed('甲省水利"一号工程"乙岩水利枢纽工程大坝封顶，全市二、三级医院一半以上的专家号源优先向社区卫生服务中心开放。'), [['乙岩水利枢纽工程大坝', '封顶']]);
    assert.deepEqual(projects('一体抓好丙河干流丁段防洪提升工程建设。力促戊参中药材项目竣工投产。开工建设己庚市域铁路和辛集至壬田等高速公路。'), [
      ['丙河干流丁段防洪提升工程', '在建'],
      ['戊参中药材项目', '竣工投产'],
      ['己庚市域铁路', '开工'],
      ['辛集至壬田高速公路', '开工'],
    ]);
    noWorks(['加快纳入"十四五"规划等重大项目开工建设。', '大力推进水风光重大能源项目建设。']);
  });
  it('reads 动工 and a grid connection as statuses, an improvement of a named road as a work, and a work named after its amount', () => {
    assert.deepEqual(reviewed('甲科技园产业集聚中心全面动工；乙能20万千瓦风电成功并网，丙村供水管网延伸并网；超百亿元水利工程丁里水库开工。'), [
      ['甲科技园产业集聚中心', '开工'],
      ['乙能20万千瓦风电', '投入使用'],
      ['丁里水库', '开工'],
    ]);
    assert.deepEqual(projects('加快京港澳高速扩容工程建设。实施薄弱学校提升工程。'), [['京港澳高速扩容工程', '在建']]);
  });
  it('reads named roads listed before 断头路 as works, and firms listed before their projects, or the year\'s projects, as none', () => {
    assert.deepEqual(projects('打通甲村西巷、惠民街等19条“断头路”。'), [
      ['甲村西巷', '通车'],
      ['惠民街', '通车'],
    ]);
    noWorks(['打通断头路、修复坑洼路。', '确保2018年签约项目全面开工。']);
    assert.deepEqual(reviewed('甲药业、乙制药等老牌企业裂变项目4个；丙药品生产、丁健医药自动化物流仓库等4个项目顺利竣工。'), [
      ['丙药品生产', '竣工'],
      ['丁健医药自动化物流仓库', '竣工'],
    ]);
  });
  it('gives the names listed before a stretch of a national park that stretch, and reads a programme named by its slogan or a coverage as no work', () => {
    assert.deepEqual(projects('加快长城、长征、黄河国家文化公园甲段建设。推进长江、大运河等国家文化公园（乙段）建设。'), [
      ['长城国家文化公园甲段', '在建'],
      ['长征国家文化公园甲段', '在建'],
      ['黄河国家文化公园甲段', '在建'],
      ['长江国家文化公园（乙段）', '在建'],
      ['大运河国家文化公园（乙段）', '在建'],
    ]);
    assert.deepEqual(reviewed('甲乡山水林田湖草沙一体化保护和修复工程全面完成。'), [['甲乡山水林田湖草沙一体化保护和修复工程', '竣工']]);
    noWorks(['实施山水林田湖草沙一体化保护和修复工程。', '加快实施防洪减灾、人员密集场所地震预警终端全覆盖等重点工程。']);
  });
  it('reads the day or month a work reached its status (已于6月28日开工建设, 于年底前建成通车)', () => {
    assert.deepEqual(reviewed('甲乙高速已于6月28日开工建设，丙丁大桥于2024年9月30日正式建成通车，戊己污水处理厂于年底前投入使用。'), [
      ['甲乙高速', '开工'],
      ['丙丁大桥', '通车'],
      ['戊己污水处理厂', '投入使用'],
    ]);
  });

  it('reads more statuses (全速推进, 破土动工, 投产投用, 完成序时进度, 主体结构基本封顶, 落地开工), a circled item number and an amount in Chinese numerals before a name', () => {
    assert.deepEqual(reviewed('甲龙山抽水蓄能电站、乙嘉湖高速西延等重大项目全速推进，丙源新能源LNG、丁年特护院等26个项目完成序时进度，戊运新能源120万吨焦化、己防救援大队营房等23个项目投产投用。'), [
      ['甲龙山抽水蓄能电站', '在建'],
      ['乙嘉湖高速西延', '在建'],
      ['丙源新能源LNG', '在建'],
      ['丁年特护院', '在建'],
      ['戊运新能源120万吨焦化', '投入使用'],
      ['己防救援大队营房', '投入使用'],
    ]);
    assert.deepEqual(reviewed('甲黄高速、乙伊高速纷纷破土动工，丙南大学丁阴校区一期主体结构基本封顶，戊城证道锂电池负极材料、己喜晶尊水晶玻璃等项目落地开工。'), [
      ['甲黄高速', '开工'],
      ['乙伊高速', '开工'],
      ['丙南大学丁阴校区一期', '封顶'],
      ['戊城证道锂电池负极材料', '开工'],
      ['己喜晶尊水晶玻璃', '开工'],
    ]);
    assert.deepEqual(reviewed('总投资超百亿元的甲哈哈国际科创小镇等一批重大产业项目相继签约。'), [['甲哈哈国际科创小镇', '签约']]);
    // The main works of a named work are where it stands, not its name: `A项目主体工程全面实施`.
    assert.deepEqual(reviewed('甲镁轻合金项目主体工程全面实施，乙城二期主体建设加快推进。'), [
      ['甲镁轻合金项目', '在建'],
      ['乙城二期', '在建'],
    ]);
    assert.deepEqual(projects('⑦开工建设S202甲笪至乙茅岭段。'), [['S202甲笪至乙茅岭段', '开工']]);
    noWorks(['保交楼完成序时进度。'], reviewed);
  });
  it('reads how a named building is built apart from its name, 开门迎客 as opening, and consulates and counted slogans as no works', () => {
    assert.deepEqual(reviewed('甲村、乙塘、丙上卫生院易址新建基本完工，丁第三人民医院二期改扩建完工投用，戊达广场开门迎客。'), [
      ['甲村卫生院', '竣工'],
      ['乙塘卫生院', '竣工'],
      ['丙上卫生院', '竣工'],
      ['丁第三人民医院二期', '投入使用'],
      ['戊达广场', '投入使用'],
    ]);
    noWorks(['推动甲国、乙国驻丙总领馆开馆。'], reviewed);
    noWorks(['努力在贯穿一条主线、办好两件大事、深化“六个工程”上取得新进展。']);
  });
  it('reads works in an item heading or after a numbered item mark, after 竣工 or 拉通, and before 达到通车条件, 并网投运, 结顶 or 提前一年建成通车', () => {
    assert.deepEqual(projects('（1）加快建设总投资7.58亿元的甲县医院迁建项目。\n（2）开工新建乙环路。（3）拉通丙湘大道、丁浦大道。'), [
      ['甲县医院迁建项目', '在建'],
      ['乙环路', '开工'],
      ['丙湘大道', '通车'],
      ['丁浦大道', '通车'],
    ]);
    assert.deepEqual(reviewed('竣工甲华山至乙凰湾道路提质工程，丙北大道三期达到通车条件，丁隆集中式储能电站并网投运，戊闽台水产贸易城主体工程结顶，己安高速提前一年建成通车。'), [
      ['甲华山至乙凰湾道路提质工程', '竣工'],
      ['丙北大道三期', '竣工'],
      ['丁隆集中式储能电站', '投入使用'],
      ['戊闽台水产贸易城', '封顶'],
      ['己安高速', '通车'],
    ]);
    noWorks(['（一）加强中华民族共有精神家园建设。', '打通断头路、修复坑洼路。']);
  });
  it('reads a quoted name with its phase, 停车场 and 矿山 as works, more statuses (改造完成, 建设提速增效, 进入扫尾阶段, 全流程量产, 启动基建), and the works after 新增 without the verb', () => {
    assert.deepEqual(reviewed('“甲酪小镇”一期工程主体完工，乙新区南区公共停车场基本建成，丙桥医院一期改造完成，丁庐产业新城建设提速增效，戊湖公园建设进入扫尾阶段。'), [
      ['“甲酪小镇”一期工程', '封顶'],
      ['乙新区南区公共停车场', '竣工'],
      ['丙桥医院一期', '竣工'],
      ['丁庐产业新城', '在建'],
      ['戊湖公园', '在建'],
    ]);
    assert.deepEqual(reviewed('甲镁项目全流程量产，乙园吴家矿山启动基建，第三条入丙特高压项目开工。新增丁桥路、戊章路等3条供热支线管网。'), [
      ['甲镁项目', '竣工投产'],
      ['乙园吴家矿山', '开工'],
      ['第三条入丙特高压项目', '开工'],
      ['丁桥路', ''],
      ['戊章路', ''],
    ]);
    noWorks(['加快塑造大项目、大交通、大品牌优势。', '大力推进传统产业改造提升。', '全面加快安置房项目实施。'], projects);
  });
  it('reads 先后, 推进前期工作, 主体基本完工, 首台机组并网发电 and 推进顺利, a school numbered by its ordinal, listed investments and two road numbers joined by 及', () => {
    assert.deepEqual(reviewed('先后建成甲名港大道、乙东快线等项目。支持丙江粤西机场迁建工程推进前期工作。三是丁岭博物馆主体基本完工。总投资105亿元的戊安月河抽水蓄能电站首台机组并网发电。'), [
      ['甲名港大道', '竣工'],
      ['乙东快线', '竣工'],
      ['丙江粤西机场迁建工程', '前期'],
      ['丁岭博物馆', '封顶'],
      ['戊安月河抽水蓄能电站', '投入使用'],
    ]);
    assert.deepEqual(reviewed('第六小学异地新建投入使用。投资14亿元甲众国轩三元正极材料、15亿元乙方水泥优化升级等32个项目开工建设。改造完成G207、G325及S280、S370等15条国省道。'), [
      ['第六小学', '投入使用'],
      ['甲众国轩三元正极材料', '开工'],
      ['乙方水泥优化升级', '开工'],
      ['G207', '竣工'],
      ['G325', '竣工'],
      ['S280', '竣工'],
      ['S370', '竣工'],
    ]);
    // Two routes by their ends joined by 和 are two works.
    assert.deepEqual(reviewed('加快推进S316甲寨-乙庆、G536丙家垅-丁岳和戊冲-己市、S202庚定-辛阳二期等交通项目建设。'), [
      ['S316甲寨-乙庆', '在建'],
      ['G536丙家垅-丁岳', '在建'],
      ['戊冲-己市', '在建'],
      ['S202庚定-辛阳二期', '在建'],
    ]);
    // Works listed before 等 and the investment describing them (`等总投资157.1亿元的项目70个`).
    assert.deepEqual(reviewed('争取新开工甲山农化、乙生中央广场等总投资157.1亿元的项目70个，竣工投运丙洋新材料等总投资109.8亿元的项目33个。'), [
      ['甲山农化', '开工'],
      ['乙生中央广场', '开工'],
      ['丙洋新材料', '投入使用'],
    ]);
    // A work and another after 和, the second named with how it grows (`…和成渝高速扩容`).
    assert.deepEqual(reviewed('加快推进甲渝中线高铁、乙昆高铁和丙渝高速扩容等重点项目建设。'), [
      ['甲渝中线高铁', '在建'],
      ['乙昆高铁', '在建'],
      ['丙渝高速扩容', '在建'],
    ]);
    // A line of news naming a work with its status in brackets, heading what is said of it.
    const digest = outlineOf('大交通\n甲至乙城际铁路（今年建成通车）\n甲至乙城际铁路是甲省第五条城际铁路。\n沿江高铁丙至丁段（开工建设）\n全长约289公里。\n').projects;
    assert.deepEqual(digest.map((p) => [p.name, p.stage]), [
      ['甲至乙城际铁路', '通车'],
      ['沿江高铁丙至丁段', '开工'],
    ]);
    // A work named after the stage it was at that day, its profile in the next clauses.
    assert.deepEqual(reviewed('当天开工的甲县第二幼儿园迁建项目，规划21个班，可容纳630人。'), [['甲县第二幼儿园迁建项目', '开工']]);
    // Counted into the statistics (入库纳统) is a step of preparation.
    assert.deepEqual(reviewed('甲石桥储能项目入库纳统。'), [['甲石桥储能项目', '前期']]);
    // A work whose sized buildings the progress is said of (`A产业园60万平方米标房入驻…`) is named.
    assert.deepEqual(reviewed('经济开发区甲居产业园60万平方米标房入驻46家企业陆续投产。'), [['经济开发区甲居产业园', '']]);
    // Projects listed before their count and the ceremony they take part in (`等13个项目参加…集中开工`).
    assert.deepEqual(reviewed('甲天龙技术改造、乙大30兆瓦生物质发电等13个项目参加省“三早”项目集中开工。'), [
      ['甲天龙技术改造', '开工'],
      ['乙大30兆瓦生物质发电', '开工'],
    ]);
    // A subject before its modal, a duty of oversight and a sentence saying what a work is are no names.
    noWorks(['在生态环保方面，甲省今年将开工建设。', '确保工程质量并督促项目如期建成交付使用。', '甲至乙城际铁路是甲省第五条城际铁路，总投资23.58亿元。']);
    // Entering a network plan is a work's step like being included in one.
    assert.deepEqual(reviewed('甲平旅游高速进入国省高速路网规划。'), [['甲平旅游高速', '规划']]);
    assert.deepEqual(reviewed('改造完成G207、G325及S280等国省道。'), [
      ['G207', '竣工'],
      ['G325', '竣工'],
      ['S280', '竣工'],
    ]);
    assert.deepEqual(reviewed('甲多冬格措纳湖、乙日黄河源国家级湿地公园项目建设推进顺利。'), [
      ['甲多冬格措纳湖', '在建'],
      ['乙日黄河源国家级湿地公园项目', '在建'],
    ]);
    noWorks(['谋划储备中央预算内投资、专项债券、国债等上级资金项目162个。', '实施五星级酒店、特色酒店等项目。']);
  });
  it('reads amounts and counts set apart by spaces (总投资 86 亿元的…等 12 个…项目), and gives short places a level and kind listed after them', () => {
    assert.deepEqual(reviewed('总投资 86 亿元的甲宁三木、乙瑞石油等 12 个重大产业项目开工建设。'), [
      ['甲宁三木', '开工'],
      ['乙瑞石油', '开工'],
    ]);
    assert.deepEqual(projects('建设丙州、丁门、戊州省级人工智能产业园。'), [
      ['丙州省级人工智能产业园', '在建'],
      ['丁门省级人工智能产业园', '在建'],
      ['戊州省级人工智能产业园', '在建'],
    ]);
  });
  it('reads 高起点 before a verb, a ring road by its direction, schools by their ordinal, a season before a status, 基本完成 and 具备进场条件', () => {
    assert.deepEqual(projects('高起点推动甲庐产业新城建设。推进乙河路、东环线等项目。确保六中新校区、三中初中部秋季投入使用。'), [
      ['甲庐产业新城', '在建'],
      ['乙河路', '在建'],
      ['东环线', '在建'],
      ['六中新校区', '投入使用'],
      ['三中初中部', '投入使用'],
    ]);
    assert.deepEqual(reviewed('丙沟黑臭水体治理基本完成，丁医大(一期)项目具备进场条件。'), [
      ['丙沟黑臭水体治理', '竣工'],
      ['丁医大(一期)项目', '前期'],
    ]);
  });
  it('gives places listed before a voltage class and kind that class and kind', () => {
    assert.deepEqual(projects('抓好甲孜南、乙孜西、丙塘500千伏输变电工程前期工作，加快丁孚和戊巴滩500千伏送出工程建设。'), [
      ['甲孜南500千伏输变电工程', '前期'],
      ['乙孜西500千伏输变电工程', '前期'],
      ['丙塘500千伏输变电工程', '前期'],
      ['丁孚500千伏送出工程', '在建'],
      ['戊巴滩500千伏送出工程', '在建'],
    ]);
    // A place joined by 和 to a place and kind is a work of that kind too; a verb before 和 is none (`加快协和…`).
    assert.deepEqual(reviewed('甲港城际铁路、乙商和丙潍高铁加快建设，加快协和丁津基地建设。'), [
      ['甲港城际铁路', '在建'],
      ['乙商高铁', '在建'],
      ['丙潍高铁', '在建'],
      ['协和丁津基地', '在建'],
    ]);
  });

  it('reads statuses with more after them (通航并…), readiness, opening to the public, 动建 and 推进有力; lists after another task and after 服务保障好', () => {
    assert.deepEqual(reviewed('北岭机场顺利通航并陆续开通京沪航线；东康高铁前期工作达到全面开工条件；南山学堂旧址向公众开放，西河遗址公园一期面向社会开放，445公里“北岭长城”国家风景道主线亮相。'), [
      ['北岭机场', '通车'],
      ['东康高铁', '前期'],
      ['南山学堂旧址', '投入使用'],
      ['西河遗址公园一期', '投入使用'],
      ['“北岭长城”国家风景道主线', ''],
    ]);
    assert.deepEqual(reviewed('甲山金蛋工程二区、乙泉养殖基地落地动建，丙泰纺织二期、丁尼尔技改项目顺利动建，东湖旅游区、西岭大型灌区等一批重大项目推进有力，南塘车身系统总成等114个项目提速推进，北江高速、东江高速改扩建项目同步通车。'), [
      ['甲山金蛋工程二区', '开工'],
      ['乙泉养殖基地', '开工'],
      ['丙泰纺织二期', '开工'],
      ['丁尼尔技改项目', '开工'],
      ['东湖旅游区', '在建'],
      ['西岭大型灌区', '在建'],
      ['南塘车身系统总成', '在建'],
      ['北江高速', '通车'],
      ['东江高速改扩建项目', '通车'],
    ]);
    assert.deepEqual(projects('组建专班、精准推进东北农产品交易中心（中农仓）、南烟物流园等重点项目开工建设；服务保障好甲乙高速、G352、丙丁高铁等重点交通项目建设；积极申报东岭至西梭三级公路项目并启动建设，积极申报110千伏北湾输变电工程。'), [
      ['东北农产品交易中心（中农仓）', '开工'],
      ['南烟物流园', '开工'],
      ['甲乙高速', '在建'],
      ['G352', '在建'],
      ['丙丁高铁', '在建'],
      ['东岭至西梭三级公路项目', '开工'],
      ['110千伏北湾输变电工程', '前期'],
    ]);
  });
  it('reads the time a work took before its verb, a site chosen, a reservoir\'s gates closed and grain reserves as works', () => {
    assert.deepEqual(reviewed('二是我们仅用四个月建成东洛北客站，开通了西洛城际列车；南吉新机场选址正式确定；北阳桥水库成功下闸；中储粮20万吨粮食储备库即将建成投产运营。'), [
      ['东洛北客站', '竣工'],
      ['南吉新机场', '前期'],
      ['北阳桥水库', ''],
      ['中储粮20万吨粮食储备库', '投入使用'],
    ]);
    noWorks(['加快补充耕地储备库建设。']);
  });
  it('reads 签约落户, 初步投入使用, 将正式通车, 动工建设, 正式运行 and feasibility studies as statuses, places counted by 两大, routes from a place named by a number, tourist areas and a level\'s sports centre', () => {
    assert.deepEqual(reviewed('中星遥感产业园、中化锂电池等重特大项目签约落户；建成东风甲田、东风乙诺两大汽车产业基地；红山文化研究中心初步投入使用；南湖高速屏古联络线将正式通车；寿山至双溪段道路提升改造工程动工建设；转型发展规划展示馆正式运行；宁马城际铁路启动预可研编制；首义文化旅游区全面建成。'), [
      ['中星遥感产业园', '签约'],
      ['中化锂电池', '签约'],
      ['东风甲田汽车产业基地', '竣工'],
      ['东风乙诺汽车产业基地', '竣工'],
      ['红山文化研究中心', '投入使用'],
      ['南湖高速屏古联络线', '通车'],
      ['寿山至双溪段道路提升改造工程', '开工'],
      ['转型发展规划展示馆', '投入使用'],
      ['宁马城际铁路', '前期'],
      ['首义文化旅游区', '竣工'],
    ]);
    assert.deepEqual(projects('启动五大连池至嫩江、鹤岗至伊春等高速公路建设。开工建设市体育中心。'), [
      ['五大连池至嫩江高速公路', '开工'],
      ['鹤岗至伊春高速公路', '开工'],
      ['市体育中心', '开工'],
    ]);
    // Statuses made of an adverb, a step and what follows it, in combinations no list names.
    assert.deepEqual(reviewed('云海畅想、东山碳纤维等一批新材料项目加速落地；南港保税物流中心（B型）当年批复建设；北岭理工学院加快筹建。'), [
      ['云海畅想', '签约'],
      ['东山碳纤维', '签约'],
      ['南港保税物流中心（B型）', '前期'],
      ['北岭理工学院', '前期'],
    ]);
    assert.deepEqual(reviewed('东江货运火车站完成（一期）扩容改建；与南湖时代携手共建西岭零碳示范基地；合作共建滨甲、滨乙示范产业园。'), [
      ['东江货运火车站', '竣工'],
      ['西岭零碳示范基地', '在建'],
      ['滨甲示范产业园', '在建'],
      ['滨乙示范产业园', '在建'],
    ]);
    noWorks(['破除制约项目落地的瓶颈。', '南康国家农业科技园通过验收。', '共建共治共享幸福美好家园。', '共建巴蜀文旅走廊。'], reviewed);
    noWorks(['实施优质粮油工程。'], projects);
    noWorks(['加快大湘西国际旅游区建设。'], projects);
    noWorks(['又有1600万人进城落户。'], reviewed);
  });
  it('reads a work at the start of a clause said to carry traffic or draw in firms, and no firm drawn in by a verb', () => {
    assert.deepEqual(reviewed('东岭机场累计开通航线10条；南江陆港运量同比增长2.5%；北湖皮革小镇共入驻服装企业60余家。'), [
      ['东岭机场', '通车'],
      ['南江陆港', ''],
      ['北湖皮革小镇', ''],
    ]);
    noWorks(['引导周边大企业地区总部入驻。'], reviewed);
  });
  it('reads 招商 before a verb, a ring road by its direction, a trunk road named after its role, 快速推进, 早日 and 联通', () => {
    assert.deepEqual(reviewed('招商引进甲康、乙丙敷料等项目142个；东外环全线贯通；南北主干道蓝山路即将贯通；西威国际医院快速推进。'), [
      ['甲康', '签约'],
      ['乙丙敷料', '签约'],
      ['东外环', '通车'],
      ['蓝山路', '通车'],
      ['西威国际医院', '在建'],
    ]);
    assert.deepEqual(projects('争取道甲高速、厦乙高速广西段早日联通。'), [
      ['道甲高速', '通车'],
      ['厦乙高速广西段', '通车'],
    ]);
  });
  it('reads a single work whose status ends in any status word (进展, 立项, 批复, 提速, 投资…元, 有力)', () => {
    assert.deepEqual(reviewed('南岭铁路取得重大进展；东湖大桥获批立项；西江航电枢纽获国务院批复；北山水库建设提速；中洲大道项目完成投资5.2亿元；甲乙高速推进有力。'), [
      ['南岭铁路', '在建'],
      ['东湖大桥', '前期'],
      ['西江航电枢纽', '前期'],
      ['北山水库', '在建'],
      ['中洲大道项目', '在建'],
      ['甲乙高速', '在建'],
    ]);
  });
  it('reads progress said after 建设 or 步伐 (建设加快, 提速提效, 起势), 营运, 交房, 施工, 封顶通车, 同步推进 and 促进', () => {
    assert.deepEqual(reviewed('南湖湿地二期、江心公园、汉水大道综合管廊等重点项目建设加快；东城安置区竣工交房；甲丁中心、乙戊财富中心等商务楼宇相继建成营运。'), [
      ['南湖湿地二期', '在建'],
      ['江心公园', '在建'],
      ['汉水大道综合管廊', '在建'],
      ['东城安置区', '竣工'],
      ['甲丁中心', '投入使用'],
      ['乙戊财富中心', '投入使用'],
    ]);
    assert.deepEqual(reviewed('甘城城区外环全线施工；东街地下空间一期工程封顶通车。'), [
      ['甘城城区外环', '在建'],
      ['东街地下空间一期工程', '通车'],
    ]);
    assert.deepEqual(projects('促进宁甲高速、丙丁高速等提速提效。'), [
      ['宁甲高速', '在建'],
      ['丙丁高速', '在建'],
    ]);
  });
  it('reads named schools going on after a comma under the status before, also with an improvement done to each (B小学、C幼儿园部分提升改造)', () => {
    // Held-out set 371 (a street's half-year summary); names changed.
    assert.deepEqual(reviewed('完成甲江小学整体提升改造，乙世纪小学、丙江小学、丁知幼儿园部分提升改造。').map((p) => p[0]), ['甲江小学整体提升改造', '乙世纪小学', '丙江小学', '丁知幼儿园']);
    assert.deepEqual(reviewed('建成甲江小学，乙世纪小学、丙江小学。').map((p) => p[0]), ['甲江小学', '乙世纪小学', '丙江小学']);
    noWorks(['新建公办幼儿园、学校。']);
    assert.deepEqual(reviewed('完成甲路改造，老旧小区、背街小巷改造。').map((p) => p[0]), ['甲路改造']);
  });
  it('reads a list closed by a count of as many works, and a list going on after a comma under the status of the clause before', () => {
    assert.deepEqual(reviewed('甲山高端产业园、乙水装备制造产业园、丙丁置业标准化厂房3大园区同步推进。'), [
      ['甲山高端产业园', '在建'],
      ['乙水装备制造产业园', '在建'],
      ['丙丁置业标准化厂房', '在建'],
    ]);
    assert.deepEqual(projects('加快推进甲乙高速、丙丁高速某段,东江长江大桥、西湖嘉木长江大桥,南山煤炭储配基地一期等项目建设。'), [
      ['甲乙高速', '在建'],
      ['丙丁高速某段', '在建'],
      ['东江长江大桥', '在建'],
      ['西湖嘉木长江大桥', '在建'],
      ['南山煤炭储配基地一期', '在建'],
    ]);
    // A count that names the kind (`两大汽车产业基地`) closes no list; nor do tasks after a comma, nor a project's part.
    assert.deepEqual(reviewed('东风甲田、东风乙诺两大汽车产业基地建成。'), [
      ['东风甲田汽车产业基地', '竣工'],
      ['东风乙诺汽车产业基地', '竣工'],
    ]);
    assert.deepEqual(reviewed('开工建设甲乙大桥，城区环境、群众文化全面提升。'), [['甲乙大桥', '开工']]);
    noWorks(['实现了项目一期主体厂房封顶。'], reviewed);
  });
  it('reads 开通运营 and 基本建成 before works, 开班招生 and 开街, works listed before 等…工程建设力度, and a list of 产业引领项目', () => {
    assert.deepEqual(projects('开通运营7号线、2号线三期，基本建成东站综合交通枢纽。加大引汉济甲、延川榆林黄河引水等工程建设力度。'), [
      ['7号线', '通车'],
      ['2号线三期', '通车'],
      ['东站综合交通枢纽', '竣工'],
      ['引汉济甲', '在建'],
      ['延川榆林黄河引水', '在建'],
    ]);
    assert.deepEqual(reviewed('甲城小学通州校区、乙丙学校小学部开班招生；丁华林文艺小镇二期、戊级营一期火热开街；甲芯集成电路、乙康半导体高端封测等一批产业引领项目投产运营。'), [
      ['甲城小学通州校区', '投入使用'],
      ['乙丙学校小学部', '投入使用'],
      ['丁华林文艺小镇二期', '投入使用'],
      ['戊级营一期', '投入使用'],
      ['甲芯集成电路', '投入使用'],
      ['乙康半导体高端封测', '投入使用'],
    ]);
    noWorks(['加大义务教育学校建设力度。', '加大社区平价蔬菜超市建设力度。']);
  });
  it('reads 一体规划建设, an item number before the verb, 其中 before a year, schools named by number, a time before a status and a list of schools said to be built new', () => {
    assert.deepEqual(projects('一体规划建设南海海洋大学、深海科考中心。1.继续推进市职业中专整体搬迁项目。其中2023年完成应办三小、永安幼儿园建设。力争东江综合交通枢纽南站2027年春节前投入使用。'), [
      ['南海海洋大学', '前期'],
      ['深海科考中心', '前期'],
      ['市职业中专整体搬迁项目', '在建'],
      ['应办三小', '竣工'],
      ['永安幼儿园', '竣工'],
      ['东江综合交通枢纽南站', '投入使用'],
    ]);
    assert.deepEqual(projects('启动甲才高中、乙有高中迁建,职教中心扩建,东方红小学、花桥第二小学、梅川实验中学等10所学校新建。启动600套开发区人才公寓建设。'), [
      ['甲才高中', '开工'],
      ['乙有高中', '开工'],
      ['职教中心', '开工'],
      ['东方红小学', '开工'],
      ['花桥第二小学', '开工'],
      ['梅川实验中学', '开工'],
      ['开发区人才公寓', '开工'],
    ]);
    // A bullet with a space after it opens the item as the bullet alone does.
    assert.deepEqual(outlineOf('• 推动轨道交通M102线规划建设\n• 加快京秦高速西延、姚家园路东延一期等项目的建设\n').projects.map((p) => [p.name, p.stage]), [
      ['轨道交通M102线', '前期'],
      ['京秦高速西延', '在建'],
      ['姚家园路东延一期', '在建'],
    ]);
    // Each item's own verb and its manner (高质量打造, 高水平运营) are no part of its name.
    assert.deepEqual(projects('高标准建设甲州空港、高质量打造乙城陆港、高水平运营丙穴水港。'), [
      ['甲州空港', '在建'],
      ['乙城陆港', '在建'],
      ['丙穴水港', '在建'],
    ]);
    // One name after a comma, of the kind of the work before it, goes on with it; one saying what is done to it does not.
    assert.deepEqual(projects('高水平建设甲乙高端装备制造产业园，丙丁先进制造产业园，支持甲市建设物流枢纽。推进东山变电站建设，升压改造西山变电站。'), [
      ['甲乙高端装备制造产业园', '在建'],
      ['丙丁先进制造产业园', '在建'],
      ['东山变电站', '在建'],
    ]);
  });
  it('reads 动工建设, 抢建 and 启用 before works, and 结构封顶, 试产, 投入试运行, 盘活复工 and 完成选址 after them', () => {
    // A school opening its term is in use; earthworks, piles and a share of progress are building.
    assert.deepEqual(reviewed('南科附中9月开学。甲中学迁扩建项目进场填方，乙输气首站综合进度达62.66%。'), [
      ['南科附中', '投入使用'],
      ['甲中学迁扩建项目', '在建'],
      ['乙输气首站', '在建'],
    ]);
    // Steps before building said at length: approvals obtained, the site settled, the design done; fitting out is building.
    assert.deepEqual(reviewed('甲医院新院区取得“多规合一”初审意见，乙医院新院区基本确定在丙地区选址建设，丁医院新院区完成设计招标和项目方案设计，戊医院院区二期推进装修及机电管线安装施工。'), [
      ['甲医院新院区', '前期'],
      ['乙医院新院区', '前期'],
      ['丁医院新院区', '前期'],
      ['戊医院院区二期', '在建'],
    ]);
    // A status aimed at (争取投入使用, 力争年内开通) is the work's status still.
    assert.deepEqual(projects('甲县综合客运枢纽中心争取投入使用。乙丙铁路年内力争开通。'), [
      ['甲县综合客运枢纽中心', '投入使用'],
      ['乙丙铁路', '通车'],
    ]);
    assert.deepEqual(projects('动工建设甲肇云高速(肇云段)。启用乙工艺产教融合青岛基地。'), [
      ['甲肇云高速(肇云段)', '开工'],
      ['乙工艺产教融合青岛基地', '投入使用'],
    ]);
    assert.deepEqual(reviewed('丙家存储器基地项目一号主厂房结构封顶、丁宏光电项目一期试产。戊沙湾国际乐园盘活复工，己年养护院投入试运行。抢建庚昌医院、辛鹤医院。'), [
      ['丙家存储器基地项目一号主厂房', '封顶'],
      ['丁宏光电项目一期', '竣工投产'],
      ['戊沙湾国际乐园', '开工'],
      ['己年养护院', '投入使用'],
      ['庚昌医院', '开工'],
      ['辛鹤医院', '开工'],
    ]);
    assert.deepEqual(projects('推动甲超级计算中心(二期)、乙基因组等区域重大科技基础设施完成选址。'), [
      ['甲超级计算中心(二期)', '前期'],
      ['乙基因组', '前期'],
    ]);
    noWorks(['省、市多个重大能源项目开建。', '全面建成小康社会目标如期实现。', '建成自治区最大规模羊驼养殖基地。', '并启动部分项目土建工程。'], reviewed);
  });
  it('reads a numbered item that is only a work\'s name, as in a year\'s list of 民生实事, and not one naming a programme', () => {
    assert.deepEqual(projects('确定民生实事项目6项，分别是：\n1.城西生活污水处理厂提标升级项目；\n2.甲区人民城市交通运输基础设施建设工程项目；\n3.甲区托育服务中心建设及配套设施建设项目；\n4.乙县妇幼保健院迁建工程（一期）；\n5.全区农村人居环境“三清三拆”项目；\n⑥乙县城市功能补短板项目。'), [
      ['城西生活污水处理厂提标升级项目', ''],
      ['甲区托育服务中心建设及配套设施建设项目', '在建'],
      ['乙县妇幼保健院迁建工程（一期）', '在建'],
    ]);
    noWorks(['⑦乙县背街小巷改造工程。', '8.智慧停车场项目。', '③乙县农村敬老院供养服务设施改造提升项目。']);
  });
  it('reads 完成验收, 签约, 先行进场 before a status, 通过…预审 and 完成前期准备 as statuses, and resorts as works', () => {
    assert.deepEqual(reviewed('甲家电器、乙精仪表等8个项目完成验收投入使用。丙普漏电保护器等3个亿元以上项目签约落地。丁瑞山庄等3个项目通过市项目预审。戊海南线拓宽工程己浦塘段先行进场施工。庚金衢上高速、104国道改建完成前期准备。辛海乐高乐园度假区正式开工。'), [
      ['甲家电器', '投入使用'],
      ['乙精仪表', '投入使用'],
      ['丙普漏电保护器', '签约'],
      ['丁瑞山庄', '前期'],
      ['戊海南线拓宽工程己浦塘段', '在建'],
      ['庚金衢上高速', '前期'],
      ['104国道', '前期'],
      ['辛海乐高乐园度假区', '开工'],
    ]);
  });
  it('names no works in this or that project, a task joined to projects by 和, or key projects of towns', () => {
    noWorks(['狠抓重点项目建设。', '推进市镇重点项目建设。', '全力以赴推进招商引资和项目建设。', '包括中小型水库除险加固。']);
    noWorks(['这些项目建成投产。'], reviewed);
  });
  it('names no works in key projects of a place and time, or a share of projects (08年甲北重点项目, 大部分项目), but keeps a named work\'s', () => {
    // Held-out sets 362–373 (news of provinces' key projects); names changed.
    noWorks(['前三季度甲建省重点项目进展顺利。', '08年甲北重点项目全部开工。', '今年大部分项目已开工。', 'X 市重点项目进展顺利。', '甲北省政府调度项目竣工。', '全市亿元以上项目加快建设。']);
    assert.deepEqual(projects('南水北调重点工程进展顺利，甲超市项目和中心区净菜超市建设工程进展顺利。').map((p) => p[0]), ['南水北调重点工程', '甲超市项目', '中心区净菜超市建设工程']);
  });
  it('names no works in works referred back to (把这些项目), a site told (地址位于…) or words after a length cut from its number', () => {
    // Held-out set 383 (a county's water works news, a town's school works); names changed.
    noWorks(['我们争取在二月底把这些项目完工。', '上述工程全部竣工。', '公里撤并村通畅工程全部完工。'], reviewed);
    noWorks(['地址位于甲海镇鸿塔片区，正在建设。']);
  });
  it('names no works in a building by its use alone (办公楼, 屠宰厂房, 二期用房), but keeps a named building', () => {
    // Held-out sets 362–373 (a county's review of firms' works, a city's hospitals); names changed.
    noWorks(['办公楼已投入使用。', '屠宰厂房投入使用。', '二期用房开工建设。', '主展馆正在建设。', '公共厕所正在建设。'], reviewed);
    assert.deepEqual(reviewed('甲乙大楼投入使用，市图书馆新馆建成。').map((p) => p[0]), ['甲乙大楼', '市图书馆新馆']);
  });
  it('reads works a category names next, after a colon or 分别是, under the category\'s stage, and counts them as no target', () => {
    const outline = outlineOf('二、2026年工作安排\n“6”即2个续建项目：甲绍台铁路、乙甬铁路；“2”即2个新建项目：丙南路口平改立工程、县道丁下线改建工程。2个前期项目分别是戊复线南口立交工程、己潭公交站新建项目。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage ?? '']), [
      ['甲绍台铁路', '在建'],
      ['乙甬铁路', '在建'],
      ['丙南路口平改立工程', '开工'],
      ['县道丁下线改建工程', '开工'],
      ['戊复线南口立交工程', '前期'],
      ['己潭公交站新建项目', '前期'],
    ]);
    assert.deepEqual(outline.goals, []);
  });
  it('reads the members of counted projects named later in the sentence, in brackets, or after a count and 为, by name alone', () => {
    assert.deepEqual(reviewed('此次开工3个项目，总投资6.2亿元，分别是甲区医院门诊大楼建设项目、乙兴机械扩建项目、丙秀学校建设项目。'), [
      ['甲区医院门诊大楼建设项目', '开工'],
      ['乙兴机械扩建项目', '开工'],
      ['丙秀学校建设项目', '开工'],
    ]);
    assert.deepEqual(reviewed('其中：产业转型类项目3项，具体为：丁美固废、戊英纳米钙、己北湾等。民生类2项，具体为：庚州中医院、辛家城中村改造。'), [
      ['丁美固废', ''],
      ['戊英纳米钙', ''],
      ['己北湾', ''],
      ['庚州中医院', ''],
      ['辛家城中村改造', ''],
    ]);
    assert.deepEqual(reviewed('新增入库项目2个（壬家塘、癸西门），新开工项目4个。城乡建设指挥部：项目23项，未达序时进度2项为：子山片区老旧小区改造工程、丑区变电站附属工程（开工滞后）。'), [
      ['壬家塘', ''],
      ['癸西门', ''],
      ['子山片区老旧小区改造工程', ''],
      ['丑区变电站附属工程', ''],
    ]);
    // Kinds of projects are no members: `…类项目2项，具体为：工业、服务业`.
    noWorks(['产业类项目2项，具体为：工业、服务业。', '重点项目2个，分别是：领域一、方面二。'], reviewed);
  });
  it('reads the works a category of projects names after 主要有 in its clause (在谈项目主要有A项目、B项目)', () => {
    // Held-out set 367 (a street's review); names changed.
    assert.deepEqual(reviewed('目前，在谈项目主要有甲苏绿港现代农业项目、乙老吉大健康项目、丙博陶瓷项目。'), [
      ['甲苏绿港现代农业项目', ''],
      ['乙老吉大健康项目', ''],
      ['丙博陶瓷项目', ''],
    ]);
    assert.deepEqual(reviewed('在建项目主要有丁港物流园项目、戊山水库。'), [
      ['丁港物流园项目', '在建'],
      ['戊山水库', '在建'],
    ]);
  });
  it('reads members numbered in one paragraph, (1) or （1）, past their numbers and past an item that names no work', () => {
    // Held-out set 362 (news of a national plan of works); names changed.
    assert.deepEqual(projects('5项新开工重点工程分别是:(1) 甲昆客运专线乙沙至丙明段,(2) 丁鸡至戊州客运专线,(3) 西部支线机场建设,(4) 己南大理至庚江公路,(5) 辛藏旁多水利枢纽。'), [
      ['甲昆客运专线乙沙至丙明段', '开工'],
      ['丁鸡至戊州客运专线', '开工'],
      ['己南大理至庚江公路', '开工'],
      ['辛藏旁多水利枢纽', '开工'],
    ]);
    assert.deepEqual(projects('2项新开工重点工程分别是：（1）甲昆客运专线乙沙至丙明段；（2）丁鸡至戊州客运专线。'), [
      ['甲昆客运专线乙沙至丙明段', '开工'],
      ['丁鸡至戊州客运专线', '开工'],
    ]);
  });
  it('reads the members of works counted after 其中包括, in the sentence or the next one', () => {
    // Held-out set 362 (news of a province's list of key works); names changed.
    const members = [
      ['甲至合作铁路', '开工'],
      ['乙至九寨沟(甘川界)高速公路', '开工'],
      ['丙中川国际机场三期扩建工程', '开工'],
    ];
    assert.deepEqual(projects('今年计划新开工82个项目，其中包括甲至合作铁路、乙至九寨沟(甘川界)高速公路、丙中川国际机场三期扩建工程。'), members);
    assert.deepEqual(projects('在今年计划新开工的82个项目中，涉及了扶贫、铁路等领域。其中包括甲至合作铁路、乙至九寨沟(甘川界)高速公路、丙中川国际机场三期扩建工程。'), members);
  });
  it('reads each line under a title listing works (省在建重点项目(351个)) as one work, at the stage the title names', () => {
    // Held-out set 362 (a province's list of key projects); names changed.
    const outline = outlineOf('2009年度省重点项目名单\n一、省在建重点项目(3个)\n(一)农业(3个)\n1.全省土地整理工程\n2.甲门莲花水库\n3.乙江下游南港南北岸防洪工程\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage ?? '']), [
      ['甲门莲花水库', '在建'],
      ['乙江下游南港南北岸防洪工程', '在建'],
    ]);
    // A mark flagging an item for a note is no part of its name (held-out set 366).
    assert.deepEqual(outlineOf('2009年度省重点项目名单\n一、省在建重点项目(2个)\n(1)丙浦台湾农民创业园▲\n(2)丁平台湾农民创业园 ★\n').projects.map((p) => p.name), ['丙浦台湾农民创业园', '丁平台湾农民创业园']);
  });
  it('reads each line after a paragraph ending on works whose members follow (新开工18项重点工程分别是：) as one of them', () => {
    // Held-out set 368 (a national list of works to start); names changed.
    const outline = outlineOf('国家计划2009年新开工18项重点工程。18项新开工重点工程分别是：（1）甲至乙铁路\n（2）丙至丁铁路\n（3）戊己水利枢纽\n（4）无电地区电力建设。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage ?? '']), [
      ['甲至乙铁路', '开工'],
      ['丙至丁铁路', '开工'],
      ['戊己水利枢纽', '开工'],
    ]);
    // The lines may start after the colon, the category counted before it (`…项目，分别是：`).
    assert.deepEqual(outlineOf('今年新开工5个重点项目，分别是：\n1.甲乙铁路\n2.丙丁高速公路\n').projects.map((p) => p.name), ['甲乙铁路', '丙丁高速公路']);
    // A paragraph going on after its colon heads no lines.
    assert.deepEqual(outlineOf('今年新开工5个重点项目：要抓紧推进，确保进度。\n甲乙铁路\n').projects.map((p) => p.name), []);
  });
  it('reads a facility named before its floor area, and the parts built after a work\'s size as no works of their own', () => {
    // Held-out set 365 (news of a city's hospitals under construction); names changed.
    assert.deepEqual(
      reviewed('在甲市区，正在建设的有乙医科大学附属第二医院东海分院，该项目总建筑面积约11.1万平方米，设计病床1000张，建设门急诊医技楼、妇儿病房楼、核心病房楼及部分室外工程。位于丙金龙街道的丁市中医联合医院总建筑面积11.2万平方米，将建设医疗主体楼及能源中心、中药制剂楼及配套设施。'),
      [
        ['乙医科大学附属第二医院东海分院', '在建'],
        ['丁市中医联合医院', ''],
      ],
    );
  });
  it('reads the projects whose sites were gone to (一行深入A、B等项目现场) by name alone, not sites of other things', () => {
    // Held-out set 366 (news of a city's inspection before works start); names changed.
    assert.deepEqual(reviewed('甲鸿一行深入乙沮大道、市民之家、丙邦生物、新殡仪馆等项目现场，实地了解相关项目集中开工准备。'), [
      ['乙沮大道', ''],
      ['市民之家', ''],
      ['丙邦生物', ''],
      ['新殡仪馆', ''],
    ]);
    noWorks(['一行深入田间地头、农户家中等生产现场。', '一行来到甲村等项目现场。'], reviewed);
  });
  it('reads a line opening with a name before a colon and its investment and land (A：总投资1.2亿元，占地100亩) as a work, without a work\'s noun', () => {
    // Held-out set 367 (a development zone's report on its projects); names changed.
    assert.deepEqual(reviewed('甲瑞尔换热器：总投资1.2亿元，占地100亩，一期于08年正式投产。\n乙明铝业：总投资1.8亿元，占地100亩，一期于09年初投产。'), [
      ['甲瑞尔换热器', ''],
      ['乙明铝业', ''],
    ]);
    // Without the land, a name needs its noun: `目标任务：总投资…` is none.
    noWorks(['目标任务：总投资1.2亿元，年内完成投资3亿元。'], reviewed);
  });
  it('reads numbered works listed by their numbers alone before 工程 or a unit\'s noun (地铁2、3、9号线工程进度, 1、2号机组)', () => {
    // Held-out set 371 (a city construction commission's plan); names changed.
    assert.deepEqual(projects('加快地铁2、3、9号线工程进度，推进甲能乙沂电厂1、2号机组建设。').map((p) => p[0]), [
      '地铁2号线',
      '地铁3号线',
      '地铁9号线',
      '甲能乙沂电厂1号机组',
      '甲能乙沂电厂2号机组',
    ]);
  });
  it('reads places counted as projects before what is said of them (`A、B2个项目获批…`) as works, without a work\'s noun', () => {
    assert.deepEqual(reviewed('甲宇新材料、乙鲲二期、丙商高速3个项目获批省重大项目；丁利新材料、戊山产业园2个项目入选省优选项目。'), [
      ['甲宇新材料', ''],
      ['乙鲲二期', ''],
      ['丙商高速', ''],
      ['丁利新材料', ''],
      ['戊山产业园', ''],
    ]);
  });
  it('reads a work\'s name alone before its investment (A项目，总投资3亿元；) as a project with that investment', () => {
    const outline = outlineOf('一、2025年工作回顾\n首批签约的有甲新一期50兆瓦风电项目，总投资3亿元；乙德·总部经济大楼及配套项目，总投资5亿元；丙富尊裕项目，总投资2.5亿元。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment ?? '', p.stage ?? '']), [
      ['甲新一期50兆瓦风电项目', '3亿元', '签约'],
      ['乙德·总部经济大楼及配套项目', '5亿元', ''],
      ['丙富尊裕项目', '2.5亿元', ''],
    ]);
    // A task is no name: `推进项目建设，总投资3亿元`.
    noWorks(['推进重点项目建设，总投资3亿元。', '实施民生项目，总投资3亿元。'], reviewed);
  });
  it('reads the first name after projects said to include it (开工项目还包括A、B等), under their stage; pilots and descriptions are no works', () => {
    assert.deepEqual(reviewed('此次集中开工项目还包括甲彤生物质发电、乙州路东段基础设施建设、丙原生猪产业化十二场、丁地增减挂钩试点等重点项目。这些重点项目是该县践行“项目为王”理念的体现。'), [
      ['甲彤生物质发电', '开工'],
      ['乙州路东段基础设施建设', '开工'],
      ['丙原生猪产业化十二场', '开工'],
    ]);
  });
  it('reads 完工 opening a plan\'s list, interchanges (立交) as works, and 建设顺利 as under way', () => {
    assert.deepEqual(projects('完工甲家岩大桥、乙岩村大桥；完工丙龙桥立交、丁放东西路一期工程。'), [
      ['甲家岩大桥', '竣工'],
      ['乙岩村大桥', '竣工'],
      ['丙龙桥立交', '竣工'],
      ['丁放东西路一期工程', '竣工'],
    ]);
    assert.deepEqual(reviewed('戊云天序、己光城·翡丽公园等项目建设顺利。'), [
      ['戊云天序', '在建'],
      ['己光城·翡丽公园', '在建'],
    ]);
  });
  it('reads historic quarters (风貌区) as works, one each side of 和, and a provincial or city approval (获市级核准) as a status', () => {
    assert.deepEqual(projects('基本建成甲象街传统风貌区和乙利巷老街区；加快建设丙铜街传统风貌区。'), [
      ['甲象街传统风貌区', '竣工'],
      ['乙利巷老街区', '竣工'],
      ['丙铜街传统风貌区', '在建'],
    ]);
    assert.deepEqual(reviewed('投资6.5亿元的丁宾风力发电项目已获市级核准。').map(([name]) => name), ['丁宾风力发电项目']);
  });
  it('reads roads by number, bus rapid transit, interchanges (互通), numbered schools (县四小) and plants (三水厂) before their status as works, not 互联互通', () => {
    assert.deepEqual(reviewed('省道345建成通车，甲滕BRT/B6线快速公交投入运营。乙安南互通开工建设，县四小如期投入使用。'), [
      ['省道345', '通车'],
      ['甲滕BRT/B6线快速公交', '投入使用'],
      ['乙安南互通', '开工'],
      ['县四小', '投入使用'],
    ]);
    // Held-out set 166: a plant numbered alone (三水厂) is one, not levels of a network (二三级供水管网).
    assert.deepEqual(reviewed('三水厂主体工程完工。全面完成二三级供水管网改造。'), [['三水厂', '封顶']]);
    // Held-out set 198: the manner before the verb (以工匠精神加快建设…) is no part of the names.
    assert.deepEqual(projects('以工匠精神加快建设甲河湿地水系连通及配套项目、乙河之心等一批标志性重点工程，以绣花功夫推进丙安东路东延工程。').map(([name]) => name), [
      '甲河湿地水系连通及配套项目',
      '乙河之心',
      '丙安东路东延工程',
    ]);
    // Held-out set 205: a plant's generating unit (机组) is a work.
    assert.deepEqual(reviewed('提速甲能热电背压机组建设。'), [['甲能热电背压机组', '在建']]);
    noWorks(['加快交通基础设施互联互通。', '推进信息系统互联互通。']);
  });
  it('reads a road named 国道 or 省道 before its number (国道308, 省道G312) as a work, its own 改建 apart, and a ring tunnel (环隧)', () => {
    assert.deepEqual(projects('加快推动国道308改建、甲河大道北延通车运行。推进省道G312改建。'), [
      ['国道308', '通车'],
      ['甲河大道北延', '通车'],
      ['省道G312', '在建'],
    ]);
    assert.deepEqual(projects('实现乙环环隧通车。'), [['乙环环隧', '通车']]);
    noWorks(['改造国省道5条。完成国道12公里改建。']);
  });
  it('reads a work named by a one-letter placeholder (X大桥, X工业学校) as named, as one named XX is', () => {
    // A county's work summary drafted with X for every name.
    assert.deepEqual(projects('建成X大道、X路。X大桥建成通车。省示范高中和X工业学校全部开工建设。'), [
      ['X大道', '竣工'],
      ['X路', '竣工'],
      ['X大桥', '通车'],
      ['X工业学校', '开工'],
    ]);
  });

  it('reads 引进落地, 共同建好 and 扩能改造 as verbs before works, a kind of work before its verb (高速公路续建) as the topic, and a span of months before a status (4个月时间建成投产)', () => {
    // A district's five-year review.
    assert.deepEqual(projects('引进落地甲乙纳米、丙丁锂能等新能源项目19个。戊己锂能项目一期4个月时间建成投产。庚辛大桥仅用100天就建成通车。'), [
      ['甲乙纳米', '签约'],
      ['丙丁锂能', '签约'],
      ['戊己锂能项目一期', '竣工投产'],
      ['庚辛大桥', '通车'],
    ]);
    assert.deepEqual(projects('落地签证服务中心投入使用。'), [['落地签证服务中心', '投入使用']]);
    // A county's 2023 review: `新签约中车新能源、…等亿元以上项目77个`.
    assert.deepEqual(projects('新签约甲乙新能源、丙丁科技汽车诊断等亿元以上项目77个。'), [
      ['甲乙新能源', '签约'],
      ['丙丁科技汽车诊断', '签约'],
    ]);
    // Beijing's 2024 plan: `共同建好雄安新区中关村科技园`; 共同 alone opens no verb (`共同富裕`).
    assert.deepEqual(projects('共同建好甲乙新区丙丁科技园。'), [['甲乙新区丙丁科技园', '在建']]);
    noWorks(['建设共同富裕示范区。']);
    // Jilin's 2022 plan: `高速公路续建集安至桓仁等7个项目722公里，新开工…`: the kind of work the clause is about opens it.
    assert.deepEqual(projects('高速公路续建甲乙至丙丁等7个项目722公里，新开工戊己都市圈西环线等3个项目307公里。'), [
      ['甲乙至丙丁', '在建'],
      ['戊己都市圈西环线', '开工'],
    ]);
    // Sichuan's 2025 plan: `加快对外开放大通道建设` builds corridors of a kind; 对外 is no preposition before a name.
    noWorks(['加快对外开放大通道建设。']);
    assert.deepEqual(projects('推进甲乙对外开放口岸建设。'), [['甲乙对外开放口岸', '在建']]);
    // Inner Mongolia's 2025 plan: `扩能改造临哈线、集二线`.
    assert.deepEqual(projects('扩能改造甲乙线、丙丁线。'), [
      ['甲乙线', '在建'],
      ['丙丁线', '在建'],
    ]);
  });

  it('reads an exit of a highway as a work (沈海高速鳌头出口), not trade (机电产品出口), and a stage before building entered as 前期', () => {
    // A city's five-year review and a district's 2017 review.
    assert.deepEqual(projects('甲乙高速丙丁出口开通。戊己高速庚辛东出口成功获批。壬癸铁路进入勘察设计招标阶段。子丑铁路进入铺轨阶段。'), [
      ['甲乙高速丙丁出口', '通车'],
      ['戊己高速庚辛东出口', '前期'],
      ['壬癸铁路', '前期'],
      ['子丑铁路', '在建'],
    ]);
    noWorks(['开通跨境电商出口。', '推动外贸出口稳步增长。']);
  });

  it('reads tendering and a reviewed construction drawing (挂网招标, 完成施工图评审) as the stage before building', () => {
    assert.deepEqual(projects('甲县配水厂改造工程、X新区供水主干管工程正在挂网招标。乙耕路完成施工图评审。丙丁大桥完成招标。'), [
      ['甲县配水厂改造工程', '前期'],
      ['X新区供水主干管工程', '前期'],
      ['乙耕路', '前期'],
      ['丙丁大桥', '前期'],
    ]);
  });

  it('reads a phase listed alone after a phase of a named work (甲乙一期、二期工程) as that work\'s next phase', () => {
    // Inner Mongolia's 2025 plan: `实现引绰济辽一期、二期工程全线通水`.
    assert.deepEqual(projects('实现甲乙渠一期、二期工程全线通水。推进丙丁医院一期、二期、三期等项目建设。'), [
      ['甲乙渠一期', ''],
      ['甲乙渠二期工程', ''],
      ['丙丁医院一期', '在建'],
      ['丙丁医院二期', '在建'],
      ['丙丁医院三期', '在建'],
    ]);
    noWorks(['推进一期、二期工程建设。']);
  });
  it('reads a work opening with 国际 as named (国际医学城, 甲市国际陆港铁路专用线), not an international hub or corridor it aims to be', () => {
    assert.deepEqual(projects('加快建设国际医学城。加快建设乙兰高铁丙考段、国际陆港铁路专用线等。'), [
      ['国际医学城', '在建'],
      ['乙兰高铁丙考段', '在建'],
      ['国际陆港铁路专用线', '在建'],
    ]);
    noWorks(['强化国际航空货运枢纽建设。', '推进国际运输走廊建设。']);
  });
  it('reads the first item after the verb governing a list as a sibling of the named work that ends it (力促A、B一期竣工投运)', () => {
    assert.deepEqual(projects('力促甲之船·奥莱、乙河堡一期竣工投运。'), [
      ['甲之船·奥莱', '投入使用'],
      ['乙河堡一期', '投入使用'],
    ]);
    assert.deepEqual(projects('谋划多年、惠及3400万人的引丙济丁工程启动建设。').map(([name]) => name), ['引丙济丁工程']);
  });
  it('names a short place listed before a work of a category with that category (吉大、南区污水处理厂提标改造工程)', () => {
    assert.deepEqual(projects('推进甲大、乙区污水处理厂提标改造工程。加快丙忻、丁雄铁路项目建设。'), [
      ['甲大污水处理厂提标改造工程', '在建'],
      ['乙区污水处理厂提标改造工程', '在建'],
      ['丙忻铁路项目', '在建'],
      ['丁雄铁路项目', '在建'],
    ]);
  });
  it('keeps 整合, 铺开, 梯次推进 and 为确保 out of the names they open', () => {
    assert.deepEqual(projects('整合甲西林场生态文化园、乙村阻击战纪念馆等景点。').map(([name]) => name), ['甲西林场生态文化园', '乙村阻击战纪念馆']);
    noWorks(['为确保各重点项目顺利推进。', '全面铺开供水供气、道路建设、综合管廊等工程。']);
  });
  it('reads a name after the category set before it (安置房项目宏图家园) and a village named 龙头村 as a place, not a programme', () => {
    assert.deepEqual(reviewed('安置房项目甲图家园主体建成。乙泗洋、龙头村安置留地项目顺利结顶。'), [
      ['甲图家园', '封顶'],
      ['乙泗洋', '封顶'],
      ['龙头村安置留地项目', '封顶'],
    ]);
    noWorks(['推进城市生命线安全工程向城市全域覆盖和县城延伸。', '推进道路硬化、安全饮水等工程效果提升。'], reviewed);
  });
  it('names an owner and capacity listed before a plant of the same unit as a plant of that kind (甲盛2万千瓦、乙能20万千瓦风电)', () => {
    assert.deepEqual(reviewed('甲盛2万千瓦、乙能20万千瓦风电成功并网。'), [
      ['甲盛2万千瓦风电', '投入使用'],
      ['乙能20万千瓦风电', '投入使用'],
    ]);
    noWorks(['新增装机2万千瓦、光伏10万千瓦。'], reviewed);
  });
  it('reads land cleared (房屋征收基本完成, 征迁工作全面完成) and a scheme settled (方案基本确定) as the stage before building', () => {
    assert.deepEqual(reviewed('甲六区域快线方案基本确定。乙夏大道拓宽改造项目房屋征收接近尾声。丙盐高速征迁工作全面完成。'), [
      ['甲六区域快线', '前期'],
      ['乙夏大道拓宽改造项目', '前期'],
      ['丙盐高速', '前期'],
    ]);
  });
  it('reads a plant named by its capacity and product in a list of projects (6万吨电解锰、22万吨省储粮等重大项目)', () => {
    assert.deepEqual(reviewed('6万吨甲解锰、22万吨乙储粮、两万套铝材模具生产线等重大项目陆续开工建设。').map(([name]) => name), ['6万吨甲解锰', '22万吨乙储粮', '两万套铝材模具生产线']);
    noWorks(['建成5万吨和10万吨等项目。'], reviewed);
  });
  it('reads the place’s new school, museum or hospital (新一中, 新高中, 新博物馆) as one work', () => {
    assert.deepEqual(reviewed('推进新一中、甲安小学建成投用。新博物馆建成开馆。').map(([name]) => name), ['新一中', '甲安小学', '新博物馆']);
    noWorks(['新建医院3所。'], reviewed);
  });
  it('leaves kinds of road (瓶颈路) and tasks ending in 振兴 out of lists of works', () => {
    assert.deepEqual(projects('拓通甲江滨路、乙民路北段等16个断头路、瓶颈路。').map(([name]) => name), ['甲江滨路', '乙民路北段']);
    noWorks(['要聚焦“三城”建设、城市更新、乡村振兴、小流域治理等中心工作谋划项目。']);
  });
  it('reads a group named by its count (等“六大工程”) as works only when half its members at least are works by their nouns', () => {
    noWorks(['实施地力提升、现代种业、农机装备等“六大工程”，建成高标准农田10万亩。']);
    assert.deepEqual(projects('推动甲乙机场群、丙丁高铁、戊己灌区等“十大工程”纳入国家规划。').map(([name]) => name), ['甲乙机场群', '丙丁高铁', '戊己灌区']);
  });
  it('reads work along a kind of road (国道沿线环境整治) as a task, not a work', () => {
    noWorks(['完成国道沿线环境整治。'], reviewed);
    assert.deepEqual(projects('加快国道G312扩建。').map(([name]) => name), ['国道G312扩建']);
  });
  it('reads 前期工作安排 as the stage before building', () => {
    assert.deepEqual(projects('做好G329、S104甲宁路前期工作安排。'), [
      ['G329', '前期'],
      ['S104甲宁路', '前期'],
    ]);
  });
  it('reads 开业迎宾 and 意向签约 as statuses after a name', () => {
    assert.deepEqual(reviewed('甲下壕民俗街区一期开业迎宾。完成乙客餐饮总部项目意向签约。'), [
      ['甲下壕民俗街区一期', '投入使用'],
      ['乙客餐饮总部项目', '签约'],
    ]);
  });
  it('does not take the verb before a bare list for a name that makes its siblings works (完善学校、医院、商场等设施)', () => {
    noWorks(['完善学校、医院、商场、文体等公共服务设施。']);
  });
  it('names the members of a list of commercial complexes (等商业综合体) as works of that kind', () => {
    assert.deepEqual(projects('加快建设甲城万达等商业综合体。'), [['甲城万达商业综合体', '在建']]);
  });
  it('reads 拓通 as opening works to traffic, and the works after a place and 将 (芗城区将全力推进A)', () => {
    assert.deepEqual(projects('拓通甲江滨路、乙民路北段等16个断头路。卫生方面，丙城区将全力推进丁州市人民医院新门诊大楼等项目建设。'), [
      ['甲江滨路', '通车'],
      ['乙民路北段', '通车'],
      ['丁州市人民医院新门诊大楼', '在建'],
    ]);
  });
  it('reads talent apartments, environmental protection, abandoned farmland and seedling centres as kinds, not works', () => {
    noWorks(['产业发展、城乡建设、生态环保等一批大项目纳入上级大盘子。', '人才公寓、供热供水管网、污水处理厂等项目加快建设。'], reviewed);
    noWorks(['积极推进“退经还粮”、撂荒地整治。', '加快建设水稻集中育秧和瓜菜育苗中心。']);
  });
  it('reads a section\'s title that is one work\'s name before its description as that work, and the description as none', () => {
    assert.deepEqual(projects('（一）甲药材种植产业园项目：该项目位于我镇东王内村，总投资120万元，占地500余亩。\n（二）推进重点项目建设：该项目位于我镇北漳村。'), [['甲药材种植产业园项目', '']]);
  });
  it('reads marks typed half-width after a bracket as the Chinese marks they stand for', () => {
    assert.deepEqual(reviewed('新增入库项目2个(甲家塘、乙西门),3月新申报入库项目2个(丙中电气、丁淼)。'), [
      ['甲家塘', ''],
      ['乙西门', ''],
      ['丙中电气', ''],
      ['丁淼', ''],
    ]);
  });
  it('reads 的前期推进, 主体结构顺利完工 and 竣备并交付 as statuses, canteens as works, and an investment in words before a name as its description', () => {
    assert.deepEqual(projects('五是争取甲武铁路、乙用机场的前期推进。开工建设丙南小学食堂。'), [
      ['甲武铁路', '前期'],
      ['乙用机场', '前期'],
      ['丙南小学食堂', '开工'],
    ]);
    assert.deepEqual(reviewed('丁街第二幼儿园主体结构顺利完工。百亿投资戊台抽蓄项目全面开工。己风小区顺利竣备并交付。'), [
      ['丁街第二幼儿园', '竣工'],
      ['戊台抽蓄项目', '开工'],
      ['己风小区', '投入使用'],
    ]);
  });
  it('reads 对外 before a status, 主体建成 and 拆除重建 as statuses, and 紧急 and 异地 before the verb', () => {
    assert.deepEqual(reviewed('甲港配套服务中心对外投用，乙湖公园对外开放。丙图家园主体建成。丁门桥拆除重建，戊木镇恢复重建全面完成。紧急抢建己昌方舱医院。异地新建庚阳幼儿园。'), [
      ['甲港配套服务中心', '投入使用'],
      ['乙湖公园', '投入使用'],
      ['丙图家园', '封顶'],
      ['丁门桥', '在建'],
      ['戊木镇恢复重建', '竣工'],
      ['己昌方舱医院', '开工'],
      ['庚阳幼儿园', '开工'],
    ]);
  });
  it('reads named parks opening a clause on their firms or output as works, not ports by their throughput', () => {
    assert.deepEqual(reviewed('甲村工业园入驻企业42家。乙潭临港产业园产值首次突破300亿元。丙明高新园区共入驻65家企业。丁波港货物吞吐量突破5亿吨。'), [
      ['甲村工业园', ''],
      ['乙潭临港产业园', ''],
      ['丙明高新园区', ''],
    ]);
  });
  it('reads 落成 as a status, parks named as valleys, a museum of a summit, and a year of a programme before a count as no name', () => {
    assert.deepEqual(reviewed('甲光湿地园主园区落成。乙利智慧健康谷加快建设。G20丙州峰会博物馆建成投用。2022年度1万亩高标准农田项目开工建设。加快丁吉、戊犁河谷等玉米制种基地建设。第二届数字峰会开幕。'), [
      ['甲光湿地园主园区', '竣工'],
      ['乙利智慧健康谷', '在建'],
      ['G20丙州峰会博物馆', '投入使用'],
    ]);
  });
  it('names no works in utilities named by their first characters or in an approximate quantity of households', () => {
    noWorks(['推进道路、水、电、气、热、通信等配套基础设施建设。', '实施水电气热等市政管网改造工程。', '完善水电气路等配套设施建设。']);
    noWorks(['完成约9000户农户农村生活污水治理。'], reviewed);
  });
  it('reads a work entered in a project library, its environmental review, its approval and its preparation as early stages', () => {
    assert.deepEqual(reviewed('甲家河煤矿纳入国家项目库。乙岭人防宣教基地等47个重大项目储备入库。丙子湖旅游度假区入选省旅游重大项目库。丁阳湖水利枢纽环评正式受理。戊意生态园批准设立。全力推进己江机场筹建工作。加快庚命文艺家博物院建设。'), [
      ['甲家河煤矿', '前期'],
      ['乙岭人防宣教基地', '前期'],
      ['丙子湖旅游度假区', '前期'],
      ['丁阳湖水利枢纽', '前期'],
      ['戊意生态园', '前期'],
      ['己江机场', '前期'],
      ['庚命文艺家博物院', '在建'],
    ]);
  });
  it('reads an item number set apart by a space, relocation estates named before their kind, and sports grounds', () => {
    assert.deepEqual(outlineOf('二、2026年工作安排\n5 实施甲同市工人体育场改造提升工程；\n6 建设乙河御景等5个安置小区；\n').projects.map((p) => p.name), [
      '甲同市工人体育场改造提升工程',
      '乙河御景安置小区',
    ]);
    noWorks(['惠及丙二中学、丁安小学等学校和戊龙风景、己珑苑等小区。']);
  });
  it('reads the works a plan lists after 计划 or 拟 and a verb, the first one too', () => {
    assert.deepEqual(projects('计划完成S208线甲镇至乙镇段改建工程、S119线丙村至丁村段改扩建工程等5个近期项目。').map((p) => p[0]), [
      'S208线甲镇至乙镇段改建工程',
      'S119线丙村至丁村段改扩建工程',
    ]);
    assert.deepEqual(projects('拟开工建设东岭水库。'), [['东岭水库', '开工']]);
  });
  it('reads works after the place a clause is about, and a main structure said to be 竣工 as topped out', () => {
    assert.deepEqual(projects('高新区加快推进甲乙产业园建设。南湖片区加快文旅CBD、中医药殿堂等项目进度。'), [
      ['甲乙产业园', '在建'],
      ['文旅CBD', '在建'],
      ['中医药殿堂', '在建'],
    ]);
    assert.deepEqual(reviewed('员工宿舍和食堂投入使用，公租房一期主体竣工。'), [['公租房一期', '封顶']]);
    noWorks(['开发区大力推进景区改造和展陈提升。'], reviewed);
  });
  it('reads a numbered item of a work\'s name and 建设 as that work, not a category or a system', () => {
    assert.deepEqual(projects('1.东坝安置区二期建设；\n2.甲县人民医院二期工程建设；\n3.美丽乡村建设；\n4.高标准农田建设；\n5.新型电力系统建设；'), [
      ['东坝安置区二期', '在建'],
      ['甲县人民医院二期工程', '在建'],
    ]);
  });
  it('names no work in a quantity bounded from below', () => {
    noWorks(['完成不少于27条农村黑臭水体整治。', '建成至少3处城市口袋公园。']);
  });
  it('names no works in research bodies listed as institutions', () => {
    noWorks(['积极引入甲港脑科学创新研究院、乙圳合成生物学创新研究院等国际一流科研机构。', '推动丙圳湾实验室、丁省实验室(深圳)等高水平科研机构选址并试运行。']);
  });
  it('names no works in bus routes, old housing renovated, counts of households, or works bidding for a title', () => {
    noWorks([
      '增加汉江石村至李家坊、汉江桥头至谷城高铁站等5条公交线路。',
      '改造汉江粮行、三多庵等老旧小区50个；改造线子街、大巷子等背街小巷50条。',
      '完成2.1万余户燃气改造。',
      '加快市一医院、中医院创建三甲医院。',
    ]);
  });
  it('reads a count ending the last name of a list, a school numbered by grade before 等, firms listed as projects, a headquarters, a highway exit, a service road or a stretch of a coded road, and a statement closed by 实施', () => {
    // `A中学2所新校`: as many works as were listed, each with its own noun; not a count of the roads serving them.
    assert.deepEqual(reviewed('建成甲闽小学、乙南中学2所新校，完成丙门中学改扩建（一期）、丁洲中学教学楼2个改扩建项目。'), [
      ['甲闽小学', '竣工'],
      ['乙南中学', '竣工'],
      ['丙门中学改扩建（一期）', '竣工'],
      ['丁洲中学教学楼', '竣工'],
    ]);
    assert.deepEqual(reviewed('建成甲运华府小区、乙方明珠小区2条棚改配套道路。').at(-1), ['乙方明珠小区2条棚改配套道路', '竣工']);
    // `九中等` closes a list (the 等 of 中等 does not).
    assert.deepEqual(reviewed('建成甲湖小学、乙信九中等7所中心城区学校。'), [
      ['甲湖小学', '竣工'],
      ['乙信九中', '竣工'],
    ]);
    noWorks(['发展中等职业教育。']);
    assert.deepEqual(reviewed('甲石集团、乙兴玻璃等一批项目签约，丁实集团戊吉总部落户。'), [
      ['甲石集团', '签约'],
      ['乙兴玻璃', '签约'],
      ['丁实集团戊吉总部', '签约'],
    ]);
    noWorks(['引进一批企业总部。']);
    assert.deepEqual(projects('提升改造甲宝高速路出口。'), [['甲宝高速路出口', '在建']]);
    // A road by its code and a stretch (`国道350甲英段`: no `0大` counting), a service road, and 构建 before a kind of road.
    assert.deepEqual(projects('启动省道209甲英段建设，加快国道350甲英段改建。'), [
      ['省道209甲英段', '开工'],
      ['国道350甲英段', '在建'],
    ]);
    assert.deepEqual(reviewed('三环辅道全线贯通。'), [['三环辅道', '通车']]);
    noWorks(['加快构建快速路、主次干支路级配合理的城市路网系统。']);
  });
  it('reads works settling in a park, a description before a member of a list of projects, 全速 and 服务推进 before works, and 初见雏形 as under way', () => {
    assert.deepEqual(reviewed('总投资超45亿元的甲北钛镍等22个产业化项目落户乙源工业园区，丙旭光伏电池、丁芯半导体、己泰光电智能制造产业园落地戊山工业园。'), [
      ['甲北钛镍', '签约'],
      ['丙旭光伏电池', '签约'],
      ['丁芯半导体', '签约'],
      ['己泰光电智能制造产业园', '签约'],
    ]);
    assert.deepEqual(projects('全速推进甲鲤大道、乙中大道等5个聚城畅通项目建设，服务推进丙九高铁丁阳至戊冈段等项目前期工作。'), [
      ['甲鲤大道', '在建'],
      ['乙中大道', '在建'],
      ['丙九高铁丁阳至戊冈段', '前期'],
    ]);
    assert.deepEqual(reviewed('甲青堤防江滩综合改造一期初见雏形。'), [['甲青堤防江滩综合改造一期', '在建']]);
  });
  it('reads 主体结构施工 and 完成主体结构 as statuses, a category before a count of another kind, and no work in a count of many', () => {
    assert.deepEqual(projects('力促甲六环路入地改造工程主体结构施工，力促乙唐城际铁路完成主体结构。'), [
      ['甲六环路入地改造工程', '在建'],
      ['乙唐城际铁路', '封顶'],
    ]);
    assert.deepEqual(reviewed('丙能电池盒、丁耀天窗智能化生产等3个智能工厂、16个数字化车间加快建设。'), [
      ['丙能电池盒', '在建'],
      ['丁耀天窗智能化生产', '在建'],
    ]);
    noWorks(['新建1100余个5G基站。']);
    assert.deepEqual(reviewed('甲镁轻合金项目主体工程全面实施、乙建港廊一体化项目开工建设，丙州机场预计2024年通航。'), [
      ['甲镁轻合金项目', '在建'],
      ['乙建港廊一体化项目', '开工'],
      ['丙州机场', '通车'],
    ]);
  });
  it('names no work by its area or a bare kind of building, and reads past a dash opening a paragraph', () => {
    assert.deepEqual(reviewed('——总建筑面积、单体建筑面积世界之最的国际会展中心一期建成启用；占地60.5万、建面150万平方米的“互联网+”未来科技城落地；剧院、图书馆、博物馆三大文化建筑开工。'), [
      ['国际会展中心一期', '投入使用'],
      ['“互联网+”未来科技城', '签约'],
    ]);
  });
  it('keeps the size opening a park\'s name, a capacity opening a work\'s or a product\'s Latin name with the work, and no target in it; a generic work\'s size is one', () => {
    // Blind sets' 郎溪 2019 and 儋州 2022 plans (names changed).
    const body = '重点抓好4500亩甲莓产业园建设。力争180万吨PET、碳五碳九等8个项目年内开工。新建5000亩高标准农田。';
    assert.deepEqual(projects(body), [
      ['4500亩甲莓产业园', '在建'],
      ['180万吨PET', '开工'],
      ['碳五碳九', '开工'],
    ]);
    const goals = outlineOf(`一、2026年工作安排\n${body}\n`).goals.map((g) => [g.indicator, g.value + g.unit]);
    assert.deepEqual(goals, [
      ['项目', '8个'],
      ['高标准农田', '5000亩'],
    ]);
    noWorks(['完成68公里供水管网建设。', '新建200亩农业产业园。', '实施10蒸吨以下燃煤锅炉改造。']);
    // A capacity opening a work's name sizes that work (儋州 2022).
    assert.deepEqual(projects('开工建设甲浦国际集装箱枢纽港扩建、20万吨航道改扩建、5万吨公共液化烃码头等重点港航工程。'), [
      ['甲浦国际集装箱枢纽港扩建', '开工'],
      ['20万吨航道改扩建', '开工'],
      ['5万吨公共液化烃码头', '开工'],
    ]);
  });
  it('reads a dike strengthened as a work, 拉开…建设序幕 as a start, a highway\'s 第一阶段 as its stage, and leaves out an alias in parentheses', () => {
    // Blind sets' 沙洋 2019, 沭阳 2019 and 霍邱 2024 reports (names changed).
    assert.deepEqual(projects('完成甲港河治理和乙湖湖堤加固。'), [
      ['甲港河治理', '竣工'],
      ['乙湖湖堤加固', '竣工'],
    ]);
    assert.deepEqual(projects('丙下、丁圩3个乡镇纳入城市圈，拉开十字新城建设序幕。'), [['十字新城', '开工']]);
    // A stage of a highway is named like a phase (湘西 2016).
    assert.deepEqual(reviewed('庚花、辛茶2条高速公路和壬永高速第一阶段建成通车。'), [
      ['庚花高速公路', '通车'],
      ['辛茶高速公路', '通车'],
      ['壬永高速第一阶段', '通车'],
    ]);
    assert.deepEqual(projects('加快推进戊河流域重要行蓄洪区建设工程己丘段(即保庄圩工程)和行蓄洪区居民迁建工程。'), [
      ['戊河流域重要行蓄洪区建设工程己丘段', '在建'],
      ['行蓄洪区居民迁建工程', '在建'],
    ]);
  });
  it('reads a work\'s steps listed as one status (竣工交付、即将投用), 早开工 as a start and 高中 before 等 as a school closing a list', () => {
    // Blind sets' 平度 2021 review and 如皋 2020 plan (names changed).
    assert.deepEqual(reviewed('甲岛农业大学乙度校区竣工交付、即将投用，丙东方国际双语学校开工建设。'), [
      ['甲岛农业大学乙度校区', '投入使用'],
      ['丙东方国际双语学校', '开工'],
    ]);
    assert.deepEqual(projects('推动丁皋过江通道早开工。'), [['丁皋过江通道', '开工']]);
    // A high school before 等 closes a list (青浦 2024).
    assert.deepEqual(projects('戊泾南部九年一贯制学校、己外高中等10所学校投入使用。'), [
      ['戊泾南部九年一贯制学校', '投入使用'],
      ['己外高中', '投入使用'],
    ]);
  });
  it('names no work by a count of one (一座…) nor by a bound inside it (…不少于5期)', () => {
    // A blind set's 保康 2026 list of 民生实事 (names changed).
    noWorks(['1.在甲康高速路口停车场，新建一座高低压一体箱式变电站；2.在乙坪高速路口充电站，新建一座高低压一体箱式变电站。', '2.累计培训学员1000人以上，实施“项目化”培训不少于5期。']);
  });
  it('reads a road\'s stretch between two places in parentheses, 完成大修, kindergartens listed by name and metro lines numbered in a series', () => {
    // Blind sets 76 and 77 (舒城 2021, 新华 2019, 厦门 2018; names changed).
    assert.deepEqual(projects('分别为：甲天路(乙楼北街-丙池路)、丁四路(纬一路-戊潭北路)、己三路(庚麟路---甲天路)等建设工程的施工。'), [
      ['甲天路(乙楼北街-丙池路)', '在建'],
      ['丁四路(纬一路-戊潭北路)', '在建'],
      ['己三路(庚麟路---甲天路)', '在建'],
    ]);
    assert.deepEqual(projects('完成甲天路（乙楼北街至丙池路）、丁四路（纬一路至戊潭北路）等道路建设。'), [
      ['甲天路（乙楼北街至丙池路）', '竣工'],
      ['丁四路（纬一路至戊潭北路）', '竣工'],
    ]);
    assert.deepEqual(reviewed('红星街等5条道路完成大修。'), [['红星街', '竣工']]);
    assert.deepEqual(projects('确保幸福苑等3所幼儿园投入使用。'), [['幸福苑', '投入使用']]);
    noWorks(['新建城东、城西等5所幼儿园。']);
    assert.deepEqual(projects('加快推进地铁3、4、6号线建设。'), [
      ['地铁3号线', '在建'],
      ['地铁4号线', '在建'],
      ['地铁6号线', '在建'],
    ]);
    assert.deepEqual(projects('加快建设县人民医院分院。'), [['县人民医院分院', '在建']]);
  });
  it('reads numbered items of works hardened, widened or upgraded step by step, 加紧推进 as a status, and no link road as a name', () => {
    // Blind sets 72 (利川 2025), 56 (大厂 2014) and 68 (乐清 2019); names changed.
    assert.deepEqual(projects('1.甲市乙镇丙村丁湾至戊凼公路硬化项目；\n2.甲市己镇村级集中安置点基础配套设施提档升级项目；').map((p) => p[0]), [
      '甲市乙镇丙村丁湾至戊凼公路硬化项目',
      '甲市己镇村级集中安置点基础配套设施提档升级项目',
    ]);
    assert.deepEqual(projects('甲隅木业、乙全鲜食等项目加紧推进。'), [
      ['甲隅木业', '在建'],
      ['乙全鲜食', '在建'],
    ]);
    noWorks(['加快推进连接线建设。']);
  });
  it('reads 主体加快施工 and 结构贯通 as statuses and a work\'s 施工进度 as work under way', () => {
    // Blind sets 45 (德惠 2026) and 41 (通州 2020); names changed.
    assert.deepEqual(reviewed('甲唐乙春二热“退城进郊”煤电项目主体加快施工。'), [['甲唐乙春二热“退城进郊”煤电项目', '在建']]);
    assert.deepEqual(projects('实现地铁17号线结构贯通，加快6号线二期车辆段和丙夏园交通枢纽施工进度。'), [
      ['地铁17号线', '在建'],
      ['6号线二期车辆段', '在建'],
      ['丙夏园交通枢纽', '在建'],
    ]);
  });
  it('reads resettlement and rental housing as works, 建成交付 as a leading verb and 升级改造 after a list', () => {
    // Blind sets 71 (鲤城 2024), 72 (保康 2026) and 64 (商丘 2023); names changed.
    assert.deepEqual(projects('建成交付甲国路安商房。'), [['甲国路安商房', '投入使用']]);
    assert.deepEqual(projects('1.新建乙康县老一中保租房，建筑内容共6层、33套。').map((p) => p[0]), ['乙康县老一中保租房']);
    assert.deepEqual(projects('推动投资26亿元的丙丘农产品中心批发市场、投资15亿元的丁原车城等升级改造。'), [
      ['丙丘农产品中心批发市场', '在建'],
      ['丁原车城', '在建'],
    ]);
  });
  it('reads large science facilities and telecom gateways named by their kind, listed or as a clause\'s subject', () => {
    // The 2026 Guangdong report (in the labelled set); names changed.
    assert.deepEqual(reviewed('甲门中微子实验站、乙州强流重离子加速器建成运行。'), [
      ['甲门中微子实验站', '投入使用'],
      ['乙州强流重离子加速器', '投入使用'],
    ]);
    assert.deepEqual(projects('加快建设丙江环形正负电子对撞机、丁莞散裂中子源二期、戊海硬X射线自由电子激光光源和己南射电望远镜。').map((p) => p[0]), [
      '丙江环形正负电子对撞机',
      '丁莞散裂中子源二期',
      '戊海硬X射线自由电子激光光源',
      '己南射电望远镜',
    ]);
    // Named as the subject of what it achieved (the 2026 Yunnan report), as a telecom gateway is.
    assert.deepEqual(reviewed('庚明国际通信业务出入口局实现贯通互联。辛州强流重离子加速器实现首次出束。').map((p) => p[0]), [
      '庚明国际通信业务出入口局',
      '辛州强流重离子加速器',
    ]);
  });
  it('reads 全面推进 and 加速推动 as progress, 有效 and 主动服务 before the verb, and a place ending in 平 before a count', () => {
    // Blind set 82 (reports of 2015–2025 on stored pages); names changed.
    assert.deepEqual(reviewed('甲官、乙新、丙辰三条高速公路建设全面推进。'), [
      ['甲官高速公路', '在建'],
      ['乙新高速公路', '在建'],
      ['丙辰高速公路', '在建'],
    ]);
    assert.deepEqual(reviewed('丁都机场捷运线、戊密高速二期加速推动。'), [
      ['丁都机场捷运线', '在建'],
      ['戊密高速二期', '在建'],
    ]);
    assert.deepEqual(reviewed('有效保障己舟铁路建设。主动服务城市副中心、庚兴机场建设。'), [
      ['己舟铁路', '在建'],
      ['庚兴机场', '在建'],
    ]);
    // `平等` is a word, but not before a count: `辛安至东平等34个`.
    assert.deepEqual(projects('抓好辛安至东平等34个在建项目。'), [['辛安至东平', '在建']]);
    noWorks(['坚持公平等原则。']);
  });
  it('reads a quoted water transfer in a list of works; no works in a list of campaigns closed by their quoted count, nor in places counted', () => {
    // Blind set 82; names changed.
    assert.deepEqual(reviewed('“引甲济乙”、丙台子水库等工程进展顺利。'), [
      ['引甲济乙', '在建'],
      ['丙台子水库', '在建'],
    ]);
    noWorks(['扎实推进产业持续攻坚、美丽乡村建设、城乡均衡发展、幸福指数提升、优化改进作风“五大行动”。']);
    noWorks(['丁梧、戊县等3个县区通了新的高速公路。', '打通了己东地区海上、陆路进出口新通道。'], reviewed);
  });
  it('reads a work after the first of its kind it is (首条旅游公路A公路); no works in titles of a city (千秋之城), projects to attract or waste recycling', () => {
    // Blind set 83 (reports of 2015–2025 on stored pages); names changed.
    assert.deepEqual(reviewed('首条旅游公路甲莽公路、G107西绕城线建成通车。'), [
      ['甲莽公路', '通车'],
      ['G107西绕城线', '通车'],
    ]);
    noWorks(['建设千秋之城、未来之城、典范之城，打造创新发展示范区。', '精准谋划招引项目。']);
    noWorks(['固体废物回收利用、污水处理厂提标改造等项目开工建设。'], reviewed);
  });
  it('splits two roads at 和 before how they are built, reads a list whose category is counted before another count, bus depots as works, and no work in a corridor of innovation', () => {
    // Blind set 84 (reports of 2015–2025 on stored pages); names changed.
    assert.deepEqual(reviewed('甲菏高速、105国道和328省道中段改建等工程加快推进。'), [
      ['甲菏高速', '在建'],
      ['105国道', '在建'],
      ['328省道中段', '在建'],
    ]);
    assert.deepEqual(reviewed('改造乙清线、丙谢线等县乡公路5条、危桥19座。'), [
      ['乙清线', '在建'],
      ['丙谢线', '在建'],
    ]);
    assert.deepEqual(projects('更新改造丁康路等道路80条、桥梁15座。'), [['丁康路', '在建']]);
    assert.deepEqual(projects('加快戊城汽车北站等公交场站建设。'), [['戊城汽车北站', '在建']]);
    // Held-out set 200: a road network (路网) is a category of roads.
    assert.deepEqual(projects('完善秋江路西延线等骨干路网。').map(([name]) => name), ['秋江路西延线']);
    noWorks(['开通己、庚等公交线路。', '启动郑开双创走廊建设。']);
  });
  it('reads works named in brackets after their counted kind, 全面铺开 as progress and 工可获批 as a step before building; no work in a framework counted in quotes', () => {
    // Blind set 85 (reports of 2015–2025 on stored pages); names changed.
    assert.deepEqual(projects('竣工3所幼儿园(甲山配套幼儿园、乙庐配套幼儿园)，开工1所幼儿园(丁港单元R22-01幼儿园)、1所小学(戊港单元地块配套小学)。'), [
      ['甲山配套幼儿园', '竣工'],
      ['乙庐配套幼儿园', '竣工'],
      ['丁港单元R22-01幼儿园', '开工'],
      ['戊港单元地块配套小学', '开工'],
    ]);
    assert.deepEqual(reviewed('己凰山隧道群、庚南路立交、辛龙立交全面铺开。'), [
      ['己凰山隧道群', '在建'],
      ['庚南路立交', '在建'],
      ['辛龙立交', '在建'],
    ]);
    assert.deepEqual(projects('推动地铁2号线壬尾延伸段工可获批。'), [['地铁2号线壬尾延伸段', '前期']]);
    noWorks(['着力推动"四向八廊"对外通道建设。']);
  });
  it('reads 顺利打通 as opened, a work after the ordinal of its kind (第六座跨江大桥A大桥), and 开通试运营 before the works', () => {
    // Blind set 87 (county and district reports on stored pages); names changed.
    assert.deepEqual(reviewed('甲阳路南段、乙歌路花街段等6条“断头路”顺利打通。'), [
      ['甲阳路南段', '通车'],
      ['乙歌路花街段', '通车'],
    ]);
    assert.deepEqual(reviewed('丙海市区第六座跨灵江大桥丁龙大桥建成通车。'), [['丁龙大桥', '通车']]);
    assert.deepEqual(projects('开通试运营地铁5号线二期。'), [['地铁5号线二期', '通车']]);
  });
  it('names no work by a rate (开工率、竣工率双提升)', () => {
    // A blind set's 广德 2023 plan.
    noWorks(['全年新开工项目139个、新投产项目58个，确保开工率、竣工率双提升。']);
  });
  it('names no works in water-source, testing, bridge and disaster-relief categories, characteristic towns or trademarks', () => {
    noWorks(['实施重点水源工程。', '优先实施国省干道、桥梁、地灾防治、岸坡生态治理等抢险救灾工程。', '全力推进受灾地区住房重建。', '加快新立、石宝、东溪等特色小镇建设。', '推进建制场镇和撤并场镇改造提升。']);
    noWorks(['市县(区)核酸检测实验室全部建成投用。', '积极申报完成北原音乐节、草原音乐之城等19件商标。'], reviewed);
    noWorks([
      '围绕两新一重，加快特高压、新能源汽车充电桩、新基建761工程等项目建设。',
      '推进中小河流综合治理。',
      '新建镇村新时代文明实践中心。',
      '新建县农村综合产权流转交易中心。',
      '加快湖北自贸区武汉片区建设。',
      '推进法国开发署贷款项目前期工作。',
    ]);
  });
  it('reads works listed before a category of projects whatever is said of them, when each names a work; 为 before the first and 汛期前 as openers', () => {
    // Speeches and summaries of blind sets 86 and 92; names changed.
    assert.deepEqual(projects('深入谋划、积极争取甲义高速、乙永青高速等项目纳入国家、省相关规划。'), [
      ['甲义高速', '规划'],
      ['乙永青高速', '规划'],
    ]);
    assert.deepEqual(projects('丙县将积极为丁慈高速、戊公庙大桥、己水航道疏浚等省市重点交通工程提供优质服务。'), [
      ['丁慈高速', ''],
      ['戊公庙大桥', ''],
      ['己水航道疏浚', ''],
    ]);
    assert.deepEqual(reviewed('庚州织造产业园、辛里梁基础设施二期等省市重点项目超进度推进。'), [
      ['庚州织造产业园', '在建'],
      ['辛里梁基础设施二期', '在建'],
    ]);
    assert.deepEqual(projects('汛期前完成壬素海等区域水毁工程修复。'), []);
    // Kinds of works inspected, fields and firms are no members of such a category; nor are titles bid for.
    noWorks(['对境内河流、堤防、小水库、塘堰坝、排灌站等水利工程进行全面检查。', '深入推进林业、湿地等生态碳汇项目开发。', '推进蒙西、国安、粮食、时利等物流项目扩建升级。']);
    noWorks(['推动海上丝绸之路、潮州古城等项目申报世界文化遗产。']);
  });
  it('reads a numbered item naming a work rebuilt, made safe or upgraded in a phase, alone or before a colon and its description', () => {
    // Plan reports of blind set 86; names changed.
    assert.deepEqual(projects('1.甲江县乙市中学新建教学楼及学生宿舍建设工程项目；\n2.甲江县丙龙镇丁进大桥重建工程项目；'), [
      ['甲江县乙市中学新建教学楼及学生宿舍建设工程项目', '在建'],
      ['甲江县丙龙镇丁进大桥重建工程项目', '在建'],
    ]);
    assert.deepEqual(projects('1、戊柳水库除险保安工程\n4.甲江县城市污水处理厂提标扩能项目(一期提标升级);'), [
      ['戊柳水库除险保安工程', ''],
      ['甲江县城市污水处理厂提标扩能项目(一期提标升级)', ''],
    ]);
    assert.deepEqual(reviewed('1. 己东污水处理厂提标改造工程：工程总投资350.72万元，主要对主干道两侧管网改造，已完成整治，已验收。'), [['己东污水处理厂提标改造工程', '在建']]);
  });
  it('reads works listed before what is done over a length of them, besides others (除了…外), after 还将, and 已完成立项 and 主塔封顶 as statuses', () => {
    // Blind set 96 (plan reports and summaries of districts); names changed.
    assert.deepEqual(projects('完成甲乐堤、乙明东巷、丙祥堤等道路亮化3公里。'), [
      ['甲乐堤', '竣工'],
      ['乙明东巷', '竣工'],
      ['丙祥堤', '竣工'],
    ]);
    assert.deepEqual(projects('实施丁家河路、戊才路等雨污分流管网改造4公里。'), [
      ['丁家河路', '在建'],
      ['戊才路', '在建'],
    ]);
    assert.deepEqual(projects('除了市公共卫生管理中心、市二院老年护理院等项目加快建设外，还将建成市一院门急诊住院综合楼、市离子医学中心(一期)等项目。'), [
      ['市公共卫生管理中心', '在建'],
      ['市二院老年护理院', '在建'],
      ['市一院门急诊住院综合楼', '竣工'],
      ['市离子医学中心(一期)', '竣工'],
    ]);
    assert.deepEqual(reviewed('己东垃圾中转站已完成立项。庚门湾大桥及接线工程主塔封顶。'), [
      ['己东垃圾中转站', '前期'],
      ['庚门湾大桥及接线工程', '封顶'],
    ]);
    // Districts that became sights are no works.
    noWorks(['辛主村、山城巷、下浩里等成为市民游客“打卡点”。'], reviewed);
  });
  it('keeps a list in brackets inside one name, and leaves out a span of years and the first of its kind the county built before a name', () => {
    // Blind set 96; names changed.
    assert.deepEqual(projects('加快甲湖水系望城(三联、四联村等)污水处理厂建设。'), [['甲湖水系望城(三联、四联村等)污水处理厂', '在建']]);
    assert.deepEqual(reviewed('我县第一个烟草援建工程乙桃冲水库将于2018年1月完工。'), [['乙桃冲水库', '竣工']]);
    assert.deepEqual(reviewed('完成2011—2015年规模化节水、丙水岭水库等项目建设。'), [['丙水岭水库', '竣工']]);
  });
  it('reads land parcels and affiliated schools as works, a status before the flood season, and 达到交付使用条件 as done', () => {
    // Blind set 96; names changed.
    assert.deepEqual(reviewed('甲桥河流域沱口至长岭段安全防护工程汛前投用。乙芳小学、丙中附小建成投用。'), [
      ['甲桥河流域沱口至长岭段安全防护工程', '投入使用'],
      ['乙芳小学', '投入使用'],
      ['丙中附小', '投入使用'],
    ]);
    assert.deepEqual(projects('丁民路北侧地块上半年达到交付使用条件。'), [['丁民路北侧地块', '竣工']]);
  });
  it('reads works listed each with the length built after its name, when each is named; not lengths of generic works', () => {
    // A county's speech of blind set 90; names changed.
    assert.deepEqual(reviewed('启动并建成甲南高速公路30.34公里、乙响公路6.1公里、丙园至顾县标美路13.8公里。'), [
      ['甲南高速公路', '竣工'],
      ['乙响公路', '竣工'],
      ['丙园至顾县标美路', '竣工'],
    ]);
    noWorks(['新建村内道路5公里、排污管网3公里。', '建成丁南高速公路30.34公里、农村公路100公里。'], reviewed);
  });
  it('reads 前期工作取得突破, 预计元旦通车, 10月份完工, 完成投资额 and 开院运营 as statuses; a regional hub is no work', () => {
    // Speeches and summaries of blind sets 86 and 90; names changed.
    assert.deepEqual(reviewed('甲苍高速、乙青高速前期工作取得突破。丙游港北岸道路预计元旦通车。'), [
      ['甲苍高速', '前期'],
      ['乙青高速', '前期'],
      ['丙游港北岸道路', '通车'],
    ]);
    assert.deepEqual(projects('确保丁放路改造项目2020年10月份完工。推动戊鸥养老院开院运营。'), [
      ['丁放路改造项目', '竣工'],
      ['戊鸥养老院', '投入使用'],
    ]);
    assert.deepEqual(reviewed('己塘未来社区邻里中心已完成投资额7.5亿元。'), [['己塘未来社区邻里中心', '在建']]);
    noWorks(['建设面向南亚东南亚辐射中心取得新突破。'], reviewed);
  });
  it('reads high-school campuses listed before a count of public high schools; a national base is a designation', () => {
    // Blind set 97 (a district's plan, a district's party congress); names changed.
    assert.deepEqual(projects('其中甲岗高中园、乙山高中园等18所公办普高。'), [
      ['甲岗高中园', ''],
      ['乙山高中园', ''],
    ]);
    assert.deepEqual(projects('加快丙垄纺织、丁木陶瓷等工业集中区建设。'), [
      ['丙垄纺织工业集中区', '在建'],
      ['丁木陶瓷工业集中区', '在建'],
    ]);
    noWorks(['建成国家级石化产业基地。']);
  });
  it('reads parks listed before a count of their kind (A、B2个物流园) whatever the verb; no works in a list closed by a count of designations', () => {
    // Blind sets 98 and 85; names changed.
    assert.deepEqual(projects('全力打造甲庄物流扶贫产业园、乙北耐物流园2个物流园。'), [
      ['甲庄物流扶贫产业园', ''],
      ['乙北耐物流园', ''],
    ]);
    assert.deepEqual(projects('加快建设航空整机等6个省级产业基地、丙府新区军民融合创新产业园等6个市级产业园。'), [['丙府新区军民融合创新产业园', '在建']]);
    noWorks(['打造美丽家园、幸福家园2个家园。']);
  });
  it('names no works by campaigns of beauty or clean water, a kind of school or a town\'s own transfer station; reads past 特别是 and 于6月前', () => {
    // Blind set 98 (towns' and streets' plans); names changed.
    noWorks(['实施美丽家园工程、商贸服务工程。', '推进美丽田园、美丽鱼塘建设。', '开工建设镇级垃圾中转站。', '开工建设九年一贯制学校。', '实施压煤搬迁工程。']);
    assert.deepEqual(projects('特别是对甲城河一期B地块、丁灶浦南延拓疏二期等项目加快拆迁。'), [
      ['甲城河一期B地块', '前期'],
      ['丁灶浦南延拓疏二期', '前期'],
    ]);
    // The deadline opens the clause; a firm's park named by its noun is a work, not `于6月前协助…`.
    assert.deepEqual(projects('于6月前协助乙南智谷、戊顿等企业开展施工建设。'), [['乙南智谷', '在建']]);
  });

  it('reads a numbered title heading nothing as a list item that may name a work; a title framing text below it names none', () => {
    const list = outlineOf('五、实施水环境治理工程\n（一）建成乙县丙镇东湾溪安全生态水系项目\n（二）实施丁洲大桥东桥头及周边拓宽改造工程\n（三）新建公交首末站1个\n');
    assert.deepEqual(list.projects.map((p) => [p.name, p.stage]), [
      ['乙县丙镇东湾溪安全生态水系项目', '竣工'],
      ['丁洲大桥东桥头及周边拓宽改造工程', '在建'],
    ]);
    assert.deepEqual(outlineOf('五、重点工作\n（一）建成乙县丙镇东湾溪安全生态水系项目\n全面完成河道治理任务。\n').projects, []);
  });

  it('reads land taken for a work (征地, 征地拆迁工作) as its status before building', () => {
    const outline = outlineOf('一、2024年工作回顾\n完成甲乙旅游公路（丙段）项目征地工作，涉及土地已全部签约。推进丁戊高速公路（丙段）征地，已签协议2090亩。加快己庚铁路征地拆迁。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲乙旅游公路（丙段）项目', '前期'],
      ['丁戊高速公路（丙段）', '前期'],
      ['己庚铁路', '前期'],
    ]);
  });

  it('reads an item naming a work before a colon and its profile (：工程总投资…, ：该项目占地…) as that work', () => {
    const outline = outlineOf('一、2022年项目工作总结\n1. 甲丁场镇基础设施改造绿化美化工程：工程总投资350.72万元，主要对场镇主干道两侧基础设施改造，已验收。\n2. 乙村净菜加工项目：该项目占地10亩，预计投资1000余万元。\n3. 绿化美化：主要对道路两侧进行绿化。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [
      ['甲丁场镇基础设施改造绿化美化工程', '350.72万元'],
      ['乙村净菜加工项目', undefined],
    ]);
  });

  it('reads a plan\'s time after 计划 or 将 (计划上半年完成, 将于年底前建成), 在全市率先 before a status, two verbs joined (推进和建设) and a former name in brackets', () => {
    assert.deepEqual(projects('计划2019年上半年完成甲马线提质改造。将于年底前建成乙丙大桥。'), [
      ['甲马线提质改造', '竣工'],
      ['乙丙大桥', '竣工'],
    ]);
    assert.deepEqual(projects('其中甲乙灌区续建配套与节水改造项目和丙丁项目区小流域水土流失综合治理工程在全市率先动工。'), [
      ['甲乙灌区续建配套与节水改造项目', '开工'],
      ['丙丁项目区小流域水土流失综合治理工程', '开工'],
    ]);
    assert.deepEqual(projects('按期推进和建设甲乙科创园公共服务基地、丙丁未来城等项目。保障戊己中学配套工程（原亲子公寓）开工建设。'), [
      ['甲乙科创园公共服务基地', '在建'],
      ['丙丁未来城', '在建'],
      ['戊己中学配套工程', '开工'],
    ]);
  });

  it('reads a time word before a list (目前…等项目已完工) as no part of the first name, and a grade before a facility (一级消防站) as a kind', () => {
    assert.deepEqual(projects('目前甲乙灌区续建配套与节水改造等项目已完工验收。完成一级消防站建设和丙丁镇消防站迁建。'), [
      ['甲乙灌区续建配套与节水改造', '竣工'],
      ['丙丁镇消防站', '竣工'],
    ]);
  });

  it('reads 通过 before a list of tasks as no part of it, and 开展 opening a later item as its verb', () => {
    assert.deepEqual(projects('通过新建城镇污水管网、建设甲港污水处理站、开展乙城污水处理厂一期提标改造等，城乡污水治理格局逐步形成。'), [
      ['建设甲港污水处理站', '开工'],
      ['乙城污水处理厂一期提标改造', '开工'],
    ]);
  });

  it('reads the members after 包括 of works counted with 有, 占 or 共有 (集中开工的项目有99项，包括A、B等), at the count\'s stage', () => {
    const outline = outlineOf('甲市一季度新开工326个重大项目\n产业项目占20个，包括甲轨道交通运营中心、乙化工材料提产研发项目、丙安置房二期等。集中开工活动的项目有99项，包括丁师专二期、戊光电产业园等。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲轨道交通运营中心', undefined],
      ['乙化工材料提产研发项目', undefined],
      ['丙安置房二期', undefined],
      ['丁师专二期', '开工'],
      ['戊光电产业园', '开工'],
    ]);
  });

  it('reads 主体建成 opening a list as its works\' stage', () => {
    assert.deepEqual(projects('主体建成黄码作业区、金湖港口物流园码头。'), [
      ['黄码作业区', '封顶'],
      ['金湖港口物流园码头', '封顶'],
    ]);
  });

  it('reads works named after money spent on them with 用于 or 进行 (投资700万元用于甲村幼儿园项目建设), not an aim (用于改善民生)', () => {
    const outline = outlineOf('一、2021年工作计划\n投资700万元用于袁才村幼儿园项目建设；计划投资1700万元进行镇初中二期附属工程建设；投资500万元用于改善民生。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [
      ['袁才村幼儿园项目', '700万元'],
      ['镇初中二期附属工程', '1700万元'],
    ]);
  });

  it('reads a numbered item opening with a work\'s name before the money intended for it (2.甲河滑坡整险加固项目：拟投资 2300 万元)', () => {
    // Blind set 125 (a town's voted livelihood projects); names changed.
    const outline = outlineOf('一、2025年民生实事\n2.纳河滑坡整险加固项目：拟投资 2300 万元，实施纳河红土湖村段滑坡整险加固和绿化平台建设。\n5.甲乙大桥，拟投资3亿元。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.investment]), [
      ['纳河滑坡整险加固项目', '2300 万元'],
      ['甲乙大桥', '3亿元'],
    ]);
  });

  it('names no work by a month it is due in (10月底前主线开工建设)', () => {
    // Blind set 129 (a county transport bureau's progress); names changed.
    assert.deepEqual(projects('力争7月底前完成临建工程建设，10月底前主线开工建设。'), []);
  });

  it('reads named works said to develop faster (推动A小镇、B园加快发展) as under way, not a trade', () => {
    // Blind set 131 (a county's work report); names changed.
    assert.deepEqual(projects('推动芙蓉小镇、黄秀农耕园、甲乙樱花园加快发展。推动制造业加快发展。'), [
      ['芙蓉小镇', '在建'],
      ['黄秀农耕园', '在建'],
      ['甲乙樱花园', '在建'],
    ]);
  });

  it('reads works a ceremony is held for (举行A项目、B项目开工仪式, 暨A项目开工活动) and works visited (先后深入A、B及C等地, 实地调研A项目)', () => {
    // Blind set 130 (news of key projects started and of a survey visit); names changed.
    const outline = outlineOf(
      '一、2022年工作回顾\n随后，我市分别举行甲乙公司高效单晶光伏组件项目、丙丁集团新能源装备产业基地项目开工仪式。全市重点项目集中开工暨戊己工程机械研发产业项目开工活动在庚区举行。举行重点项目集中开工仪式。\n' +
        '调研组先后深入辛壬工业园区农副产品加工产业园、癸子县城乡供水工程及丑寅冷链物流产业园等地，详细了解情况。市领导实地调研卯辰能源高效电池及组件项目。检查检验结果互认覆盖所有二级及以上公立医院。深入实施甲乙生态修复工程。\n',
    );
    assert.deepEqual(
      outline.projects.map((p) => [p.name, p.stage ?? '']),
      [
        ['甲乙公司高效单晶光伏组件项目', '开工'],
        ['丙丁集团新能源装备产业基地项目', '开工'],
        ['戊己工程机械研发产业项目', '开工'],
        ['辛壬工业园区农副产品加工产业园', ''],
        ['癸子县城乡供水工程', ''],
        ['丑寅冷链物流产业园', ''],
        ['卯辰能源高效电池及组件项目', ''],
      ],
    );
  });

  it('names no work by officials listed before a start they announce (市委副书记、政法委书记…宣布项目开工)', () => {
    // Blind set 130 (news of a city's key projects started); names changed.
    assert.deepEqual(outlineOf('一、2022年工作回顾\n市委副书记、政法委书记、市高新区党工委书记甲乙宣布项目开工，市委常委、副市长丙丁致辞。\n').projects, []);
  });

  it('reads a work at whose site a place holds a meeting (甲县在龙潭水库施工现场召开…), and no news item\'s day (27日上午，) as a figure', () => {
    // Blind set 126 (news of a county's projects started); names changed.
    const outline = outlineOf('一、2017年工作回顾\n27日上午，甲县在龙潭水库施工现场召开推进会。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [['龙潭水库', '在建']]);
    assert.deepEqual(outline.achievements, []);
  });

  it('reads a work whose building site a report visits (在…项目施工现场), and 建成达效 as a status', () => {
    const outline = outlineOf('甲区全年安排111个重点项目\n在凤城三路的甲市第三医院二期扩建项目施工现场，记者了解到，工程进展顺利。在项目现场，工人们正忙碌。推动广成国际中心、乙高铁轮对检修基地等43个项目建成达效。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲市第三医院二期扩建项目', '在建'],
      ['广成国际中心', '竣工'],
      ['乙高铁轮对检修基地', '竣工'],
    ]);
  });

  it('reads works listed after the place that has them (南宁市有A、B等33个项目开竣工) or starts them (玉林市集中开竣工A、B), and a meeting held at a work\'s site', () => {
    const outline = outlineOf('一季度全区重大项目集中开竣工\n主会场设在甲市乙智能国际工业园项目建设现场。南宁市有20GWh锂电池项目、心圩江环境综合整治工程PPP项目等33个项目开竣工。玉林市集中开竣工玉林白平产业园热电联产一期项目、容县新一代电子信息产业园一期工程等40个项目。\n');
    assert.deepEqual(outline.projects.map((p) => p.name), [
      '甲市乙智能国际工业园项目',
      '20GWh锂电池项目',
      '心圩江环境综合整治工程PPP项目',
      '玉林白平产业园热电联产一期项目',
      '容县新一代电子信息产业园一期工程',
    ]);
  });

  it('reads a zone that signed works one after another (产业园区先后签约A) as no part of the first name', () => {
    assert.deepEqual(projects('新材料产业园区先后签约卓高新材料、乙丙科技产业园等项目。'), [
      ['卓高新材料', '签约'],
      ['乙丙科技产业园', '签约'],
    ]);
  });

  it('reads the members of counted works named in a sentence of their own (…共9项，…。分别是：A、B)', () => {
    const outline = outlineOf('一、1-12月重大投资项目总体情况\n省重点项目共9项，总投资171.19亿元，超序时进度44%。分别是：甲市科技馆新馆、乙湖东侧地块“三创”示范园、丙县电视中心二期。\n');
    assert.deepEqual(outline.projects.map((p) => p.name), ['甲市科技馆新馆', '乙湖东侧地块“三创”示范园', '丙县电视中心二期']);
  });

  it('reads a work named at a clause\'s start before its profile (A项目总投资…, 开工的B项目位于…), a firm\'s in full', () => {
    const outline = outlineOf('甲州第三批项目集中开工\n当天开工的乙市宣布丙园艺有限公司智能花卉种植基地建设项目计划总投资3.1亿元，将在丁镇建设。开工的戊高新区海棠湖文旅小镇项目位于高铁新城站前大道东侧，占地约366亩。重点项目总投资3亿元。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['丙园艺有限公司智能花卉种植基地建设项目', '开工'],
      ['戊高新区海棠湖文旅小镇项目', '开工'],
    ]);
  });

  it('reads a clause listing projects by name alone (A项目、B项目3项计划参加集中签约) as those works, not kinds (重点项目、民生项目)', () => {
    const outline = outlineOf('甲园区意向签约\n绿城五彩河湟建设项目、易华录城市数据湖项目、润厚农产品交易中心项目3项计划参加集中签约专题活动，投资金额达120亿元。重点项目、民生项目、产业项目。\n');
    assert.deepEqual(outline.projects.map((p) => p.name), ['绿城五彩河湟建设项目', '易华录城市数据湖项目', '润厚农产品交易中心项目']);
  });

  it('reads a zone adding works (园区新增A、B等4个产业项目开工建设) as no part of the first name, buildings counted as no name, and 已 before a verb that stops a name as none of it', () => {
    const outline = outlineOf('一、2022年工作总结\n园区新增甲光电科技有限公司、乙新材料科技有限公司等4个产业项目开工建设。丙标准化园区已完成路基工程，并已建成3栋厂房并投入使用。\n');
    assert.deepEqual(outline.projects.map((p) => p.name), ['甲光电科技有限公司', '乙新材料科技有限公司']);
    const cut = outlineOf('一、2022年工作总结\nXX标准化园区已完成生物路、国行路及光辉路等路网的路基工程。\n');
    assert.ok(cut.projects.some((p) => p.name === 'XX标准化园区'), cut.projects.map((p) => p.name).join());
  });

  it('reads an item line naming a facility and how it is rebuilt (甲乙农贸市场改造升级) as a work, not a generic one', () => {
    const outline = outlineOf('二、2021年工作安排\n甲乙农贸市场改造升级。\n县人民医院迁建。\n老旧小区改造。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.status, p.stage]), [
      ['甲乙农贸市场', '改造升级', '在建'],
      ['县人民医院', '迁建', '在建'],
    ]);
  });

  it('reads 铺设 as building, and a work\'s auxiliaries after its name (及其他附属设施) as no part of it', () => {
    const outline = outlineOf('四、集中供热扩建工程\n铺设甲乙大道（丙电厂-丁街段）供热主管网，全长约4.3公里。建设戊己路（庚街-辛大街）排水管网及其他附属设施，主要铺设雨水管网345米。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲乙大道（丙电厂-丁街段）供热主管网', '在建'],
      ['戊己路（庚街-辛大街）排水管网', '在建'],
    ]);
    // What a work holds is no work of its own.
    assert.deepEqual(outlineOf('二、2022年工作\n县中医院二期位于新林路，建设内容为病房综合楼、康养中心及配套设施。\n').projects, []);
  });

  it('keeps an ordinal count inside a name (第三条生产线), and no ceremony in one', () => {
    const outline = outlineOf('一、2021年工作\n甲乙再生铅第三条生产线项目开工\n开工仪式主现场设立在丙丁农产品物流园项目。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [['甲乙再生铅第三条生产线项目', '开工']]);
  });

  it('reads lines named by a voltage class or pressure alone (10千伏线路, 低压线路) as generic, a named station with its class as a work', () => {
    assert.deepEqual(projects('新建及改造10千伏线路50公里、低压线路90公里。建成甲乙750千伏变电站。'), [['甲乙750千伏变电站', '竣工']]);
  });

  it('reads a paragraph\'s first sentence after its enumerator (一是A项目建设。) as an item that may name a work', () => {
    const outline = outlineOf('二、重点工作\n一是甲乙精铸项目建设。目前，该公司已落户先达，总投入近3000万元。\n二是招商引资工作。目前已签约项目3个。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [['甲乙精铸项目', '在建']]);
  });

  it('names no work by a document\'s title (工作总结, 工作思路) nor by residents relocated (居民迁建)', () => {
    assert.deepEqual(outlineOf('建设街道2022年工作总结和2023年工作思路\n一、2022年工作\n重点推进中小学新建、居民迁建等7项民生工程。\n').projects, []);
  });

  it('reads permits being obtained (正在按计划加快办理前期手续, 办理用地手续) as the early stage; not a regulation\'s 办理变更注册手续', () => {
    assert.deepEqual(projects('甲乙大桥正在按计划加快办理前期手续。丙丁水库正在办理用地手续。责令限期办理变更注册手续。'), [
      ['甲乙大桥', '前期'],
      ['丙丁水库', '前期'],
    ]);
  });

  it('reads works named after a count of them that settle somewhere (13个…项目落户我区，包括A、B等) or of two kinds (25个重点道路、桥梁项目，包括…)', () => {
    assert.deepEqual(projects('吸引了13个先进制造业项目落户我区，包括甲乙显示器产业园区项目、丙丁生物医药科技园项目等，总投资656亿元。').map((p) => p[0]), [
      '甲乙显示器产业园区项目',
      '丙丁生物医药科技园项目',
    ]);
    assert.deepEqual(projects('今年计划投资38.7亿元建设25个重点道路、桥梁项目，包括甲乙大道与丙丁大道连接线一期工程、戊己工业园规划路网一期工程。').map((p) => p[0]), [
      '甲乙大道与丙丁大道连接线一期工程',
      '戊己工业园规划路网一期工程',
    ]);
  });

  it('reads 县列, 市列 and 省列 as category words: the works a county lists are no work', () => {
    assert.deepEqual(projects('上半年，88个市、县列重点建设项目完成投资12.8亿元。'), []);
  });

  it('reads works listed as examples (像A、B等项目), secured (等外资项目落实) and a trading market; parts listed after a part of a route are of that route', () => {
    // Blind sets 120 and 121 (a city transport bureau's key points, a street's targets); names changed.
    assert.deepEqual(projects('重点做好甲乙科技、丙丁精密二期等外资项目落实。像戊己种禽、庚辛电子芯片封装等项目，要紧抓建设进度。启动壬癸大樱桃交易市场建设。').map((p) => p[0]), [
      '甲乙科技',
      '丙丁精密二期',
      '戊己种禽',
      '庚辛电子芯片封装',
      '壬癸大樱桃交易市场',
    ]);
    assert.deepEqual(projects('建设甲乙都市圈环线高速公路丙丁长江大桥、戊己长江大桥、庚至辛段。开工建设壬癸高速公路子段和丑寅大桥。').map((p) => p[0]), [
      '甲乙都市圈环线高速公路丙丁长江大桥',
      '甲乙都市圈环线高速公路戊己长江大桥',
      '甲乙都市圈环线高速公路庚至辛段',
      '壬癸高速公路子段',
      '丑寅大桥',
    ]);
  });

  it('names no work by the whole township, kindergartens, compulsory schools or technical upgrades alone (全乡项目, 幼儿园建设项目, 工业技改升级扩能项目)', () => {
    // Blind sets 120 and 121 (bureaus' and townships' texts); names changed.
    assert.deepEqual(
      projects('集中开工工业技改升级扩能项目。加快燃气进村入户和老旧小区改造工程建设。重点实施新建幼儿园建设项目、义务教育学校运动场地基础设施配套等项目。全乡项目建设加快推进。'),
      [],
    );
    assert.deepEqual(projects('加快甲乡第三幼儿园建设。').map((p) => p[0]), ['甲乡第三幼儿园']);
  });

  it('reads works running at full capacity (满产达产), a named landscape corridor, and a ticked box (☑) as a bullet, not part of a name', () => {
    // Blind set 125 (a development zone's work conference, a street's list of projects); names changed.
    assert.deepEqual(projects('甲石化产品结构优化及质量升级项目满产达产。乙河流域综合治理项目、丙大道城市景观廊道启动建设。实施重要生态廊道建设。'), [
      ['甲石化产品结构优化及质量升级项目', '竣工投产'],
      ['乙河流域综合治理项目', '开工'],
      ['丙大道城市景观廊道', '开工'],
    ]);
    assert.deepEqual(projects('☑丁苑二期新建工程开工建设。').map((p) => p[0]), ['丁苑二期新建工程']);
  });

  it('reads an industrial concentration zone (工业集中区) as a work, each of the places counted before its kind', () => {
    // Blind set 122 (a county head's speech); names changed.
    assert.deepEqual(projects('甲滩、乙井子、丙水、丁子四个工业集中区建设加快实施。').map((p) => p[0]), ['甲滩工业集中区', '乙井子工业集中区', '丙水工业集中区', '丁子工业集中区']);
  });

  it('names no work in a list of the fields works involve (涉及A、B等项目), of tasks opening with 紧抓 or 紧盯, in a span of time (倒排工期) or a stage alone (集中开工签约项目)', () => {
    // Held-out set 143 (news of key projects); names changed.
    noWorks(
      [
        '社会主导类项目20个，主要涉及旅游开发、智能制造等项目。',
        '甲县24个重大产业项目开工，涉及高端纺织、机电装备等项目。',
        '紧抓签约项目落地、紧盯开工项目进度、力促竣工项目投产。',
        '倒排工期、文明施工，坚决打好扩大有效投资攻坚硬仗。',
        '集中开工签约项目总投资34.01亿元。',
      ],
      reviewed,
    );
    // One work may involve places; a task's verb is no part of the work it governs.
    assert.deepEqual(reviewed('完成涉及15个镇28个村的厕所革命一期工程。'), [['厕所革命一期工程', '竣工']]);
    assert.deepEqual(projects('紧盯甲润数字工厂项目落地。'), [['甲润数字工厂项目', '签约']]);
  });

  it('reads a work running in full (全面运营), at its design (正在开展方案设计工作) or its land cleared (征迁工作)', () => {
    // Held-out set 145 (a transport bureau's summary, a street's review); names changed.
    assert.deepEqual(reviewed('其中，甲马智慧农贸港项目全面运营，入驻商户556家。'), [['甲马智慧农贸港项目', '投入使用']]);
    assert.deepEqual(reviewed('S609甲城至乙备段公路改建工程正在开展方案设计工作。'), [['S609甲城至乙备段公路改建工程', '前期']]);
    assert.deepEqual(reviewed('开展S40甲国至乙阳高速公路（丙阳段）征迁工作。'), [['S40甲国至乙阳高速公路（丙阳段）', '前期']]);
  });

  it('reads works listed before their ceremony (等10个项目集中开工) and those a counted category mainly includes (主要包括A、B等), not a vague count (数个项目)', () => {
    // Held-out set 143 (news of groundbreakings); names changed.
    assert.deepEqual(reviewed('当天上午，甲华电机产业园、乙诚鑫五金制品、丙鹏科技等10个项目集中开工，数个项目集中签约。'), [
      ['甲华电机产业园', '开工'],
      ['乙诚鑫五金制品', '开工'],
      ['丙鹏科技', '开工'],
    ]);
    assert.deepEqual(reviewed('其中，新开工项目47项，总投资236亿元，主要包括甲新华清智能计算机设备制造项目、乙宁至丙新公路（丁左段）项目等；竣工项目25项，主要包括戊新县新材料智造产业园一期项目等。'), [
      ['甲新华清智能计算机设备制造项目', '开工'],
      ['乙宁至丙新公路（丁左段）项目', '开工'],
      ['戊新县新材料智造产业园一期项目', '竣工'],
    ]);
  });

  it('reads the members a category names after its colon one per ；-item (…6个项目分别为：A；B；C), and no work by a question or a vague count (哪些公路, 多条公路, 各项…项目)', () => {
    // Held-out set 147 (news of project ceremonies); names changed.
    assert.deepEqual(reviewed('集中开工的4个项目分别为：甲承业年产80万千瓦防爆电机生产项目；乙华县双汇物流园区建设项目；乙华县无人智能装备产业园建设项目，总投资20.9亿元。'), [
      ['甲承业年产80万千瓦防爆电机生产项目', '开工'],
      ['乙华县双汇物流园区建设项目', '开工'],
      ['乙华县无人智能装备产业园建设项目', '开工'],
    ]);
    noWorks(['哪些公路、铁路今年内建成通车？', '多条公路、铁路等重大项目今年内开通。', '各项交通基础设施重大项目建设加快推进。'], reviewed);
  });

  it('names no work by places a list closes with 等地 (前往上海、山东等地招引项目), nor by what an amount is the basis of (…亿元的基础上), but keeps 等地铁 and 等地产项目', () => {
    // Held-out set 151 (news of key projects); names changed.
    noWorks(['多次前往上海、山东等地招引项目。', '在去年集中开工项目177个、总投资2374.6亿元的基础上，今年再次筛选重大项目。'], reviewed);
    assert.deepEqual(projects('加快推进甲号线一期北段、乙号线延伸线等地铁建设。').map((p) => p[0]), ['甲号线一期北段', '乙号线延伸线']);
    assert.deepEqual(projects('推动甲韵景苑、乙椒茗苑等地产项目建设。').map((p) => p[0]), ['甲韵景苑', '乙椒茗苑']);
  });

  it('reads the works listed at a site (在A、B等各大重点项目的建设现场), a line that is a work\'s building site, and wind turbines being lifted (风机吊装作业) as building', () => {
    // Held-out set 151 (news of key projects); names changed.
    assert.deepEqual(reviewed('在县民生医院、甲股河北桥、乙山水库净水厂等各大重点项目的建设现场，大型机械设备往来穿梭。'), [
      ['甲股河北桥', '在建'],
      ['乙山水库净水厂', '在建'],
    ]);
    assert.deepEqual(reviewed('甲县乙河水库工程建设现场'), [['甲县乙河水库工程', '在建']]);
    assert.deepEqual(reviewed('截至目前，甲富400MW风电项目正在开展风机吊装作业。'), [['甲富400MW风电项目', '在建']]);
  });

  it('reads a bridge closed at its span (完成合龙) as being built, after a dash closing the statement before (取得进展——)', () => {
    // Held-out set 156 (news of key projects); names changed.
    assert.deepEqual(reviewed('一批互联互通项目取得实质性进展——甲江跨境公路大桥项目于5月31日完成合龙，今年可全部竣工。'), [['甲江跨境公路大桥项目', '在建']]);
  });

  it('names routes listed before an improvement programme of roads (A-B、C至104国道等农村道路提升工程), not places before one of ports', () => {
    // Held-out set 157 (a town's plan); names changed.
    assert.deepEqual(projects('实施甲西路-乙宁、丙庄至丁庄、戊岗-104国道等10.9公里农村道路提升工程。').map((p) => p[0]), ['甲西路-乙宁', '丙庄至丁庄', '戊岗-104国道']);
    noWorks(['实施甲关、乙关等重点口岸提升工程。'], projects);
  });

  it('names no work in a list still being negotiated (正在跟踪洽谈A、B等20余个项目)', () => {
    // Held-out set 149 (a park's speech); names changed.
    noWorks(['正在跟踪洽谈甲尚集团、乙林精密机械及刀具产业园、新型耐磨材料生产线等20余个项目，总投资达117亿元。'], reviewed);
  });
  it('reads a share of the year\'s planned investment done (A项目完成年计划投资的51.7%) and construction speeding on (A工程快马加鞭) as being built', () => {
    // Held-out set 211 (a province's key-project progress news); names and figures changed.
    assert.deepEqual(reviewed('甲乙烯炼化一体化项目完成年计划投资的51.7%，丙钢冷轧硅钢项目一期完成建设。'), [
      ['甲乙烯炼化一体化项目', '在建'],
      ['丙钢冷轧硅钢项目一期', '竣工'],
    ]);
    assert.deepEqual(reviewed('丁机场改扩建工程快马加鞭，T3航站楼等开展主体施工。'), [
      ['丁机场改扩建工程', '在建'],
      ['T3航站楼', '在建'],
    ]);
  });
  it('names no work in the year\'s practical projects as a whole (以下10个项目为甲市2020年度政府民生实事项目)', () => {
    // Held-out set 216 (a city congress's notice); names changed.
    noWorks(['以下10个项目为甲市2020年度政府民生实事项目', '确定乙县2024年十件民生实事工程'], reviewed);
  });
  it('drops the year behind opening a work\'s name (去年白鹤滩水电站全面投产)', () => {
    // Held-out set 171 (news of a province's report on energy); names changed.
    assert.deepEqual(reviewed('特别是去年甲鹤滩水电站全面投产，标志着在长江上游建成了世界最大清洁能源走廊。'), [['甲鹤滩水电站', '竣工投产']]);
  });

  it('reads a province as the place a clause is about (甲省将力争建成A、B等项目), and water transport and civil aviation as fields, no works', () => {
    // Held-out set 223 (a province's key transport projects news); names changed.
    assert.deepEqual(projects('2016年，甲省将力争建成乙至丙铁路客运专线、丁长江公路大桥等项目。'), [
      ['乙至丙铁路客运专线', '竣工'],
      ['丁长江公路大桥', '竣工'],
    ]);
    assert.deepEqual(reviewed('去年甲省全力以赴推进铁路、公路、水运、民航等交通重大项目实施，取得积极进展。'), []);
  });

  it('reads what a project holds (项目建设包括生产路、井、电…等配套项目) and the sponge-city programme (海绵城市建设及黑臭水体治理) as no works', () => {
    // Held-out set 220 (a town's 民生实事 progress, a city's plan); names changed.
    noWorks(['甲镇高标准农田项目区涉及四个村6000余亩，项目建设包括生产路、井、电、沟渠、灌溉、桥涵等配套项目，目前已顺利开工。'], reviewed);
    noWorks(['大力推进“厕所革命”、城市排水防涝、海绵城市建设及黑臭水体治理。']);
  });

  it('reads a status said to come too (A生产线、B生产线也已全面开工建设)', () => {
    // Held-out set 222 (a county's year-end news); names changed.
    assert.deepEqual(reviewed('年产2万吨甲合金生产线、20万吨乙渣生产线也已全面开工建设，预计建成后可实现年总产值150亿元。'), [
      ['年产2万吨甲合金生产线', '开工'],
      ['20万吨乙渣生产线', '开工'],
    ]);
  });

  it('reads the year\'s projects as a whole (力争全年项目总投资…) and a work pointed at (这个项目…开工建设) as no names', () => {
    // Held-out sets 218 and 221 (a county's plan, a bureau's news); names changed.
    noWorks(['力争全年项目总投资达350亿元以上，其中：完成工业投资100亿元。']);
    noWorks(['在甲学院建设现场，项目一标段正在紧张施工中。这个项目2月20日开工建设，目前大部分工程已经完成主体施工。'], reviewed);
  });

  it('reads works after a purpose opening (为扎实推进A项目建设)', () => {
    // Held-out set 221 (a city water bureau's plan); names changed.
    assert.deepEqual(projects('为扎实推进甲乙产业集聚带供水项目建设，提高城市供水安全保障能力。'), [['甲乙产业集聚带供水项目', '在建']]);
  });

  it('reads a news dateline (新华社北京6月25日电（记者甲）) as no part of the first work, and a day before the status (25日开工建设)', () => {
    // Held-out set 229 (national news of water works started); names changed.
    const outline = outlineOf('新华社北京6月25日电(记者甲)黄河下游乙涵闸改建工程、湖南丙水库工程、安徽丁河治理工程25日开工建设。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage ?? '']), [
      ['黄河下游乙涵闸改建工程', '开工'],
      ['湖南丙水库工程', '开工'],
      ['安徽丁河治理工程', '开工'],
    ]);
  });

  it('reads a ceremony opening its clause with the works it is held for (A工程开工仪式在B举行)', () => {
    // Held-out set 229 (news of an airport's extension started); names changed.
    assert.deepEqual(outlineOf('18日上午，甲宁曹家堡国际机场三期扩建工程开工仪式在甲宁机场东侧场址举行。\n').projects.map((p) => [p.name, p.stage ?? '']), [
      ['甲宁曹家堡国际机场三期扩建工程', '开工'],
    ]);
  });

  it('reads the year\'s practical projects named as tasks (民生实事项目为：老旧小区焕新升级、…) as no works', () => {
    // Held-out set 235 (a street's 2025 practical projects); names changed.
    const text = '据了解，甲街道今年的六大重点民生实事项目为：老旧小区焕新升级、养老服务提质扩面、停车空间挖潜增效、电梯安全双轨护航。\n';
    assert.deepEqual(outlineOf(text).projects, []);
    // Members of other categories need no work's noun.
    assert.deepEqual(projects('2个前期项目分别是和美固废、水北湾。'), [
      ['和美固废', '前期'],
      ['水北湾', '前期'],
    ]);
  });

  it('reads 进一步 before the verb, also after the place the clause is about (我区将进一步加强A建设), as no part of a name', () => {
    // Held-out set 232 (a province's 2013 report); names changed.
    assert.deepEqual(projects('我区将进一步加强甲乙水厂建设。'), [['甲乙水厂', '在建']]);
    assert.deepEqual(projects('今后5年，我区将进一步加强农村饮水安全、城镇基础设施、城乡路网等“民心工程”的建设。'), []);
  });

  it('reads a table\'s cell mark (|) as ending a clause, and works asked about or counted vaguely (多少条道路, 多所学校) as no names', () => {
    // Held-out sets 241 (a bureau's target table) and 240 (news of a city's report); names changed.
    assert.deepEqual(projects('省市重点类 | 1 | 路网完善工程 | 甲乙高架北延年内通车，完成投资3.36亿元； |'), [['甲乙高架北延', '通车']]);
    assert.deepEqual(reviewed('又有多少条道路建成通车？多所学校开工建设。'), []);
  });

  it('reads a quotation opening with a verb (报告提到“建设A、B等项目”) as its words, not as one quoted name', () => {
    // Held-out set 238 (news of a province's 2013 report); names changed.
    assert.deepEqual(reviewed('报告提到“建设甲乙钢铁基地、丙丁铜冶炼等项目”。'), [
      ['甲乙钢铁基地', '在建'],
      ['丙丁铜冶炼', '在建'],
    ]);
    assert.deepEqual(reviewed('“建设戊己枢纽三线船闸、庚辛航道等工程，黄金水道初步形成”。'), [
      ['戊己枢纽三线船闸', '在建'],
      ['庚辛航道', '在建'],
    ]);
  });

  it('reads lines opened for their first, trial period (开通初期运营) as opened', () => {
    // Held-out set 231 (a city's report, 2024); names changed.
    assert.deepEqual(reviewed('轨交6、7、8号线开通初期运营，11号线实现双向贯通。'), [
      ['轨交6号线', '通车'],
      ['轨交7号线', '通车'],
      ['轨交8号线', '通车'],
      ['11号线', '通车'],
    ]);
  });

  it('reads a work named alone before its length (A工程，长3500米) or over its profile (（一）A工程 over 长1660米…) as a work', () => {
    // Held-out set 253 (a town's three-year plan); names changed.
    const text = '一、2017年工作任务\n（一）甲乙大道（铁路桥至人民路）升级改造工程\n长1660米、宽40米，占地158亩。\n（二）基础设施建设\n镇区南环路建设工程，长3500米、宽30米。\n（三）甲乙中学扩建工程\n全面推进教育发展。\n';
    assert.deepEqual(outlineOf(text).projects.map((p) => [p.name, p.status ?? '']), [
      ['甲乙大道（铁路桥至人民路）升级改造工程', '升级改造'],
      ['镇区南环路建设工程', '建设'],
    ]);
    // Held-out set 260 (a province's plan): routes listed before 等铁路 (`蒙西—华中等`, not the 中等 of size) under way (`全面掀起施工高潮`).
    assert.deepEqual(projects('推动郑州—万州、商丘—合肥—杭州、蒙西—华中等铁路全面掀起施工高潮。'), [
      ['郑州—万州铁路', '在建'],
      ['商丘—合肥—杭州铁路', '在建'],
      ['蒙西—华中铁路', '在建'],
    ]);
    // Land after boundaries names no work: `南至茂联路，占地面积…`.
    assert.deepEqual(outlineOf('项目东至甲路，南至乙路，占地面积50284平方米。\n').projects, []);
  });

  it('reads a space between two Chinese words as a clause break (`A、B高铁 建成C高铁`), as news digests write one', () => {
    // Held-out set 272 (news of a province's 2024 report); names changed.
    assert.deepEqual(projects('今年开工建设甲乙、丙丁高铁 建成戊己高铁、庚辛通道'), [
      ['甲乙高铁', '开工'],
      ['丙丁高铁', '开工'],
      ['戊己高铁', '竣工'],
      ['庚辛通道', '竣工'],
    ]);
    // Spaces beside Latin letters or digits stay inside a clause.
    assert.deepEqual(projects('开工建设G 318甲乙段改扩建工程'), [['G 318甲乙段改扩建工程', '开工']]);
  });

  it('knows maglev and city rail lines (磁浮, 城铁) and sluices (水闸, 控制闸) as works, and keeps a place opening with 和 after a route\'s dash (墨玉-和田)', () => {
    // Held-out sets 272 (a province's review, 2017) and 252 (a county's practical projects); names changed.
    assert.deepEqual(reviewed('甲乙磁浮和地铁1号线、甲乙丙城铁正式通车营运。').map((p) => p[0]), ['甲乙磁浮', '地铁1号线', '甲乙丙城铁']);
    assert.deepEqual(projects('开工建设甲乙塘河控制闸和丙丁水闸。').map((p) => p[0]), ['甲乙塘河控制闸', '丙丁水闸']);
    assert.deepEqual(projects('力争建成通车甲乙-和田-丙丁高速公路。'), [['甲乙-和田-丙丁高速公路', '通车']]);
  });

  it('reads sectors listed before a category of works (教育、文体、养老及其他社会事业等公共服务项目) as no works, and keeps a level\'s own centre (区文体中心)', () => {
    // Held-out sets 254 and 258 (a province's and a region's key-project plans); figures changed.
    noWorks([
      '重点实施教育、旅游、养老及其他社会事业等公共服务项目800个。',
      '产业类项目50项，主要包括纺织服装、经贸物流、农林牧业等重点工程。',
      '实施教育、文体等民生项目。',
    ]);
    assert.deepEqual(projects('开工建设区文体中心。'), [['区文体中心', '开工']]);
  });

  it('reads a city named without its 市 before 将 and a verb of building (甲乙将开工建设A、B) as the clause\'s subject', () => {
    // Held-out set 261 (news of a city's 2022 plan); names changed.
    assert.deepEqual(projects('2022年，甲乙将开工建设轨道3号线二期、6号线延伸线、11号线四期。'), [
      ['轨道3号线二期', '开工'],
      ['6号线延伸线', '开工'],
      ['11号线四期', '开工'],
    ]);
    // A work's name before 将 and its status stays a name.
    assert.deepEqual(projects('甲乙大桥将建成通车。'), [['甲乙大桥', '通车']]);
  });

  it('names places listed before works under way of a kind (甲乙、丙丁等4条在建铁路) with the kind alone, not its status', () => {
    // Held-out set 284 (a province's 2013 report); names changed.
    assert.deepEqual(reviewed('甲乙、丙丁等4条在建铁路进展顺利。').map((p) => p[0]), ['甲乙铁路', '丙丁铁路']);
  });

  it('reads a numbered sentence alone in a list run on in one paragraph (其中：1、甲至乙铁路建设项目。正在…) as a work, not a heading run into its first item', () => {
    // Held-out sets 300 (a prefecture's progress report on its key projects) and 295; names changed.
    const listed = reviewed('全州省列重大项目共8项，其中：1、甲至乙铁路建设项目。正在开展可研方案调整工作。2、丙至丁高速公路建设项目。公路全线正在进行路基土石方施工。');
    assert.deepEqual(listed.map((p) => p[0]), ['甲至乙铁路建设项目', '丙至丁高速公路建设项目']);
    assert.deepEqual(reviewed('完成年度目标任务的51.4%。（二）企业服务规范化管理1、稳步推进循环化改造示范园区建设。'), []);
  });

  it('reads a facility said to be under construction (正在建设) or topped out (主体已竣工), and places listed before a place\'s facility (甲乡、乙镇中心园) as that facility', () => {
    // Held-out set 300 (news of a county's practical projects); names changed.
    assert.deepEqual(reviewed('甲镇卫生院主体已竣工；乙乡卫生院正在建设。'), [['甲镇卫生院', '封顶'], ['乙乡卫生院', '在建']]);
    assert.deepEqual(reviewed('丙乡、丁镇、戊镇中心园主体完工，己街道办事处、庚镇中心园正在建设。'), [
      ['丙乡中心园', '封顶'], ['丁镇中心园', '封顶'], ['戊镇中心园', '封顶'], ['己街道办事处中心园', '在建'], ['庚镇中心园', '在建'],
    ]);
  });

  it('reads works named by their stage alone (52%的新建项目已开工建设, 在建项目) as no named work', () => {
    // Held-out set 306 (news of a prefecture's projects started); names and figures changed.
    noWorks(['截至3月15日，224个续建项目已全面复工，52%的新建项目已开工建设。', '全市在建项目进展顺利。'], reviewed);
  });

  it('names places listed before health centres or homes for the aged (甲镇、乙镇等3家中心敬老院) with the kind', () => {
    // Held-out set 252 (a county's practical projects); names changed.
    assert.deepEqual(projects('建成投用甲镇、乙镇、丙镇丁村等3家中心敬老院，建成投用戊山、己溪等2家卫生院。'), [
      ['甲镇中心敬老院', '投入使用'], ['乙镇中心敬老院', '投入使用'], ['丙镇丁村中心敬老院', '投入使用'], ['戊山卫生院', '投入使用'], ['己溪卫生院', '投入使用'],
    ]);
  });

  it('reads what a work is said to be doing now (正在进行隧道工程, 正在进行方案设计, 正在筹备) as its status, not a clause without a work (全县正在开展大排查)', () => {
    // Held-out sets 282, 241 and 300 (progress reports on key projects); names changed.
    assert.deepEqual(reviewed('甲至乙铁路正在进行隧道工程。丙风公园正在进行方案设计及项目建议书编制工作。丁喔国际项目正在筹备。'), [
      ['甲至乙铁路', '在建'], ['丙风公园', '前期'], ['丁喔国际项目', '前期'],
    ]);
    noWorks(['全县正在开展大排查。'], reviewed);
  });

  it('reads a place named after its land or water that a category word opens (土地滩水库) as a work, not a slogan (美丽江城)', () => {
    // Held-out sets 258 (a county's practical projects) and 303; names changed.
    assert.deepEqual(projects('加快推进土地滩水库建设。'), [['土地滩水库', '在建']]);
    noWorks(['大力推进美丽江城建设。', '加快城市河道建设。']);
  });

  it('reads a named business district (双清湾中央商务区) as a work', () => {
    // Held-out sets 305 (a digest of a city's report) and 255; names changed.
    assert.deepEqual(projects('加速推进甲清湾中央商务区建设，推进高铁商务区建设。'), [['甲清湾中央商务区', '在建'], ['高铁商务区', '在建']]);
  });

  it('reads a work said to be done by a date (A研发中心要于9月份建成) and works quoted after an aim (提出要“力争开工建设A、B”)', () => {
    // Held-out sets 315 (news of a city's report) and 317 (news of a province's report); names changed.
    assert.deepEqual(projects('二是甲县光机电研发中心要于9月份建成，工作组5月份进驻中心。'), [['甲县光机电研发中心', '竣工']]);
    assert.deepEqual(projects('《报告》新提出要“力争开工建设甲梅高铁、乙茂铁路丙至丁段”。'), [['甲梅高铁', '开工'], ['乙茂铁路丙至丁段', '开工']]);
    noWorks(['新图书馆要尽快对外开放。']);
  });

  it('reads names alone in the clauses before a list closed by 等 and a status (A高速公路，B大桥、C二桥等项目建设顺利推进) as the same list', () => {
    // Held-out set 223 (news of a province's transport works); names changed.
    assert.deepEqual(reviewed('甲至乙高速公路，丙长江公路大桥、丁长江公路二桥等项目建设顺利推进。'), [
      ['甲至乙高速公路', '在建'],
      ['丙长江公路大桥', '在建'],
      ['丁长江公路二桥', '在建'],
    ]);
    assert.deepEqual(reviewed('现代服务业快速发展，一汽大众4S店入驻甲国际汽车产业园，乙物流二期等工程按期实施。').map((p) => p[0]), ['乙物流二期']);
    // Held-out set 271 (a city bureau's review); names changed. A route's part alone takes the route before it.
    assert.deepEqual(reviewed('甲疏港高速，330国道乙城段、丙康段，丁戊线，己省道庚至辛改建工程等一批重点建设项目开工建设。').map((p) => p[0]), [
      '甲疏港高速',
      '330国道乙城段',
      '330国道丙康段',
      '丁戊线',
      '己省道庚至辛改建工程',
    ]);
    // Not before a clause that opens with what is done to the list (`重点观摩检查了包括…`).
    const visited = reviewed('3月30日下午，区四套班子逐园区、镇街观摩检查亿元以上新开工项目，重点观摩检查了包括龙凤堂物流基地、茂林医疗器械产业园等24个新开工项目。');
    assert.ok(!visited.some(([name]) => name!.includes('园区') || name!.includes('观摩')), JSON.stringify(visited));
  });

  it('reads the members named after works counted among (在50个计划新开工项目中，包括了A、B), a reserve (预备) being the stage before', () => {
    // Held-out set 324 (news of a province's key projects); names changed.
    const outline = outlineOf('2020年甲省省列重大建设项目出炉。\n在50个计划新开工项目中，包括了甲至乙铁路、丙国际机场三期扩建工程。23个预备项目中，包括丁新区第一人民医院项目。\n');
    assert.deepEqual(outline.projects.map((p) => [p.name, p.stage]), [
      ['甲至乙铁路', '开工'],
      ['丙国际机场三期扩建工程', '开工'],
      ['丁新区第一人民医院项目', '前期'],
    ]);
  });

  it('reads a sector\'s key works (林业重点工程) and a great many works (建设了大批项目) as no work by name', () => {
    // Held-out sets 325 (a county forestry bureau's plan) and 320 (news of a province's review); names changed.
    noWorks(['强化林业重点工程建设。']);
    noWorks(['甲港抓住了重大发展机遇，建设了大批项目。'], reviewed);
  });

  it('lends a kind to a short name without saying twice what the name ends with (甲方舱、乙方舱医院), a character alone staying the name\'s (古水、橄榄坝等水电站)', () => {
    // Held-out set 316 (a district's report); names changed.
    assert.deepEqual(reviewed('紧急抢建甲昌方舱、乙鹤方舱医院。').map((p) => p[0]), ['甲昌方舱医院', '乙鹤方舱医院']);
    assert.deepEqual(projects('加快旭龙、古水、橄榄坝等水电站建设。').map((p) => p[0]), ['旭龙水电站', '古水水电站', '橄榄坝水电站']);
  });

  it('reads a programme of the town area, the towns, town and country or the development zones (城区街景提升, 开发区整合提升) as no work', () => {
    // Held-out sets 236, 295 and 297 (a county's review, a zone's plan, a city's review); names changed.
    noWorks(['有序推进城区街景提升、老旧小区改造。', '加快推进开发区整合提升。'], reviewed);
    assert.ok(!reviewed('推进市镇商贸中心、商业特色街建设。').some(([name]) => name === '市镇商贸中心'));
    assert.deepEqual(projects('加快中心城区垃圾焚烧发电项目建设。'), [['中心城区垃圾焚烧发电项目', '在建']]);
  });

  it('reads each of the ceremonies a clause names (暨A项目启动仪式、…暨B项目开工仪式举行), a start ceremony (启动仪式) marking the start, and the work after 暨 only', () => {
    // Held-out sets 336 and 306 (news of two prefectures' spring starts); names changed.
    const outline = outlineOf('一、2025年重点项目\n3月20日，甲市2025年春季重点项目集中开工暨乙县云针智算中心项目启动仪式、丙市2025年春季项目开工活动暨丁油田勘探开发项目开工仪式举行。前几天，戊市举行春季项目集中开工暨己低空飞行器制造项目启动仪式。\n');
    assert.deepEqual(
      outline.projects.map((p) => [p.name, p.stage ?? '']),
      [
        ['乙县云针智算中心项目', '开工'],
        ['丁油田勘探开发项目', '开工'],
        ['己低空飞行器制造项目', '开工'],
      ],
    );
  });

  it('reads a work whose progress so far is told of its part or a paper on it (A项目原料库已建成, A工程可研报告已通过…审查, A项目现已基本完成…, A铁路可研即将获批) as named, and a hospital passing a grade (通过二甲医院验收) as no work', () => {
    // Held-out set 333 and older sets (news of a prefecture's key projects, a town's half-year review); names changed.
    const outline = outlineOf('一、2023年工作回顾\n甲丙铁路可研即将获批。甲乙水利枢纽工程可研报告已通过国家发改委审查；丙丁显示模组生产制造项目已投产18条模组生产线；戊己卷烟厂技改项目原料库已建成投入使用；庚辛公路项目现已基本完成土方工程建设。肿瘤医院通过二甲医院验收。\n');
    assert.deepEqual(
      outline.projects.map((p) => p.name),
      ['甲丙铁路', '甲乙水利枢纽工程', '丙丁显示模组生产制造项目', '戊己卷烟厂技改项目', '庚辛公路项目'],
    );
  });

  it('reads sectors listed as fields (科技教育、文化旅游、卫生体育等重点工程) as no works, and a named work joined to works counted (A农贸市场和2处停车场, 改造30座危桥) as that work alone', () => {
    // Held-out sets 335 and 337 (news of a region's key projects, a transport bureau's review) and an older set; names changed.
    noWorks(['社会民生项目53项，主要包括科技教育、文化旅游、卫生体育、生态环保、城镇建设等重点工程。', '改造 30 座危桥正在加紧施工。']);
    assert.deepEqual(projects('建设甲乙街综合农贸市场和2处停车场，新增停车位270个。'), [['甲乙街综合农贸市场', '在建']]);
  });

  it('reads lines each naming one work alone after a line counting works (2026年实施民生实事项目8项) as those works, past a bullet, but not tasks named as projects (电梯安全保障项目)', () => {
    // Held-out set 330 (a city's districts' practical projects, one per line); names changed.
    const outline = outlineOf('甲区人民政府\n2026年实施民生实事项目4项\n乙丙小学教学楼及宿舍楼维修改造项目\n△ 丁戊小区消防设施维修项目\n电梯安全保障项目\n管网畅通项目\n己区\n');
    assert.deepEqual(outline.projects.map((p) => p.name), ['乙丙小学教学楼及宿舍楼维修改造项目', '丁戊小区消防设施维修项目']);
    // Without a line counting them, such lines are headings.
    assert.deepEqual(outlineOf('乙丙小学教学楼及宿舍楼维修改造项目\n').projects, []);
  });

  it('names routes counted by their kind by their ends in the brackets after it (建成5条高速公路（A至B、C至D…）)', () => {
    // Held-out set 326 (news of a province's key projects); names changed.
    assert.deepEqual(projects('今年建成3条高速公路（甲乙至丙丁、戊己至庚辛、壬癸绕城），新增通车里程242公里。'), [
      ['甲乙至丙丁', '竣工'],
      ['戊己至庚辛', '竣工'],
      ['壬癸绕城', '竣工'],
    ]);
  });

  it('reads tasks and supplies (细化分解任务, 逐项落实责任, 增加优质教育供给) and one of a thing (精养殖场一个) as no works, a fine-chemicals plant (精细化工) as one', () => {
    // Held-out sets (a city's projects, a county's practical projects, a town's review); names changed.
    noWorks(['各项目细化分解任务、逐项落实责任确保项目按计划顺利实施。', '增加优质教育供给、增加停车位供给。', '引进精养殖场一个。']);
    assert.deepEqual(projects('实施丙丁催化剂、甲乙精细化工等重点项目。').map((p) => p[0]), ['丙丁催化剂', '甲乙精细化工']);
  });

  it('reads a work said to be under way still (正在稳步推进中, 正在积极申请办理采伐证) as named, at that status', () => {
    // Held-out sets (towns' reviews); names changed.
    assert.deepEqual(reviewed('甲乙路改造工程滑坡地段路面硬化项目正在稳步推进中。丙丁旅游路正在积极申请办理采伐证。').map((p) => p[0]), [
      '甲乙路改造工程滑坡地段路面硬化项目',
      '丙丁旅游路',
    ]);
  });

  it('names works after a place scheduling them for a year (该区将于2017年新建A学校、B中学等) without the place and the year', () => {
    // Held-out set 346 (news of a district's plan); names changed.
    assert.deepEqual(projects('记者昨日从甲区获悉,该区将于2017年新建青山学校、东湖中学等中小学校14所。').map((p) => p[0]), ['青山学校', '东湖中学']);
  });

  it('names a route at a clause\'s start before where it runs (1、甲乙至丙丁高速公路起于甲乙,…)', () => {
    // Held-out set 345 (a prefecture's plan of expressways); names changed.
    assert.deepEqual(projects('1、甲乙至丙丁高速公路起于甲乙,经戊己,建设里程139.6公里。\n2、丙丁至庚辛高速公路起点接甲乙至丙丁高速,止于庚辛县城。').map((p) => p[0]), [
      '甲乙至丙丁高速公路',
      '丙丁至庚辛高速公路',
    ]);
  });

  it('names a work alone before a clause referring back to it (A纸业项目,项目终端产品为…)', () => {
    // Held-out set 348 (news of a province's groundbreakings, photo captions); names changed.
    const text = '18日,甲省集中开工265个重大项目。\n乙丙纸业项目,项目终端产品为15万吨高档文化纸。\n丁戊实验区党校项目,项目建成将为实验区人才培养提供基地保障。\n一期工程于2010年2月1日开工建设,工程施工严格执行“三检”制。';
    assert.deepEqual(outlineOf(text).projects.map((p) => p.name), ['乙丙纸业项目', '丁戊实验区党校项目']);
  });

  it('reads an ellipsis leaving words out (……全力推进A、B高铁) as a clause break, not one closing a list (A、B……甲市195个重大项目今年开建)', () => {
    // Held-out sets 344 and 347 (news of a city's plan report, of its major projects); names changed.
    assert.deepEqual(projects('……提速建设交通强市重大工程……全力推进甲乙中线、丙丁高铁建设。').map((p) => p[0]), ['甲乙中线高铁', '丙丁高铁']);
    assert.deepEqual(outlineOf('地铁四期、白马湖实验室、学军中学桐庐校区……甲市195个重大项目今年开建\n').projects.map((p) => p.name), ['地铁四期', '白马湖实验室']);
  });

  it('names works after a place named without 省 before 力争 (江西力争开工建设A高铁)', () => {
    // Held-out set 347 (news of a province's transport meeting); names changed.
    assert.deepEqual(projects('铁路方面,江西力争开工建设长乙高铁,加快推进丙丁高铁、戊己铁路建设。').map((p) => p[0]), ['长乙高铁', '丙丁高铁', '戊己铁路']);
  });

  it('names works listed as what was chosen (票决确定了A工程项目、B项目（第一期小学部分）为…实事项目) and a sentence naming a work alone before 该项目', () => {
    // Held-out set 347 (news of a county's practical projects voted); names changed.
    const text = [
      '131名代表通过票决确定了甲乙高速出口连接线拓宽改造工程项目、丙丁县人民医院门急诊大楼建设项目、戊己县九年一贯制学校建设工程项目(第一期小学部分)为2020年县政府为民办实事项目。',
      '甲乙高速出口连接线拓宽改造工程项目。该项目估算总投资3400万元。',
    ].join('\n');
    assert.deepEqual(outlineOf(text).projects.map((p) => p.name), [
      '甲乙高速出口连接线拓宽改造工程项目',
      '丙丁县人民医院门急诊大楼建设项目',
      '戊己县九年一贯制学校建设工程项目(第一期小学部分)',
      '甲乙高速出口连接线拓宽改造工程项目',
    ]);
  });

  it('names works a list says money was spent on (A项目、B项目等6个项目投资均完成年度计划的15%以上), at no stage', () => {
    // Held-out set 348 (news of a region's key projects in progress); names changed.
    assert.deepEqual(projects('其中,甲乙纺织项目、丙丁正极材料项目等6个项目投资均完成年度计划的15%以上。'), [
      ['甲乙纺织项目', ''],
      ['丙丁正极材料项目', ''],
    ]);
  });

  it('reads a half-width full stop after Chinese (…2573.4亿元. 民航方面推进A机场改扩建) as ending a sentence, not a decimal point, and 水运 or 民航 as a topic', () => {
    // Held-out set 353 (news of a province's key projects, half-width marks); names changed.
    const text = '今年重点建设项目年度计划投资2573.4亿元. 民航方面推进甲乙机场改扩建,加快推进丙丁机场建设等.水运方面推进戊己新港建设.\n';
    assert.deepEqual(outlineOf(text).projects.map((p) => p.name), ['甲乙机场', '丙丁机场', '戊己新港']);
  });

  it('names routes listed before their count and length (A至B、C至D等24条1514公里高速公路) by their kind, without the length', () => {
    // Held-out set 350 (news of a province's transport plan); names changed.
    assert.deepEqual(projects('推进甲乙至丙丁、戊己至庚辛等24条1514公里高速公路建设。').map((p) => p[0]), ['甲乙至丙丁高速公路', '戊己至庚辛高速公路']);
  });

  it('reads works whose review is issued (A工程、B工程等6项出具行业审查意见) as named, at the preparatory stage', () => {
    // Held-out set 350 (a province's water-works progress report); names changed.
    assert.deepEqual(reviewed('甲市乙区海塘安澜工程(丙丁段海塘)、戊县海塘安澜工程(己庚片海塘)等6项出具行业审查意见。'), [
      ['甲市乙区海塘安澜工程(丙丁段海塘)', '前期'],
      ['戊县海塘安澜工程(己庚片海塘)', '前期'],
    ]);
  });

  it('names passenger lines listed before 客专 (重点建设甲乙丙、丁戊、己庚客专) each with the kind', () => {
    // Held-out set 350 (news of a province's plan on the Yangtze belt); names changed.
    assert.deepEqual(projects('重点建设甲乙丙、丁戊、己庚客专。').map((p) => p[0]), ['甲乙丙客专', '丁戊客专', '己庚客专']);
  });

  it('reads works pushed on with 抓紧 (A、B水库等项目建设抓紧推进, A扩建等一批项目正抓紧建设) as under way', () => {
    // Held-out set 350 (news of a province's infrastructure in the first quarter); names changed.
    assert.deepEqual(reviewed('甲乙引水、丙丁水库等项目建设抓紧推进。戊己矿务局露天矿扩建等一批项目正抓紧建设。'), [
      ['甲乙引水', '在建'],
      ['丙丁水库', '在建'],
      ['戊己矿务局露天矿扩建', '在建'],
    ]);
  });

  it('names the members of a category of works alone before 包括 (公共建筑设施工程,包括A公园、B大桥、C景区开发工程)', () => {
    // Held-out set 353 (news of a city's construction plan); names changed.
    assert.deepEqual(projects('公共建筑设施工程,包括甲乙公园、丙丁街跨湖大桥、戊己谷景区开发工程;排水防汛工程,包括庚辛渠综合治理工程。').map((p) => p[0]), [
      '甲乙公园',
      '丙丁街跨湖大桥',
      '戊己谷景区开发工程',
      '庚辛渠综合治理工程',
    ]);
  });

  it('reads members after a category counted in brackets (续建项目(2个):A、B) and a list under such a title as its members', () => {
    // Held-out set 386 (a province's key works by city); names changed.
    assert.deepEqual(projects('1.续建项目(2个):甲乙滨海新区开发项目、丙丁一小时交通圈项目(戊大桥部分)。'), [
      ['甲乙滨海新区开发项目', '在建'],
      ['丙丁一小时交通圈项目(戊大桥部分)', '在建'],
    ]);
    assert.deepEqual(projects('(二)预备重点项目(2个)。\n甲乙山水文化旅游区、丙丁湾综合开发项目。').map((p) => p[0]), ['甲乙山水文化旅游区', '丙丁湾综合开发项目']);
    // A paragraph saying more than a list is no list of members.
    assert.deepEqual(projects('(二)预备重点项目(2个)。\n甲乙山水文化旅游区、丙丁湾综合开发，确保开工。').map((p) => p[0]), []);
  });

  it('keeps a list in brackets after a member out of its name, and names the works it includes (A项目(包括B酒店、C酒店))', () => {
    // Held-out set 386; names changed.
    assert.deepEqual(projects('续建项目(3个):甲乙旅游区开发项目(包括丙丁五星级酒店、戊己度假村酒店)、庚辛大桥(主体工程、庚辛大桥至壬癸大道连接线)、子丑农业园区。').map((p) => p[0]), [
      '甲乙旅游区开发项目',
      '丙丁五星级酒店',
      '戊己度假村酒店',
      '庚辛大桥',
      '子丑农业园区',
    ]);
  });

  it('ends the last name of a list at a count of as many works of its kind (A水厂、B水厂、C水厂3个水厂, A路、B道3条市政道路)', () => {
    // Held-out set 386 (a city bureau's year of road building); names changed.
    assert.deepEqual(reviewed('新建城东水厂、城西水厂、城南水厂3个水厂。'), [
      ['城东水厂', '开工'],
      ['城西水厂', '开工'],
      ['城南水厂', '开工'],
    ]);
    assert.deepEqual(reviewed('新建金源道、汇源道、永兴路3条市政道路。').map((p) => p[0]), ['金源道', '汇源道', '永兴路']);
  });

  it('reads a status after a deadline with 之前 (A污水处理厂2013年年底之前完成建设并投入使用), and the works of a quarter (第三季度项目将…) as no name', () => {
    // Held-out set 387 (a city bureau's environment plan); names changed.
    assert.deepEqual(projects('确保城西污水处理厂2013年年底之前完成建设并投入使用。').map((p) => p[0]), ['城西污水处理厂']);
    // Held-out set 365 (news of a city's hospitals).
    assert.deepEqual(projects('目前正在开展内外装修，第三季度项目将完成建设并投入使用。'), []);
  });

  it('lends the works counted to every bare place listed before them, the last one too whatever it ends with (A、B、C石桥3处集中供水工程)', () => {
    // Held-out set 384 (a county water bureau's winter works); names changed.
    assert.deepEqual(projects('实施甲篁、乙铺、丙源石桥3处集中供水工程。').map((p) => p[0]), ['甲篁集中供水工程', '乙铺集中供水工程', '丙源石桥集中供水工程']);
    // One place before a work's name counts the works named: `A、B大桥2座桥梁`.
    assert.deepEqual(reviewed('建成红星、东风大桥2座桥梁。').map((p) => p[0]), ['东风大桥']);
  });

  it('reads 维修改造 after works counted as what is done to them, not part of their names (A、B等7座水电站维修改造)', () => {
    // Held-out set 384 (a county water bureau's winter works); names changed.
    assert.deepEqual(projects('推进甲源、乙门等7座水电站维修改造。').map((p) => p[0]), ['甲源水电站', '乙门水电站']);
  });
});
