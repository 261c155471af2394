/** A clause of a paragraph: text between `，；。：！？` (offsets are absolute). */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Clauses end at `，；。：！？`, and at a `、` right after a status (`A水库大坝封顶、B水库下闸蓄水`): what follows
 * is another work's statement, not the next item of a list.
 */
const CLAUSE = /(?:[^，；。：！？:;!?、]|、(?<!(?:封顶|完工|竣工|建成投产|投产|投产送电|开工建设|通车|投用|投运|投入使用|启用|开诊|开园|开馆|亮相|闭合|运营|蓄水|送电|贯通|通水|并网|校飞)、)|、(?=[续在竣建投开完]))+/g;

export function clausesOf(text: string, offset: number): Clause[] {
  const clauses: Clause[] = [];
  // exec on one pattern instead of matchAll, which copies the pattern for every paragraph.
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) clauses.push({ start: offset + m.index + lead, end: offset + m.index + lead + body.length, text: body });
  }
  return clauses;
}
