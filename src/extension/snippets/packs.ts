import * as vscode from 'vscode';
import { mergePacks, type LoadedPack, type PackProblem, type ResolvedSnippet } from '../../core/snippets';
import { LineIndex } from '../../core/lines';
import { uiLang } from '../convert';
import { createPackFiles, type PackFileRead, type PackSource } from './packFiles';

export const WORKSPACE_PACK_DIR = '.govreport/snippets';

const isPack = (uri: vscode.Uri) => uri.path.endsWith('.govsnippets.json');

/**
 * Every snippet pack: built-in < user (`govreport.snippetPacks`) < workspace
 * (`.govreport/snippets`, trusted workspaces only), merged by snippet id, minus
 * `govreport.disabledPacks`. Reloads when a pack file or the settings change; a broken pack gets
 * diagnostics on its file and a one-line warning, and every other pack still loads.
 */
export class SnippetPacks implements vscode.Disposable {
  private snippets: ResolvedSnippet[] = [];
  private loaded: LoadedPack[] = [];
  private ready = false;
  /** Which reload is the newest (the web build reads asynchronously: an older result is dropped). */
  private generation = 0;
  private loading = false;
  private readonly files: ReturnType<typeof createPackFiles>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly problems = vscode.languages.createDiagnosticCollection('govreport-snippets');
  private readonly warned = new Set<string>();
  private userWatchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changed, this.problems];
  private timer: NodeJS.Timeout | undefined;

  constructor(extensionUri: vscode.Uri) {
    this.files = createPackFiles(extensionUri);
    // The whole folder: a pack written together with a new `.govreport/snippets` folder may be
    // reported only as the folder's creation.
    const workspaceWatcher = vscode.workspace.createFileSystemWatcher('**/.govreport/**');
    this.disposables.push(
      workspaceWatcher,
      workspaceWatcher.onDidChange(() => this.scheduleReload()),
      workspaceWatcher.onDidCreate(() => this.scheduleReload()),
      workspaceWatcher.onDidDelete(() => this.scheduleReload()),
      // Edits made in VS Code (saves, explorer or WorkspaceEdit file operations) are reported reliably;
      // the watcher covers changes from outside (a git pull of the team's packs).
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isPack(d.uri)) this.scheduleReload();
      }),
      vscode.workspace.onDidCreateFiles((e) => e.files.some(isPack) && this.scheduleReload()),
      vscode.workspace.onDidDeleteFiles((e) => e.files.some(isPack) && this.scheduleReload()),
      vscode.workspace.onDidRenameFiles((e) => e.files.some((f) => isPack(f.oldUri) || isPack(f.newUri)) && this.scheduleReload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('govreport.snippetPacks') || e.affectsConfiguration('govreport.disabledPacks')) this.reload();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
    );
    // Not activation work: load right after it (or earlier, on first use).
    this.timer = setTimeout(() => this.ensureLoaded(), 0);
  }

  all(): readonly ResolvedSnippet[] {
    this.ensureLoaded();
    return this.snippets;
  }

  /** Packs as loaded (before overrides), for authoring and export. */
  packs(): readonly LoadedPack[] {
    this.ensureLoaded();
    return this.loaded;
  }

  private ensureLoaded(): void {
    if (!this.ready && !this.loading) void this.reload();
  }

  /** The editor's URI for a loaded pack's file name, and back. */
  uri(file: string): vscode.Uri {
    return this.files.uri(file);
  }

  fileOf(uri: vscode.Uri): string {
    return this.files.fileOf(uri);
  }

  private scheduleReload(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), 100);
  }

  /** Reads every pack again: at once on the desktop; the web build returns a promise. */
  reload(): void | Promise<void> {
    const settings = vscode.workspace.getConfiguration('govreport');
    const workspaceDirs = vscode.workspace.isTrusted
      ? (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, WORKSPACE_PACK_DIR))
      : [];
    const read = this.files.readAll(settings.get<string[]>('snippetPacks', []), workspaceDirs);
    const generation = ++this.generation;
    if (!(read instanceof Promise)) return this.apply(read);
    this.loading = true;
    return read.then((sources) => {
      if (generation !== this.generation) return;
      this.loading = false;
      this.apply(sources);
    });
  }

  private apply(sources: Array<[PackSource, PackFileRead[]]>): void {
    const loaded: LoadedPack[] = [];
    const problems = new Map<string, { list: PackProblem[]; text: string }>();
    for (const [source, files] of sources) {
      for (const { file, pack, problems: found, text } of files) {
        if (found.length > 0) problems.set(file, { list: found, text: text ?? '' });
        if (pack && found.length === 0) loaded.push({ pack, source, file });
      }
    }
    this.showProblems(problems);
    this.watchUserPacks(sources[1]![1].map((f) => f.file));
    this.loaded = loaded;
    const disabled = vscode.workspace.getConfiguration('govreport').get<string[]>('disabledPacks', []);
    this.snippets = mergePacks(loaded, disabled);
    this.ready = true;
    this.changed.fire();
  }

  private watchUserPacks(files: string[]): void {
    for (const d of this.userWatchers) d.dispose();
    this.userWatchers = files.map((file) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.files.uri(file), '*'));
      watcher.onDidChange(() => this.scheduleReload());
      watcher.onDidDelete(() => this.scheduleReload());
      return watcher;
    });
  }

  private showProblems(problems: Map<string, { list: PackProblem[]; text: string }>): void {
    this.problems.clear();
    const lang = uiLang();
    for (const [file, { list, text }] of problems) {
      const uri = this.files.uri(file);
      const lines = new LineIndex(text);
      this.problems.set(
        uri,
        list.map((p) => {
          const r = lines.range(p.start, p.end);
          const range = new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
          const d = new vscode.Diagnostic(range, `${p.path ? `${p.path}: ` : ''}${p.message[lang]}`, vscode.DiagnosticSeverity.Error);
          d.source = 'govreport';
          return d;
        }),
      );
      if (!this.warned.has(file)) {
        this.warned.add(file);
        void vscode.window.showWarningMessage(
          vscode.l10n.t('GovReport skipped the snippet pack {0}: {1}', vscode.workspace.asRelativePath(uri), list[0]!.message[lang]),
        );
      }
    }
    for (const file of this.warned) if (!problems.has(file)) this.warned.delete(file);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of [...this.userWatchers, ...this.disposables]) d.dispose();
  }
}
