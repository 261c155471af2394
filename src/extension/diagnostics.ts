import * as vscode from 'vscode';
import { ruleDocsPath } from '../core/rules/docs';
import type { Finding } from '../core/rules/types';
import { toRange, toSeverity } from './convert';
import type { ReportStore } from './store';

/** Maps findings to diagnostics: `source` govreport, `code` linking to the rule's page. */
export function toDiagnostics(findings: readonly Finding[], extensionUri: vscode.Uri): vscode.Diagnostic[] {
  return findings.map((f) => {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
    d.source = 'govreport';
    d.code = { value: f.rule, target: vscode.Uri.joinPath(extensionUri, ruleDocsPath(f.rule)) };
    return d;
  });
}

/**
 * The Problems panel: publishes each analysis the store pushes (cleared when the store is done with a
 * document), and holds the workspace check's results for files that are not open.
 */
export class LiveDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('govreport');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    store: ReportStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      store.onDidAnalyze(({ document, analysis }) => {
        if (analysis) this.collection.set(document.uri, toDiagnostics(analysis.result.findings, extensionUri));
        else this.collection.delete(document.uri);
      }),
    );
  }

  /** Results for a file that is not open (the workspace check); an open document's live results win. */
  publishFile(uri: vscode.Uri, findings: readonly Finding[]): void {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    this.collection.set(uri, toDiagnostics(findings, this.extensionUri));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
