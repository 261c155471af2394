// The review sheet as data: what a reviewer hands back to the writers for one draft.

import { lint, type LintResult } from '../lint';
import type { Format, ReportDocument, Section } from '../model';
import { sectionPath } from '../outline/periods';
import { rules } from '../rules';
import { paragraphIndexAt } from '../text';
import type { Finding, Lang, Severity } from '../rules/types';
import { EMPTY_CONFIG, type ResolvedConfig } from '../settings';
import { headingLabel } from '../structure';
import { isConsistencyRule } from './consistency';
import { reviewData } from './source';
import { documentTitle, sentenceAround, wordCount, type Snippet } from './text';

export interface SheetSection {
  label: string;
  /** 0 for top-level sections. */
  depth: number;
  line: number;
  /** Placeholders in the section itself (not its subsections). */
  placeholders: number;
}

export interface SheetPlaceholder {
  text: string;
  line: number;
  column: number;
  context: Snippet;
}

export interface PlaceholderGroup {
  /** Section path; empty before the first section. */
  section: string;
  items: SheetPlaceholder[];
}

export interface SheetFinding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
  context: Snippet;
}

export interface RuleGroup {
  rule: string;
  /** The rule's description in the sheet's language. */
  title: string;
  items: SheetFinding[];
}

export interface SheetGoal {
  indicator: string;
  value: string;
  comparator: string;
  section: string;
  line: number;
}

export interface SheetProject {
  name: string;
  investment: string;
  status: string;
  section: string;
  line: number;
}

/** Every line and column is 1-based. */
export interface ReviewSheet {
  lang: Lang;
  title: string;
  file: string;
  date: string;
  wordCount: number;
  counts: { placeholders: number; consistency: number; other: number };
  sections: SheetSection[];
  placeholders: PlaceholderGroup[];
  consistency: SheetFinding[];
  findings: RuleGroup[];
  goals: SheetGoal[];
  projects: SheetProject[];
}

export interface SheetOptions {
  /** The file as the reviewer names it (shown in the header; the title falls back to it). */
  file: string;
  format: Format;
  config?: ResolvedConfig;
  lang: Lang;
  /** The review date, e.g. `2026-12-02`. */
  date: string;
}

export function buildReviewSheet(text: string, options: SheetOptions): ReviewSheet {
  return sheetFromLint(lint(text, { format: options.format, config: options.config ?? EMPTY_CONFIG, lang: options.lang }), options);
}

/** The sheet from a draft already linted (in `options.lang`), e.g. the editor's cached analysis. */
export function sheetFromLint({ doc, findings }: LintResult, options: Pick<SheetOptions, 'file' | 'lang' | 'date'>): ReviewSheet {
  const { lang } = options;
  const { figures, projects } = reviewData(doc);
  const placeholderGroups = groupPlaceholders(doc);
  const sheetFinding = (f: Finding): SheetFinding => ({
    rule: f.rule,
    severity: f.severity,
    line: f.range.startLine + 1,
    column: f.range.startColumn + 1,
    message: f.message,
    context: contextOf(doc, f.range.start, f.range.end),
  });
  const consistency = findings.filter((f) => isConsistencyRule(f.rule)).map(sheetFinding);
  const other = findings.filter((f) => f.rule !== 'placeholder' && !isConsistencyRule(f.rule));
  const groups = rules
    .map((r) => ({ rule: r.id, title: r.description[lang], items: other.filter((f) => f.rule === r.id).map(sheetFinding) }))
    .filter((g) => g.items.length > 0);
  return {
    lang,
    title: documentTitle(doc) ?? baseName(options.file),
    file: options.file,
    date: options.date,
    wordCount: wordCount(doc),
    counts: { placeholders: doc.placeholders.length, consistency: consistency.length, other: other.length },
    sections: sheetSections(doc, placeholderGroups),
    placeholders: placeholderGroups.map(({ section, items }) => ({ section: section ? sectionPath(section) : '', items })),
    consistency,
    findings: groups,
    goals: figures
      .filter((f) => f.kind === 'goal')
      .map((f) => ({ indicator: f.indicator, value: f.value, comparator: f.comparator, section: f.section, line: f.range.startLine + 1 })),
    projects: projects.map((p) => ({ name: p.name, investment: p.investment, status: p.status, section: p.section, line: p.range.startLine + 1 })),
  };
}

/** The sentence around a range, within its paragraph. */
function contextOf(doc: ReportDocument, start: number, end: number): Snippet {
  const i = paragraphIndexAt(doc.paragraphs, start);
  const p = doc.paragraphs[i];
  const from = p?.range.start ?? doc.lines.lineStart(doc.lines.lineAt(start));
  const to = Math.max(end, p?.range.end ?? doc.lines.lineEnd(doc.lines.lineAt(start)));
  return sentenceAround(doc.text, start, Math.min(end, to), from, to);
}

interface Group {
  section: Section | undefined;
  items: SheetPlaceholder[];
}

/** Placeholders by innermost section, in document order. */
function groupPlaceholders(doc: ReportDocument): Group[] {
  const groups: Group[] = [];
  for (const ph of doc.placeholders) {
    const section = doc.paragraphs[paragraphIndexAt(doc.paragraphs, ph.range.start)]?.section;
    let group = groups[groups.length - 1];
    if (!group || group.section !== section) groups.push((group = { section, items: [] }));
    group.items.push({
      text: ph.text,
      line: ph.range.startLine + 1,
      column: ph.range.startColumn + 1,
      context: contextOf(doc, ph.range.start, ph.range.end),
    });
  }
  return groups;
}

function sheetSections(doc: ReportDocument, groups: readonly Group[]): SheetSection[] {
  const counts = new Map<Section | undefined, number>();
  for (const g of groups) counts.set(g.section, (counts.get(g.section) ?? 0) + g.items.length);
  const out: SheetSection[] = [];
  const visit = (sections: readonly Section[], depth: number) => {
    for (const s of sections) {
      out.push({ label: headingLabel(s.heading), depth, line: s.range.startLine + 1, placeholders: counts.get(s) ?? 0 });
      visit(s.children, depth + 1);
    }
  };
  visit(doc.sections, 0);
  return out;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}
