// The screenshot tour: what a user sees, step by step. Each step opens files and views through the
// VS Code API and commands (never by typing into Quick Open), waits for the extension's own facts
// (the store's analysis), then asks the harness for a picture of what must be on screen.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { shoot } from '../shots';
import { api, closeAll, open, SAMPLE } from '../util';

async function openAnalyzed(name: string): Promise<vscode.TextEditor> {
  const editor = await open(name);
  const analysis = await (await api()).store.whenAnalyzed(editor.document);
  assert.ok(analysis && analysis.result.findings.length > 0, `${name} is checked and has findings`);
  return editor;
}

describe('screenshot tour', () => {
  before(async () => {
    await api();
    await closeAll();
  });

  it('01-workbench', async () => {
    await shoot({ name: '01-workbench', selector: '.part.activitybar' });
  });

  it('02-sample-draft', async () => {
    await openAnalyzed(SAMPLE);
    await shoot({ name: '02-sample-draft', selector: '.part.editor .monaco-editor .squiggly-warning' });
  });

  it('03-problems', async () => {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await shoot({ name: '03-problems', selector: '.markers-panel .monaco-list-row', text: SAMPLE });
  });

  it('04-markdown-report', async () => {
    await closeAll();
    await openAnalyzed('report.md');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await shoot({ name: '04-markdown-report', selector: '.markers-panel .monaco-list-row', text: 'report\\.md' });
  });

  it('05-quick-fix-menu', async () => {
    const editor = await openAnalyzed('report.md');
    // The half-width comma in `80%,新增` (line 21).
    const line = editor.document.lineAt(20).text;
    const at = new vscode.Position(20, line.indexOf(','));
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(at, at),
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(fixes.some((a) => a.isPreferred), 'a preferred quick fix at the comma');
    // The menu closes when focus moves (a view still taking focus, say): open it again until it is seen.
    for (let attempt = 1; ; attempt++) {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.quickFix');
      try {
        await shoot({ name: '05-quick-fix-menu', selector: '.action-widget', text: '修复|Fix', timeoutMs: 10_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  it('06-report-outline', async () => {
    await openAnalyzed(SAMPLE);
    await vscode.commands.executeCommand('govreport.outline.focus');
    await shoot({ name: '06-report-outline', selector: '.pane-body .monaco-list-row', text: '全市生产总值XXX亿元' });
  });

  it('07-review-sheet', async () => {
    await closeAll();
    await openAnalyzed(SAMPLE);
    await vscode.commands.executeCommand('govreport.openReviewSheet');
    await shoot({ name: '07-review-sheet', selector: 'body', text: '153', webview: true });
  });
});
