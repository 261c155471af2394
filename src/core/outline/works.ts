// What makes a name a work: a suffix from the lexicon of works, and a proper part (a place, an
// owner, a phase) beyond generic category words.

import { alternation } from '../alternation';

/** The nouns names of works end with: 高铁, 水库, 产业园, 二期, 改扩建 …, longest first. */
const NOUNS = [
  '高铁', '客专', '客运专线', '铁路', '城际', '城铁', '磁浮', '磁悬浮', '轨道交通', '地铁', '快速公交', '高速公路', '高速', '公路', '快速路', '快速通道', '大道', '大街', '街', '巷', '路', '堤', '线', '段', '复线', '专用线', '大桥', '桥', '立交', '互通', '隧道', '环隧',
  '机场', '港', '港区', '港务区', '码头', '航道', '枢纽', '水库', '水闸', '船闸', '节制闸', '控制闸', '泄洪闸', '挡潮闸', '水厂', '水利枢纽', '堤防', '海塘', '灌区', '电站', '电厂', '火电', '水电', '直流', '变电站', '气田', '油田', '煤层气', '储能', '风电', '光伏', '管网', '环网', '管廊', '引水', '大坝', '运河', '干渠', '冷库', '保鲜库', '储备库', '油库', '粮库', '出入口局',
  '产业园', '园区', '集中区', '园', '片区', '地块', '区块', '工业区', '基地', '中心', '产线', '生产线', '装置', '工厂', '厂', '厂房', '矿', '矿山', '期', '工程', '项目', '综合体', '广场', '停车场', '超市', '农贸市场', '批发市场', '零售市场', '交易市场', '主力店', '旗舰店', '用房', '站房', '小区', '苑', '牧场', '公园', '景区', '旅游区', '度假区', '小镇', '城', '商城', '百货', '总站', '客运站', '车站', '金街', '写字楼', '总部',
  '基站', '站', '馆', '研究设施', '试验设施', '实验设施', '观测设施', '实验堆', '反应堆', '加速器', '对撞机', '中子源', '光源', '望远镜', '街区', '风貌区', '商务区', '博物馆', '博物馆群', '博物院', '学校', '学院', '大学', '中学', '高中', '小学部', '初中部', '高中部', '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中', '十中', '一小', '二小', '三小', '四小', '五小', '六小', '七小', '八小', '九小', '十小', '一幼', '二幼', '三幼', '四幼', '五幼', '六幼', '七幼', '八幼', '九幼', '十幼', '小学', '附小', '附中', '幼儿园', '分校', '分园', '分院', '校区', '医院', '保健院', '敬老院', '养老院', '福利院', '院区', '新院', '卫生院', '楼', '大楼', '食堂', '宿舍', '大厦', '场馆', '体育馆', '体育场', '运动场', '酒店', '养护院', '护理院', '安置房', '安置区', '安置点', '安商房', '回迁房', '还建房', '保租房', '公寓', '实验室', '研究院', '试验场', '发射场', '资源库', '种质库', '中期库', '新址', '旧址', '步道', '绿道', '谷', '剧院', '剧场', '音乐厅', '影院', '口岸', '综保区', '综合保税区', '处理设施', '处置设施', '管道', '机组', '高铁网', '铁路网', '高速公路网', '公路网', '辅道', '作业区', '高速出口', '高速路出口', '高速公路出口',
  '出口', '出入口', '外环', '内环', '环线', '跑道', '国道', '省道', '通道', '走廊', '廊道', '示范带', '改造', '扩能升级', '改扩建', '扩建', '迁建', '新建', '重建', '修缮', '加固', '治理', '整治', '疏浚', '棚改', '提升', '延伸', '配套', '延', '西延', '东延', 'Ⅰ', 'Ⅱ', 'Ⅲ',
].sort((a, b) => b.length - a.length);
/** The work nouns as an alternation, for patterns that must find one inside a name. */
export const WORK_NOUNS = NOUNS.join('|');

/**
 * A stretch, place or type in parentheses after a work's noun: `厦金大桥（厦门段）`, `国家碳计量中心（福建）`, `保税物流中心（B型）`,
 * and a road's stretch from one place to another (`晓天路（鼓楼北街至汤池路）`, `经三路（公麟路---晓天路）`).
 */
