import * as vscode from 'vscode';
import { looksLikeReport } from '../core/detect';

const CANDIDATES = '**/*.{txt,md,markdown}';
const SKIP = '**/{node_modules,.git,dist,out,.vscode-test}/**';
const MAX_BYTES = 20 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface WorkspaceReport {
  uri: vscode.Uri;
  text: string;
}

function globSet(globs: string[], token?: vscode.CancellationToken): Thenable<vscode.Uri[]> {
  if (globs.length === 0) return Promise.resolve([]);
  return vscode.workspace.findFiles(globs.length === 1 ? globs[0]! : `{${globs.join(',')}}`, SKIP, undefined, token);
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

/**
 * The workspace's report files (not necessarily open): `.txt`/`.md` files that look like reports or
 * match `govreport.include`, minus `govreport.exclude`. Open documents are read from the editor.
 */
export async function findWorkspaceReports(
  token: vscode.CancellationToken,
  progress?: (done: number, total: number) => void,
): Promise<WorkspaceReport[]> {
  const settings = vscode.workspace.getConfiguration('govreport');
  const [candidates, included, excluded] = await Promise.all([
    vscode.workspace.findFiles(CANDIDATES, SKIP, undefined, token),
    globSet(settings.get<string[]>('include', []), token),
    globSet(settings.get<string[]>('exclude', []), token),
  ]);
  const include = new Set(included.map((u) => u.toString()));
  const exclude = new Set(excluded.map((u) => u.toString()));
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const reports: WorkspaceReport[] = [];
  let done = 0;
  for (const uri of candidates) {
    if (token.isCancellationRequested) break;
    progress?.(++done, candidates.length);
    const key = uri.toString();
    if (exclude.has(key)) continue;
    const text = open.get(key)?.getText() ?? (await readText(uri).catch(() => undefined));
    if (text === undefined) continue;
    if (include.has(key) || looksLikeReport(text)) reports.push({ uri, text });
  }
  return reports;
}
