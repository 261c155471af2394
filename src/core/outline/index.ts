import { extractFigures } from '../figures';
import { JoinedSpan } from '../joined';
import type { Paragraph, ReportDocument, Section } from '../model';
import { withFullWidthMarks } from '../text';
import { clausesOf, type Clause } from './clauses';
import { sectionPath } from './periods';
import { CATEGORY_STATUS, categoryBeforeMembers, countsWorks, DIGIT_ITEM_MARK, eachPhase, ENUMERATED, ITEM_MARK, itemNext, itemWork, listGoingBack, listGoingOn, membersNamed, namedProjects, namesMembersNext, namesWorkAlone, NOTE_MARK, opensMembers, PROFILE_OPENING, projectsIn, type ProjectMatch } from './projects';
import { withoutHeadlineRestated, withoutRestatedGrowth } from './restated';
import { stageOf, type Stage } from './stages';
import { tableRowWork } from './table-rows';
import type { Outline, OutlineSection, OutlineStatement } from './types';

export type { Outline, OutlineProject, OutlineSection, OutlineStatement } from './types';

/** A section, its title on one line even where the text wraps it. */
function outlineSection(doc: ReportDocument, s: Section): OutlineSection {
  const h = s.heading;
  return {
    marker: h.kind === 'numbered' ? h.marker.text : '',
    title: new JoinedSpan(doc.checkable, h.title.range.start, h.title.range.end).slice(doc.text),
    range: s.range,
    children: s.children.map((child) => outlineSection(doc, child)),
  };
}


/** The stage status words name, as a field when they name one. */
function withStage(status: string): { stage?: Stage } {
  const stage = stageOf(status);
  return stage ? { stage } : {};
}

/**
 * Whether a section's title opens with one work's name alone before a colon (`中药材种植产业园项目：该项目位于…`), or is one
 * work's name whose section opens with its profile (`（一）A大道升级改造工程` over `长1660米、宽40米，…`).
 */
function isWorkTitle(text: string, section: Section): boolean {
  const title = section.heading.title.range;
  const words = new JoinedSpan(text, title.start, title.end).slice(text);
  const colon = words.indexOf('：');
  if (colon !== -1) return itemWork({ start: 0, end: colon, text: words.slice(0, colon) }, itemNext(words, colon)).length > 0;
  const first = section.heading.body ?? section.paragraphs[0];
  return first !== undefined && PROFILE_OPENING.test(first.text) && itemWork({ start: 0, end: words.length, text: words }, { profiled: true }).length > 0;
}

/** An item's number opening a sentence: `1、`, `2.`, `（三）`, `④`. */
const NUMBERED_ITEM = new RegExp(`^[\\s\\u3000]*(?:${ITEM_MARK})`);
/** Another item's number inside the sentence: a heading run into its first item (`（二）企业服务管理1、稳步推进…`). */
const NUMBER_INSIDE = new RegExp(DIGIT_ITEM_MARK);

/** Whether a section is its heading's line alone: no text of its own, no sections under it. */
const bare = (s: Section | undefined) => s !== undefined && !s.heading.body && s.paragraphs.length === 0 && s.children.length === 0;

/** Whether a heading's line is an item of a list of such lines: its section and one next to it are bare. */
function headsNothing(doc: ReportDocument, paragraph: Paragraph): boolean {
  const s = paragraph.section;
  if (!s || s.heading !== paragraph.heading || !bare(s)) return false;
  const siblings = s.parent?.children ?? doc.sections;
  const at = siblings.indexOf(s);
  return bare(siblings[at - 1]) || bare(siblings[at + 1]);
}

/** A work's size: its floor or site area, or its beds. */
const WORK_SIZE = /建筑面积|占地|用地面积|病床|床位/;
/** Parts of a work listed as what is built: `将建设门诊楼、医技楼`, `建设感染楼、教学楼及配套设施`. */
const PARTS_BUILT = /^(?:将|还将|拟)?(?:新|主要)?建设[^、]+、/;

/** A title heading a list of works: `省在建重点项目(351个)`, `2024年重点项目清单`. */
const WORKS_LIST_TITLE = /(?:项目|工程)(?:名单|清单|[（(]\d+[个项][)）])$/;

