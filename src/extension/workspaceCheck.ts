import * as vscode from 'vscode';
import { formatForPath } from '../core/formats';
import { lint } from '../core/lint';
import type { ConfigService } from './config';
import { toDiagnostics } from './diagnostics';
import { findWorkspaceReports } from './workspaceFiles';

/** "Check all reports in the workspace": fills the Problems panel, with progress and cancel. */
export async function checkWorkspace(
  config: ConfigService,
  collection: vscode.DiagnosticCollection,
  docsRoot: vscode.Uri,
): Promise<{ files: number; problems: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('GovReport: checking the workspace'), cancellable: true },
    async (progress, token) => {
      let last = 0;
      const reports = await findWorkspaceReports(token, (done, total) => {
        const pct = Math.floor((done / total) * 100);
        progress.report({ increment: pct - last, message: `${done}/${total}` });
        last = pct;
      });
      let problems = 0;
      for (const { uri, text } of reports) {
        if (token.isCancellationRequested) break;
        const { findings } = lint(text, {
          format: formatForPath(uri.path),
          config: config.forDocument(uri),
          lang: config.messageLanguage(uri),
        });
        collection.set(uri, toDiagnostics(findings, docsRoot));
        problems += findings.length;
      }
      void vscode.window.showInformationMessage(
        vscode.l10n.t('GovReport checked {0} reports: {1} problems.', reports.length, problems),
      );
      return { files: reports.length, problems };
    },
  );
}
