// Snippet packs in the web build, read through `vscode.workspace.fs`: the built-in packs from the extension
// (their names are fixed at build time, esbuild.js), the workspace pack folders, and `govreport.snippetPacks`
// entries that are URIs or absolute paths (files or folders; no globs or `~` without a local disk).
// Pack file names are URI strings.
import * as vscode from 'vscode';
import { limitMessages, PACK_LIMITS } from '../../core/snippets/load';
import { packFromBytes, READ_PROBLEMS, readProblem } from '../../core/snippets/read';
import { PACK_FILE_SUFFIX } from '../../core/snippets/schema';
import type { PackFileRead, PackFiles } from './packFiles';

declare const GOVREPORT_BUILTIN_PACKS: string[];

const stat = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);

/** A folder stands for the packs directly in it; what does not exist is skipped. */
async function expand(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  for (const uri of uris) {
    const s = await stat(uri);
    if (!s) continue;
    if (s.type & vscode.FileType.Directory) {
      const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(uri)).catch(() => []);
      const names = entries.filter(([n, t]) => t & vscode.FileType.File && n.endsWith(PACK_FILE_SUFFIX)).map(([n]) => n);
      out.push(...names.sort().map((n) => vscode.Uri.joinPath(uri, n)));
    } else {
      out.push(uri);
    }
  }
  return out.filter((u, i) => out.findIndex((o) => o.toString() === u.toString()) === i);
}

async function read(uri: vscode.Uri): Promise<PackFileRead> {
  const file = uri.toString();
  const problem = (message: Parameters<ReturnType<typeof readProblem>>[0]) => ({ file, ...readProblem(file)(message) });
  try {
    const s = await vscode.workspace.fs.stat(uri);
    if (!(s.type & vscode.FileType.File)) return problem(READ_PROBLEMS.notAFile());
    if (s.size > PACK_LIMITS.maxBytes) return problem(limitMessages.tooLarge(s.size));
    return { file, ...packFromBytes(file, await vscode.workspace.fs.readFile(uri)) };
  } catch (err) {
    const code = err instanceof vscode.FileSystemError ? err.code : String(err);
    return problem(code === 'FileNotFound' ? READ_PROBLEMS.notFound() : READ_PROBLEMS.readFailed(code));
  }
}

export function createPackFiles(extensionUri: vscode.Uri): PackFiles {
  const userUri = (entry: string): vscode.Uri | undefined => {
    if (/^[a-z][\w+.-]+:/i.test(entry)) return vscode.Uri.parse(entry);
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    return entry.startsWith('/') && base ? base.with({ path: entry }) : undefined;
  };
  const readEach = (uris: vscode.Uri[]) => Promise.all(uris.map(read));
  return {
    readAll: async (user, workspaceDirs) => [
      ['builtin', await readEach(GOVREPORT_BUILTIN_PACKS.map((n) => vscode.Uri.joinPath(extensionUri, 'snippets', n)))],
      ['user', await readEach(await expand(user.map((e) => userUri(e.trim())).filter((u): u is vscode.Uri => !!u)))],
      ['workspace', await readEach(await expand(workspaceDirs))],
    ],
    // A path without a scheme (from a command's arguments) is in the workspace's file system.
    uri: (file) => userUri(file) ?? vscode.Uri.parse(file),
    fileOf: (uri) => uri.toString(),
  };
}