const STRETCH = /（(?:[^（）]{1,6}[段区市县镇侧]|[A-Z]型|[\u4e00-\u9fff]{2,4}(?<![类型级])|[\u4e00-\u9fff\d]{2,10}(?:至|到|[-—–－~～]+)[\u4e00-\u9fff\d]{2,10})）$/;
/**
 * Endings that read as a work noun but name none: a valley named by nature (`伊犁河谷`, not `中原农谷`), linking up (`互联互通`,
 * not `德安南互通`), an exit off no road (trade: `机电产品出口`, not `沈海高速鳌头出口`), lanes of a kind (`背街小巷`, not `山城巷`), and a span of time, not a phase (`倒排工期`, `汛期`; not `二期`).
 */
const NOT_A_WORK_ENDING = /[河山峡溪]谷$|互联互通$|^(?!.*(?:高速|公路|国道|省道|[GS]\d)).*出入?口$|小巷$|(?:工|周|时|汛|预|同|长|短|定|按|如|逾|限)期$/;
/** Last characters of those endings: most names skip the test. */
const FALSE_ENDING_LAST = new Set('谷通口巷期');
/** Work nouns by the code of their last character, longest first. */
const NOUNS_BY_LAST = new Map<number, string[]>();
/** By character code: 1 where a noun ends with it, 2 where it is a noun by itself (`路`, `园`). */
const ENDING = new Uint8Array(0x10000);
for (const noun of NOUNS) {
  const last = noun.charCodeAt(noun.length - 1);
  if (!NOUNS_BY_LAST.has(last)) NOUNS_BY_LAST.set(last, []);
  NOUNS_BY_LAST.get(last)!.push(noun);
  ENDING[last] = Math.max(ENDING[last]!, noun.length === 1 ? 2 : 1);
}

/**
 * How names of works end: the longest work noun a name ends with, and a stretch after it, as a regular expression's
 * `exec` and `test` would give them; looked up from the last characters (an alternation of several hundred nouns tried
 * at every position was the outline's costliest expression).
 */
export const WORK_SUFFIX = {
  exec(name: string): [string] | null {
    const end = name.endsWith('）') ? (STRETCH.exec(name)?.index ?? name.length) : name.length;
    if (FALSE_ENDING_LAST.has(name[end - 1]!) && NOT_A_WORK_ENDING.test(name.slice(0, end))) return null;
    const noun = nounEndingAt(name, end);
    return noun === undefined ? null : [name.slice(end - noun.length)];
  },
  test(name: string): boolean {
    return WORK_SUFFIX.exec(name) !== null;
  },
};

/** The longest work noun of `text` that ends at `end`. */
function nounEndingAt(text: string, end: number): string | undefined {
  return NOUNS_BY_LAST.get(text.charCodeAt(end - 1))?.find((noun) => noun.length <= end && text.startsWith(noun, end - noun.length));
}

/** Whether any work noun ends anywhere in `text`: a clause without one names no work by its noun (read by character code, no strings made). */
export function containsWorkNoun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ending = ENDING[text.charCodeAt(i)];
    if (ending === 2 || (ending === 1 && nounEndingAt(text, i + 1) !== undefined)) return true;
  }
  return false;
}

/** A voltage or capacity class opening a name (`10千伏线路`, `500kV变电站`, `2100万千瓦火电机组`) names a kind of line, station or plant, not one. */
const VOLTAGE_CLASS = /^[\d.]+(?:千伏|kV|KV|(?:万|亿)?(?:千瓦|兆瓦|MW|GW))/;

/** The name without its work ending: `高端电子材料产业园` → `高端电子材料`. */
export function withoutWorkEnding(name: string): string {
  const ending = WORK_SUFFIX.exec(name)?.[0];
  return ending ? name.slice(0, name.length - ending.length) : name;
}

