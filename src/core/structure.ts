import type { Heading, NumberedHeading, NumberingRun, ReportDocument, Section } from './model';

/** How a heading reads in outlines and symbols: marker and title, e.g. `（一）产业发展`. */
export function headingLabel(h: Heading): string {
  return h.kind === 'numbered' ? h.marker.text + h.title.text : h.title.text;
}

/** A run of numbered sibling headings of one level under one parent (or at the top), within one numbering scope. */
export interface SiblingRun {
  parent: Section | undefined;
  headings: NumberedHeading[];
  /** The scope-wide run it belongs to, with the document's convention. */
  run: NumberingRun;
}

/** Numbered children of every parent, split by level and numbering scope, in document order. */
export function siblingRuns(doc: ReportDocument): SiblingRun[] {
  const result: SiblingRun[] = [];
  for (const run of doc.numbering) {
    run.headings.forEach((h, i) => {
      const parent = run.parents[i];
      const last = result[result.length - 1];
      if (i > 0 && last?.run === run && last.parent === parent) last.headings.push(h);
      else result.push({ parent, headings: [h], run });
    });
  }
  return result;
}

/** Chinese and English names of a level: 一级标题 / level-1 headings. */
export function levelName(level: number): { zh: string; en: string } {
  return { zh: `${'一二三四'[level - 1]}级标题`, en: `level-${level} headings` };
}
