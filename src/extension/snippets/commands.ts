import * as vscode from 'vscode';
import {
  addSnippet,
  bodyText,
  matchSnippet,
  newPackText,
  pinyinInitials,
  SNIPPET_CATEGORIES,
  snippetPrefixes,
  suggestSnippetId,
  type LoadedPack,
  type ResolvedSnippet,
  type Snippet,
} from '../../core/snippets';
import { WORKSPACE_PACK_DIR, type SnippetPacks } from './packs';
import type { SnippetTree } from './tree';
import type { SnippetCommand } from './commandIds';


async function insert(snippet: ResolvedSnippet | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!snippet) return false;
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a document to insert the snippet into.'));
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(bodyText(snippet.body)));
}

/** A quick pick over every snippet, filtered with the completion matching (prefix, title, pinyin). */
function pickSnippet(packs: SnippetPacks): Promise<ResolvedSnippet | undefined> {
  type Item = vscode.QuickPickItem & { snippet: ResolvedSnippet };
  const toItem = (snippet: ResolvedSnippet): Item => ({
    label: snippet.title,
    description: snippetPrefixes(snippet).join(' '),
    detail: `${snippet.packTitle} · ${snippet.category}`,
    alwaysShow: true,
    snippet,
  });
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = vscode.l10n.t('Insert stock phrase');
  quickPick.placeholder = vscode.l10n.t('Type a prefix, part of the title or its pinyin initials (tzm → 同志们)');
  quickPick.matchOnDescription = false;
  const update = (value: string) => {
    const all = packs.all();
    quickPick.items = value
      ? all
          .map((s) => ({ s, score: matchSnippet(value, s) }))
          .filter((x): x is { s: ResolvedSnippet; score: number } => x.score !== undefined)
          .sort((a, b) => b.score - a.score)
          .map((x) => toItem(x.s))
      : all.map(toItem);
  };
  update('');
  return new Promise((resolve) => {
    quickPick.onDidChangeValue(update);
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.snippet);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

/** Escapes text for a snippet body, so `$`, `}` and `\` stay literal. */
function literalBody(text: string): string | string[] {
  const lines = text.replace(/[\\$}]/g, '\\$&').split(/\r?\n/);
  return lines.length === 1 ? lines[0]! : lines;
}

/** Where new packs go: the workspace's `.govreport/snippets` when trusted, else the extension's global storage. */
function newPackDir(storage: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.workspace.isTrusted
    ? vscode.Uri.joinPath(folder.uri, WORKSPACE_PACK_DIR)
    : vscode.Uri.joinPath(storage, 'snippets');
}

async function createPack(packs: SnippetPacks, storage: vscode.Uri, name?: string): Promise<vscode.Uri | undefined> {
  name ??= await vscode.window.showInputBox({
    title: vscode.l10n.t('New snippet pack'),
    prompt: vscode.l10n.t('Pack name, e.g. 本单位讲话 or team.speech'),
    // Any letters (Chinese too), digits, dots, hyphens and underscores: the name is also the file name.
    validateInput: (v) => (/^[\p{L}\p{N}_.-]+$/u.test(v) ? undefined : vscode.l10n.t('Use letters (Chinese too), digits, dots, hyphens or underscores.')),
  });
  if (!name) return undefined;
  const uri = vscode.Uri.joinPath(newPackDir(storage), `${name}.govsnippets.json`);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', vscode.workspace.asRelativePath(uri)));
    return uri;
  } catch {
    // Does not exist yet: create it below.
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newPackText({ name, version: '1.0.0', description: name })));
  if (!uri.fsPath.startsWith(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '\0')) {
    // A pack outside the workspace is a user pack: register it in the settings.
    const settings = vscode.workspace.getConfiguration('govreport');
    const list = settings.get<string[]>('snippetPacks', []);
    await settings.update('snippetPacks', [...list, packs.fileOf(uri)], vscode.ConfigurationTarget.Global);
  }
  await packs.reload();
  return uri;
}

interface SaveArgs {
  pack?: string;
  category?: string;
  title?: string;
  prefix?: string;
}

