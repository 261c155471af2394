// Where config files come from on the desktop: the disk, read synchronously through Node.
// The web build takes configFiles.web.ts instead (esbuild.js).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConfigHost } from '../core/config';
import { findConfigFile, nodeConfigHost } from '../core/config/node';

/** Config file access for the ConfigService; file names are what the loader and its errors use. */
export interface ConfigFiles extends ConfigHost {
  /** The nearest config file for a document, or undefined. */
  nearest(document: vscode.Uri): string | undefined;
  /** The editor's URI for a config file name. */
  uri(file: string): vscode.Uri;
  /** Brings cached files up to date; a promise when that is asynchronous (web), else undefined. */
  refresh(): Promise<void> | undefined;
}

export function createConfigFiles(): ConfigFiles {
  return {
    ...nodeConfigHost,
    nearest: (document) => (document.scheme === 'file' ? findConfigFile(path.dirname(document.fsPath)) : undefined),
    uri: (file) => vscode.Uri.file(file),
    refresh: () => undefined,
  };
}
