import * as vscode from 'vscode';
import type { Enumeration, Range } from '../core/model';
import type { Finding } from '../core/rules/types';
import type { Outline, OutlineSection, OutlineStatement } from '../core/outline';
import type { Stage } from '../core/outline/stages';
import { figureValue, sectionLabel } from '../core/outline/format/rows';
import { revealCommand } from './reveal';
import type { Analysis, ReportStore } from './store';

export type ItemKind = 'goal' | 'achievement' | 'project' | 'placeholder';
export const ITEM_KINDS: readonly ItemKind[] = ['goal', 'achievement', 'project', 'placeholder'];
/** The status of a project whose text names none. */
export const NO_STAGE = '';

/** What the outline shows: kinds of item; when set, only projects at these stages and only these top-level sections. */
export interface OutlineFilter {
  kinds: ReadonlySet<ItemKind>;
  stages?: ReadonlySet<string>;
  /** Labels of top-level sections (`二、2022年工作安排`). */
  sections?: ReadonlySet<string>;
}

export type OutlineNode =
  | { type: 'section'; id: string; section: OutlineSection; parent?: OutlineNode; children: OutlineNode[]; problem?: string }
  /** Items under one 一是/二是… of an enumeration. */
  | { type: 'group'; id: string; label: string; description: string; range: Range; parent: OutlineNode; children: OutlineNode[] }
  | { type: 'item'; id: string; kind: ItemKind; label: string; description: string; range: Range; icon?: string; parent?: OutlineNode };

const ICONS: Record<ItemKind, string> = { goal: 'target', achievement: 'pass', project: 'package', placeholder: 'symbol-variable' };
/** A project's icon says where it stands. */
const STAGE_ICONS: Record<Stage, string> = {
  规划: 'circle-large-outline',
  前期: 'circle-large-outline',
  签约: 'edit',
  开工: 'debug-start',
  在建: 'tools',
  封顶: 'home',
  竣工: 'pass',
  竣工投产: 'pass-filled',
  投入使用: 'check-all',
  通车: 'arrow-right',
};

/** `城镇新增就业 → 1100万人以上`: the indicator and its value, with the bound word. */
function figureLabel(s: OutlineStatement): string {
  return `${s.indicator} → ${figureValue(s)}`;
}

function kindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'goal':
      return vscode.l10n.t('Goal');
    case 'achievement':
      return vscode.l10n.t('Achievement');
    case 'project':
      return vscode.l10n.t('Project');
    case 'placeholder':
      return vscode.l10n.t('Placeholder');
  }
}

/** Sections with the goals, achievements, projects and placeholders that fall in them (deepest section wins). */
export function buildOutlineNodes(
  outline: Outline,
  placeholders: readonly { text: string; range: Range }[],
  filter: OutlineFilter,
  context: { enumerations?: readonly Enumeration[]; findings?: readonly Finding[] } = {},
): OutlineNode[] {
  const { kinds, stages, sections } = filter;
  const roots: OutlineNode[] = [];
  const sectionNodes: Extract<OutlineNode, { type: 'section' }>[] = [];
  const addSections = (list: readonly OutlineSection[], parent: OutlineNode | undefined, into: OutlineNode[]) => {
    for (const section of list) {
      if (!parent && sections && !sections.has(sectionLabel(section))) continue;
      const node: Extract<OutlineNode, { type: 'section' }> = {
        type: 'section',
        id: `s:${section.range.start}`,
        section,
        ...(parent ? { parent } : {}),
        children: [],
      };
      into.push(node);
      sectionNodes.push(node);
      addSections(section.children, node, node.children);
    }
  };
  addSections(outline.sections, undefined, roots);

  const items: Extract<OutlineNode, { type: 'item' }>[] = [];
  const add = (kind: ItemKind, label: string, description: string, range: Range, icon?: string) => {
    // One clause can hold several figures with one range (`A、B分别增长…`): the count keeps ids apart.
    if (kinds.has(kind)) items.push({ type: 'item', id: `${kind}:${range.start}:${items.length}`, kind, label, description, range, ...(icon ? { icon } : {}) });
  };
  for (const g of outline.goals) add('goal', figureLabel(g), g.text, g.range);
  for (const a of outline.achievements) add('achievement', figureLabel(a), a.text, a.range);
  for (const p of outline.projects) {
    if (stages && !stages.has(p.stage ?? NO_STAGE)) continue;
    add('project', p.name, [p.investment, p.status].filter(Boolean).join(' · '), p.range, p.stage ? STAGE_ICONS[p.stage] : undefined);
  }
  for (const p of placeholders) add('placeholder', p.text, vscode.l10n.t('line {0}', p.range.startLine + 1), p.range);
  items.sort((a, b) => a.range.start - b.range.start);

  for (const item of items) {
    // Sections are in document order, so the last one that contains the item is the deepest.
    const home = sectionNodes.findLast((s) => s.section.range.start <= item.range.start && item.range.end <= s.section.range.end);
    if (home) {
      item.parent = home;
      home.children.push(item);
    } else if (!sections) {
      roots.push(item);
    }
  }
  const byPosition = (a: OutlineNode, b: OutlineNode) => startOf(a) - startOf(b);
  roots.sort(byPosition);
  const spans = enumerationSpans(context.enumerations ?? []);
  for (const s of sectionNodes) {
    s.children.sort(byPosition);
    groupByEnumeration(s, spans);
    const problem = context.findings?.find((f) => NUMBERING_RULES.has(f.rule) && f.range.startLine === s.section.range.startLine);
    if (problem) s.problem = problem.message;
  }
  return roots;
}

