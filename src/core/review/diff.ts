// What changed between two drafts: placeholders filled, figures moved, sections and projects added,
// dropped or renamed, and a character-level diff of each edited paragraph.

import { diffChars } from 'diff';
import type { Format, Paragraph, ReportDocument } from '../model';
import { parseReport } from '../parse';
import { sectionPath } from '../outline/periods';
import { paragraphIndexAt } from '../text';
import type { PlaceholderSettings, ResolvedConfig } from '../settings';
import { headingLabel } from '../structure';
import { alignParagraphs, alignSections, type ParagraphPair } from './align';
import { filledNamePattern, holdsPlaceholder, reviewData, type ReviewFigure, type ReviewProject } from './source';
import { firstAtOrAfter } from '../bounds';

/** Every line is 1-based. */
export interface FilledPlaceholder {
  placeholder: string;
  oldLine: number;
  /** The text that replaced it. */
  text: string;
  newLine: number;
  section: string;
}

export interface PlaceholderRef {
  placeholder: string;
  line: number;
  section: string;
}

export interface FigureRef {
  indicator: string;
  value: string;
  line: number;
  section: string;
}

export interface FigureChange {
  indicator: string;
  oldValue: string;
  newValue: string;
  oldLine: number;
  newLine: number;
  section: string;
}

export interface SectionRef {
  title: string;
  line: number;
}

export interface SectionRename {
  oldTitle: string;
  newTitle: string;
  oldLine: number;
  newLine: number;
}

export interface ProjectRef {
  name: string;
  investment: string;
  status: string;
  line: number;
  section: string;
}

export interface ProjectChange {
  name: string;
  oldInvestment: string;
  newInvestment: string;
  oldStatus: string;
  newStatus: string;
  oldLine: number;
  newLine: number;
}

export interface TextPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

export interface ParagraphChange {
  kind: 'changed' | 'added' | 'removed';
  section: string;
  oldLine?: number;
  newLine?: number;
  parts: TextPart[];
}

export interface DraftComparison {
  old: { file: string; placeholders: number };
  new: { file: string; placeholders: number };
  placeholders: {
    filled: FilledPlaceholder[];
    /** New placeholders (in new or edited text). */
    added: PlaceholderRef[];
    /** Placeholders deleted together with their text. */
    removed: PlaceholderRef[];
    /** Placeholders in the new draft. */
    remaining: number;
  };
  /** Filling a placeholder is reported under `placeholders`, not as a changed figure or investment. */
  figures: { changed: FigureChange[]; added: FigureRef[]; removed: FigureRef[] };
  sections: { added: SectionRef[]; removed: SectionRef[]; renamed: SectionRename[] };
  projects: { added: ProjectRef[]; removed: ProjectRef[]; changed: ProjectChange[] };
  paragraphs: ParagraphChange[];
}

export interface DraftInput {
  text: string;
  /** As shown to the reviewer. */
  file: string;
  format: Format;
  config?: ResolvedConfig;
}

/** A draft already parsed (e.g. the editor's cached analysis), parsed with `placeholders` patterns. */
export interface ParsedDraft {
  doc: ReportDocument;
  file: string;
  placeholders?: PlaceholderSettings;
}

/** Edits larger than this between two paired paragraphs count as a rewrite (bounds the diff's work). */
const MAX_EDIT = 4000;

interface Draft {
  doc: ReportDocument;
  figures: Map<number, ReviewFigure[]>;
  projects: ReviewProject[];
  placeholders: PlaceholderSettings | undefined;
}

function readDraft({ doc, placeholders }: ParsedDraft): Draft {
  const data = reviewData(doc);
  const figures = new Map<number, ReviewFigure[]>();
  for (const f of data.figures) {
    const i = paragraphIndexAt(doc.paragraphs, f.range.start);
    const list = figures.get(i);
    if (list) list.push(f);
    else figures.set(i, [f]);
  }
  return { doc, figures, projects: data.projects, placeholders };
}

const line = (doc: ReportDocument, offset: number) => doc.lines.lineAt(offset) + 1;
const pathOf = (p: Paragraph) => sectionPath(p.section);

const parse = (input: DraftInput): ParsedDraft => ({
  doc: parseReport(input.text, { format: input.format, placeholders: input.config?.placeholders }),
  file: input.file,
  placeholders: input.config?.placeholders,
});

export function compareDrafts(oldInput: DraftInput, newInput: DraftInput): DraftComparison {
  return compareParsed(parse(oldInput), parse(newInput));
}