/** Category words that on their own do not name a work. */
const GENERIC = new RegExp(
  alternation([
    '基础设施', '配套设施', '公共服务', '老旧小区', '棚户区', '保障性', '资源化', '标准化', '现代化', '高标准', '抽水蓄能', '储能', '农光互补', '渔光互补', '林光互补', '风光电', '分布式', '新能源', '污水处理', '垃圾处理',
    '供水', '污水', '供热', '供气', '供电', '天然气', '燃气', '管道', '管网', '雨水', '排水', '给水', '道路', '公路', '铁路', '高速', '学校', '医院', '公园', '绿化', '亮化', '美化', '硬化',
    '设施', '项目', '工程', '重点', '重大', '民生', '产业', '新型', '城市', '城镇', '农村', '乡村', '住房', '安居', '水利', '交通', '能源', '信息', '数字', '智慧', '生态', '环境',
    '治理', '改造', '建设', '提升', '综合', '黑臭水体', '水体', '水环境', '水系', '河道', '一批', '各类', '相关', '对外开放', '配套', '优质', '本科', '高校', '学生', '宿舍', '利用', '国家', '全国', '省级', '市级', '县级', '区级', '一级', '二级', '三级', '特级', '大型',
    '中小', '零碳', '绿电', '虚拟', '电气化', '水网', '县域', '公共', '社区', '街道', '乡镇', '市镇', '厂房', '标准', '农田', '中心', '实验室', '基地', '园区', '示范', '试点', '骨干', '一体化', '智能', '绿色', '低碳', '海上', '光伏', '风电',
    '电站', '电网', '管廊', '地下', '市政', '主题', '城区', '闲置', '质量', '适老化', '无障碍', '轨道', '航空', '电信', '民用', '通用', '防洪', '排涝', '灌区', '水库', '新区', '老旧', '公用', '公厕', '背街', '巷道', '主干', '旧城', '老城', '保交', '断头', '坑洼', '传统', '整改', '长期', '安置', '方舱', '镇街', '勘查', '五星级', '外立面', '服务站', '转运站', '垃圾', '棚改', '平台', '普惠性', '基础性', '兜底性', '公益性', '电力', '外送', '通道', '国省', '干道', '提质', '升级', '既有建筑', '节能', '仓库', '集散', '保税', '卫生服务', '保健', '妇幼', '照料', '城中村', '技术', '标志性', '百亿级', '千亿级', '十亿级', '亿元级', '已签约', '签约', '在施', '开工', '竣工', '扩容', '扩能', '起步区', '服务', '企业', '创业', '开闭所', '建材', '污泥', '处置', '奶源', '种植', '变电站', '文化交流', '安全', '饮水', '通讯', '通信', '汇集', '通感一体', '生物', '医药', '装备', '应用', '氢能', '新材料', '行业', '降碳', '危旧房', '危房', '品质', '大中型', '中小型', '小型', '省市县', '省市', '市县', '上市公司', '募投', '招商引资', '招引', '增资扩产', '固体废物', '回收', '陆路', '进出口', '算力', '路段', '拥堵', '出入口', '连接', '连接线', '生活污水', '生活垃圾', '郊野', '口袋', '自然', '体育', '廊道', '全省', '全市', '全县', '全区', '全乡', '全镇', '幼儿园', '运动场地', '进村入户', '护岸', '重要生态', '技改', '港口', '全流程', '充电', '停车', '起降', '环卫', '养老', '托育', '消防', '特色', '现有', '航天', '卫星', '火箭', '快递', '快件', '分拣', '保税仓', '提标', '处理', '线路', '高低压', '训练', '更新', '精细', '共同', '加固', '补强', '农业农村', '中型', '人工智能', '旅游', '智算', '节水', '高耗水', '晶硅', '大规模', '长距离', '输氢', '输油', '输气', '输水', '集约', '高层', '建筑', '燃煤', '锅炉', '散乱污', '排污口', '雨污', '混接', '入河', '入海', '污染物', '源头', '续建', '病险', '除险', '震损房', '城乡', '换电', '干线', '重型', '卡车', '产能', '产量', '健身', '综治', '应急', '巡护', '运输', '技术创新', '概念验证', '中试', '工业', '有线电视', '路灯', '泵站', '燃气站', '垃圾中转', '照料站', '补植', '路网', '环城', '集成电路', '制造业', '外贸', '转型', '散煤', '森林', '优秀', '传统文化', '传承', '发展', '退耕还林', '还草', '禁牧', '国际物流', '流域', '休牧', '厕所革命', '三甲', '急诊', '急救', '新时代', '立德树人', '文艺', '精品', '创作', '职业', '技能', '考古', '联合', '研究', '文化遗产', '小微', '空间', '农牧民', '人防', '蓄滞洪', '宜居', '家园', '平安', '校园', '示范性', '公办', '防沙治沙', '成果', '巩固', '湿地', '修复', '保护', '小流域', '坡耕地', '淤地坝', '地质灾害', '避险', '搬迁', '扬尘', '污染', '网上', '网下', '协同', '土地', '单村', '系统', '民心', '周边', '存量', '煤电', '优化', '用能', '设备', '清洁', '取暖', '老化', '基层', '营商', '法治', '工作', '烈士', '纪念', '住宅', '非住宅', '房屋', '货运', '灾后', '恢复', '创新', '农业', '孵化', '转移', '转化', '区域', '集中', '实事', '为民办', '年度', '大健康', '农产品', '农牧产品', '食品', '加工', '研发', '协作', '防涝', '保障', '抗震', '利民', '煤改电', '煤改气', '邮政', '数据', '大宗商品', '联运', '出海', '综合服务', '事务', '规范', '港航', '智能化', '冶炼', '商务区', '核心区', '交易', '登记', '偏远', '农牧户', '有机', '减灾', '生命线', '预警', '终端', '人员密集', '场所', '全覆盖', '封装测试', '传感器', '燃料', '供应', '烂尾', '绿廊', '生产', '果蔬', '寒地', '沿边', '氢基', '现代', '专门', '普通', '安防', '总部', '医学', '医疗', '公共卫生', '遗址', '人力资源', '储备', '质检', '基金', '审评', '检查', '分中心', '煤化工', '棉花', '棉纱', '和省级', '科技基础设施', '自然科学', '粮源', '冷链', '贸易', '合作', '供应链', '关键', '零部件', '融合', '检验', '检测', '认证', '油气', '网络', '省内', '支线', '就业', '海外', '前置仓', '物流', '专线', '陆海空', '深水', '数智化', '未来', '对外', '承包', '深度', '绿氢', '服务业', '家门口', '公交专用道', '盲肠路', '瓶颈路', '拉通', '小巷', '5G', '物联网', '违法建设', '水源', '场镇', '建制', '撤并', '核酸', '桥梁', '地灾', '防治', '岸坡', '受灾', '地区', '补充', '耕地', '特高压', '粮油', '充电桩', '汽车充电桩', '电动', '河流', '镇村', '文明实践', '产权', '流转', '义务教育', '平价', '蔬菜', '图书', '景区', '展陈', '员工', '食堂', '景观', '环保', '人才', '撂荒地', '产教融合', '实训', '育苗', '育秧', '瓜菜', '水稻', '种猪', '万头', '国道', '省道', '县道', '乡道', '沿线', '沿岸', '村内', '排污', '通村', '通组', '通户', '入户', '村组', '田间', '机耕', '防火', '美丽', '商贸服务', '治污', '零直排', '九年一贯制', '镇级', '村级', '压煤', '低压', '中压', '高压', '居民', '县列', '市列', '省列', '蒸汽', '现役', '水运', '民航', '海绵城市', '煤炭', '经贸', '教育', '文体', '社会事业', '农林牧业', '其他', '新建', '在建', '拟建', '路基', '桩基', '土建',
  ]),
  'g',
);

