// The document's own numbering convention: which levels it uses, and whether each level restarts
// under its parent or runs on through the text. Rules report departures from it, not from one assumed style.

import { CJK_CLASS } from '../chars';
import type { NumberedHeading, NumberedLevel, NumberingRun, Paragraph, Section } from '../model';

const LEVELS: readonly NumberedLevel[] = [1, 2, 3, 4];
/** Titles, name-and-position lines, signatures and dates are short. */
const MAX_TITLE_LINE = 40;
const CJK = new RegExp(`[${CJK_CLASS}]`);
const SENTENCE_MARK = /[。；！？;!?]/;
const NOTE = /^(?:注释|注|说明|备注)[0-9一二三四五六七八九十]*[：:]/;

/**
 * A line after which numbering may legitimately start again at 1: a title (a centred-looking line
 * with no sentence punctuation), a name-and-position line, a signature or a date at the end of a
 * document, a note label (注：/注释：/说明：) or a lead-in sentence ending in ：.
 */
export function opensNumberingScope(line: string): boolean {
  const t = line.trim();
  return isLeadIn(t) || NOTE.test(t) || isTitleLine(t);
}

/** A short line with no sentence in it (a title, a name-and-position line, a date): trimmed `t`. */
export function isTitleLine(t: string): boolean {
  return t.length <= MAX_TITLE_LINE && CJK.test(t) && !SENTENCE_MARK.test(t) && !/[，、,]$/.test(t);
}

/** Ends in a colon: tested on the last character (a `$`-anchored pattern is tried from every position). */
function isLeadIn(t: string): boolean {
  return t.endsWith('：') || t.endsWith(':');
}

interface Building {
  level: NumberedLevel;
  scope: number;
  headings: NumberedHeading[];
  parents: (Section | undefined)[];
}

/**
 * Groups numbered headings into runs per level and scope. A scope ends at an appendix or glossary,
 * or where a heading restarts at 1 under the same parent as its previous sibling after a line that
 * opens a new scope (a second document on the page, a note, a new lead-in). Restarting at 1 without
 * such a line stays a departure for the rules to report.
 */
export function inferNumbering(paragraphs: readonly Paragraph[]): NumberingRun[] {
  const epoch = [0, 0, 0, 0, 0];
  const lastParent = new Map<NumberedLevel, Section | undefined>();
  const openedSince = [false, false, false, false, false];
  // A lead-in sentence introduces the list that follows it directly; body text in between closes it
  // (一年来，我们重点抓了五个方面工作： followed by 一是… paragraphs does not license a second 一、).
  const leadInOpen = [false, false, false, false, false];
  const runs = new Map<string, Building>();

  const newScope = (from: NumberedLevel) => {
    for (const l of LEVELS) {
      if (l < from) continue;
      epoch[l]!++;
      lastParent.delete(l);
    }
  };

  for (const p of paragraphs) {
    const h = p.heading;
    if (!h) {
      const line = p.text.trim();
      const opens = opensNumberingScope(line);
      if (opens && isLeadIn(line) && !NOTE.test(line)) leadInOpen.fill(true);
      else if (opens) openedSince.fill(true);
      else leadInOpen.fill(false);
      continue;
    }
    if (h.kind === 'division' && (h.division === 'appendix' || h.division === 'glossary')) newScope(1);
    if (h.kind !== 'numbered') continue;
    const level = h.marker.level;
    const parent = p.section?.parent;
    if (h.marker.number === 1 && (openedSince[level] || leadInOpen[level]) && lastParent.has(level) && lastParent.get(level) === parent) newScope(level);
    lastParent.set(level, parent);
    openedSince[level] = false;
    leadInOpen[level] = false;
    const key = `${level}:${epoch[level]}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { level, scope: epoch[1]!, headings: [], parents: [] }));
    run.headings.push(h);
    run.parents.push(parent);
  }

  const levelsOf = new Map<number, Set<NumberedLevel>>();
  for (const r of runs.values()) {
    const set = levelsOf.get(r.scope) ?? new Set<NumberedLevel>();
    set.add(r.level);
    levelsOf.set(r.scope, set);
  }
  return [...runs.values()].map((r) => ({
    level: r.level,
    headings: r.headings,
    parents: r.parents,
    continuous: runsOn(r.headings, r.parents),
    levels: levelsOf.get(r.scope)!,
  }));
}

/**
 * Whether most changes of parent continue the numbers (（三） after （二） under a new 一、) rather
 * than restart them at 1. On a tie the first change of parent sets the convention.
 */
function runsOn(headings: readonly NumberedHeading[], parents: readonly (Section | undefined)[]): boolean {
  let on = 0;
  let restart = 0;
  let first: 'on' | 'restart' | undefined;
  for (let i = 1; i < headings.length; i++) {
    if (parents[i] === parents[i - 1]) continue;
    // Any number but 1 under a new parent runs on, even where it runs on with a gap of its own.
    const kind = headings[i]!.marker.number === 1 ? 'restart' : 'on';
    if (kind === 'on') on++;
    else restart++;
    first ??= kind;
  }
  return on > restart || (on === restart && first === 'on');
}