/** The title of the section, or of one it is in, that heads a list of works whose lines each name one. */
function worksListTitle(text: string, section: Section | undefined): string | undefined {
  for (let s = section; s; s = s.parent) {
    const title = text.slice(s.heading.title.range.start, s.heading.title.range.end).trim();
    if (WORKS_LIST_TITLE.test(title)) return title;
  }
  return undefined;
}

/** A mark bulleting a line: `△ `, `◆ `. */
const LINE_MARK = /^[^\u4e00-\u9fff“"A-Za-z\d（(]+/;
/** A mark flagging a line's item for a note (`漳浦台湾农民创业园▲`): no part of its name. */
const LINE_END_MARK = /[\s\u3000]*[▲△★☆※＊*]+$/;
/**
 * A short line without a sentence's punctuation, trimmed: a headline as the first line (`今年甲省省列重大项目出炉 158个项目在列`), an
 * item where lists are written one per line.
 */
const BARE_LINE = /^[^。，；：！？,;:!?]{1,40}$/;
/** Marks of a sentence or a clause going on (the text is read with full-width marks). */
const SENTENCE_MARKS = /[。，；：！？]/;

/** A paragraph that is one list and nothing else: `A、B。`. */
const LIST_ALONE = /^[^。，；：！？]+、[^。，；：！？]+。?$/;

/** A title that is a category of works naming its members next, without the full stop closing it (`预备重点项目(2个)。`). */
function membersTitle(text: string, range: { start: number; end: number }): string | undefined {
  const title = text.slice(range.start, range.end).trim().replace(/。$/, '');
  return namesMembersNext(title) ? title : undefined;
}

/**
 * Drops the works from `from` on that a paragraph names again (`加快实施A、B，目前A已完成工程量的70%`): one work, listed where it is
 * first named, with the stage a later mention says when the first says none.
 */
function withoutRepeats(projects: Outline['projects'], from: number): void {
  for (let i = projects.length - 1; i > from; i--) {
    const later = projects[i]!;
    const first = projects.slice(from, i).find((p) => p.name === later.name);
    if (!first) continue;
    if (first.status === undefined && later.status !== undefined) Object.assign(first, { status: later.status, ...withStage(later.status) });
    projects.splice(i, 1);
  }
}

/** The line of the document's headline, -1 when its first line is none. */
function headlineLine(doc: ReportDocument): number {
  const first = doc.paragraphs[0];
  return first && BARE_LINE.test(doc.checkable.slice(first.range.start, first.range.end).trim()) ? doc.lines.range(first.range.start, first.range.start).startLine : -1;
}

/**
 * Sections, goals (planned figures), achievements (figures of the review part), one per indicator,
 * from the figure model; projects (named works with investment and status) from the text.
 */
export function extractOutline(doc: ReportDocument): Outline {
  const goals: OutlineStatement[] = [];
  const achievements: OutlineStatement[] = [];
  // A target stated again (a summary, then its details) is listed once; unfilled values (`XX%`) may differ, so each stays.
  const seen = new Set<string>();
  for (const f of extractFigures(doc)) {
    if (f.kind === 'goal' || f.kind === 'achievement') {
      if (!f.unfilled) {
        const key = `${f.kind}\u0000${f.indicator}\u0000${f.value}\u0000${f.unit}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      (f.kind === 'goal' ? goals : achievements).push(f as OutlineStatement);
    }
  }
  const projects: Outline['projects'] = [];
  const text = withFullWidthMarks(doc.checkable);
  // What heads the lines before, each without a sentence's punctuation: a line counting works (`2026年实施民生实事项目8项`), or
  // a category before a colon ending the paragraph before them, maybe after its first member (`新开工5个项目：`, `…分别是：（1）A铁路`).
  let linesLead: string | undefined;
  // The title of the heading just before, when it is a category of works that names its members next.
  let titleLead: string | undefined;
  for (const paragraph of doc.paragraphs) {
    // An item's title (`1.`, `（1）`) may name works too (`（1）加快建设县医院迁建项目。`); a part's or section's only frames
    // them, unless it opens with one work's name alone before its description (`（一）中药材种植产业园项目：该项目位于…`) or
    // is an item of a list of bare lines (`（七）建成A水系项目` under `五、实施水环境治理工程`).
    const h = paragraph.heading;
    const headedBy = titleLead;
    titleLead = h ? membersTitle(text, h.title.range) : undefined;
    const titleWork = h?.kind === 'numbered' && h.marker.level < 3 && paragraph.section !== undefined && isWorkTitle(text, paragraph.section);
    const from = !h ? paragraph.range.start : h.kind === 'numbered' && (h.marker.level >= 3 || titleWork || headsNothing(doc, paragraph)) ? h.title.range.start : (h.body?.range.start ?? paragraph.range.end);
    if (from >= paragraph.range.end) continue;
    const section = sectionPath(paragraph.section);
    // The works of the clause before and where it ended, for a list going on after a comma.
    let before: ProjectMatch[] = [];
    let beforeStart = -1;
    let beforeEnd = -1;
    // The last clause of the sentence that counted works, whose members a later clause may name.
    let counted: string | undefined;
    // The category before a colon whose members the clauses after it name, one per `；`-item (`…6个项目分别为：A；B；C`).
    let membersLead: string | undefined;
    const span = new JoinedSpan(text, from, paragraph.range.end);
    const joined = span.slice(text);
    // A row of a project table names one work and its status in cells.
    const row = tableRowWork(doc, paragraph, joined);
    if (row) {
      const placed = span.place(row.start, row.end);
      projects.push({ name: span.slice(doc.text).slice(row.start, row.end), status: row.status, ...withStage(row.status), section, range: doc.lines.range(placed.start, placed.end) });
      continue;
    }
    // A bare line, past the mark bulleting it.
    const trimmed = joined.trim();
    const line = trimmed.length >= 3 && BARE_LINE.test(trimmed) ? trimmed.replace(LINE_MARK, '').replace(LINE_END_MARK, '') : undefined;
    const namedBefore = projects.length;
    // The document's own text of the paragraph, for the names found (most paragraphs name none).
    let source: string | undefined;
    // The clauses just before that named nothing, each followed by a comma: a list closed by 等 may have begun there.
    let unnamed: Clause[] = [];
    // Whether a clause of the sentence so far gave a work's size (`总建筑面积11.2万平方米`, `设计病床1000张`).
    let profiledBefore = false;
    // The last category before a colon that names its members next, and where that colon stands.
    let colonLead: { text: string; at: number } | undefined;
    // A paragraph that only lists, under a title naming a category of works (`（二）预备重点项目(2个)。`), lists its members.
    const listLead = !h && LIST_ALONE.test(joined) ? headedBy : undefined;
    for (const clause of clausesOf(joined, 0)) {
      // Whether the clause opens a sentence or a `；`-item (the paragraph's first clause too).
      const opensSentence = '。；！？'.includes(joined[beforeEnd] ?? '');
      if (counted !== undefined && opensSentence && !opensMembers(clause)) counted = undefined;
      if (opensSentence) profiledBefore = false;
      // After a work's floor or site area or its beds in the sentence, what is built lists its parts (`将建设门诊楼、医技楼`).
      let found = profiledBefore && PARTS_BUILT.test(clause.text) ? [] : projectsIn(clause);
      profiledBefore ||= WORK_SIZE.test(clause.text);
      // A numbered item after a numbered one (`分别是：（1）A，（2）B`) goes on with the same list, past an item naming no work.
      const numberedRun = joined[beforeEnd] === '，' && NUMBERED_ITEM.test(clause.text) && NUMBERED_ITEM.test(joined.slice(beforeStart, beforeEnd));
      if (found.length === 0 && before.length > 0 && joined[beforeEnd] === '，') found = listGoingOn(clause, before, numberedRun);
      // A category naming its members next: `6个续建项目：A、B`, `2个前期项目分别是A、B`.
      const afterColon = joined[beforeEnd] === '：' ? joined.slice(beforeStart, beforeEnd) : undefined;
      const lead = afterColon ?? (joined[beforeEnd] === '；' ? membersLead : clause.start === 0 ? listLead : undefined);
      const members = found.length === 0 ? membersNamed(clause, lead, counted) : [];
      membersLead = members.length > 0 ? lead : undefined;
      if (found.length === 0) found = members;
      // Projects listed by name alone: `A项目、B项目3项计划参加集中签约`.
      if (found.length === 0) found = namedProjects(clause);
      if (countsWorks(clause) || categoryBeforeMembers(clause, joined, clause.end + 1)) counted = clause.text;
      // An item that is one clause may be a work's name alone (`1.城东污水处理厂提标升级项目；`), or open with one before a colon
      // and its description (`1.A工程：工程总投资…`), as may a clause before the work's investment (`A项目，总投资3亿元；B项目，总投资5亿元`).
      if (found.length === 0) {
        // A stage reached after a name (`A工程，已完成…`) tells of a work named at the head of a sentence or `；`-item only.
        const said = itemNext(joined, clause.end);
        const next = said?.staged && !opensSentence ? undefined : said;
        // So may a paragraph's first sentence after its enumerator (`一是A项目建设。`), heading what follows.
        const item = clause.start <= 3 && (joined.length - clause.end <= 1 || joined[clause.end] === '：' || (joined[clause.end] === '。' && ENUMERATED.test(clause.text)));
        // So may a numbered sentence alone, in a list run on in one paragraph (`其中：1、A铁路建设项目。正在开展…2、B…`).
        const numbered = joined[clause.end] === '。' && '。：'.includes(joined[clause.start - 1] ?? '。') && NUMBERED_ITEM.test(clause.text) && !NUMBER_INSIDE.test(clause.text.replace(NUMBERED_ITEM, ''));
        if (next || item || numbered || (titleWork && clause.start === 0)) found = itemWork(clause, next);
      }
      // Only a clause the list opens (`丙大桥、丁二桥等项目建设顺利推进`), not one opening with what is done (`重点观摩检查了A、B等项目`).
      if (unnamed.length > 0 && found[0]?.start === clause.start && clause.text.includes('等')) found = [...listGoingBack(unnamed, found), ...found];
      if (found.length === 0 && joined[clause.end] === '，') unnamed.push(clause);
      else if (unnamed.length > 0) unnamed = [];
      if (found.length > 0 || !numberedRun) before = found;
      // The category is the clause's own (`新开工5个项目：`) or the one counted before it (`新开工5个项目，分别是：`).
      const category = joined[clause.end] !== '：' ? undefined : namesMembersNext(clause.text) ? clause.text : opensMembers(clause) ? counted : undefined;
      if (category !== undefined) colonLead = { text: category, at: clause.end };
      beforeStart = clause.start;
      beforeEnd = clause.end;
      // Most clauses name no work: no array is made for them.
      for (const p of found.length === 0 ? found : found.flatMap(eachPhase)) {
        const placed = span.place(p.start, p.end);
        projects.push({
          name: (p.prefix ?? '') + (source ??= span.slice(doc.text)).slice(p.start, p.end).replace(NOTE_MARK, '') + (p.kind ?? ''),
          ...(p.investment ? { investment: p.investment } : {}),
          ...(p.status ? { status: p.status, ...withStage(p.status) } : {}),
          section,
          range: doc.lines.range(placed.start, placed.end),
        });
      }
    }
    // Lines listing works one by one after what heads them (`linesLead`): each line a work's name alone.
    // So does each line under a title listing works, at the stage the title names (`省在建重点项目(351个)`).
    const list = line === undefined ? undefined : (linesLead ?? worksListTitle(text, paragraph.section));
    if (line !== undefined && list !== undefined && projects.length === namedBefore && namesWorkAlone(line)) {
      const at = joined.indexOf(line);
      const placed = span.place(at, at + line.length);
      const status = list && CATEGORY_STATUS.exec(list)?.[0];
      projects.push({ name: span.slice(doc.text).slice(at, at + line.length), ...(status ? { status, ...withStage(status) } : {}), section, range: doc.lines.range(placed.start, placed.end) });
    }
    withoutRepeats(projects, namedBefore);
    const membersFollow = colonLead !== undefined && !SENTENCE_MARKS.test(joined.slice(colonLead.at + 1)) ? colonLead.text : undefined;
    linesLead = line !== undefined ? (linesLead ?? (countsWorks({ start: 0, end: line.length, text: line }) ? line : undefined)) : membersFollow;
  }
  return { sections: doc.sections.map((s) => outlineSection(doc, s)), goals: withoutHeadlineRestated(withoutRestatedGrowth(goals), headlineLine(doc)), achievements, projects };
}
