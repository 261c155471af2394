import * as vscode from 'vscode';
import type { Placeholder } from '../core/model';
import { parseReport } from '../core/parse';
import type { CheckPolicy } from './checkPolicy';
import type { ConfigService } from './config';
import { formatForPath } from '../core/formats';
import { revealCommand } from './reveal';
import type { ReportStore } from './store';
import { findWorkspaceReports } from './workspaceFiles';

/** A file on disk, or in the file system of a workspace folder (a virtual workspace: vscode.dev, github.dev). */
const onWorkspaceFileSystem = (uri: vscode.Uri) =>
  uri.scheme === 'file' || (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);

type Node =
  | { type: 'file'; uri: vscode.Uri; placeholders: Placeholder[]; text: string }
  | { type: 'placeholder'; uri: vscode.Uri; placeholder: Placeholder; context: string; at: [number, number]; parent: Node };

const CLAUSE_END = /[，。；：！？、,;:!?\s]/;

/**
 * The clause around a placeholder (from the punctuation before it to the punctuation after it, at most
 * 16 characters each side, never cut inside a surrogate pair), and where the placeholder is in it.
 */
function clauseAround(line: string, start: number, end: number): { context: string; at: [number, number] } {
  let from = start;
  while (from > 0 && start - from < 16 && !CLAUSE_END.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < 16 && !CLAUSE_END.test(line[to]!)) to++;
  if (/[\udc00-\udfff]/.test(line[from] ?? '')) from++;
  if (/[\ud800-\udbff]/.test(line[to - 1] ?? '')) to--;
  const lead = from > 0 && !CLAUSE_END.test(line[from - 1]!) ? '…' : '';
  const tail = to < line.length && !CLAUSE_END.test(line[to]!) ? '…' : '';
  return { context: lead + line.slice(from, to) + tail, at: [lead.length + start - from, lead.length + end - from] };
}

/**
 * Every unfilled placeholder across the workspace, grouped by file with counts. Open reports are
 * read live from the editor; other files come from a scan (on demand and when files change).
 */
export class PlaceholdersView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly files = new Map<string, Node & { type: 'file' }>();
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;

  constructor(
    private readonly store: ReportStore,
    private readonly config: ConfigService,
    private readonly policy: CheckPolicy,
  ) {
    this.view = vscode.window.createTreeView('govreport.placeholders', { treeDataProvider: this, showCollapseAll: true });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}');
    this.disposables.push(
      this.view,
      watcher,
      watcher.onDidCreate(() => this.scheduleScan()),
      watcher.onDidChange(() => this.scheduleScan()),
      watcher.onDidDelete((uri) => {
        this.files.delete(uri.toString());
        this.update();
      }),
      // An analysed open file updates its own entry; only file-system events and config changes rescan.
      store.onDidAnalyze(({ document, analysis }) => {
        if (!onWorkspaceFileSystem(document.uri) || document.isClosed) return;
        this.files.delete(document.uri.toString());
        if (analysis) this.add(document.uri, document.getText(), analysis.result.doc.placeholders);
        this.update();
      }),
      config.onDidChange(() => this.scheduleScan()),
    );
    this.view.onDidChangeVisibility((e) => {
      if (e.visible && !this.scanning) void this.scan();
    }, undefined, this.disposables);
  }

  private scheduleScan(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan(), 500);
  }

  /** Rescans the workspace; resolves when the view is up to date. */
  scan(): Promise<void> {
    this.scanning ??= this.rescan().finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  private async rescan(): Promise<void> {
    await vscode.window.withProgress({ location: { viewId: 'govreport.placeholders' } }, async () => {
      const source = new vscode.CancellationTokenSource();
      try {
        const reports = await findWorkspaceReports(this.policy, source.token);
        const found = await Promise.all(
          reports.map(async ({ uri, text, document }) => ({
            uri,
            text,
            placeholders: document
              ? ((await this.store.whenAnalyzed(document))?.result.doc.placeholders ?? [])
              : parseReport(text, { format: formatForPath(uri.path), placeholders: this.config.forDocument(uri).placeholders })
                  .placeholders,
          })),
        );
        this.files.clear();
        for (const { uri, text, placeholders } of found) this.add(uri, text, placeholders);
      } finally {
        source.dispose();
      }
    });
    this.update();
  }

  private add(uri: vscode.Uri, text: string, placeholders: Placeholder[]): void {
    if (placeholders.length > 0) this.files.set(uri.toString(), { type: 'file', uri, placeholders, text });
  }

  /** Total placeholders listed, for the view badge and tests. */
  total(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.placeholders.length;
    return n;
  }

  counts(): Map<string, number> {
    return new Map([...this.files.values()].map((f) => [f.uri.toString(), f.placeholders.length]));
  }

  private update(): void {
    const total = this.total();
    this.view.badge = total > 0 ? { value: total, tooltip: vscode.l10n.t('{0} unfilled placeholders', total) } : undefined;
    this.view.message = this.files.size === 0 ? vscode.l10n.t('No unfilled placeholders in the workspace.') : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return [...this.files.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
    if (node.type !== 'file') return [];
    return node.placeholders.map((placeholder) => {
      const { start } = placeholder.range;
      const end = node.text.indexOf('\n', start);
      const line = node.text.slice(node.text.lastIndexOf('\n', start - 1) + 1, end === -1 ? undefined : end);
      return { type: 'placeholder', uri: node.uri, placeholder, ...clauseAround(line, placeholder.range.startColumn, placeholder.range.endColumn), parent: node };
    });
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'placeholder' ? node.parent : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'file') {
      // A few files open expanded, so the placeholders themselves show at once.
      const state = this.files.size <= 2 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.uri.path.slice(node.uri.path.lastIndexOf('/') + 1), state);
      item.id = node.uri.toString();
      item.resourceUri = node.uri;
      item.description = `${node.placeholders.length}`;
      item.tooltip = vscode.workspace.asRelativePath(node.uri);
      item.contextValue = 'file';
      return item;
    }
    const { placeholder } = node;
    // The clause it sits in, the placeholder itself highlighted (a line may hold several).
    const item = new vscode.TreeItem({ label: node.context, highlights: [node.at] }, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri.toString()}#${placeholder.range.start}`;
    item.description = vscode.l10n.t('line {0}', placeholder.range.startLine + 1);
    item.iconPath = new vscode.ThemeIcon('symbol-variable');
    item.contextValue = 'placeholder';
    item.command = revealCommand(node.uri, placeholder.range);
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
