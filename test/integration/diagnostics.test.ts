import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, ruleOf, SAMPLE, waitFor, waitForDiagnostics, workspaceUri } from './util';

describe('live diagnostics', () => {
  before(api);
  afterEach(closeAll);

  it('reports all 153 placeholders of the sample draft with exact ranges', async () => {
    const editor = await open(SAMPLE);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'placeholder'));
    const placeholders = diagnostics.filter((d) => ruleOf(d) === 'placeholder');
    assert.equal(placeholders.length, 153);
    const texts = placeholders.map((d) => editor.document.getText(d.range));
    assert.equal(texts.filter((t) => t === 'XXX').length, 70);
    assert.equal(texts.filter((t) => t === 'XX').length, 68);
    assert.equal(texts.filter((t) => t === 'X').length, 15);
    const first = placeholders.sort((a, b) => a.range.start.compareTo(b.range.start))[0]!;
    assert.deepEqual([first.range.start.line, first.range.start.character, first.range.end.character], [1, 129, 130]);
    assert.equal(first.message, '未填写的占位符“X”');
    assert.equal(first.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(first.source, 'govreport');
    const code = first.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'placeholder');
    // The code link opens the rule's page rendered, not the Markdown file.
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'govreport.showRule');
    const html = await vscode.commands.executeCommand<string>('govreport.showRule', ...JSON.parse(decodeURIComponent(code.target.query)));
    assert.match(html, /<h1>(Unfilled placeholder|未填占位符) <small>placeholder<\/small><\/h1>/);
    assert.ok(!html.includes('```') && !html.includes('## '), 'rendered, not raw Markdown');
    assert.equal(html.includes('What it checks'), !vscode.env.language.startsWith('zh'), 'one language');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps the real findings of the sample draft above its placeholders, which one click hides', async () => {
    const { diagnostics: live } = await api();
    const editor = await open(SAMPLE);
    const uri = editor.document.uri;
    const all = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'placeholder'));
    const real = all.filter((d) => ruleOf(d) !== 'placeholder');
    assert.equal(real.length, 3);
    // The Problems panel sorts by severity first: every real finding outranks every placeholder.
    const weakestReal = Math.max(...real.map((d) => d.severity));
    assert.ok(all.filter((d) => ruleOf(d) === 'placeholder').every((d) => d.severity > weakestReal));
    try {
      await vscode.commands.executeCommand('govreport.hidePlaceholderProblems');
      const hidden = await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'placeholder'), 'placeholders hidden');
      assert.equal(hidden.length, 3);
      assert.equal(live.placeholdersHidden, true);
    } finally {
      await vscode.commands.executeCommand('govreport.showPlaceholderProblems');
    }
    await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 153, 'placeholders shown again');
  });

  it('updates while typing and clears on close', async () => {
    const editor = await open(SAMPLE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 153);
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), '投资XX亿元。\n'));
    await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 154, '154 placeholders');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics cleared on close');
  });

  it('sends diagnostics in shards: an edit within a line re-sends its shard, and the Problems panel always equals the analysis', async () => {
    const { store, diagnostics: live } = await api();
    const editor = await open(SAMPLE);
    const { document } = editor;
    const uri = document.uri;
    const shown = () =>
      vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source === 'govreport')
        .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${ruleOf(d)} ${d.message}`)
        .sort();
    const analysed = () =>
      (store.current(document)?.result.findings ?? [])
        .map((f) => `${f.range.startLine}:${f.range.startColumn}-${f.range.endLine}:${f.range.endColumn} ${f.rule} ${f.message}`)
        .sort();
    /** Resolves once the current version is analysed and its diagnostics are what VS Code shows. */
    const settled = (what: string) =>
      waitFor(store.onDidAnalyze, () => store.current(document) !== undefined && JSON.stringify(shown()) === JSON.stringify(analysed()), what);
    await settled('the first analysis shown');
    assert.equal(shown().length, 156);

    const sentBefore = live.diagnosticsSent;
    await editor.edit((b) => b.insert(document.lineAt(60).range.end, '投资XX亿元。'));
    await settled('an edit within line 61 shown');
    assert.equal(shown().length, 157);
    const sent = live.diagnosticsSent - sentBefore;
    assert.ok(sent > 0 && sent < 157 / 2, `${sent} diagnostics sent again for an edit within one line`);

    // A new line moves every later finding; deleting most lines leaves fewer shards, and none stale.
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), '投资XX亿元。\n'));
    await settled('a new line shown');
    assert.equal(shown().length, 158);
    await editor.edit((b) => b.delete(new vscode.Range(3, 0, 66, 0)));
    await settled('deleted lines shown');
    assert.ok(shown().length < 40, `${shown().length} diagnostics left`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await settled('the reverted text shown');
    assert.equal(shown().length, 156);
  });

  it('analyses a burst of typing once, after the debounce', async () => {
    const { store } = await api();
    const editor = await open(SAMPLE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 153);
    const settings = vscode.workspace.getConfiguration('govreport');
    // A long debounce, so that even a slow machine types the whole burst inside it.
    await settings.update('debounceMs', 3000, vscode.ConfigurationTarget.Workspace);
    try {
      // The setting change re-analyses every document in use: let that settle first.
      await Promise.all(vscode.workspace.textDocuments.map((d) => store.whenAnalyzed(d)));
      const before = store.analyses;
      for (const ch of '投资XX亿元。') {
        await editor.edit((b) => b.insert(editor.document.lineAt(2).range.end, ch), { undoStopBefore: false, undoStopAfter: false });
      }
      assert.equal(store.current(editor.document), undefined, 'no analysis of the new text before the debounce');
      const analysis = await store.whenAnalyzed(editor.document);
      assert.equal(analysis?.version, editor.document.version);
      assert.equal(analysis?.result.doc.placeholders.length, 154);
      assert.equal(store.analyses - before, 1, 'one analysis for the burst');
      await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'placeholder').length === 154, '154 placeholders');
    } finally {
      await settings.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('gives an English Markdown file nothing', async () => {
    const editor = await open('README.md');
    const { store } = await api();
    assert.equal(store.isReport(editor.document), false);
    // The diagnostics pass for this document has run once it is analysed; nothing may appear.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
  });

  it('checks a Chinese Markdown report', async () => {
    const editor = await open('report.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'placeholder'));
  });

  it('re-checks open files when the config changes', async () => {
    const editor = await open(SAMPLE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'placeholder'));
    const rc = workspaceUri('.govreportrc.json');
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ rules: { placeholder: 'error' } })));
    try {
      const d = await waitForDiagnostics(uri, (ds) =>
        ds.some((x) => ruleOf(x) === 'placeholder' && x.severity === vscode.DiagnosticSeverity.Error),
      'placeholders as errors');
      assert.equal(d.filter((x) => ruleOf(x) === 'placeholder').length, 153);
      await vscode.workspace.getConfiguration('govreport').update('rules', { placeholder: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => !ds.some((x) => ruleOf(x) === 'placeholder'), 'placeholders off by setting');
    } finally {
      await vscode.workspace.getConfiguration('govreport').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(uri, (ds) => ds.some((x) => ruleOf(x) === 'placeholder' && x.severity === vscode.DiagnosticSeverity.Information));
  });

  it('toggles checking for one file', async () => {
    const editor = await open(SAMPLE);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(await vscode.commands.executeCommand('govreport.toggleChecking'), false);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics when off');
    assert.equal(await vscode.commands.executeCommand('govreport.toggleChecking'), true);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics back on');
  });
});
