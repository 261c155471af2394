import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionsAt, api, closeAll, hasPreferred, ruleOf, someAction, waitForDiagnostics, workspaceUri } from './util';

// Two mentions of one target with different values, in a plan section.
const DRAFT = [
  '二、2026年工作安排',
  '（一）稳住农业基本盘。全年粮食产量稳定在1250万吨以上，新建高标准农田40万亩。',
  '（二）推进乡村振兴。实施藏粮于地、藏粮于技战略，确保粮食产量稳定在1320万吨以上。',
].join('\n');

describe('consistency checks in the editor', () => {
  before(api);
  afterEach(async () => {
    await closeAll();
    for (const name of ['mismatch.txt', 'official']) {
      await vscode.workspace.fs.delete(workspaceUri(name), { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('names the earlier mention of a figure and goes there', async () => {
    const uri = workspaceUri('mismatch.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(DRAFT));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const [mismatch] = (await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'figure-mismatch'))).filter(
      (x) => ruleOf(x) === 'figure-mismatch',
    );
    // On the later mention, with the earlier one as related information.
    assert.equal(mismatch!.range.start.line, 2);
    assert.equal(editor.document.getText(mismatch!.range).includes('1320'), true, editor.document.getText(mismatch!.range));
    const related = mismatch!.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri.toString(), uri.toString());
    assert.equal(related[0]!.location.range.start.line, 1);
    assert.ok(editor.document.getText(related[0]!.location.range).includes('1250'));

    const go = (await actionsAt(uri, mismatch!.range, undefined, someAction)).find((a) => a.command?.command === 'govreport.reveal');
    assert.ok(go, 'a "Go to the other mention" action');
    assert.match(go.title, /line 2|第2行/);
    await vscode.commands.executeCommand(go.command!.command, ...go.command!.arguments!);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), uri.toString());
    assert.ok(active.selection.isEqual(related[0]!.location.range), 'the earlier mention is selected');
  });

  it('checks figures against the official table of the team, fixes the value, and shows a broken table on the table', async () => {
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(workspaceUri('official', name), new TextEncoder().encode(text));
    await write('stats.csv', '指标,数值,单位,期间,来源\n地区生产总值,312,亿元,2025年,统计局快报\n');
    await write('.govreportrc.json', '{ "officialFigures": ["stats.csv"] }\n');
    await write('draft.txt', '一、2025年工作回顾\n全年地区生产总值完成309亿元,增长7.5%。\n二、2026年工作安排\n（一）稳增长。\n（二）促改革。\n');
    const uri = workspaceUri('official', 'draft.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const official = (await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'official-figure'))).find((x) => ruleOf(x) === 'official-figure')!;
    assert.match(official.message, /312亿元/);
    assert.match(official.message, /统计局快报/);
    const fix = (await actionsAt(uri, official.range, vscode.CodeActionKind.QuickFix.value, hasPreferred)).find((a) => a.isPreferred);
    assert.ok(fix?.edit, 'a quick fix with the official value');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(1).text, '全年地区生产总值完成312亿元,增长7.5%。');
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'official-figure'), 'the fixed figure');

    // A broken table: an error on the table file, and the draft is still checked with the rest of the config.
    await write('stats.csv', '指标,数值,单位\n地区生产总值,三百,亿元\n');
    const tableUri = workspaceUri('official', 'stats.csv');
    const [problem] = await waitForDiagnostics(tableUri, (d) => d.length > 0, 'the table error');
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem!.range.start.line, 1);
    assert.match(problem!.message, /三百/);
    await vscode.commands.executeCommand('undo');
    const { store } = await api();
    const analysis = await store.whenAnalyzed(editor.document);
    assert.ok(editor.document.getText().includes('309亿元'));
    const rules = analysis!.result.findings.map((f) => f.rule);
    assert.ok(rules.includes('punctuation-width') && !rules.includes('official-figure'), rules.join(', '));
  });
});