/** A category word opening what is left of a name. */
const GENERIC_OPENING = new RegExp(`^${GENERIC.source}`);
/** What is done to a work, not a kind of work: `G303提质改造` lends no kind to `G101`. */
const WORK_DONE_OPENING = /^(?:提质|提升|提标|改造|治理|建设|整治|升级|修复|保护|更新|扩容|扩能|加固|续建|新建|搬迁|利用)/;

/**
 * The kind after a short place that opens a name, when it is a category (`南区污水处理厂提标改造工程` → `污水处理厂提标改造工程`):
 * what the places listed before that name share (`吉大、南区污水处理厂提标改造工程`).
 */
export function categoryAfterPlace(name: string): string | undefined {
  for (let at = 2; at <= 4 && at <= name.length - 4; at++) {
    const rest = name.slice(at);
    if (GENERIC_OPENING.test(rest) && !WORK_DONE_OPENING.test(rest) && isGenericWork(rest)) return rest;
  }
  return undefined;
}

const LEVEL_OWNED = /^(?:[省市县区州旗](?:人民|中)?(?:医院|博物馆|图书馆|档案馆|文化馆|美术馆|科技馆|体育馆|体育场|体育中心|文体中心|文化中心|疾控中心|妇幼保健院|急救中心)|[市县区][一二三四五六七八九十][中小](?![区心队])|(?:人民|中)医院|中医医院|新(?:[一二三四五六七八九十][中小幼]|高中|博物馆|图书馆|体育馆|文化馆|档案馆|医院)$)/;
const UTILITIES = /^[水电气热暖路网讯、]+$/;
/** A name left to be filled in: `X`. */
const PLACEHOLDER_NAME = /^[XＸ]$/;
export const PHASE_END = /[一二三四五六七八九十\d]期$/;
const DIRECTION_STREET = /^[东西南北中](?:环线|环路|[外内]环|环?(?:大街|街|路|大道|站|苑|园|城|港))$/;

