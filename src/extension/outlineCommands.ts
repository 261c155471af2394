import * as vscode from 'vscode';
import type { Outline } from '../core/outline';
import { formatOutlineCsv, type CsvOptions } from '../core/outline/format/csv';
import { formatOutlineMarkdown } from '../core/outline/format/md';
import { sectionLabel } from '../core/outline/format/rows';
import { uiLang } from './convert';
import { ITEM_KINDS, type ItemKind, type OutlineNode, type OutlineView } from './outlineView';

const KIND_LABELS = (): Record<ItemKind, string> => ({
  goal: vscode.l10n.t('Goals'),
  achievement: vscode.l10n.t('Achievements'),
  project: vscode.l10n.t('Projects'),
  placeholder: vscode.l10n.t('Placeholders'),
});

/** Filter, copy and export commands of the Report outline view. */
export function registerOutlineCommands(view: OutlineView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('govreport.outline.filter', async (kinds?: ItemKind[]) => {
      if (!kinds) {
        const labels = KIND_LABELS();
        const picked = await vscode.window.showQuickPick(
          ITEM_KINDS.map((itemKind) => ({ label: labels[itemKind], itemKind, picked: view.kinds.has(itemKind) })),
          { canPickMany: true, title: vscode.l10n.t('Show in the report outline') },
        );
        if (!picked) return;
        kinds = picked.map((p) => p.itemKind);
      }
      view.kinds = new Set(kinds);
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
