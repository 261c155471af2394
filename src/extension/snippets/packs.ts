import * as os from 'node:os';
import * as vscode from 'vscode';
import { mergePacks, type LoadedPack, type PackProblem, type ResolvedSnippet } from '../../core/snippets';
import { builtinPackFiles, expandPackGlobs, readPackFile } from '../../core/snippets/node';
import { LineIndex } from '../../core/lines';
import { uiLang } from '../convert';

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
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly problems = vscode.languages.createDiagnosticCollection('govreport-snippets');
  private readonly warned = new Set<string>();
  private userWatchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changed, this.problems];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly extensionRoot: string) {
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
    if (!this.ready) this.reload();
  }

  private scheduleReload(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), 100);
  }

  reload(): void {
    const settings = vscode.workspace.getConfiguration('govreport');
    const sources: Array<[LoadedPack['source'], string[]]> = [
      ['builtin', builtinPackFiles(this.extensionRoot)],
      ['user', expandPackGlobs(settings.get<string[]>('snippetPacks', []), os.homedir())],
      ['workspace', vscode.workspace.isTrusted ? this.workspacePackFiles() : []],
    ];
    const loaded: LoadedPack[] = [];
    const problems = new Map<string, { list: PackProblem[]; text: string }>();
    for (const [source, files] of sources) {
      for (const file of files) {
        const { pack, problems: found, text } = readPackFile(file);
        if (found.length > 0) problems.set(file, { list: found, text: text ?? '' });
        if (pack && found.length === 0) loaded.push({ pack, source, file });
      }
    }
    this.showProblems(problems);
    this.watchUserPacks(sources[1]![1]);
    this.loaded = loaded;
    this.snippets = mergePacks(loaded, settings.get<string[]>('disabledPacks', []));
    this.ready = true;
    this.changed.fire();
  }

  private workspacePackFiles(): string[] {
    // A directory stands for the packs directly in it.
    const dirs = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, WORKSPACE_PACK_DIR).fsPath);
    return expandPackGlobs(dirs, os.homedir());
  }

  private watchUserPacks(files: string[]): void {
    for (const d of this.userWatchers) d.dispose();
    this.userWatchers = files.map((file) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(file), '*'));
      watcher.onDidChange(() => this.scheduleReload());
      watcher.onDidDelete(() => this.scheduleReload());
      return watcher;
    });
  }

  private showProblems(problems: Map<string, { list: PackProblem[]; text: string }>): void {
    this.problems.clear();
    const lang = uiLang();
    for (const [file, { list, text }] of problems) {
      const uri = vscode.Uri.file(file);
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
