import * as vscode from 'vscode';
import type { Finding } from '../core/rules/types';
import { toRange, toSeverity } from './convert';
import { DiagnosticShards } from './diagnosticShards';
import { rulePageUri } from './rulePages';
import type { ReportStore } from './store';

const HIDDEN_KEY = 'govreport.placeholderProblemsHidden';
/** A file the workspace check read: no open document to count the lines of. */
const UNKNOWN_LINES = -1;

/** Maps findings to diagnostics: `source` govreport, `code` linking to the rule's rendered page. */
export function toDiagnostics(uri: vscode.Uri, findings: readonly Finding[]): vscode.Diagnostic[] {
  return findings.map((f) => {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
    d.source = 'govreport';
    d.code = { value: f.rule, target: rulePageUri(f.rule) };
    if (f.related) {
      d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
    }
    return d;
  });
}

/**
 * The Problems panel: publishes each analysis the store pushes (cleared when the store is done with a
 * document), and holds the workspace check's results for files that are not open. Placeholder findings
 * can be hidden from it with one click (the editor still highlights them), remembered per workspace.
 */
export class LiveDiagnostics implements vscode.Disposable {
  private readonly shards = new DiagnosticShards('govreport', toDiagnostics);
  private readonly disposables: vscode.Disposable[] = [this.shards];
  /** What was published per uri, unfiltered, so hiding or showing placeholders republishes it. */
  private readonly published = new Map<string, { uri: vscode.Uri; findings: readonly Finding[]; lineCount: number }>();

  constructor(
    store: ReportStore,
    private readonly state: vscode.Memento,
  ) {
    this.disposables.push(
      store.onDidAnalyzeFirst(({ document, analysis }) => {
        if (analysis) this.set(document.uri, analysis.result.findings, document.lineCount);
        else this.delete(document.uri);
      }),
      vscode.commands.registerCommand('govreport.hidePlaceholderProblems', () => this.setPlaceholdersHidden(true)),
      vscode.commands.registerCommand('govreport.showPlaceholderProblems', () => this.setPlaceholdersHidden(false)),
    );
    void this.updateContext();
  }

  /** How many diagnostics have been sent to VS Code (an edit within a line sends its shard only). */
  get diagnosticsSent(): number {
    return this.shards.sent;
  }

  /** Whether placeholder findings are left out of the Problems panel. */
  get placeholdersHidden(): boolean {
    return this.state.get<boolean>(HIDDEN_KEY, false);
  }

  async setPlaceholdersHidden(hidden: boolean): Promise<void> {
    await this.state.update(HIDDEN_KEY, hidden);
    await this.updateContext();
    for (const { uri, findings, lineCount } of this.published.values()) this.publish(uri, findings, lineCount);
  }

  /** Results for a file that is not open (the workspace check); an open document's live results win. */
  publishFile(uri: vscode.Uri, findings: readonly Finding[]): void {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
    this.set(uri, findings, UNKNOWN_LINES);
  }

  private set(uri: vscode.Uri, findings: readonly Finding[], lineCount: number): void {
    this.published.set(uri.toString(), { uri, findings, lineCount });
    this.publish(uri, findings, lineCount);
  }

  private delete(uri: vscode.Uri): void {
    this.published.delete(uri.toString());
    this.shards.delete(uri);
  }

  private publish(uri: vscode.Uri, findings: readonly Finding[], lineCount: number): void {
    const shown = this.placeholdersHidden ? findings.filter((f) => f.rule !== 'placeholder') : findings;
    this.shards.set(uri, shown, lineCount);
  }

  private updateContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', HIDDEN_KEY, this.placeholdersHidden);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
