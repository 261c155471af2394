/** A clause of a paragraph: text between `，；。：！？` (offsets are absolute). */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

const CLAUSE = /[^，；。：！？:;!?]+/g;

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
