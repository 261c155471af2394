import * as vscode from 'vscode';
import { matchSnippet, snippetPrefixes, type ResolvedSnippet } from '../../core/snippets';
import { previewMarkdown } from './completion';
import type { SnippetPacks } from './packs';

type Node =
  | { type: 'pack'; id: string; name: string; children: Node[] }
  | { type: 'category'; id: string; name: string; children: Node[]; parent: Node }
  | { type: 'snippet'; id: string; snippet: ResolvedSnippet; parent: Node };

/** The 常用语 / Snippets view: pack (by its title) → category → snippet, with a search filter. */
export class SnippetTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Built on first display, then on every change. */
  private roots: Node[] | undefined;
  private query = '';
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly packs: SnippetPacks) {
    this.view = vscode.window.createTreeView('govreport.snippets', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, packs.onDidChange(() => this.invalidate()));
  }

  private invalidate(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** Shows only snippets matching `query` (same matching as completion); '' shows all. */
  search(query: string): void {
    this.query = query.trim();
    this.view.description = this.query ? vscode.l10n.t('Search: {0}', this.query) : undefined;
    void vscode.commands.executeCommand('setContext', 'govreport.snippetSearch', this.query !== '');
    this.invalidate();
  }

  private build(): Node[] {
    const packs = new Map<string, Node & { type: 'pack' }>();
    for (const snippet of this.packs.all()) {
      if (this.query && matchSnippet(this.query, snippet) === undefined) continue;
      let pack = packs.get(snippet.packName);
      if (!pack) {
        pack = { type: 'pack', id: `p:${snippet.packName}`, name: snippet.packTitle, children: [] };
        packs.set(snippet.packName, pack);
      }
      let category = pack.children.find((c) => c.type === 'category' && c.name === snippet.category);
      if (!category) {
        category = { type: 'category', id: `${pack.id}/c:${snippet.category}`, name: snippet.category, children: [], parent: pack };
        pack.children.push(category);
      }
      if (category.type === 'category') {
        category.children.push({ type: 'snippet', id: `${category.id}/s:${snippet.id}`, snippet, parent: category });
      }
    }
    const roots = [...packs.values()];
    this.view.message =
      roots.length === 0
        ? vscode.l10n.t('No snippets match.')
        : vscode.l10n.t('A click previews; the Insert button inserts. In a draft type pinyin initials (tzm); in Markdown press Ctrl+Space.');
    return roots;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return (this.roots ??= this.build());
    return node.type === 'snippet' ? [] : node.children;
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'pack' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type !== 'snippet') {
      const expanded = this.query ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.name, expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(node.type === 'pack' ? 'package' : 'folder');
      item.description = `${countSnippets(node)}`;
      item.contextValue = node.type;
      return item;
    }
    const { snippet } = node;
    const item = new vscode.TreeItem(snippet.title, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = snippetPrefixes(snippet).join(' ');
    item.tooltip = previewMarkdown(snippet);
    item.iconPath = new vscode.ThemeIcon('symbol-snippet');
    // A click only selects (browsing never edits the draft); the inline button or the context menu inserts.
    item.contextValue = 'snippet';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function countSnippets(node: Node): number {
  return node.type === 'snippet' ? 1 : node.children.reduce((n, c) => n + countSnippets(c), 0);
}
