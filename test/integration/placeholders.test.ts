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

  it('fills placeholders in order as one undoable edit', async () => {
    const editor = await open(SAMPLE);
    const before = editor.document.getText();
    const answers = ['王', '河南', '', '520'];
    // Cancelling on the fifth leaves nothing behind.
    const cancelled = await vscode.commands.executeCommand('govreport.fillPlaceholders', [...answers, undefined]);
    assert.equal(cancelled, 0);
    assert.equal(editor.document.getText(), before);

    const all = [...answers, ...Array<string>(149).fill('')];
    assert.equal(await vscode.commands.executeCommand('govreport.fillPlaceholders', all), 3);
    const text = editor.document.getText();
    assert.ok(text.includes('一会儿，王书记还要作重要讲话'));
    assert.ok(text.includes('视察河南重要讲话'));
    assert.ok(text.includes('全市生产总值520亿元'));
    assert.equal(text.length, before.length);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
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
    assert.equal(first.label, 'X');
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