export function compareParsed(oldInput: ParsedDraft, newInput: ParsedDraft): DraftComparison {
  const a = readDraft(oldInput);
  const b = readDraft(newInput);
  const sections = alignSections(a.doc, b.doc);
  const result: DraftComparison = {
    old: { file: oldInput.file, placeholders: a.doc.placeholders.length },
    new: { file: newInput.file, placeholders: b.doc.placeholders.length },
    placeholders: { filled: [], added: [], removed: [], remaining: b.doc.placeholders.length },
    figures: { changed: [], added: [], removed: [] },
    sections: {
      added: sections.added.map((s) => ({ title: headingLabel(s.heading), line: s.range.startLine + 1 })),
      removed: sections.removed.map((s) => ({ title: headingLabel(s.heading), line: s.range.startLine + 1 })),
      renamed: sections.renamed.map((p) => ({
        oldTitle: headingLabel(p.old.heading),
        newTitle: headingLabel(p.new.heading),
        oldLine: p.old.range.startLine + 1,
        newLine: p.new.range.startLine + 1,
      })),
    },
    projects: compareProjects(a, b),
    paragraphs: [],
  };
  for (const pair of alignParagraphs(a.doc, b.doc, sections)) {
    if (!pair.same) comparePair(a, b, pair, result);
  }
  return result;
}

function placeholdersIn(doc: ReportDocument, p: Paragraph) {
  const startOf = (placeholder: (typeof doc.placeholders)[number]) => placeholder.range.start;
  return doc.placeholders.slice(firstAtOrAfter(doc.placeholders, p.range.start, startOf), firstAtOrAfter(doc.placeholders, p.range.end, startOf));
}

function figuresIn(draft: Draft, p: Paragraph): ReviewFigure[] {
  return draft.figures.get(paragraphIndexAt(draft.doc.paragraphs, p.range.start)) ?? [];
}

const figureRef = (doc: ReportDocument, f: ReviewFigure): FigureRef => ({
  indicator: f.indicator,
  value: f.value,
  line: line(doc, f.range.start),
  section: f.section,
});

/** A changed span: `[oldStart, oldEnd)` of the old paragraph became `[newStart, newEnd)` of the new one. */
interface Region {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

function comparePair(a: Draft, b: Draft, pair: ParagraphPair, result: DraftComparison): void {
  const { old: po, new: pn } = pair;
  const phOld = po ? placeholdersIn(a.doc, po) : [];
  const phNew = pn ? placeholdersIn(b.doc, pn) : [];
  const ref = (doc: ReportDocument, p: Paragraph) => (ph: (typeof phOld)[number]): PlaceholderRef => ({
    placeholder: ph.text,
    line: ph.range.startLine + 1,
    section: pathOf(p),
  });
  if (!po || !pn) {
    const p = (po ?? pn)!;
    const draft = po ? a : b;
    if (po) result.placeholders.removed.push(...phOld.map(ref(a.doc, po)));
    else result.placeholders.added.push(...phNew.map(ref(b.doc, pn!)));
    (po ? result.figures.removed : result.figures.added).push(...figuresIn(draft, p).map((f) => figureRef(draft.doc, f)));
    result.paragraphs.push({
      kind: po ? 'removed' : 'added',
      section: pathOf(p),
      ...(po ? { oldLine: line(a.doc, po.range.start) } : { newLine: line(b.doc, pn!.range.start) }),
      parts: [{ op: po ? 'removed' : 'added', text: p.text }],
    });
    return;
  }

  const parts: TextPart[] = (diffChars(po.text, pn.text, { maxEditLength: MAX_EDIT }) ?? [
    { removed: true, added: false, value: po.text, count: po.text.length },
    { added: true, removed: false, value: pn.text, count: pn.text.length },
  ]).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }));
  result.paragraphs.push({
    kind: 'changed',
    section: pathOf(pn),
    oldLine: line(a.doc, po.range.start),
    newLine: line(b.doc, pn.range.start),
    parts,
  });

  const regions = regionsOf(parts);
  const oldBase = po.range.start;
  const newBase = pn.range.start;
  const newIn = (r: Region) => phNew.filter((ph) => ph.range.end > newBase + r.newStart && ph.range.start < newBase + r.newEnd);
  for (const r of regions) {
    const olds = phOld.filter((ph) => ph.range.end > oldBase + r.oldStart && ph.range.start < oldBase + r.oldEnd);
    const news = newIn(r);
    if (olds.length === 0) {
      result.placeholders.added.push(...news.map(ref(b.doc, pn)));
      continue;
    }
    if (news.length > 0) continue; // one placeholder replaced by another: still unfilled
    const replacement = pn.text.slice(r.newStart, r.newEnd);
    if (replacement.trim() === '') {
      result.placeholders.removed.push(...olds.map(ref(a.doc, po)));
      continue;
    }
    const pieces = splitReplacement(po.text, r, olds.map((ph) => [ph.range.start - oldBase, ph.range.end - oldBase] as const), replacement);
    olds.forEach((ph, k) => {
      result.placeholders.filled.push({
        placeholder: ph.text,
        oldLine: ph.range.startLine + 1,
        text: pieces[k]!,
        newLine: line(b.doc, newBase + r.newStart),
        section: pathOf(pn),
      });
    });
  }
  compareFigures(a, b, po, pn, result);
}

