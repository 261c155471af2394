import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, SAMPLE, waitFor, waitForDiagnostics } from './util';

describe('placeholder workflow', () => {
  before(api);
  afterEach(closeAll);

  it('shows the count in the status bar', async () => {
    const { statusBar } = await api();
    const editor = await open(SAMPLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    statusBar.update();
    assert.equal(statusBar.placeholderText, 'XX: 153');
  });

  it('moves to the next and previous placeholder', async () => {
    const editor = await open(SAMPLE);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('govreport.nextPlaceholder');
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character, editor.selection.end.character], [1, 129, 130]);
    await vscode.commands.executeCommand('govreport.nextPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'XX');
    assert.equal(editor.selection.start.line, 3);
    await vscode.commands.executeCommand('govreport.previousPlaceholder');
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [1, 129]);
  });

  it('fills from the cursor; filling 3 of 153 and pressing Esc keeps those 3, one undo restores them', async () => {
    const { store } = await api();
    const editor = await open(SAMPLE);
    const before = editor.document.getText();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // Enter 王, 河南, skip one, 520, then Esc.
    assert.equal(await vscode.commands.executeCommand('govreport.fillPlaceholders', ['王', '河南', '', '520', undefined]), 3);
    const text = editor.document.getText();
    assert.ok(text.includes('一会儿，王书记还要作重要讲话'));
    assert.ok(text.includes('视察河南重要讲话'));
    assert.ok(text.includes('全市生产总值520亿元'));
    assert.equal(text.length, before.length);
    assert.equal(store.analyzeNow(editor.document)?.result.doc.placeholders.length, 150);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);

    // From the cursor: the first answer goes to the first placeholder after it, not the first in the file.
    const line = editor.document.lineAt(3);
    editor.selection = new vscode.Selection(line.range.start, line.range.start);
    const first = store.analyzeNow(editor.document)!.result.doc.placeholders.find((p) => p.range.startLine >= 3)!;
    assert.equal(await vscode.commands.executeCommand('govreport.fillPlaceholders', ['99', undefined]), 1);
    const at = new vscode.Position(first.range.startLine, first.range.startColumn);
    assert.equal(editor.document.getText(new vscode.Range(at, at.translate(0, 2))), '99');
    assert.ok(editor.document.getText().includes('一会儿，X书记'), 'the placeholder before the cursor is left');
  });

  it('lists placeholders across the workspace, grouped by file', async () => {
    const { placeholders } = await api();
    await placeholders.scan();
    const counts = placeholders.counts();
    const sample = [...counts.entries()].find(([uri]) => uri.endsWith(SAMPLE));
    assert.equal(sample?.[1], 153);
    assert.ok([...counts.keys()].some((uri) => uri.endsWith('report.md')));
    assert.ok(![...counts.keys()].some((uri) => uri.endsWith('README.md')));
    const files = placeholders.getChildren();
    const sampleNode = files.find((f) => f.type === 'file' && f.uri.path.endsWith(SAMPLE))!;
    assert.equal(placeholders.getTreeItem(sampleNode).description, '153');
    const first = placeholders.getTreeItem(placeholders.getChildren(sampleNode)[0]!);
    // The clause it sits in, whole, with the placeholder highlighted.
    const label = first.label as vscode.TreeItemLabel;
    assert.equal(label.label, 'X书记还要作重要讲话');
    assert.deepEqual(label.highlights, [[0, 1]]);
    assert.equal(first.command?.command, 'govreport.reveal');
  });

  it('updates the workspace list as a report is edited', async () => {
    const { placeholders } = await api();
    await placeholders.scan();
    const editor = await open(SAMPLE);
    const countOf = () => [...placeholders.counts().entries()].find(([uri]) => uri.endsWith(SAMPLE))?.[1];
    assert.equal(countOf(), 153);
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), '投资XX亿元。'));
    await waitFor(placeholders.onDidChangeTreeData, () => countOf() === 154, '154 placeholders listed');
  });

  it('checks the whole workspace into the Problems panel', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('govreport.checkWorkspace');
    assert.ok(result.files >= 2, `files: ${result.files}`);
    const report = vscode.languages.getDiagnostics().find(([uri]) => uri.path.endsWith('report.md'));
    assert.ok(report && report[1].length > 0, 'report.md has problems without being open');
  });
});
