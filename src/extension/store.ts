import * as vscode from 'vscode';
import { AnalysisMemo, lint, type LintResult } from '../core/lint';
import type { Outline } from '../core/outline';
import type { CheckPolicy } from './checkPolicy';
import type { ConfigService } from './config';
import { formatOf } from './convert';

function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key),
  );
}

/** One analysis of one document version. */
export interface Analysis {
  readonly version: number;
  readonly result: LintResult;
  outline(): Outline;
}

/** Pushed once per analysed document version; `analysis` is undefined when the document is not checked (or closed). */
export interface AnalysisEvent {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis | undefined;
}

interface Entry {
  document: vscode.TextDocument;
  /** The newest published state, and for which version. */
  version: number;
  analysis: Analysis | undefined;
  timer?: ReturnType<typeof setTimeout>;
  /** The views' push, pending until VS Code has sent the diagnostics. */
  viewsTimer?: ReturnType<typeof setTimeout>;
  waiters: ((analysis: Analysis | undefined) => void)[];
  /** What the last analysis leaves for the next one. */
  memo: AnalysisMemo;
}

/**
 * Analyses each open document once per version, after the debounce (at once on open, on config and
 * toggle changes), and pushes the result in two steps: `onDidAnalyzeFirst` in the analysis' own turn (the
 * diagnostics), then `onDidAnalyze` on the next turn (every other view). VS Code sends what an extension
 * publishes when its turn ends, so the squiggles reach the editor without waiting for the views.
 * Providers that need the current analysis await `whenAnalyzed`; commands that act now call `analyzeNow`.
 */
export class ReportStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly analyzedFirst = new vscode.EventEmitter<AnalysisEvent>();
  private readonly analyzed = new vscode.EventEmitter<AnalysisEvent>();
  /** The diagnostics' push: at once, before anything else runs. */
  readonly onDidAnalyzeFirst = this.analyzedFirst.event;
  /** The views' push: on the turn after `onDidAnalyzeFirst`, once per turn with the newest analysis. */
  readonly onDidAnalyze = this.analyzed.event;
  /** How many analyses (lint runs) have run, and how long the last one took: the bench reads both. */
  analyses = 0;
  lastAnalysisMs = 0;
  private readonly disposables: vscode.Disposable[] = [this.analyzedFirst, this.analyzed];

  constructor(
    private readonly config: ConfigService,
    private readonly policy: CheckPolicy,
  ) {
    this.disposables.push(
      config.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.debounce(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      // A closed tab may keep its document alive for a while: it is done with as soon as no tab shows it.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          if (!(tab.input instanceof vscode.TabInputText) || isShown(tab.input.uri)) continue;
          const entry = this.entries.get(tab.input.uri.toString());
          if (entry) this.close(entry.document);
        }
      }),
      // A document shown again before VS Code disposed it fires no open event.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) if (!this.entries.has(document.uri.toString())) this.schedule(document, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  isReport(document: vscode.TextDocument): boolean {
    return this.policy.decide(document).checked;
  }

  /** The analysis of the document's current version, if it has run. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry?.version === document.version ? entry.analysis : undefined;
  }

  /**
   * The analysis of the current version: at once when it has run, else when the pending run publishes
   * (scheduled now when none is pending). Undefined for documents that are not checked.
   */
  whenAnalyzed(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.version === document.version && !entry.timer) {
      // Published: at once, or with the views' push when that is still to come.
      return entry.viewsTimer ? new Promise((resolve) => entry.waiters.push(resolve)) : Promise.resolve(entry.analysis);
    }
    if (!this.isReport(document)) return Promise.resolve(undefined);
    const pending = this.entry(document);
    if (!pending.timer) this.schedule(document, 0);
    return new Promise((resolve) => pending.waiters.push(resolve));
  }

  /** Runs a pending analysis now (for commands acting on the current text) and returns it. */
  analyzeNow(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.version === document.version && !entry.timer) return entry.analysis;
    return this.run(document);
  }

  /** Turns checking of one document on or off (overriding detection and patterns); re-analyses it. */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const on = await this.policy.toggle(document);
    this.refreshAll();
    return on;
  }

  /** Re-decides and re-analyses every document in use at once (config, settings or toggles changed). */
  refreshAll(): void {
    this.policy.reset();
    for (const entry of this.entries.values()) {
      entry.version = -1;
      this.schedule(entry.document, 0);
    }
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { document, version: -1, analysis: undefined, waiters: [], memo: new AnalysisMemo() }));
    return entry;
  }

  private debounce(document: vscode.TextDocument): number {
    return vscode.workspace.getConfiguration('govreport', document.uri).get<number>('debounceMs', 250);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (document.isClosed) return;
    const entry = this.entry(document);
    clearTimeout(entry.timer);
    const due = performance.now() + delay;
    const fire = () => {
      // Node's timers count whole milliseconds and may fire up to one early (measured in the host): a
      // keystroke that comes less than the debounce after the last one must still find the timer pending.
      const left = due - performance.now();
      if (left > 0) {
        entry.timer = setTimeout(fire, left);
        return;
      }
      entry.timer = undefined;
      if (!document.isClosed) this.run(document);
    };
    entry.timer = setTimeout(fire, delay);
  }

  /** Analyses the document's current version (once) and publishes it. */
  private run(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entry(document);
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (entry.version === document.version) return entry.analysis;
    entry.version = document.version;
    entry.analysis = this.isReport(document) ? this.analyze(document, entry.memo) : undefined;
    this.publish(document, entry);
    return entry.analysis;
  }

  private analyze(document: vscode.TextDocument, memo: AnalysisMemo): Analysis {
    this.analyses++;
    const started = performance.now();
    const result = lint(document.getText(), {
      memo,
      format: formatOf(document),
      config: this.config.forDocument(document.uri),
      lang: this.config.messageLanguage(document.uri),
    });
    this.lastAnalysisMs = performance.now() - started;
    let outline: Outline | undefined;
    // The outline code loads when an outline is first asked for (its view or a command), not at startup.
    const extract = () => (require('../core/outline') as typeof import('../core/outline')).extractOutline(result.doc);
    return { version: document.version, result, outline: () => (outline ??= extract()) };
  }

  private publish(document: vscode.TextDocument, entry: Entry): void {
    this.analyzedFirst.fire({ document, analysis: entry.analysis });
    entry.viewsTimer ??= setTimeout(() => {
      entry.viewsTimer = undefined;
      const waiters = entry.waiters.splice(0);
      this.analyzed.fire({ document, analysis: entry.analysis });
      for (const resolve of waiters) resolve(entry.analysis);
    }, 0);
  }

  /** Done with a document (closed, or no tab shows it): its views clear. */
  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    this.policy.forget(document.uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(key);
    entry.analysis = undefined;
    this.publish(document, entry);
  }

  dispose(): void {
    for (const entry of this.entries.values()) {
      clearTimeout(entry.timer);
      clearTimeout(entry.viewsTimer);
    }
    for (const d of this.disposables) d.dispose();
  }
}
