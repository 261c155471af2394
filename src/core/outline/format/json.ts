import type { Outline, OutlineSection } from '../types';

interface JsonSection {
  marker: string;
  title: string;
  line: number;
  children: JsonSection[];
}

const section = (s: OutlineSection): JsonSection => ({
  marker: s.marker,
  title: s.title,
  line: s.range.startLine + 1,
  children: s.children.map(section),
});

/** The outline with ranges reduced to 1-based line numbers. */
export function formatOutlineJson(outline: Outline): string {
  const statement = ({ text, section: path, range }: Outline['goals'][number]) => ({ text, section: path, line: range.startLine + 1 });
  const json = {
    sections: outline.sections.map(section),
    goals: outline.goals.map(statement),
    achievements: outline.achievements.map(statement),
    projects: outline.projects.map((p) => ({
      name: p.name,
      investment: p.investment ?? null,
      status: p.status ?? null,
      section: p.section,
      line: p.range.startLine + 1,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