const PARK_END = /(?:产业园|园区)$/;
/** A bound after a size makes it a class (`5万吨以上`); a size opens one work's name, not two joined (`80吨A处置和B中心项目`). */
const SIZE_NOT_OF_ONE_WORK = /^(?:及)?以[上下内]|[和及]/;
/** A product named in Latin letters: `PTA`, `PET`. */
const LATIN_PRODUCT = /^[A-Z]{2,}/;

/**
 * Whether a size opening a name belongs to it (`4500亩蓝莓产业园`, `5万吨公共液化烃码头`, `180万吨PET`): what follows the
 * size is a park with a name of its own, a work with one after a capacity (`capacity`), or (in a list of named works,
 * `listed`) a product named in Latin letters. Else the size is an amount of work.
 */
export function sizedWork(rest: string, listed: boolean, capacity: boolean): boolean {
  if (listed && LATIN_PRODUCT.test(rest)) return true;
  // In a list of projects, a plant is named by its capacity and product (`6万吨电解锰`, `华大30兆瓦生物质发电`).
  if (listed && capacity && rest.length >= 2 && !SIZE_NOT_OF_ONE_WORK.test(rest) && !isGenericWork(rest)) return true;
  return rest.length >= 3 && !SIZE_NOT_OF_ONE_WORK.test(rest) && (capacity ? WORK_SUFFIX.test(rest) : PARK_END.test(rest)) && !isGenericWork(rest);
}

/** An ordinal alone before the work noun names one work of its kind: `三` (`三水厂`). */
const ORDINAL_STEM = /^[一二三四五六七八九十]$/;

/** True when nothing but category words (and the words joining them) is left of the name (`供水和供热`, `优质本科高校学生宿舍`); `共和机场` keeps its 和. */
/** A place named after its land or water that a category word opens (`土地滩水库`): what is left is a place's feature. */
const PLACE_FEATURE = /^[滩湾湖山岭坝沟岛洲港峡岗坪塘溪庄寨垭岩]$/;

