// Aligns two drafts: sections by title (robust to renumbering), then the paragraphs of each pair of
// sections by their text (LCS via Myers' diff), pairing edited paragraphs by similarity.

import { diffArrays } from 'diff';
import type { Paragraph, ReportDocument, Section } from '../model';

export interface SectionPair {
  old: Section;
  new: Section;
}

export interface SectionAlignment {
  pairs: SectionPair[];
  /** Pairs whose titles differ (a subset of `pairs`). */
  renamed: SectionPair[];
  added: Section[];
  removed: Section[];
}

/** Two paragraphs that correspond (`old` or `new` missing: deleted or inserted). */
export interface ParagraphPair {
  old?: Paragraph;
  new?: Paragraph;
  /** Same text. */
  same: boolean;
}

/** How alike two texts must be (Dice coefficient of character bigrams) to be one edited paragraph or section. */
const SIMILAR = 0.3;
/** How far ahead, among the unmatched paragraphs of a gap, an edited counterpart is looked for. */
const LOOKAHEAD = 8;

function flatten(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

function depth(s: Section): number {
  let d = 0;
  for (let p = s.parent; p; p = p.parent) d++;
  return d;
}

/** The section's own text (heading body and paragraphs), else its children's titles. */
function ownText(s: Section): string {
  const own = [s.heading.body?.text ?? '', ...s.paragraphs.map((p) => p.text)].join('\n').trim();
  return own || s.children.map((c) => c.heading.title.text).join('\n');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = ga.get(g);
    if (n) {
      common++;
      ga.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/**
 * Walks a Myers diff of two keyed lists: equal runs pair directly; in each gap between them, an old
 * item pairs with the first of the next few new items that `match` accepts. Unpaired items are reported alone.
 */
function alignLists<T>(
  olds: readonly T[],
  news: readonly T[],
  key: (item: T) => string,
  match: (a: T, b: T) => boolean,
  emit: (a: T | undefined, b: T | undefined, same: boolean) => void,
): void {
  const changes = diffArrays(olds.map(key), news.map(key));
  let i = 0;
  let j = 0;
  let gapOld: T[] = [];
  let gapNew: T[] = [];
  const flush = () => {
    let from = 0;
    for (const a of gapOld) {
      const limit = Math.min(gapNew.length, from + LOOKAHEAD);
      let k = from;
      while (k < limit && !match(a, gapNew[k]!)) k++;
      if (k < limit) {
        for (let n = from; n < k; n++) emit(undefined, gapNew[n], false);
        emit(a, gapNew[k], false);
        from = k + 1;
      } else emit(a, undefined, false);
    }
    for (let n = from; n < gapNew.length; n++) emit(undefined, gapNew[n], false);
    gapOld = [];
    gapNew = [];
  };
  for (const c of changes) {
    if (c.removed) gapOld.push(...olds.slice(i, (i += c.count)));
    else if (c.added) gapNew.push(...news.slice(j, (j += c.count)));
    else {
      flush();
      for (let n = 0; n < c.count; n++) emit(olds[i++], news[j++], true);
    }
  }
  flush();
}

export function alignSections(oldDoc: ReportDocument, newDoc: ReportDocument): SectionAlignment {
  const result: SectionAlignment = { pairs: [], renamed: [], added: [], removed: [] };
  alignLists(
    flatten(oldDoc.sections),
    flatten(newDoc.sections),
    (s) => `${depth(s)}\u0000${s.heading.title.text}`,
    (a, b) => depth(a) === depth(b) && similarity(ownText(a), ownText(b)) >= SIMILAR,
    (a, b) => {
      if (a && b) {
        result.pairs.push({ old: a, new: b });
        if (a.heading.title.text !== b.heading.title.text) result.renamed.push({ old: a, new: b });
      } else if (a) result.removed.push(a);
      else if (b) result.added.push(b);
    },
  );
  return result;
}

/** The paragraphs of a section itself (its heading line first), or those before the first section. */
function paragraphsBySection(doc: ReportDocument): Map<Section | undefined, Paragraph[]> {
  const map = new Map<Section | undefined, Paragraph[]>();
  for (const p of doc.paragraphs) {
    const list = map.get(p.section);
    if (list) list.push(p);
    else map.set(p.section, [p]);
  }
  return map;
}

/** Paragraph pairs, by aligned section in document order; then those of removed and of added sections. */
export function alignParagraphs(oldDoc: ReportDocument, newDoc: ReportDocument, sections: SectionAlignment): ParagraphPair[] {
  const oldBy = paragraphsBySection(oldDoc);
  const newBy = paragraphsBySection(newDoc);
  const pairs: ParagraphPair[] = [];
  const emit = (a: Paragraph | undefined, b: Paragraph | undefined, same: boolean) => {
    pairs.push({ ...(a ? { old: a } : {}), ...(b ? { new: b } : {}), same });
  };
  const alignGroup = (olds: readonly Paragraph[], news: readonly Paragraph[]) => {
    // Heading lines of paired sections correspond even when the title changed.
    let o = 0;
    let n = 0;
    if (olds[0]?.heading && news[0]?.heading) {
      emit(olds[0], news[0], olds[0].text === news[0].text);
      o = n = 1;
    }
    alignLists(olds.slice(o), news.slice(n), (p) => p.text, (a, b) => similarity(a.text, b.text) >= SIMILAR, emit);
  };
  alignGroup(oldBy.get(undefined) ?? [], newBy.get(undefined) ?? []);
  for (const pair of sections.pairs) alignGroup(oldBy.get(pair.old) ?? [], newBy.get(pair.new) ?? []);
  for (const s of sections.removed) for (const p of oldBy.get(s) ?? []) emit(p, undefined, false);
  for (const s of sections.added) for (const p of newBy.get(s) ?? []) emit(undefined, p, false);
  return pairs;
}
