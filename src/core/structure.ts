import type { Heading, NumberedHeading, ReportDocument, Section } from './model';

/** How a heading reads in outlines and symbols: marker and title, e.g. `（一）产业发展`. */
export function headingLabel(h: Heading): string {
  return h.kind === 'numbered' ? h.marker.text + h.title.text : h.title.text;
}

/** A run of numbered sibling headings of one level under one parent (or at the top). */
export interface SiblingRun {
  parent: Section | undefined;
  headings: NumberedHeading[];
}

/** Numbered children of every parent, split by level, in document order. */
export function siblingRuns(doc: ReportDocument): SiblingRun[] {
  const runs: SiblingRun[] = [];
  const visit = (parent: Section | undefined, children: Section[]) => {
    const byLevel = new Map<number, NumberedHeading[]>();
    for (const child of children) {
      const h = child.heading;
      if (h.kind === 'numbered') {
        const list = byLevel.get(h.marker.level);
        if (list) list.push(h);
        else byLevel.set(h.marker.level, [h]);
      }
      visit(child, child.children);
    }
    for (const headings of byLevel.values()) runs.push({ parent, headings });
  };
  visit(undefined, doc.sections);
  return runs;
}
