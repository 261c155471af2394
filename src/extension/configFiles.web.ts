// Config files in the web build: read through `vscode.workspace.fs` (any scheme: vscode-vfs, vscode-remote,
// vscode-test-web …) ahead of use into a cache, since the loader reads synchronously. File names are URI strings.
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config/name';
import type { ConfigFiles } from './configFiles';

const SKIP = '**/{node_modules,.git}/**';
/** How many `extends` steps are followed ahead; the loader reports a longer or broken chain. */
const MAX_EXTENDS = 20;

const parent = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');

export function createConfigFiles(): ConfigFiles {
  let texts = new Map<string, string>();

  const resolve = (from: string, ref: string) => {
    const base = vscode.Uri.parse(from);
    return (ref.startsWith('/') ? base.with({ path: ref }) : vscode.Uri.joinPath(parent(base), ref)).toString();
  };

  async function read(uri: vscode.Uri, into: Map<string, string>): Promise<string | undefined> {
    const key = uri.toString();
    if (into.has(key)) return into.get(key);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      into.set(key, text);
      return text;
    } catch {
      return undefined;
    }
  }

  /** Every config file in or above the workspace folders, and the files their `extends` chains and `officialFigures` name. */
  async function load(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const candidates = (await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, SKIP).then(undefined, () => [])) as vscode.Uri[];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (let dir = folder.uri; ; dir = parent(dir)) {
        candidates.push(vscode.Uri.joinPath(dir, CONFIG_FILE_NAME));
        if (parent(dir).path === dir.path) break;
      }
    }
    for (const uri of candidates) {
      let next: vscode.Uri | undefined = uri;
      for (let step = 0; next && step < MAX_EXTENDS; step++) {
        const text = await read(next, found);
        const config = text === undefined ? undefined : (parse(text) as { extends?: unknown; officialFigures?: unknown } | undefined);
        // The official figure tables the config names, read ahead like the files it extends.
        const from = next.toString();
        const tables = Array.isArray(config?.officialFigures) ? config.officialFigures.filter((t): t is string => typeof t === 'string') : [];
        for (const table of tables) await read(vscode.Uri.parse(resolve(from, table)), found);
        next = typeof config?.extends === 'string' ? vscode.Uri.parse(resolve(from, config.extends)) : undefined;
      }
    }
    return found;
  }

  return {
    readFile(file) {
      const text = texts.get(file);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    resolve,
    nearest(document) {
      for (let dir = parent(document); ; dir = parent(dir)) {
        const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME).toString();
        if (texts.has(candidate)) return candidate;
        if (parent(dir).path === dir.path) return undefined;
      }
    },
    uri: (file) => vscode.Uri.parse(file),
    refresh: async () => {
      texts = await load();
    },
  };
}
