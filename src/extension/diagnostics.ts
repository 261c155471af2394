import * as vscode from 'vscode';
import type { Finding } from '../core/rules/types';
import { toRange, toSeverity } from './convert';
import type { ReportStore } from './store';

/** Maps findings to diagnostics: `source` govreport, `code` linking to the rule's page. */
export function toDiagnostics(findings: readonly Finding[], docsRoot: vscode.Uri): vscode.Diagnostic[] {
  return findings.map((f) => {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
    d.source = 'govreport';
    d.code = { value: f.rule, target: vscode.Uri.joinPath(docsRoot, `${f.rule}.md`) };
    return d;
  });
}

function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key),
  );
}

/**
 * Live checking: debounced on typing, immediate on open, re-run when config or toggles change,
 * cleared on close. A run for an outdated document version is dropped.
 */
export class LiveDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('govreport');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly store: ReportStore,
    private readonly docsRoot: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      // A document reopened in a tab before VS Code disposed it fires no open event.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (!this.collection.has(e.document.uri)) this.schedule(e.document, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.debounce(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      // A closed editor tab may keep its document alive for a while; clear as soon as no tab shows it.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputText && !isShown(tab.input.uri)) this.clear(tab.input.uri);
        }
      }),
      store.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private debounce(document: vscode.TextDocument): number {
    return vscode.workspace.getConfiguration('govreport', document.uri).get<number>('debounceMs', 250);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed || document.version !== version) return;
        this.run(document);
      }, delay),
    );
  }

  private run(document: vscode.TextDocument): void {
    if (!this.store.isReport(document)) {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(document.uri, toDiagnostics(this.store.analyze(document).result.findings, this.docsRoot));
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
