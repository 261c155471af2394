import * as vscode from 'vscode';
import type { ConfigError, ConfigLoader } from '../core/config';
import { CONFIG_FILE_NAME } from '../core/config/name';
import type { Lang, Severity } from '../core/rules/types';
import { EMPTY_CONFIG, type ResolvedConfig, type RuleLevel } from '../core/settings';
import { createConfigFiles } from './configFiles';
import { uiLang } from './convert';

/**
 * The config for a document: the nearest `.govreportrc.json` (with its `extends` chain), then the
 * user's `govreport.*` settings on top. Bad config files get a diagnostic on the file itself.
 */
export class ConfigService implements vscode.Disposable {
  /** Created on first use: building the schema is not activation work. */
  private loader: ConfigLoader | undefined;
  /** The disk on the desktop; a cache filled through `vscode.workspace.fs` in the web build. */
  private readonly files = createConfigFiles();
  private readonly nearest = new Map<string, string | undefined>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('govreport-config');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.problems];

  /** The official figure tables the loaded configs name (URI strings): a change to one re-reads the config. */
  private readonly tables = new Set<string>();
  /** Some official table could not be read. */
  private brokenTables = false;
  private reported = new WeakSet<ConfigError>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.govreportrc.json');
    const tableWatcher = vscode.workspace.createFileSystemWatcher('**/*.{csv,json}');
    const tableChanged = (uri: vscode.Uri) => {
      if (this.tables.has(uri.toString())) this.reset();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => this.reset()),
      watcher.onDidCreate(() => this.reset()),
      watcher.onDidDelete(() => this.reset()),
      tableWatcher,
      tableWatcher.onDidChange(tableChanged),
      tableWatcher.onDidDelete(tableChanged),
      // A table that was missing may be the one created.
      tableWatcher.onDidCreate(() => {
        if (this.brokenTables) this.reset();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) this.reset();
        else tableChanged(d.uri);
      }),
      // Settings need no file read: re-resolve at once.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('govreport')) this.clear();
      }),
    );
    // Web build: documents are checked with the settings alone until the config files have been read.
    void this.files.refresh()?.then(() => this.clear());
  }

  /** Config files changed: read them again (web build), then re-resolve. */
  reset(): void {
    const refreshed = this.files.refresh();
    if (refreshed) void refreshed.then(() => this.clear());
    else this.clear();
  }

  private clear(): void {
    this.loader = undefined;
    this.nearest.clear();
    this.tables.clear();
    this.brokenTables = false;
    this.reported = new WeakSet();
    this.problems.clear();
    this.changed.fire();
  }

  forDocument(uri: vscode.Uri): ResolvedConfig {
    const base = this.fileConfig(uri);
    const settings = vscode.workspace.getConfiguration('govreport', uri);
    const rules: Record<string, RuleLevel> = { ...base.rules, ...settings.get<Record<string, RuleLevel>>('rules', {}) };
    const placeholderSeverity = settings.get<Severity | 'default'>('placeholderSeverity', 'default');
    if (placeholderSeverity !== 'default') rules['placeholder'] = placeholderSeverity;
    return { ...base, rules };
  }

  /** The language of rule messages for a document (`govreport.messageLanguage`, Chinese by default). */
  messageLanguage(uri: vscode.Uri): Lang {
    return vscode.workspace.getConfiguration('govreport', uri).get<Lang>('messageLanguage', 'zh');
  }

  private fileConfig(document: vscode.Uri): ResolvedConfig {
    const dir = vscode.Uri.joinPath(document, '..').toString();
    if (!this.nearest.has(dir)) this.nearest.set(dir, this.files.nearest(document));
    const file = this.nearest.get(dir);
    if (!file) return EMPTY_CONFIG;
    // The loader and its schema (zod) are their own chunk, loaded with the first config file found.
    const { createConfigLoader, ConfigError } = require('../core/config') as typeof import('../core/config');
    try {
      this.loader ??= createConfigLoader(this.files);
      // A broken official table is shown on the table; the document is checked with the rest.
      const { config, tableErrors } = this.loader.loadKeepingGoing(file);
      for (const row of config.officialFigures ?? []) this.tables.add(this.files.uri(row.file).toString());
      for (const tableError of tableErrors) {
        // The loader caches the config and its errors: each is shown once (until the files change).
        if (this.reported.has(tableError)) continue;
        this.reported.add(tableError);
        this.brokenTables = true;
        for (const problem of tableError.problems) this.tables.add(this.files.uri(problem.location.file).toString());
        this.report(tableError);
      }
      return config;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      this.report(err);
      return EMPTY_CONFIG;
    }
  }

  /** One diagnostic per problem of a bad config file or official table, on that file at its line and column. */
  private report(err: ConfigError): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const { location, text } of err.problems) {
      const at = new vscode.Position(Math.max(0, (location.line ?? 1) - 1), Math.max(0, (location.column ?? 1) - 1));
      const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), text[uiLang()], vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'govreport';
      byFile.set(location.file, [...(byFile.get(location.file) ?? []), diagnostic]);
    }
    for (const [file, diagnostics] of byFile) this.problems.set(this.files.uri(file), diagnostics);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