async function saveSelection(packs: SnippetPacks, storage: vscode.Uri, args: SaveArgs = {}): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const text = editor?.document.getText(editor.selection);
  if (!editor || !text) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Select the text to save as a snippet first.'));
    return undefined;
  }
  const writable = packs.packs().filter((p) => p.source !== 'builtin');
  let file = args.pack;
  if (!file) {
    const NEW = vscode.l10n.t('New pack…');
    const picked = await vscode.window.showQuickPick(
      [...writable.map((p) => ({ label: p.pack.title ?? p.pack.name, description: vscode.workspace.asRelativePath(p.file), file: p.file })), { label: NEW, description: '', file: '' }],
      { title: vscode.l10n.t('Save to which snippet pack?') },
    );
    if (!picked) return undefined;
    const created = picked.file ? undefined : await createPack(packs, storage);
    file = picked.file || (created && packs.fileOf(created));
    if (!file) return undefined;
  }
  const category =
    args.category ??
    (await vscode.window.showQuickPick([...SNIPPET_CATEGORIES], { title: vscode.l10n.t('Category') }));
  if (!category) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({ title: vscode.l10n.t('Title (Chinese)'), value: text.replace(/\s+/g, '').slice(0, 12) }));
  if (!title) return undefined;
  // The prefix is the title's pinyin initials (the pack file can change it): one prompt fewer.
  const prefix = args.prefix || pinyinInitials(title) || title;

  const uri = packs.uri(file);
  const current = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const ids = writable.find((p) => p.file === packs.fileOf(uri))?.pack.snippets.map((s) => s.id) ?? [];
  const snippet: Snippet = {
    id: suggestSnippetId(title, ids),
    title,
    prefix,
    body: literalBody(text),
    description: title,
    category,
  };
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(addSnippet(current, snippet)));
  await packs.reload();
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved "{0}" to {1}.', title, vscode.workspace.asRelativePath(uri)));
  return uri;
}

async function exportPack(packs: SnippetPacks, args: { pack?: string; target?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
  let chosen: LoadedPack | undefined = packs.packs().find((p) => p.pack.name === args.pack);
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      packs.packs().map((p) => ({ label: p.pack.title ?? p.pack.name, description: p.pack.description, loaded: p })),
      { title: vscode.l10n.t('Export which snippet pack?') },
    );
    chosen = picked?.loaded;
  }
  if (!chosen) return undefined;
  const source = packs.uri(chosen.file);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export snippet pack'),
      defaultUri: folder && vscode.Uri.joinPath(folder, source.path.slice(source.path.lastIndexOf('/') + 1)),
      filters: { 'GovReport snippet pack': ['govsnippets.json', 'json'] },
    }));
  if (!target) return undefined;
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

export type CommandHandlers = Record<SnippetCommand, (...args: never[]) => unknown>;

/** Insert, search, save-selection, new-pack and export commands. */
export function snippetCommands(packs: SnippetPacks, tree: SnippetTree, storage: vscode.Uri): CommandHandlers {
  return {
    // From the view's inline button the argument is the tree node holding the snippet.
    'govreport.snippets.insert': (arg?: ResolvedSnippet | { snippet: ResolvedSnippet }) =>
      insert(arg && 'snippet' in arg ? arg.snippet : arg),
    'govreport.insertStockPhrase': async (args?: { id?: string }) => {
      const snippet = args?.id ? packs.all().find((s) => s.id === args.id) : await pickSnippet(packs);
      return insert(snippet);
    },
    'govreport.snippets.search': async (query?: string) => {
      query ??= await vscode.window.showInputBox({
        title: vscode.l10n.t('Search snippets'),
        prompt: vscode.l10n.t('Prefix, part of the title or its pinyin initials'),
      });
      if (query !== undefined) tree.search(query);
    },
    'govreport.snippets.clearSearch': () => tree.search(''),
    'govreport.snippets.saveSelection': (args?: SaveArgs) => saveSelection(packs, storage, args),
    'govreport.snippets.newPack': async (name?: string) => {
      const uri = await createPack(packs, storage, name);
      if (uri) await vscode.window.showTextDocument(uri);
      return uri;
    },
    'govreport.snippets.exportPack': (args?: { pack?: string; target?: vscode.Uri }) => exportPack(packs, args),
    'govreport.snippets.reload': () => packs.reload(),
  };
}
