// Where snippet packs come from on the desktop: the disk, through Node (globs and `~` allowed in the
// `govreport.snippetPacks` setting). The web build takes packFiles.web.ts instead (esbuild.js).
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { LoadedPack } from '../../core/snippets';
import { builtinPackFiles, expandPackGlobs, readPackFile } from '../../core/snippets/node';
import type { PackRead } from '../../core/snippets/read';

export type PackSource = LoadedPack['source'];
export type PackFileRead = PackRead & { file: string };

export interface PackFiles {
  /**
   * Every pack file, read and validated, by source (built-in, then the `govreport.snippetPacks` entries, then
   * the workspace pack folders): at once on the desktop, a promise in the web build.
   */
  readAll(user: readonly string[], workspaceDirs: readonly vscode.Uri[]): Array<[PackSource, PackFileRead[]]> | Promise<Array<[PackSource, PackFileRead[]]>>;
  /** The editor's URI for a pack file name, and back. */
  uri(file: string): vscode.Uri;
  fileOf(uri: vscode.Uri): string;
}

export function createPackFiles(extensionUri: vscode.Uri): PackFiles {
  const read = (files: string[]) => files.map((file) => ({ file, ...readPackFile(file) }));
  return {
    readAll: (user, workspaceDirs) => [
      ['builtin', read(builtinPackFiles(extensionUri.fsPath))],
      ['user', read(expandPackGlobs(user, os.homedir()))],
      // A directory stands for the packs directly in it.
      ['workspace', read(expandPackGlobs(workspaceDirs.map((d) => d.fsPath), os.homedir()))],
    ],
    uri: (file) => vscode.Uri.file(file),
    fileOf: (uri) => uri.fsPath,
  };
}
