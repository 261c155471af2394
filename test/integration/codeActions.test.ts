import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleIds } from '../../src/core/rules';
import { actionsAt, api, closeAll, hasPreferred, open, ruleOf, SAMPLE, someAction, waitForDiagnostics, workspaceUri } from './util';

const DRAFT = [
  '同志们：',
  '一、工作回顾',
  '(一)产业发展。新增企业1-2家。',
  '（二）、城乡建设',
  '（四）生态环境',
  '二、工作安排',
  '（一）扩大投资',
  '（二）转型升级',
].join('\n');

async function openDraft(name: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-form'));
  return editor;
}

describe('code actions', () => {
  before(api);
  afterEach(async () => {
    await closeAll();
    for (const name of ['fix-one.txt', 'fix-fresh.txt', 'fix-clean.txt', 'fix-all.txt', 'fix-save.txt', 'renumber.txt']) {
      await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
    }
  });

  it('offers a preferred quick fix that changes exactly the marker, undoable in one step', async () => {
    const editor = await openDraft('fix-one.txt');
    const d = vscode.languages.getDiagnostics(editor.document.uri).find((x) => ruleOf(x) === 'heading-form')!;
    const actions = await actionsAt(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value, hasPreferred);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.ok(preferred, 'a preferred quick fix');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(editor.document.getText(), DRAFT.replace('(一)', '（一）'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DRAFT);
  });

  it('offers the fix for text typed a moment ago, before its diagnostics are published', async () => {
    const editor = await openDraft('fix-fresh.txt');
    const end = editor.document.lineAt(7).range.end;
    await editor.edit((b) => b.insert(end, '\n(三)优化服务'));
    const marker = new vscode.Range(8, 0, 8, 3);
    const actions = await actionsAt(editor.document.uri, marker, vscode.CodeActionKind.QuickFix.value, hasPreferred);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, 'a preferred quick fix for the new (三)');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(editor.document.lineAt(8).text, '（三）优化服务');
  });

  it('offers no light bulb on a line without problems', async () => {
    const editor = await openDraft('fix-clean.txt');
    const clean = editor.document.lineAt(0).range; // 同志们：
    const actions = await actionsAt(editor.document.uri, clean);
    assert.deepEqual(actions.map((a) => a.title), []);
  });

  it('fixes all problems of one rule in the file', async () => {
    const editor = await openDraft('fix-all.txt');
    const d = vscode.languages.getDiagnostics(editor.document.uri).find((x) => ruleOf(x) === 'heading-form')!;
    const actions = await actionsAt(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value, (found) => found.length > 1);
    // Named by the rule's title, never its id.
    const fixAll = actions.find((a) => /Marker form|序号写法/.test(a.title) && !a.isPreferred)!;
    assert.ok(fixAll, 'a fix-all action for heading-form');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(editor.document.getText(), DRAFT.replace('(一)', '（一）').replace('（二）、', '（二）'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DRAFT);
  });

  it('runs source.fixAll.govreport on save', async () => {
    const editor = await openDraft('fix-save.txt');
    // For every language: VS Code for the Web 1.91 drops a [plaintext] override written next to a contributed [plaintext] default.
    const config = vscode.workspace.getConfiguration('editor');
    await config.update('codeActionsOnSave', { 'source.fixAll.govreport': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      await editor.edit((b) => b.insert(editor.document.lineAt(7).range.end, '。'));
      await editor.document.save();
      assert.equal(
        editor.document.getText(),
        DRAFT.replace('(一)', '（一）').replace('（二）、', '（二）').replace('1-2家', '1～2家').replace('（四）生态环境', '（三）生态环境') + '。',
      );
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(editor.document.uri));
      assert.equal(onDisk, editor.document.getText());
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('renumbers the section under the cursor', async () => {
    const editor = await openDraft('renumber.txt');
    editor.selection = new vscode.Selection(4, 1, 4, 1); // at （四）, which breaks the sequence
    const actions = await actionsAt(editor.document.uri, editor.selection, vscode.CodeActionKind.RefactorRewrite.value, someAction);
    const renumber = actions.find((a) => a.kind?.value === vscode.CodeActionKind.RefactorRewrite.value);
    assert.ok(renumber, 'a renumber action');
    assert.ok(await vscode.commands.executeCommand('govreport.renumberSection'));
    assert.equal(editor.document.getText(), DRAFT.replace('（四）生态环境', '（三）生态环境'));
  });

  it('offers no renumbering on a heading that is in order, and fixes everything from the palette', async () => {
    const editor = await openDraft('renumber.txt');
    const title = editor.document.lineAt(1).range; // 一、工作回顾
    assert.deepEqual((await actionsAt(editor.document.uri, title)).map((a) => a.title), []);
    const d = vscode.languages.getDiagnostics(editor.document.uri).find((x) => ruleOf(x) === 'heading-form')!;
    const menu = await actionsAt(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value, someAction);
    assert.ok(menu.some((a) => /Fix all GovReport problems in this file|修复全部/.test(a.title)), 'fix all in the quick-fix menu');
    assert.ok((await vscode.commands.executeCommand<number>('govreport.fixAll')) > 0);
    assert.equal(
      editor.document.getText(),
      DRAFT.replace('(一)', '（一）').replace('（二）、', '（二）').replace('1-2家', '1～2家').replace('（四）生态环境', '（三）生态环境'),
    );
  });

  it('offers the light bulb on a clean line of the sample draft: never', async () => {
    const { store } = await api();
    const editor = await open(SAMPLE);
    const analysis = (await store.whenAnalyzed(editor.document))!;
    // Lines without a fixable finding: clean ones and those with only placeholders (nothing to fix there).
    const busy = new Set(analysis.result.findings.filter((f) => f.fix).flatMap((f) => [f.range.startLine, f.range.endLine]));
    let clean = 0;
    for (let line = 0; line < editor.document.lineCount; line++) {
      if (busy.has(line)) continue;
      clean++;
      const actions = await actionsAt(editor.document.uri, editor.document.lineAt(line).range);
      assert.deepEqual(actions.map((a) => a.title), [], `line ${line + 1}`);
    }
    assert.ok(clean > editor.document.lineCount / 2, `${clean} of ${editor.document.lineCount} lines`);
  });

  it('names no rule id in any message or action title (ids stay the diagnostic code)', async () => {
    for (const name of [SAMPLE, 'report.md']) {
      const editor = await open(name);
      const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
      for (const d of diagnostics) {
        const texts = [d.message, ...(await actionsAt(editor.document.uri, d.range)).map((a) => a.title)];
        for (const text of texts) for (const id of ruleIds) assert.ok(!text.includes(id), `${name}: "${text}" names ${id}`);
      }
    }
  });
});
