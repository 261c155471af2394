/** A clause of a paragraph: text between `，；。：！？` (offsets are absolute). */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

const CLAUSE = /[^，；。：！？:;!?]+/g;

export function clausesOf(text: string, offset: number): Clause[] {
  const clauses: Clause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) clauses.push({ start: offset + m.index + lead, end: offset + m.index + lead + body.length, text: body });
  }
  return clauses;
}
