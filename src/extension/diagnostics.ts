import * as vscode from 'vscode';
import type { Finding } from '../core/rules/types';
import { toRange, toSeverity } from './convert';
import type { Analysis, ReportStore } from './store';

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
 * The Problems panel: publishes each analysis the store pushes, clears a document when it is closed
 * (or its last tab is), and holds the workspace check's results for files that are not open.
 */
export class LiveDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('govreport');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    store: ReportStore,
    private readonly docsRoot: vscode.Uri,
  ) {
    const show = (document: vscode.TextDocument, analysis: Analysis | undefined) => {
      if (analysis) this.collection.set(document.uri, toDiagnostics(analysis.result.findings, docsRoot));
      else this.collection.delete(document.uri);
    };
    this.disposables.push(
      store.onDidAnalyze(({ document, analysis }) => show(document, analysis)),
      // A document shown again in a tab after its last tab closed gets its problems back.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) {
          if (!this.collection.has(document.uri)) void store.whenAnalyzed(document).then((a) => {
            if (a && !document.isClosed) show(document, a);
          });
        }
      }),
      // A closed editor tab may keep its document alive for a while; clear as soon as no tab shows it.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (tab.input instanceof vscode.TabInputText && !isShown(tab.input.uri)) this.collection.delete(tab.input.uri);
        }
      }),
    );
  }

  /** Results for a file that is not open (the workspace check); an open document's live results win. */
  publishFile(uri: vscode.Uri, findings: readonly Finding[]): void {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    this.collection.set(uri, toDiagnostics(findings, this.docsRoot));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
