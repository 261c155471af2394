import type { Clause } from './clauses';

export interface ProjectMatch {
  name: string;
  start: number;
  end: number;
  investment?: string;
  status?: string;
}

const INVESTMENT = /^(?:.*?)(?:总)?投资((?:\d+(?:\.\d+)?|X+)(?:万|亿|千)?元)的/;
const LIST_END = /等[^、]{0,10}项目/;
const LEADING_VERB = /^(?:力争|确保|全力|争取|加快|推进|推动|实施|启动|谋划|新建|续建|完成|开工建设|开工|建成|签约)+/;
const STATUS = /签约|开工建设|开工|在建|主体完工|竣工投产|竣工|投产|建成投用|建成|完成主要设备安装|完成建设|完成/;
const QUOTES = /^[“"]|[”"]$/g;

/**
 * Projects named in a clause: items of `A、B、C等…项目` lists and items with an investment
 * (`投资XX亿元的凤宝管业清洁煤制气`). The status comes after the list (`等项目竣工投产`),
 * or else from the verb before it (`开工建设投资…的…`).
 */
export function projectsIn(clause: Clause): ProjectMatch[] {
  const listEnd = LIST_END.exec(clause.text);
  const hasInvestment = clause.text.includes('投资');
  if (!listEnd && !hasInvestment) return [];
  const listText = listEnd ? clause.text.slice(0, listEnd.index) : clause.text;
  const after = listEnd ? clause.text.slice(listEnd.index + listEnd[0].length) : '';
  const lead = LEADING_VERB.exec(listText)?.[0] ?? '';
  const status = STATUS.exec(after)?.[0] ?? STATUS.exec(lead)?.[0];

  const found: ProjectMatch[] = [];
  let offset = 0;
  for (const raw of listText.split('、')) {
    const itemStart = offset;
    offset += raw.length + 1;
    const invest = INVESTMENT.exec(raw);
    if (!listEnd && !invest) continue;
    let nameStart = invest ? invest[0].length : itemStart === 0 ? lead.length : 0;
    let name = raw.slice(nameStart);
    const trimmed = name.replace(QUOTES, '');
    if (trimmed !== name) {
      nameStart += name.startsWith('“') || name.startsWith('"') ? 1 : 0;
      name = trimmed;
    }
    // A count (`XX个省市重点项目`) is not a name.
    if (name.length === 0 || name.length > 30 || /^[\dX]+(?:个|项|家)/.test(name)) continue;
    const start = clause.start + itemStart + nameStart;
    found.push({
      name,
      start,
      end: start + name.length,
      ...(invest ? { investment: invest[1]! } : {}),
      ...(status ? { status } : {}),
    });
  }
  return found;
}