/** Where and when works are, or how many, alone: `前三季度福建省`, `08年河北`, `大部分`, `亿元以上`, `X 市`. */
const SCOPE = '(?:\\d{2,4}年度?|今年|全年|年内|前[一二三]季度|[上下]半年|本次|此次|首批|第[一二三四五六七八九十]批|大部分|部分|多数|所有|全部|单个|[\\d.]+(?:亿|万)元以上|[各我全本该](?:省|市|县|区)|[\\u4e00-\\u9fff]{1,3}(?:省|(?<![超股夜集门街城都])市|县|(?<![园城景社街])区|州)(?:政府)?(?=\\d|今年|全年|前|[上下]半年|首批|重点|重大|调度|骨干|在建|续建|新开工|集中开工|项目|工程)|[A-Z](?:省|市|县|区))';
/** Works of a scope and a class (`前三季度福建省重点项目`, `08年河北重点项目`, `大部分项目`): a category, not one work (`南水北调重点工程` is one). */
const SCOPED_CATEGORY = new RegExp(`^${SCOPE}*(?:[\\u4e00-\\u9fff]{2}(?=重点|重大|调度))?(?:重点|重大|调度|骨干|在建|续建|新开工|集中开工)*(?:建设)?(?:项目|工程)$`);

/** A building by its use alone, a part of some work (`办公楼`, `屠宰厂房`, `二期用房`, `主展馆`, `公共厕所`): no name of its own. */
const BUILDING_BY_USE = /^(?:新建?|主|[一二三]期)?(?:办公|教学|综合|宿舍|实验|门诊|住院|医技|感染|行政|科研|管理|屠宰|生产|仓储|配套|附属|服务)?(?:楼|大楼|用房|厂房|展馆|食堂|仓库|车间|公共厕所|公厕|垃圾中转站|中转站)$/;

/**
 * No name at all: works referred back to (`把这些项目`, `上述工程`), a site told (`地址位于…片区`), words after a length cut
 * from its number (`公里撤并村通畅工程`), the works of a time cut from its ordinal (`第三季度项目` → `季度项目`), or a slogan of
 * pursuing works (`大抓项目`, `抓大项目`, `招项目`).
 */
const NO_NAME = /(?:这些|这个|该|此|上述|以上)(?:项目|工程)$|^(?:地址|选址)?位于|^(?:公里|千米|平方米)|^(?:季度|半年|年内|年底)(?:项目|工程)$|^大?[抓招引上争跑谋]大?(?:项目|工程)$/;

export function isGenericWork(name: string): boolean {
  if (SCOPED_CATEGORY.test(name.replace(/\s/g, '')) || BUILDING_BY_USE.test(name) || NO_NAME.test(name)) return true;
  // A street, station or park named by its direction is a name: `西大街`, `南环路`, `西站`, `南苑`.
  if (DIRECTION_STREET.test(name)) return false;
  // Utilities named by their first characters (`水、电`, `水电气热`) are a kind of network.
  if (UTILITIES.test(name)) return true;
  // A phase names one work of its kind: `标准化厂房二期`, `污水处理厂三期`.
  if (PHASE_END.test(name) && name.length >= 5) return false;
  // The level's own public institution is one: `区医院扩建工程`, `市疾控中心`, `省博物馆`, `县四小`, the place's own hospital named alone
  // (`中医院综合楼`) and its new one (`新一中`, `新博物馆`).
  if (LEVEL_OWNED.test(name)) return false;
  // What is done to a work comes after its noun (`单村水站改造提升`): every ending goes, a phase stays.
  let bare = withoutWorkEnding(name);
  for (let cut = withoutWorkEnding(bare); cut !== bare && cut.length >= 2 && !PHASE_END.test(bare); cut = withoutWorkEnding(bare)) bare = cut;
  const stem = bare.replace(VOLTAGE_CLASS, '').replace(GENERIC, '').replace(/[\s“”"（）()、·\-—]/g, '');
  // A placeholder stands for a name however long it is (`X大桥`, `X工业学校`), and so does an ordinal alone (`三水厂`).
  if ((stem.length < 2 && !PLACEHOLDER_NAME.test(stem) && !ORDINAL_STEM.test(bare) && !PLACE_FEATURE.test(stem)) || /^[等和及与的向]+$/.test(stem)) return true;
  // A category word may end like a one-character work noun (`集成电路`): taken whole, nothing is left.
  return (WORK_SUFFIX.exec(name)?.[0].length ?? 0) === 1 && name.replace(GENERIC, '').length < 2;
}

/** A work's length or width said with its number: `长1660米`, `全长约3公里`, `宽40米`. */
export const WORK_LENGTH = '(?:全?长|宽)约?\\d';
