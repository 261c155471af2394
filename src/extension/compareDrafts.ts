import * as vscode from 'vscode';
import { lint } from '../core/lint';
import type { DraftComparison } from '../core/review';
import type { Lang } from '../core/rules/types';
import { REVEAL_COMMAND } from './reveal';
import { reviewModule, saveLabels } from './reviewSheet';
import { formatOf } from './convert';
import { revealLine, saveReport, siblingWithSuffix, webviewPage, type WebviewMessage } from './reviewWebview';
import type { ReportStore } from './store';

/** The part of the built-in git extension's API used here (`vscode.git`, API version 1). */
interface GitApi {
  getRepository(uri: vscode.Uri): object | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

/** The version of `uri` at git HEAD, when the built-in git extension is there and the file is in a repository. */
async function headVersion(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension || uri.scheme !== 'file') return undefined;
  try {
    const git = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    return git.getRepository(uri) ? git.toGitUri(uri, 'HEAD') : undefined;
  } catch {
    return undefined; // git disabled or not installed
  }
}

type Node = { kind: 'group'; label: string; children: Node[] } | { kind: 'item'; label: string; description: string; line: number };

/**
 * "GovReport: Compare with Previous Draft…": the draft against another file or its version at git
 * HEAD, as a report in a webview, with the changed figures and filled placeholders in a tree.
 */
export class DraftComparisons implements vscode.Disposable, vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view = vscode.window.createTreeView('govreport.comparison', { treeDataProvider: this });
  private panel: vscode.WebviewPanel | undefined;
  private current: { comparison: DraftComparison; lang: Lang; oldUri: vscode.Uri; newUri: vscode.Uri; column?: vscode.ViewColumn } | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ReportStore) {
    this.disposables = [
      this.changed,
      this.view,
      vscode.commands.registerCommand('govreport.compareWithPrevious', (previous?: vscode.Uri) => this.compare(previous)),
    ];
  }

  /** Compares the active draft with `previous`, or with one the user picks; the comparison, if one was made. */
  async compare(previous?: vscode.Uri): Promise<DraftComparison | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.store.isReport(editor.document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a checked report first.'));
      return undefined;
    }
    const current = editor.document;
    const oldUri = previous ?? (await this.pickPrevious(current.uri));
    if (!oldUri) return undefined;
    let old: vscode.TextDocument;
    try {
      old = await vscode.workspace.openTextDocument(oldUri);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', oldUri.path, err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    const label = (uri: vscode.Uri) => (uri.scheme === 'git' ? `${vscode.workspace.asRelativePath(current.uri)} (HEAD)` : vscode.workspace.asRelativePath(uri));
    // Either draft is read whatever the check policy says of it (a git HEAD copy is not checked, say).
    const parsed = (d: vscode.TextDocument) => this.store.analyzeNow(d)?.result.doc ?? lint(d.getText(), { format: formatOf(d) }).doc;
    const comparison = reviewModule().compareParsed({ doc: parsed(old), file: label(oldUri) }, { doc: parsed(current), file: label(current.uri) });
    const lang = vscode.workspace.getConfiguration('govreport', current.uri).get<Lang>('messageLanguage', 'zh');
    this.current = { comparison, lang, oldUri, newUri: current.uri, ...(editor.viewColumn ? { column: editor.viewColumn } : {}) };
    this.show();
    void vscode.commands.executeCommand('setContext', 'govreport.hasComparison', true);
    this.changed.fire();
    return comparison;
  }

  private async pickPrevious(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const head = await headVersion(uri);
    const items: Array<vscode.QuickPickItem & { pick: () => Thenable<vscode.Uri | undefined> | vscode.Uri }> = [];
    if (head) items.push({ label: vscode.l10n.t('Version at git HEAD'), pick: () => head });
    items.push({
      label: vscode.l10n.t('Another file…'),
      pick: async () =>
        (await vscode.window.showOpenDialog({ defaultUri: vscode.Uri.joinPath(uri, '..'), canSelectMany: false, filters: { [vscode.l10n.t('Reports')]: ['txt', 'md', 'markdown'] } }))?.[0],
    });
    const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare with which draft?') });
    return picked?.pick();
  }

  private show(): void {
    const current = this.current!;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'govreport.comparison',
        vscode.l10n.t('Draft Comparison'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m));
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.panel.webview.html = webviewPage(reviewModule().renderDiffHtml(current.comparison, current.lang), saveLabels());
  }

  private async onMessage(m: WebviewMessage): Promise<void> {
    const current = this.current;
    if (!current) return;
    if (m.type === 'reveal') return revealLine(m.side === 'old' ? current.oldUri : current.newUri, m.line, current.column);
    const { renderDiffHtml, renderDiffMarkdown } = reviewModule();
    const content = m.format === 'html' ? renderDiffHtml(current.comparison, current.lang) : renderDiffMarkdown(current.comparison, current.lang);
    return saveReport(siblingWithSuffix(current.newUri, `.比对.${m.format}`), m.format, content);
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.children : [];
    const d = this.current?.comparison;
    if (!d) return [];
    const lineLabel = (line: number) => vscode.l10n.t('line {0}', line);
    return [
      {
        kind: 'group',
        label: vscode.l10n.t('Changed figures ({0})', d.figures.changed.length),
        children: d.figures.changed.map((f) => ({ kind: 'item', label: `${f.indicator}：${f.oldValue} → ${f.newValue}`, description: lineLabel(f.newLine), line: f.newLine })),
      },
      {
        kind: 'group',
        label: vscode.l10n.t('Filled placeholders ({0})', d.placeholders.filled.length),
        children: d.placeholders.filled.map((p) => ({ kind: 'item', label: `${p.placeholder} → ${p.text}`, description: lineLabel(p.newLine), line: p.newLine })),
      },
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') return new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    const item = new vscode.TreeItem(node.label);
    item.description = node.description;
    const at = new vscode.Range(node.line - 1, 0, node.line - 1, 0);
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Go to text'), arguments: [this.current!.newUri, at] };
    return item;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
