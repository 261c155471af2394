import * as vscode from 'vscode';
import { formatForPath } from '../core/formats';
import { lint } from '../core/lint';
import type { CheckPolicy } from './checkPolicy';
import type { ConfigService } from './config';
import type { LiveDiagnostics } from './diagnostics';
import type { ReportStore } from './store';
import { findWorkspaceReports, yieldToHost } from './workspaceFiles';

/**
 * "Check all reports in the workspace": fills the Problems panel for files that are not open (open ones
 * are checked live by the store), with progress and cancel.
 */
export async function checkWorkspace(
  config: ConfigService,
  policy: CheckPolicy,
  store: ReportStore,
  diagnostics: LiveDiagnostics,
): Promise<{ files: number; problems: number }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('GovReport: checking the workspace'), cancellable: true },
    async (progress, token) => {
      let last = 0;
      const reports = await findWorkspaceReports(policy, token, (done, total) => {
        const pct = Math.floor((done / total) * 100);
        progress.report({ increment: pct - last, message: `${done}/${total}` });
        last = pct;
      });
      let problems = 0;
      for (const { uri, text, document } of reports) {
        if (token.isCancellationRequested) break;
        if (document) {
          problems += (await store.whenAnalyzed(document))?.result.findings.length ?? 0;
          continue;
        }
        const { findings } = lint(text, {
          format: formatForPath(uri.path),
          config: config.forDocument(uri),
          lang: config.messageLanguage(uri),
        });
        diagnostics.publishFile(uri, findings);
        problems += findings.length;
        await yieldToHost();
      }
      const showProblems = vscode.l10n.t('Show Problems');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('GovReport checked {0} reports: {1} problems.', reports.length, problems), showProblems)
        .then((choice) => choice === showProblems && vscode.commands.executeCommand('workbench.actions.view.problems'));
      return { files: reports.length, problems };
    },
  );
}
