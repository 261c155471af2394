import * as vscode from 'vscode';
import type { Placeholder } from '../core/model';
import { toRange } from './convert';
import type { ReportStore } from './store';

/** Placeholder navigation, the fill walk and highlighting in every checked editor. */
export class Placeholders implements vscode.Disposable {
  private decoration: vscode.TextEditorDecorationType;
  /** The placeholder being asked about during a fill, and the answer typed so far shown in front of it. */
  private readonly current = vscode.window.createTextEditorDecorationType({
    border: '2px solid',
    borderColor: new vscode.ThemeColor('editorCursor.foreground'),
  });
  private readonly preview = vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through; opacity: 0.45',
    before: { color: new vscode.ThemeColor('editor.foreground'), backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'), fontWeight: 'bold' },
  });
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
   * Walks the placeholders from the cursor on (wrapping once), marking the one asked about and previewing
   * the answer in the text as it is typed. Each answer is written at once (the walk is one undo step);
   * an empty answer skips; Esc stops and keeps what was answered. `answers` drives the walk without UI
   * (automation and tests): `undefined` in it is Esc. Resolves to how many placeholders were filled.
   */
  private async fill(answers?: (string | undefined)[]): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return 0;
    const { document } = editor;
    const total = this.placeholdersOf(document).length;
    if (total === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No unfilled placeholders.'));
      return 0;
    }
    let offset = document.offsetAt(editor.selection.start);
    let wrapped = false;
    let filled = 0;
    try {
      for (let asked = 0; asked < total; asked++) {
        const list = this.placeholdersOf(document);
        let next = list.find((p) => p.range.start >= offset);
        if (!next && !wrapped) {
          wrapped = true;
          next = list[0];
        }
        if (!next) break;
        const range = toRange(next.range);
        select(editor, range);
        editor.setDecorations(this.current, [range]);
        const value = answers ? answers[asked] : await this.ask(editor, range, next.text, asked + 1, total);
        editor.setDecorations(this.preview, []);
        if (value === undefined) break;
        if (document.getText(range) !== next.text) {
          void vscode.window.showWarningMessage(vscode.l10n.t('The text at the placeholder changed; filling stopped.'));
          break;
        }
        if (!value) {
          offset = next.range.end;
          continue;
        }
        const applied = await editor.edit((b) => b.replace(range, value), {
          undoStopBefore: filled === 0,
          undoStopAfter: false,
        });
        if (!applied) break;
        filled++;
        offset = next.range.start + value.length;
      }
    } finally {
      editor.setDecorations(this.current, []);
      editor.setDecorations(this.preview, []);
      // Close the undo group: the next edit by hand is its own step.
      if (filled > 0) await editor.edit(() => undefined, { undoStopBefore: false, undoStopAfter: true });
    }
    if (filled > 0 && !answers) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Filled {0} placeholders; Undo restores them.', filled));
    }
    return filled;
  }

  /** One prompt: the placeholder marked in its line, the typed answer shown in the text as a preview. */
  private ask(editor: vscode.TextEditor, range: vscode.Range, text: string, index: number, total: number): Promise<string | undefined> {
    const input = vscode.window.createInputBox();
    input.title = vscode.l10n.t('Fill placeholders ({0}/{1})', index, total);
    input.prompt = vscode.l10n.t('{0}  —  Enter fills and goes on, empty Enter skips, Esc stops (answers so far stay).', contextOf(editor.document, range));
    input.placeholder = vscode.l10n.t('Value for "{0}"', text);
    input.ignoreFocusOut = true;
    const showPreview = (value: string) =>
      editor.setDecorations(this.preview, value ? [{ range, renderOptions: { before: { contentText: value } } }] : []);
    return new Promise((resolve) => {
      let answer: string | undefined;
      input.onDidChangeValue(showPreview);
      input.onDidAccept(() => {
        answer = input.value;
        input.hide();
      });
      input.onDidHide(() => {
        input.dispose();
        resolve(answer);
      });
      input.show();
    });
  }

  dispose(): void {
    this.decoration.dispose();
    this.current.dispose();
    this.preview.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A short window of the line around a placeholder, the placeholder marked (a line may hold several). */
function contextOf(document: vscode.TextDocument, range: vscode.Range): string {
  const line = document.lineAt(range.start.line).text;
  const from = Math.max(0, range.start.character - 20);
  const to = Math.min(line.length, range.end.character + 20);
  const before = line.slice(from, range.start.character);
  const after = line.slice(range.end.character, to);
  return `${from > 0 ? '…' : ''}${before}【${line.slice(range.start.character, range.end.character)}】${after}${to < line.length ? '…' : ''}`;
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
