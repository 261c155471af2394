import * as vscode from 'vscode';
import { formatOutlineCsv } from '../core/outline/format/csv';
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
    vscode.commands.registerCommand('govreport.outline.export', async (format?: 'csv' | 'markdown') => {
      const current = view.current();
      if (!current) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a checked report first.'));
        return undefined;
      }
      if (!format) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'CSV', format: 'csv' as const },
            { label: 'Markdown', format: 'markdown' as const },
          ],
          { title: vscode.l10n.t('Export goals and projects as') },
        );
        if (!picked) return undefined;
        format = picked.format;
      }
      const file = vscode.workspace.asRelativePath(current.uri);
      const content =
        format === 'csv'
          ? formatOutlineCsv(current.outline).replace(/^\uFEFF/, '')
          : formatOutlineMarkdown(current.outline, file, uiLang());
      const document = await vscode.workspace.openTextDocument({ content, language: format === 'csv' ? 'csv' : 'markdown' });
      await vscode.window.showTextDocument(document);
      return document;
    }),
  ];
}
