import * as vscode from 'vscode';
import { compatibleFixes } from '../core/fix';
import type { Section } from '../core/model';
import type { Finding } from '../core/rules/types';
import { toRange, toWorkspaceEdit } from './convert';
import type { ReportStore } from './store';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govreport');
const RENUMBER_RULES = new Set(['heading-sequence', 'enum-sequence']);

/** Quick fixes, fix-all-of-a-rule, `source.fixAll.govreport` and "renumber this section". */
export class GovReportCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

  constructor(private readonly store: ReportStore) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const analysis = await this.store.whenAnalyzed(document);
    if (!analysis || analysis.version !== document.version || token.isCancellationRequested) return [];
    const { result } = analysis;
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];

    if (wants(FIX_ALL_KIND) && context.only) {
      const all = fixAllAction(document, result.findings, vscode.l10n.t('Fix all GovReport problems'), FIX_ALL_KIND);
      if (all) actions.push(all);
      return actions;
    }
    if (wants(vscode.CodeActionKind.QuickFix)) {
      // From the analysis itself, not the published diagnostics: a request never waits on the Problems panel.
      for (const finding of findingsIn(result.findings, range)) {
        if (!finding.fix) continue;
        const action = new vscode.CodeAction(vscode.l10n.t('Fix: {0}', finding.message), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, finding.fix);
        const diagnostic = context.diagnostics.find((d) => isDiagnosticOf(d, finding));
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
        const same = result.findings.filter((f) => f.rule === finding.rule);
        if (same.filter((f) => f.fix).length > 1) {
          const title = vscode.l10n.t('Fix all "{0}" problems in this file', finding.rule);
          const all = fixAllAction(document, same, title, vscode.CodeActionKind.QuickFix);
          if (all) actions.push(all);
        }
      }
    }
    if (wants(vscode.CodeActionKind.RefactorRewrite)) {
      const renumber = renumberAction(document, result.doc.sections, result.findings, range.start);
      if (renumber) actions.push(renumber);
    }
    return actions;
  }
}

/** Findings that overlap `range` (or touch it, for an empty range at the cursor). */
function findingsIn(findings: readonly Finding[], range: vscode.Range): Finding[] {
  return findings.filter((f) => {
    const r = toRange(f.range);
    return r.start.isBeforeOrEqual(range.end) && r.end.isAfterOrEqual(range.start);
  });
}

function isDiagnosticOf(diagnostic: vscode.Diagnostic, finding: Finding): boolean {
  if (diagnostic.source !== 'govreport') return false;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === finding.rule && toRange(finding.range).isEqual(diagnostic.range);
}

function fixAllAction(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  title: string,
  kind: vscode.CodeActionKind,
): vscode.CodeAction | undefined {
  const { edits } = compatibleFixes(findings);
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction(title, kind);
  action.edit = toWorkspaceEdit(document, edits);
  return action;
}

/** The innermost section around `position` that has renumbering fixes inside it. */
export function renumberEdits(
  document: vscode.TextDocument,
  sections: readonly Section[],
  findings: readonly Finding[],
  position: vscode.Position,
): { section: Section; findings: Finding[] } | undefined {
  const offset = document.offsetAt(position);
  let best: Section | undefined;
  const visit = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.range.start <= offset && offset <= s.range.end) {
        best = s;
        visit(s.children);
      }
    }
  };
  visit(sections);
  for (let s = best; s; s = s.parent) {
    const inside = findings.filter(
      (f) => RENUMBER_RULES.has(f.rule) && f.fix && f.range.start > s.range.start && f.range.end <= s.range.end,
    );
    if (inside.length > 0) return { section: s, findings: inside };
  }
  return undefined;
}

function renumberAction(
  document: vscode.TextDocument,
  sections: readonly Section[],
  findings: readonly Finding[],
  position: vscode.Position,
): vscode.CodeAction | undefined {
  const target = renumberEdits(document, sections, findings, position);
  if (!target) return undefined;
  return fixAllAction(
    document,
    target.findings,
    vscode.l10n.t('Renumber this section: {0}', target.section.heading.title.text),
    vscode.CodeActionKind.RefactorRewrite,
  );
}
