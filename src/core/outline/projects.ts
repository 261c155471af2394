import type { Clause } from './clauses';
import { WORK_SUFFIX, isGenericWork } from './works';

export interface ProjectMatch {
  name: string;
  start: number;
  end: number;
  investment?: string;
  status?: string;
}

const AMOUNT = '(?:\\d+(?:\\.\\d+)?|X+)(?:万亿|亿|万|千)?(?:美)?元';
/** `总投资XX亿元的`, `投资1.27亿元实施的` before a name. */
const INVESTMENT = new RegExp(`^.*?(?:总)?投资(${AMOUNT})(?:实施|建设|新建)?的`);

/** Verbs that open a clause about works; the status of a work when they say one (开工建设, 建成). */
const LEAD_VERBS = [
  '开工建设', '加快建设', '加快推进', '全力推进', '重点实施', '重点推进', '启动建设', '启动实施', '大力推进', '积极推进', '协助推进', '全面完成', '全面启动', '加快启动', '继续实施', '建成投用', '建成投运',
  '力争', '确保', '争取', '全力', '全面', '继续', '积极', '协助', '重点', '加快', '推进', '推动', '实施', '启动', '谋划', '新建', '续建', '完成', '开工', '建成', '签约', '投产', '做好', '抓好', '做强', '建强', '支持', '实现', '建设', '开建', '改造', '扩建', '提速', '完善', '抓', '再', '要', '并', '年内', '今年', '全年', '尽快', '加紧', '全线',
].sort((a, b) => b.length - a.length);
const LEADING_VERB = new RegExp(`^(?:${LEAD_VERBS.join('|')})+`);

/** Status words after a name: `建成通车`, `投入使用`, `主体封顶`, `进展顺利`. */
const STATUS_AFTER =
  /(?:全面|全线|基本|顺利|相继|正式|按期|如期|已经|已|均|实现|成功|年内|今年|当年|尽快|确保)*(?:建成通车|竣工通车|通车|全线贯通|贯通|建成投运|建成投用|建成开放|投入使用|投入运营|正式运营|开诊运营|竣工投产|建成投产|投产|主体封顶|封顶|完成主体建设|主体完工|主体完成建设|完成厂房建设|完成主要设备安装|完成建设|并网发电|完工|竣工|建成|开工建设|开工|复工|进展顺利|顺利推进|全力推进|加快推进|启动实施|前期工作|完成项目核准|项目核准)$/;

/** `等项目`, `等一批项目`, `等重大水利工程` closing a list, and the status words after it. */
const LIST_END = /等(?:[^、，]{0,10}?(?:项目|工程|设施))?(?:建设)?/g;
const TRAILING_WORK = /(?:的)?(?:项目)?(?:建设进度|建设|前期工作)$/;
/** A name stops where a report goes on about it: `…综合体项目当年完成投资6.1亿元`. */
const NAME_STOP = /(?:当年|累计|完成|实现|新增|新接入|接入|达到|带动|惠及|开工|建成|正式|全面|顺利|进展|年内|项目前期)/;
const NOT_A_NAME = /了|的|投资|力度|水平|能力|机制|体系|政策|服务$|管理$|发展$|改革$|质量$|环境$|作用$|工作$|活动$|行动$|氛围$|品牌$|模式$/;
const QUOTE = /^[“"‘]+|[”"’]+$/g;
const DIRECTION = /^[东西南北]/;

/** Splits `A、B、C` into items, keeping one name together: `东、西外环路`, `第三、第四棚改配套幼儿园`. */
function listItems(text: string): { raw: string; offset: number }[] {
  const parts: { raw: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of text.split(/、|以及/)) {
    const sep = text.startsWith('以及', offset + piece.length) ? 2 : 1;
    const previous = parts[parts.length - 1];
    if (
      previous &&
      (previous.raw.length <= 1 || /第[一二三四五六七八九十\d]+$/.test(previous.raw) || (/[东西南北]$/.test(previous.raw) && DIRECTION.test(piece)))
    ) {
      previous.raw = text.slice(previous.offset, offset + piece.length);
    } else {
      parts.push({ raw: piece, offset });
    }
    offset += piece.length + sep;
  }
  return parts;
}

/**
 * Projects named in a clause, in three shapes: a list closed by `等…项目` (status after it or in
 * the verb before it), a work with its investment (`投资XX亿元的凤宝管业清洁煤制气`), and a named
 * work with its status before or after (`建成鹏城云脑Ⅲ`, `广湛高铁建成通车`). A name is a place, an
 * owner, a phase or a named facility: generic categories (`供水、污水等项目`) are left out.
 */
export function projectsIn(clause: Clause): ProjectMatch[] {
  const text = clause.text;
  let body = text;
  let statusWords = '';
  let listed = false;
  const listEnd = [...text.matchAll(LIST_END)].pop();
  if (listEnd && listEnd.index > 0) {
    const rest = text.slice(listEnd.index + listEnd[0].length);
    if (rest.length === 0 || (rest.length <= 12 && STATUS_AFTER.test(rest)) || /^(?:进度|前期|项目|建设)/.test(rest)) {
      listed = true;
      body = text.slice(0, listEnd.index);
      statusWords = rest;
    }
  }
  if (!listed) {
    const after = STATUS_AFTER.exec(text);
    if (after && after.index > 0) {
      statusWords = after[0];
      body = text.slice(0, after.index);
    }
  }
  const lead = LEADING_VERB.exec(body)?.[0] ?? '';
  if (!statusWords && lead) statusWords = lead;
  const hadTrailingWork = TRAILING_WORK.test(body);
  if (!listed) body = body.replace(TRAILING_WORK, '');
  const hasInvestment = body.includes('投资');
  if (!listed && !hasInvestment && !statusWords && !hadTrailingWork) return [];

  const found: ProjectMatch[] = [];
  for (const item of listItems(body)) {
    let from = item.offset;
    let name = item.raw;
    const invest = INVESTMENT.exec(name);
    if (invest) {
      from += invest[0].length;
      name = name.slice(invest[0].length);
    }
    const verb = LEADING_VERB.exec(name)?.[0] ?? '';
    from += verb.length;
    name = name.slice(verb.length);
    const open = name.length - name.replace(/^[“"‘]+/, '').length;
    from += open;
    name = name.replace(QUOTE, '');
    const stop = NAME_STOP.exec(name);
    if (stop && stop.index >= 2) name = name.slice(0, stop.index);
    if (name.length < 2 || name.length > 30 || /^[\dX]+(?:个|项|家|批)/.test(name) || NOT_A_NAME.test(name)) continue;
    if (isGenericWork(name)) continue;
    if (!invest && !listed && !WORK_SUFFIX.test(name)) continue;
    const start = clause.start + from;
    found.push({
      name,
      start,
      end: start + name.length,
      ...(invest ? { investment: invest[1]! } : {}),
      ...(statusWords ? { status: statusWords } : {}),
    });
  }
  return found;
}