const NUMBERING_RULES = new Set(['heading-form', 'heading-sequence', 'heading-level', 'heading-singleton', 'markdown-heading-depth']);

interface Span {
  start: number;
  end: number;
  marker: string;
  lead: string;
}

/** Each 一是/二是… item covers the text up to the next item (the last: to the end of its paragraph). */
function enumerationSpans(enumerations: readonly Enumeration[]): Span[] {
  const spans: Span[] = [];
  for (const e of enumerations) {
    e.items.forEach((item, i) => {
      const next = e.items[i + 1];
      const end = next ? next.range.start : item.paragraph.range.end;
      const lead = item.paragraph.text.slice(item.range.end - item.paragraph.range.start).replace(/^[，,：:\s]+/, '');
      spans.push({ start: item.range.start, end, marker: item.text, lead: lead.slice(0, 14) });
    });
  }
  return spans;
}

/** Puts a section's items that fall in 一是/二是… spans under one node per span, when two or more spans hold items. */
function groupByEnumeration(section: Extract<OutlineNode, { type: 'section' }>, spans: readonly Span[]): void {
  const groups = new Map<Span, Extract<OutlineNode, { type: 'group' }>>();
  const children: OutlineNode[] = [];
  for (const child of section.children) {
    const span = child.type === 'item' ? spans.find((s) => s.start <= child.range.start && child.range.start < s.end) : undefined;
    if (!span || child.type !== 'item') {
      children.push(child);
      continue;
    }
    let group = groups.get(span);
    if (!group) {
      const range = { ...child.range, start: span.start, end: span.end };
      group = { type: 'group', id: `g:${span.start}`, label: span.marker, description: span.lead, range, parent: section, children: [] };
      groups.set(span, group);
      children.push(group);
    }
    child.parent = group;
    group.children.push(child);
  }
  if (groups.size >= 2) section.children = children;
  else for (const child of section.children) child.parent = section;
}

function startOf(node: OutlineNode): number {
  return node.type === 'section' ? node.section.range.start : node.range.start;
}

/** The "Report outline" view: follows the active editor, filters by kind, reveals text on click. */
export class OutlineView implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The shown tree, built when the view asks for it: a hidden view costs an analysis nothing. */
  private roots: OutlineNode[] | undefined;
  private shown: Analysis | undefined;
  private uri: vscode.Uri | undefined;
  /** Placeholders have their own view; they join the outline when the filter asks for them. */
  filter: OutlineFilter = { kinds: new Set<ItemKind>(['goal', 'achievement', 'project']) };
  readonly view: vscode.TreeView<OutlineNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly store: ReportStore) {
    this.view = vscode.window.createTreeView('govreport.outline', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      store.onDidAnalyze(({ document, analysis }) => {
        if (document === vscode.window.activeTextEditor?.document) this.show(document, analysis);
      }),
    );
    void this.refresh();
  }

  /** The outline of the active report, or undefined when the active editor is not a checked report. */
  current(): { uri: vscode.Uri; outline: Outline } | undefined {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && this.store.analyzeNow(document);
    return analysis ? { uri: document.uri, outline: analysis.outline() } : undefined;
  }

  /** Shows the active editor's outline; resolves once it is shown (after a pending analysis, if any). */
  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    // Keep showing the last report while focus is in a view or a non-text editor.
    if (!document) return;
    const analysis = this.store.current(document) ?? (await this.store.whenAnalyzed(document));
    if (document === vscode.window.activeTextEditor?.document) this.show(document, analysis);
  }

  private show(document: vscode.TextDocument, analysis: Analysis | undefined): void {
    this.shown = analysis;
    this.roots = undefined;
    if (!analysis) {
      this.uri = undefined;
      this.view.message = vscode.l10n.t('Open a Chinese report (.txt or .md) to see its sections, goals and projects.');
    } else {
      // A section filter names one report's sections: another report starts unfiltered by section.
      if (this.uri && this.uri.toString() !== document.uri.toString()) this.filter = { ...this.filter, sections: undefined };
      this.uri = document.uri;
      this.view.message = undefined;
      this.view.description = this.filter.stages || this.filter.sections ? vscode.l10n.t('filtered') : undefined;
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    if (!node) return (this.roots ??= this.build());
    return node.type === 'item' ? [] : node.children;
  }

  private build(): OutlineNode[] {
    if (!this.shown) return [];
    const { doc, findings } = this.shown.result;
    return buildOutlineNodes(this.shown.outline(), doc.placeholders, this.filter, { enumerations: doc.enumerations, findings });
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return node.parent;
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    if (node.type === 'section') {
      const item = new vscode.TreeItem(
        sectionLabel(node.section),
        node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = node.id;
      // A heading whose numbering is wrong says so where the writer looks.
      item.iconPath = node.problem
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('list-tree');
      if (node.problem) {
        item.description = vscode.l10n.t('numbering problem');
        item.tooltip = node.problem;
      }
      item.contextValue = 'section';
      if (this.uri) item.command = revealCommand(this.uri, node.section.range);
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = `${node.description}…`;
      item.iconPath = new vscode.ThemeIcon('list-ordered');
      item.contextValue = 'group';
      if (this.uri) item.command = revealCommand(this.uri, node.range);
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    // The kind in words, not only as an icon.
    item.description = [kindLabel(node.kind), node.description].filter(Boolean).join(' · ');
    item.tooltip = `${kindLabel(node.kind)}: ${node.label}${node.description ? ` (${node.description})` : ''}`;
    item.iconPath = new vscode.ThemeIcon(node.icon ?? ICONS[node.kind]);
    item.contextValue = node.kind;
    if (this.uri) item.command = revealCommand(this.uri, node.range);
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
