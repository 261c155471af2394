import * as vscode from 'vscode';
import type { Outline } from '../core/outline';
import { formatOutlineCsv, type CsvOptions } from '../core/outline/format/csv';
import { formatOutlineMarkdown } from '../core/outline/format/md';
import { sectionLabel } from '../core/outline/format/rows';
import { uiLang } from './convert';
import { STAGES } from '../core/outline/stages';
import { ITEM_KINDS, NO_STAGE, type ItemKind, type OutlineFilter, type OutlineNode, type OutlineView } from './outlineView';

const KIND_LABELS = (): Record<ItemKind, string> => ({
  goal: vscode.l10n.t('Goals'),
  achievement: vscode.l10n.t('Achievements'),
  project: vscode.l10n.t('Projects'),
  placeholder: vscode.l10n.t('Placeholders'),
});

/** Filter, copy and export commands of the Report outline view. */
export function registerOutlineCommands(view: OutlineView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('govreport.outline.filter', async (kinds?: ItemKind[], refine?: { stages?: string[]; sections?: string[] }) => {
      if (kinds) {
        view.filter = {
          kinds: new Set(kinds),
          ...(refine?.stages ? { stages: new Set(refine.stages) } : {}),
          ...(refine?.sections ? { sections: new Set(refine.sections) } : {}),
        };
      } else {
        const picked = await pickFilter(view);
        if (!picked) return;
        view.filter = picked;
      }
      await view.refresh();
    }),
    vscode.commands.registerCommand('govreport.outline.copy', async (node?: OutlineNode) => {
      const target = node ?? view.view.selection[0];
      if (!target) return;
      const text =
        target.type === 'section'
          ? sectionLabel(target.section)
          : [target.label, target.description].filter(Boolean).join('\t');
      await vscode.env.clipboard.writeText(text);
    }),
    vscode.commands.registerCommand('govreport.outline.export', (format?: 'csv' | 'markdown', target?: vscode.Uri) =>
      exportOutline(view, format, target),
    ),
  ];
}

type FilterItem = vscode.QuickPickItem & ({ itemKind: ItemKind } | { stage: string } | { section: string } | {});

/**
 * One multi-select list: the kinds of item, the statuses of the report's projects and its top-level sections.
 * Picking every status (or none) means no status filter; the same for sections.
 */
async function pickFilter(view: OutlineView): Promise<OutlineFilter | undefined> {
  const { filter } = view;
  const outline = view.current()?.outline;
  const labels = KIND_LABELS();
  const separator = (label: string): FilterItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items: FilterItem[] = ITEM_KINDS.map((itemKind) => ({ label: labels[itemKind], itemKind, picked: filter.kinds.has(itemKind) }));
  const present = new Set(outline?.projects.map((p) => p.stage ?? NO_STAGE));
  const stages = [...STAGES.filter((s) => present.has(s)), ...(present.has(NO_STAGE) ? [NO_STAGE] : [])];
  if (stages.length > 1) {
    items.push(separator(vscode.l10n.t('Project status')));
    for (const stage of stages) {
      items.push({ label: stage || vscode.l10n.t('(no status given)'), stage, picked: !filter.stages || filter.stages.has(stage) });
    }
  }
  const sections = (outline?.sections ?? []).map(sectionLabel);
  if (sections.length > 1) {
    items.push(separator(vscode.l10n.t('Sections')));
    for (const section of sections) items.push({ label: section, section, picked: !filter.sections || filter.sections.has(section) });
  }
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Show in the report outline') });
  if (!picked) return undefined;
  const chosen = <K extends 'stage' | 'section'>(key: K, all: readonly string[]) => {
    const values = picked.flatMap((p) => (key in p ? [(p as Record<K, string>)[key]] : []));
    return values.length === 0 || values.length === all.length ? undefined : new Set(values);
  };
  const stageFilter = chosen('stage', stages);
  const sectionFilter = chosen('section', sections);
  return {
    kinds: new Set(picked.flatMap((p) => ('itemKind' in p ? [p.itemKind] : []))),
    ...(stageFilter ? { stages: stageFilter } : {}),
    ...(sectionFilter ? { sections: sectionFilter } : {}),
  };
}

/** The column headers and kind names of the exported table, in the UI language. */
function csvLabels(): CsvOptions {
  return {
    headers: {
      kind: vscode.l10n.t('Kind'),
      section: vscode.l10n.t('Section'),
      item: vscode.l10n.t('Item'),
      amount: vscode.l10n.t('Amount'),
      status: vscode.l10n.t('Status'),
      line: vscode.l10n.t('Line'),
      indicator: vscode.l10n.t('Indicator'),
      value: vscode.l10n.t('Value'),
      unit: vscode.l10n.t('Unit'),
      comparator: vscode.l10n.t('Comparator'),
    },
    kinds: {
      section: vscode.l10n.t('Section'),
      goal: vscode.l10n.t('Goal'),
      achievement: vscode.l10n.t('Achievement'),
      project: vscode.l10n.t('Project'),
    },
    itemsOnly: true,
  };
}

/** The report's title (a Markdown `# 标题`), else the file name: the export's default name. */
function reportName(outline: Outline, uri: vscode.Uri): string {
  const top = outline.sections.length === 1 && !outline.sections[0]!.marker ? outline.sections[0]!.title : undefined;
  const name = top ?? uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/(\.report)?\.(txt|md|markdown)$/i, '');
  return name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) || 'report';
}

/**
 * Writes the goals and projects table to a file chosen in a save dialog (`target` skips the dialog, for
 * automation): CSV with the UTF-8 BOM Excel needs, or Markdown. Resolves to the file written.
 */
async function exportOutline(view: OutlineView, format?: 'csv' | 'markdown', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const current = view.current();
  if (!current) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a checked report first.'));
    return undefined;
  }
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('CSV table (Excel, WPS)'), format: 'csv' as const },
        { label: 'Markdown', format: 'markdown' as const },
      ],
      { title: vscode.l10n.t('Export goals and projects as') },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  const extension = format === 'csv' ? 'csv' : 'md';
  const folder = vscode.Uri.joinPath(current.uri, '..');
  const name = `${reportName(current.outline, current.uri)}-${vscode.l10n.t('goals and projects')}.${extension}`;
  target ??= await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export goals and projects'),
    defaultUri: current.uri.scheme === 'file' ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { [vscode.l10n.t('CSV table')]: ['csv'] } : { Markdown: ['md'] },
  });
  if (!target) return undefined;
  const content =
    format === 'csv'
      ? formatOutlineCsv(current.outline, csvLabels())
      : formatOutlineMarkdown(current.outline, vscode.workspace.asRelativePath(current.uri), uiLang());
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  const OPEN = vscode.l10n.t('Open');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported to {0}.', vscode.workspace.asRelativePath(target)), OPEN)
    .then((choice) => (choice === OPEN ? vscode.commands.executeCommand('vscode.open', target) : undefined));
  return target;
}
