import * as vscode from 'vscode';
import type { GovReportApi } from '../../src/extension/extension';

export const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';

export async function api(): Promise<GovReportApi> {
  const ext = vscode.extensions.getExtension<GovReportApi>('govreport.govreport');
  if (!ext) throw new Error('extension govreport.govreport not found');
  return ext.activate();
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

/** Resolves once `check` passes, re-evaluated whenever `event` fires; rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<unknown>, check: () => T | undefined | false, what: string, ms = 15000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const value = check();
      if (!value) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** Waits until the document's GovReport diagnostics satisfy `check`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  check: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const d = current();
      return check(d) ? d : undefined;
    },
    what,
  );
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** What a test waits for in `actionsAt`'s answer: any action, or a preferred quick fix. */
export const someAction = (actions: vscode.CodeAction[]) => actions.length > 0;
export const hasPreferred = (actions: vscode.CodeAction[]) => actions.some((a) => a.isPreferred);

/** How often, and how far apart, `actionsAt` asks while the answer lacks what the test waits for. */
const ASKS = 3;
const ASK_PAUSE_MS = 200;

/**
 * Code actions at `range`. VS Code cancels a request when the providers for the document change (one registering
 * while the workbench starts, say): the request then throws `Canceled`, or comes back empty. So it is asked again,
 * up to ASKS times, until `wanted` holds of the answer (by default the first answer is taken). A fresh clone's CI saw
 * the first request of a run come back without the quick fix once in about ten runs.
 */
export async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string, wanted: (actions: vscode.CodeAction[]) => boolean = () => true): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] | undefined;
  let cancelled: unknown;
  for (let ask = 0; ask < ASKS; ask++) {
    if (ask > 0) await new Promise((resolve) => setTimeout(resolve, ASK_PAUSE_MS));
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
    } catch (err) {
      if ((err as Error).name !== 'Canceled') throw err;
      cancelled = err;
      continue;
    }
    if (wanted(actions)) return actions;
  }
  // Never answered: no empty list that a test expecting none would take for an answer.
  if (actions === undefined) throw cancelled;
  return actions;
}

/**
 * Reverts every changed document of the tests (in the workspace, or untitled) and closes all editors, without
 * any save dialog. VS Code's own files are left alone: it may be writing the user settings at that moment
 * (showing that document then fails with "another editor opened in the meantime").
 */
export async function closeAll(): Promise<void> {
  const ours = (d: vscode.TextDocument) => d.uri.scheme === 'untitled' || vscode.workspace.getWorkspaceFolder(d.uri) !== undefined;
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && ours(d))) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
