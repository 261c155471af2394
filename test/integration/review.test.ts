import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DraftComparison } from '../../src/core/review';
import { api, closeAll, open, ruleOf, SAMPLE, waitForDiagnostics, workspaceUri } from './util';

describe('review sheet and draft comparison', () => {
  before(api);
  afterEach(closeAll);

  it('opens the review sheet of the active draft beside it', async () => {
    await open(SAMPLE);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('govreport.openReviewSheet');
    assert.ok(panel, 'a review sheet panel');
    assert.match(panel.webview.html, /153/);
    assert.match(panel.webview.html, /2021年工作回顾/);
    assert.doesNotMatch(panel.webview.html, /(?:src|href)="https?:/);
    panel.dispose();
  });

  it('compares the draft with a previous one: filled placeholders and a changed target', async () => {
    const editor = await open(SAMPLE);
    const text = editor.document.getText();
    const previous = workspaceUri('previous-draft.txt');
    // The previous round still had 10家 and one more placeholder where this one says 王.
    const old = text.replace('力争新增高新技术企业10家', '力争新增高新技术企业12家');
    await vscode.workspace.fs.writeFile(previous, new TextEncoder().encode(old));
    try {
      await vscode.window.showTextDocument(editor.document);
      const comparison = await vscode.commands.executeCommand<DraftComparison>('govreport.compareWithPrevious', previous);
      assert.ok(comparison);
      assert.deepEqual(
        comparison.figures.changed.map((f) => [f.indicator, f.oldValue, f.newValue]),
        [['高新技术企业', '12家', '10家']],
      );
      assert.equal(comparison.placeholders.remaining, 153);
    } finally {
      await vscode.workspace.fs.delete(previous);
    }
  });
});

describe('Word drafts in the editor', () => {
  before(api);
  afterEach(async () => {
    await closeAll();
    for (const name of ['seed.docx', 'seed-审核.docx', 'exported.docx']) {
      await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
    }
  });

  it('exports the draft as a .docx, opens it read-only as text with every placeholder, and annotates a copy', async () => {
    const { readDocx } = await import('../../src/core/word');
    await open(SAMPLE);
    const exported = workspaceUri('seed.docx');
    assert.deepEqual(await vscode.commands.executeCommand('govreport.word.export', exported), exported);
    const bytes = await vscode.workspace.fs.readFile(exported);
    assert.ok(readDocx(bytes).text.includes('同志们'));

    const document = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.word.open', exported);
    assert.equal(document.isDirty, false);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 153, '153 placeholders in the .docx');
    const findings = diagnostics.length;

    const copy = workspaceUri('seed-审核.docx');
    assert.deepEqual(await vscode.commands.executeCommand('govreport.word.annotate', copy), copy);
    const annotated = await vscode.workspace.fs.readFile(copy);
    const { unzipSync, strFromU8 } = await import('fflate');
    const comments = strFromU8(unzipSync(annotated)['word/comments.xml']!);
    assert.equal(comments.match(/<w:comment\b/g)?.length, findings);
    assert.equal(readDocx(annotated).text, readDocx(bytes).text, 'the text is unchanged');
  });
});
