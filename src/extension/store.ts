import * as vscode from 'vscode';
import { looksLikeReport } from '../core/detect';
import { lint, type LintResult } from '../core/lint';
import { extractOutline, type Outline } from '../core/outline';
import type { ConfigService } from './config';
import { formatOf } from './convert';

const LANGUAGES = new Set(['plaintext', 'markdown', 'govreport']);
const TOGGLES_KEY = 'govreport.checkToggles';

export interface Analysis {
  version: number;
  result: LintResult;
  outline(): Outline;
}

/**
 * Decides which documents are reports and parses each document version once: diagnostics,
 * code actions, symbols, folding, views and the status bar all read the same Analysis.
 */
export class ReportStore implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  private readonly detected = new Map<string, { version: number; report: boolean }>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when which documents are checked, or how, may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly config: ConfigService,
    private readonly state: vscode.Memento,
  ) {
    this.disposables.push(
      config.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
    );
  }

  isReport(document: vscode.TextDocument): boolean {
    if (!LANGUAGES.has(document.languageId)) return false;
    const toggle = this.toggles()[document.uri.toString()];
    if (toggle !== undefined) return toggle;
    const settings = vscode.workspace.getConfiguration('govreport', document.uri);
    if (!settings.get<boolean>('enable', true)) return false;
    const matches = (globs: string[]) => globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
    if (matches(settings.get<string[]>('exclude', []))) return false;
    if (document.languageId === 'govreport' || matches(settings.get<string[]>('include', []))) return true;
    const key = document.uri.toString();
    const known = this.detected.get(key);
    if (known?.version === document.version) return known.report;
    const report = looksLikeReport(document.getText());
    this.detected.set(key, { version: document.version, report });
    return report;
  }

  /** Turns checking on or off for one document, overriding detection and globs. */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const next = !this.isReport(document);
    await this.state.update(TOGGLES_KEY, { ...this.toggles(), [document.uri.toString()]: next });
    this.invalidate();
    return next;
  }

  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached;
    const result = lint(document.getText(), {
      format: formatOf(document),
      config: this.config.forDocument(document.uri),
      lang: this.config.messageLanguage(document.uri),
    });
    let outline: Outline | undefined;
    const analysis: Analysis = { version: document.version, result, outline: () => (outline ??= extractOutline(result.doc)) };
    this.cache.set(key, analysis);
    return analysis;
  }

  private toggles(): Record<string, boolean> {
    return this.state.get<Record<string, boolean>>(TOGGLES_KEY, {});
  }

  private forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.detected.delete(uri.toString());
  }

  invalidate(): void {
    this.cache.clear();
    this.detected.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
