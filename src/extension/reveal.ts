import * as vscode from 'vscode';
import type { Range } from '../core/model';
import { toRange } from './convert';

export const REVEAL_COMMAND = 'govreport.reveal';

/** The command a tree item runs to show its text in the editor. */
export function revealCommand(uri: vscode.Uri, range: Range): vscode.Command {
  return { command: REVEAL_COMMAND, title: vscode.l10n.t('Go to text'), arguments: [uri, toRange(range)] };
}

export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, range: vscode.Range) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
