import * as vscode from 'vscode';
import type { ReportStore } from './store';

/**
 * Two items for the active editor: whether it is checked (click: the problems, or start checking) and, when checked, how many
 * placeholders are left (click for the next one). Updated from the analyses the store pushes.
 */
export class StatusBar implements vscode.Disposable {
  private readonly checked = vscode.window.createStatusBarItem('govreport.checked', vscode.StatusBarAlignment.Right, 100);
  private readonly placeholders = vscode.window.createStatusBarItem('govreport.placeholders', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.checked, this.placeholders];

  constructor(private readonly store: ReportStore) {
    this.checked.name = vscode.l10n.t('GovReport: checking');
    // A click shows the problems; turning checking off is a deliberate link in the tooltip.
    this.checked.command = 'workbench.actions.view.problems';
    this.placeholders.name = vscode.l10n.t('GovReport: placeholders');
    this.placeholders.command = 'govreport.nextPlaceholder';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidAnalyze(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** What the placeholder item shows, e.g. `XX: 153`; undefined when hidden. */
  get placeholderText(): string | undefined {
    return this.placeholdersShown ? this.placeholders.text : undefined;
  }

  private placeholdersShown = false;

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !['plaintext', 'markdown', 'govreport'].includes(document.languageId)) {
      this.checked.hide();
      this.hidePlaceholders();
      return;
    }
    const analysis = this.store.current(document);
    const on = analysis !== undefined || this.store.isReport(document);
    this.checked.text = on ? '$(checklist) GovReport' : '$(circle-slash) GovReport';
    const tooltip = new vscode.MarkdownString(
      on
        ? vscode.l10n.t('GovReport checks this file. Click to show the problems. [Stop checking this file](command:govreport.toggleChecking)')
        : vscode.l10n.t('GovReport does not check this file. [Check this file](command:govreport.toggleChecking)'),
    );
    tooltip.isTrusted = { enabledCommands: ['govreport.toggleChecking'] };
    this.checked.tooltip = tooltip;
    if (!on) this.checked.command = 'govreport.toggleChecking';
    else this.checked.command = 'workbench.actions.view.problems';
    this.checked.show();
    if (!on) {
      this.hidePlaceholders();
      return;
    }
    // Until the first analysis arrives (it is pushed here), the count is left as it was.
    if (!analysis) return;
    const count = analysis.result.doc.placeholders.length;
    this.placeholders.text = `XX: ${count}`;
    this.placeholders.tooltip = vscode.l10n.t('{0} unfilled placeholders. Click for the next one.', count);
    this.placeholders.show();
    this.placeholdersShown = true;
  }

  private hidePlaceholders(): void {
    this.placeholders.hide();
    this.placeholdersShown = false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
