import * as vscode from 'vscode';
import { GovReportCodeActions, renumberEdits } from './codeActions';
import { CheckPolicy } from './checkPolicy';
import { ConfigService } from './config';
import { toWorkspaceEdit } from './convert';
import { LiveDiagnostics } from './diagnostics';
import { compatibleFixes } from '../core/fix';
import { registerOutlineCommands } from './outlineCommands';
import { OutlineView } from './outlineView';
import { Placeholders } from './placeholders';
import { PlaceholdersView } from './placeholdersView';
import { registerReveal } from './reveal';
import { DraftComparisons } from './compareDrafts';
import { ReviewSheets } from './reviewSheet';
import { registerSchemaProvider } from './schemaProvider';
import { StatusBar } from './statusBar';
import { ReportStore } from './store';
import { SNIPPET_COMMANDS } from './snippets/commandIds';
import type { Snippets } from './snippets';
import { SectionSymbols } from './symbols';
import { checkWorkspace } from './workspaceCheck';
import { registerWord } from './word';

const SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: 'govreport' },
];

/** What activation returns: the services, for integration tests and other extensions. */
export interface GovReportApi {
  store: ReportStore;
  diagnostics: LiveDiagnostics;
  outline: OutlineView;
  placeholders: PlaceholdersView;
  statusBar: StatusBar;
  /** The snippets feature (its chunk loads right after activation, or when this is first read). */
  readonly snippets: Pick<Snippets, 'packs' | 'tree'>;
  /**
   * Activation cost (ms): evaluating the bundle (less `vscodeApiMs`, the host building the `vscode`
   * API object on the first require) plus running `activate`.
   */
  activation: { moduleMs: number; vscodeApiMs: number; activateMs: number };
}

declare global {
  var __govreportLoadStart: number | undefined;
  var __govreportApiMs: number | undefined;
}

/** When the bundle finished evaluating (esbuild.js marks when it started). */
const moduleEvaluated = performance.now();

export function activate(context: vscode.ExtensionContext): GovReportApi {
  const activateStart = performance.now();
  const config = new ConfigService();
  const policy = new CheckPolicy(context.workspaceState);
  const store = new ReportStore(config, policy);
  const diagnostics = new LiveDiagnostics(store, context.extensionUri);
  const symbols = new SectionSymbols(store);
  const outline = new OutlineView(store);
  const placeholders = new PlaceholdersView(store, config, policy);
  const statusBar = new StatusBar(store);
  let snippets: Snippets | undefined;
  const loadSnippets = () =>
    (snippets ??= (require('./snippets') as typeof import('./snippets')).activateSnippets(context, SELECTOR));
  setTimeout(loadSnippets, 0);

  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'govreport.isReport', !!document && store.isReport(document));
  };

  context.subscriptions.push(
    config,
    store,
    diagnostics,
    outline,
    placeholders,
    statusBar,
    new Placeholders(store),
    ...SNIPPET_COMMANDS.map((id) =>
      vscode.commands.registerCommand(id, (...args: never[]) => loadSnippets().commands[id](...args)),
    ),
    new ReviewSheets(store),
    new DraftComparisons(store),
    registerReveal(),
    registerSchemaProvider(context.extensionUri),
    ...registerOutlineCommands(outline),
    ...registerWord(store, config),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new GovReportCodeActions(store), {
      providedCodeActionKinds: GovReportCodeActions.kinds,
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, symbols, { label: 'GovReport' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, symbols),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    store.onDidAnalyze(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) updateContext();
    }),
    vscode.commands.registerCommand('govreport.toggleChecking', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return undefined;
      const on = await store.toggle(document);
      void vscode.window.showInformationMessage(
        on ? vscode.l10n.t('GovReport now checks this file.') : vscode.l10n.t('GovReport no longer checks this file.'),
      );
      return on;
    }),
    vscode.commands.registerCommand('govreport.checkWorkspace', () => checkWorkspace(config, policy, store, diagnostics)),
    vscode.commands.registerCommand('govreport.refreshPlaceholders', () => placeholders.scan()),
    vscode.commands.registerCommand('govreport.renumberSection', async () => {
      const editor = vscode.window.activeTextEditor;
      const analysis = editor && store.analyzeNow(editor.document);
      if (!analysis) return false;
      const { result } = analysis;
      const target = renumberEdits(editor.document, result.doc.sections, result.findings, editor.selection.active);
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Numbering in this section is already in order.'));
        return false;
      }
      return vscode.workspace.applyEdit(toWorkspaceEdit(editor.document, compatibleFixes(target.findings).edits));
    }),
  );
  updateContext();
  const vscodeApiMs = globalThis.__govreportApiMs ?? 0;
  const activation = {
    moduleMs: moduleEvaluated - (globalThis.__govreportLoadStart ?? moduleEvaluated) - vscodeApiMs,
    vscodeApiMs,
    activateMs: performance.now() - activateStart,
  };
  return {
    store,
    diagnostics,
    outline,
    placeholders,
    statusBar,
    get snippets() {
      return loadSnippets();
    },
    activation,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
