import type { Outline, OutlineSection, OutlineStatement } from '../types';

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

/** Today's fields first (text, section, line), then the structured figure. */
const statement = (s: OutlineStatement) => ({
  text: s.text,
  section: s.section,
  line: s.range.startLine + 1,
  indicator: s.indicator,
  value: s.value,
  amount: s.amount ?? null,
  upper: s.upper ?? null,
  unit: s.unit,
  comparator: s.comparator ?? null,
  change: s.change ?? null,
  period: s.period ?? null,
  unfilled: s.unfilled,
  column: s.valueRange.startColumn + 1,
});

/** The outline with ranges reduced to 1-based line (and value column) numbers. Shape: README, “Outline JSON”. */
export function formatOutlineJson(outline: Outline): string {
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
      stage: p.stage ?? null,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