/** Maximal runs of removed/added parts, in paragraph-relative offsets. */
function regionsOf(parts: readonly TextPart[]): Region[] {
  const regions: Region[] = [];
  let o = 0;
  let n = 0;
  let open: Region | undefined;
  for (const p of parts) {
    if (p.op === 'equal') {
      open = undefined;
      o += p.text.length;
      n += p.text.length;
      continue;
    }
    if (!open) regions.push((open = { oldStart: o, oldEnd: o, newStart: n, newEnd: n }));
    if (p.op === 'removed') open.oldEnd = o += p.text.length;
    else open.newEnd = n += p.text.length;
  }
  return regions;
}

/**
 * What replaced each placeholder of one changed region: the old text between placeholders is looked
 * for, in order, in the replacement; where that fails each placeholder is credited with the whole replacement.
 */
function splitReplacement(oldText: string, r: Region, spans: ReadonlyArray<readonly [number, number]>, replacement: string): string[] {
  if (spans.length === 1) return [replacement];
  const pieces: string[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k++) {
    const literalEnd = k + 1 < spans.length ? spans[k + 1]![0] : r.oldEnd;
    const literal = oldText.slice(Math.min(spans[k]![1], literalEnd), literalEnd);
    const found = literal && k + 1 < spans.length ? replacement.indexOf(literal, at) : k + 1 < spans.length ? -1 : replacement.length;
    if (found < 0) return spans.map(() => replacement);
    pieces.push(replacement.slice(at, found));
    at = found + literal.length;
  }
  return pieces;
}

/** Figures of two paired paragraphs: by indicator (in order), then the rest by position. */
function compareFigures(a: Draft, b: Draft, po: Paragraph, pn: Paragraph, result: DraftComparison): void {
  const olds = [...figuresIn(a, po)];
  const news = [...figuresIn(b, pn)];
  const pairs: Array<[ReviewFigure, ReviewFigure]> = [];
  for (let i = 0; i < olds.length; i++) {
    const k = news.findIndex((f) => f.indicator === olds[i]!.indicator);
    if (k >= 0) {
      pairs.push([olds[i]!, news[k]!]);
      olds.splice(i--, 1);
      news.splice(k, 1);
    }
  }
  while (olds.length && news.length) pairs.push([olds.shift()!, news.shift()!]);
  for (const [o, n] of pairs) {
    if (o.value === n.value || o.placeholder) continue;
    result.figures.changed.push({
      indicator: n.indicator,
      oldValue: o.value,
      newValue: n.value,
      oldLine: line(a.doc, o.range.start),
      newLine: line(b.doc, n.range.start),
      section: n.section,
    });
  }
  result.figures.removed.push(...olds.map((f) => figureRef(a.doc, f)));
  result.figures.added.push(...news.map((f) => figureRef(b.doc, f)));
}

/**
 * Projects by name, wherever they moved (a name whose placeholders were filled is the same project); a changed
 * status or investment (not a filled placeholder) is a change.
 */
function compareProjects(a: Draft, b: Draft): DraftComparison['projects'] {
  const byName = new Map<string, ReviewProject[]>();
  for (const p of b.projects) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const ref = (p: ReviewProject): ProjectRef => ({ name: p.name, investment: p.investment, status: p.status, line: p.range.startLine + 1, section: p.section });
  const out: DraftComparison['projects'] = { added: [], removed: [], changed: [] };
  const filledMatch = (o: ReviewProject) => {
    const pattern = filledNamePattern(o.name, a.placeholders);
    if (!pattern) return undefined;
    for (const list of byName.values()) {
      const i = list.findIndex((n) => pattern.test(n.name));
      if (i !== -1) return list.splice(i, 1)[0];
    }
    return undefined;
  };
  for (const o of a.projects) {
    const n = byName.get(o.name)?.shift() ?? filledMatch(o);
    if (!n) {
      out.removed.push(ref(o));
      continue;
    }
    const investmentChanged = o.investment !== n.investment && !holdsPlaceholder(o.investment, a.placeholders);
    if (o.status !== n.status || investmentChanged) {
      out.changed.push({
        name: n.name,
        oldInvestment: o.investment,
        newInvestment: n.investment,
        oldStatus: o.status,
        newStatus: n.status,
        oldLine: o.range.startLine + 1,
        newLine: n.range.startLine + 1,
      });
    }
  }
  for (const rest of byName.values()) out.added.push(...rest.map(ref));
  out.added.sort((x, y) => x.line - y.line);
  return out;
}
