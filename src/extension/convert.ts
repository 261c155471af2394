import * as vscode from 'vscode';
import { formatForPath } from '../core/formats';
import type { Format, Range } from '../core/model';
import type { Edit, Severity } from '../core/rules/types';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return SEVERITIES[s];
}

/** One WorkspaceEdit (one undo step) from core edits on `document`. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly Edit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  }
  return edit;
}

/** Markdown by language or file name (`*.report.md` uses the govreport language). */
export function formatOf(document: vscode.TextDocument): Format {
  return document.languageId === 'markdown' ? 'markdown' : formatForPath(document.uri.path);
}

/** UI language: Chinese unless VS Code runs in another language. */
export function uiLang(): 'zh' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
