import * as vscode from 'vscode';
import type { Placeholder } from '../core/model';
import { toRange } from './convert';
import type { ReportStore } from './store';

/** Placeholder navigation, the fill walk and highlighting in every checked editor. */
export class Placeholders implements vscode.Disposable {
  private decoration: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: ReportStore) {
    this.decoration = createDecoration();
    this.disposables.push(
      vscode.commands.registerCommand('govreport.nextPlaceholder', () => this.move(1)),
      vscode.commands.registerCommand('govreport.previousPlaceholder', () => this.move(-1)),
      vscode.commands.registerCommand('govreport.fillPlaceholders', (answers?: (string | undefined)[]) => this.fill(answers)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
      store.onDidAnalyze(({ document }) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.decorate(editor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('govreport.decorations')) return;
        this.decoration.dispose();
        this.decoration = createDecoration();
        this.decorateAll();
      }),
    );
    this.decorateAll();
  }

  /** The placeholders of the current text (analysed now if an analysis is pending), for commands. */
  private placeholdersOf(document: vscode.TextDocument): Placeholder[] {
    return this.store.analyzeNow(document)?.result.doc.placeholders ?? [];
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  /** Decorates from the last pushed analysis; VS Code moves decorations with edits until the next one. */
  private decorate(editor: vscode.TextEditor): void {
    const analysis = this.store.current(editor.document);
    if (!analysis && this.store.isReport(editor.document)) return; // its analysis is on the way
    const enabled = vscode.workspace.getConfiguration('govreport.decorations', editor.document.uri).get<boolean>('enabled', true);
    const ranges = enabled && analysis ? analysis.result.doc.placeholders.map((p) => toRange(p.range)) : [];
    editor.setDecorations(this.decoration, ranges);
  }

  /** Selects the next (1) or previous (-1) placeholder after the cursor, wrapping around. */
  private move(direction: 1 | -1): boolean {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const list = this.placeholdersOf(editor.document);
    if (list.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders.'));
      return false;
    }
    const offset = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
    const target =
      direction === 1
        ? (list.find((p) => p.range.start >= offset) ?? list[0]!)
        : (list.findLast((p) => p.range.end <= offset) ?? list[list.length - 1]!);
    select(editor, toRange(target.range));
    return true;
  }

  /**
   * Walks every placeholder in order, asking for its value (empty leaves it as is). The edits are
   * applied together at the end as one undo step; cancelling leaves the document untouched.
   * `answers` drives the walk without UI (automation and tests); `undefined` in it cancels.
   */
  private async fill(answers?: (string | undefined)[]): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return 0;
    const { document } = editor;
    const version = document.version;
    const list = this.placeholdersOf(document);
    const values: string[] = [];
    for (const [i, p] of list.entries()) {
      const range = toRange(p.range);
      select(editor, range);
      const value = answers
        ? answers[i]
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Fill placeholders ({0}/{1})', i + 1, list.length),
            prompt: contextOf(document, range),
            placeHolder: vscode.l10n.t('Value for "{0}" (empty: leave it, Esc: cancel all)', p.text),
            ignoreFocusOut: true,
          });
      if (value === undefined) return 0;
      values.push(value);
    }
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while filling; nothing was replaced.'));
      return 0;
    }
    const edit = new vscode.WorkspaceEdit();
    let filled = 0;
    list.forEach((p, i) => {
      if (!values[i]) return;
      edit.replace(document.uri, toRange(p.range), values[i]!);
      filled++;
    });
    if (filled > 0) await vscode.workspace.applyEdit(edit);
    return filled;
  }

  dispose(): void {
    this.decoration.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A short window of the line around a placeholder, for the input prompt. */
function contextOf(document: vscode.TextDocument, range: vscode.Range): string {
  const line = document.lineAt(range.start.line).text;
  const from = Math.max(0, range.start.character - 20);
  return line.slice(from, range.end.character + 20);
}

function createDecoration(): vscode.TextEditorDecorationType {
  const style = vscode.workspace.getConfiguration('govreport.decorations');
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: style.get<string>('placeholderBackground', 'rgba(255, 196, 0, 0.25)'),
    border: style.get<string>('placeholderBorder', '1px dashed rgba(230, 150, 0, 0.9)'),
    overviewRulerColor: style.get<string>('placeholderRuler', 'rgba(230, 150, 0, 0.9)'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
}
