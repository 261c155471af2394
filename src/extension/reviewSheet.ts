import * as vscode from 'vscode';
import type { ReviewSheet } from '../core/review';
import type { Lang } from '../core/rules/types';
import { revealLine, saveReport, siblingWithSuffix, webviewPage, type WebviewMessage } from './reviewWebview';
import type { ReportStore } from './store';

/** The review code is its own chunk, loaded on the first review or comparison. */
export const reviewModule = () => require('../core/review') as typeof import('../core/review');

interface SheetPanel {
  panel: vscode.WebviewPanel;
  uri: vscode.Uri;
  /** The editor column of the draft, where line links open. */
  column: vscode.ViewColumn | undefined;
  sheet?: ReviewSheet;
}

export const saveLabels = () => ({ html: vscode.l10n.t('Save as HTML…'), md: vscode.l10n.t('Save as Markdown…') });

/** "GovReport: Open Review Sheet": the sheet beside the draft, refreshed on save; lines jump to the text. */
export class ReviewSheets implements vscode.Disposable {
  private readonly panels = new Map<string, SheetPanel>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ReportStore) {
    this.disposables = [
      vscode.commands.registerCommand('govreport.openReviewSheet', (uri?: vscode.Uri) => this.open(uri)),
      vscode.workspace.onDidSaveTextDocument((d) => {
        const entry = this.panels.get(d.uri.toString());
        if (entry) this.render(entry, d);
      }),
    ];
  }

  /** Opens (or reveals) the sheet of the given or active draft; the panel, or undefined when there is no report. */
  async open(uri?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || !this.store.isReport(document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a checked report first.'));
      return undefined;
    }
    const key = document.uri.toString();
    const existing = this.panels.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      this.render(existing, document);
      return existing.panel;
    }
    const name = document.uri.path.split('/').pop() ?? '';
    const panel = vscode.window.createWebviewPanel(
      'govreport.reviewSheet',
      vscode.l10n.t('Review Sheet: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    const entry: SheetPanel = { panel, uri: document.uri, column: editor?.document === document ? editor.viewColumn : undefined };
    this.panels.set(key, entry);
    panel.onDidDispose(() => this.panels.delete(key));
    panel.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(entry, m));
    this.render(entry, document);
    return panel;
  }

  private render(entry: SheetPanel, document: vscode.TextDocument): void {
    const lang = vscode.workspace.getConfiguration('govreport', document.uri).get<Lang>('messageLanguage', 'zh');
    const analysis = this.store.analyzeNow(document);
    if (!analysis) return;
    const { sheetFromLint, renderSheetHtml } = reviewModule();
    const sheet = sheetFromLint(analysis.result, {
      file: vscode.workspace.asRelativePath(document.uri),
      lang,
      date: new Date().toISOString().slice(0, 10),
    });
    entry.sheet = sheet;
    entry.panel.webview.html = webviewPage(renderSheetHtml(sheet), saveLabels());
  }

  private async onMessage(entry: SheetPanel, m: WebviewMessage): Promise<void> {
    if (m.type === 'reveal') return revealLine(entry.uri, m.line, entry.column);
    if (!entry.sheet) return;
    const { renderSheetHtml, renderSheetMarkdown } = reviewModule();
    const content = m.format === 'html' ? renderSheetHtml(entry.sheet) : renderSheetMarkdown(entry.sheet);
    return saveReport(siblingWithSuffix(entry.uri, `.审核意见.${m.format}`), m.format, content);
  }

  dispose(): void {
    for (const { panel } of this.panels.values()) panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
