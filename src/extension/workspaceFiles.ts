import * as vscode from 'vscode';
import type { CheckPolicy } from './checkPolicy';

const CANDIDATES = '**/*.{txt,md,markdown}';
const SKIP = '**/{node_modules,.git,dist,out,.vscode-test}/**';
const MAX_BYTES = 20 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface WorkspaceReport {
  uri: vscode.Uri;
  text: string;
  /** Set when the file is open: its live analysis comes from the store. */
  document?: vscode.TextDocument;
}

/** Reads a file as UTF-8 text; undefined for binary (NUL), non-UTF-8 or oversized files. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > MAX_BYTES || bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** Lets the extension host breathe between files of a long walk. */
export const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The workspace's report files (not necessarily open), as the check policy decides: open documents are
 * read from the editor, other files from disk.
 */
export async function findWorkspaceReports(
  policy: CheckPolicy,
  token: vscode.CancellationToken,
  progress?: (done: number, total: number) => void,
): Promise<WorkspaceReport[]> {
  const candidates = await vscode.workspace.findFiles(CANDIDATES, SKIP, undefined, token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const reports: WorkspaceReport[] = [];
  let done = 0;
  for (const uri of candidates) {
    if (token.isCancellationRequested) break;
    progress?.(++done, candidates.length);
    const document = open.get(uri.toString());
    if (document) {
      if (policy.decide(document).checked) reports.push({ uri, text: document.getText(), document });
      continue;
    }
    const text = await readText(uri).catch(() => undefined);
    if (text !== undefined && policy.decideFile(uri, text).checked) reports.push({ uri, text });
    if (done % 20 === 0) await yieldToHost();
  }
  return reports;
}
