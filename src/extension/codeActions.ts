import * as vscode from 'vscode';
import { compatibleFixes } from '../core/fix';
import type { Section } from '../core/model';
import type { Finding } from '../core/rules/types';
import { ruleTitle } from '../core/rules';
import { toRange, toWorkspaceEdit, uiLang } from './convert';
import { revealCommand } from './reveal';
import type { ReportStore } from './store';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govreport');
const RENUMBER_RULES = new Set(['heading-sequence', 'enum-sequence']);

/**
 * Quick fixes, fix-all-of-a-rule, fix-all of the file, `source.fixAll.govreport` and "renumber this section",
 * offered only on a finding that has a fix.
 */
export class GovReportCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

  constructor(private readonly store: ReportStore) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    // Asked for on purpose (Ctrl+., fix-all, a save participant): analyse now; the light bulb waits for the debounce.
    const analysis =
      context.triggerKind === vscode.CodeActionTriggerKind.Invoke ? this.store.analyzeNow(document) : await this.store.whenAnalyzed(document);
    if (!analysis || analysis.version !== document.version || token.isCancellationRequested) return [];
    const { result } = analysis;
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];

    if (wants(FIX_ALL_KIND) && context.only) {
      const all = fixAllAction(document, result.findings, vscode.l10n.t('Fix all GovReport problems'), FIX_ALL_KIND);
      if (all) actions.push(all);
      return actions;
    }
    // Only where a finding with a fix or another mention is: a light bulb on a clean line offers nothing.
    const near = findingsIn(result.findings, range);
    if (wants(vscode.CodeActionKind.QuickFix)) actions.push(...near.flatMap((f) => goToRelatedActions(document.uri, f)));
    const here = near.filter((f) => f.fix);
    if (here.length === 0) return actions;
    if (wants(vscode.CodeActionKind.QuickFix)) {
      // From the analysis itself, not the published diagnostics: a request never waits on the Problems panel.
      const rulesOffered = new Set<string>();
      for (const finding of here) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix: {0}', finding.message), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, finding.fix!);
        const diagnostic = context.diagnostics.find((d) => isDiagnosticOf(d, finding));
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
        if (rulesOffered.has(finding.rule)) continue;
        rulesOffered.add(finding.rule);
        const same = result.findings.filter((f) => f.rule === finding.rule);
        if (same.filter((f) => f.fix).length > 1) {
          const title = vscode.l10n.t('Fix all "{0}" problems in this file', ruleTitle(finding.rule, uiLang()));
          const all = fixAllAction(document, same, title, vscode.CodeActionKind.QuickFix);
          if (all) actions.push(all);
        }
      }
      // Every fixable problem of the file, when there are more than this rule's.
      const fixable = result.findings.filter((f) => f.fix);
      if (fixable.some((f) => !rulesOffered.has(f.rule))) {
        const all = fixAllAction(document, fixable, vscode.l10n.t('Fix all GovReport problems in this file'), vscode.CodeActionKind.QuickFix);
        if (all) actions.push(all);
      }
    }
    if (wants(vscode.CodeActionKind.RefactorRewrite) && here.some((f) => RENUMBER_RULES.has(f.rule))) {
      const renumber = renumberAction(document, result.doc.sections, result.findings, range.start);
      if (renumber) actions.push(renumber);
    }
    return actions;
  }
}

/** "Go to the other mention" for each place a finding refers to (the earlier figure of a mismatch). */
function goToRelatedActions(uri: vscode.Uri, finding: Finding): vscode.CodeAction[] {
  return (finding.related ?? []).map((r) => {
    const title = vscode.l10n.t('Go to the other mention (line {0}): {1}', r.range.startLine + 1, r.message);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = revealCommand(uri, r.range);
    return action;
  });
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

/** `govreport.fixAll` (修复全部) in the palette: every safe fix of the active file, one undo step. */
export function registerFixAllCommand(store: ReportStore): vscode.Disposable {
  return vscode.commands.registerCommand('govreport.fixAll', async () => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && store.analyzeNow(editor.document);
    if (!analysis) return 0;
    const { edits } = compatibleFixes(analysis.result.findings);
    if (edits.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix in this file.'));
      return 0;
    }
    await vscode.workspace.applyEdit(toWorkspaceEdit(editor.document, edits));
    return edits.length;
  });
}
