import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, waitFor, workspaceUri } from './util';

const PACK = workspaceUri('.govreport', 'snippets', 'team.govsnippets.json');
const BROKEN = workspaceUri('.govreport', 'snippets', 'broken.govsnippets.json');

function pack(body: string): string {
  return `${JSON.stringify(
    {
      name: 'team.test',
      version: '1.0.0',
      description: '测试用常用语包',
      snippets: [
        { id: 'team.thanks', title: '感谢各位代表', prefix: ['xiexie'], body, description: '致谢', category: '结尾' },
      ],
    },
    null,
    2,
  )}\n`;
}

/** Writes a pack the way a user does in VS Code: a new file via a workspace edit, an edit by saving. */
async function writePack(uri: vscode.Uri, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (!exists) {
    edit.createFile(uri, { contents: new TextEncoder().encode(text) });
    assert.ok(await vscode.workspace.applyEdit(edit));
    return;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await document.save());
}

async function deletePack(uri: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.deleteFile(uri, { ignoreIfNotExists: true });
  await vscode.workspace.applyEdit(edit);
}

async function complete(content: string): Promise<vscode.CompletionItem[]> {
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
  await vscode.window.showTextDocument(document);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    new vscode.Position(0, content.length),
  );
  return list.items;
}

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const bodyOf = (i: vscode.CompletionItem) => (i.insertText instanceof vscode.SnippetString ? i.insertText.value : String(i.insertText));

describe('snippet packs', () => {
  before(api);
  afterEach(closeAll);
  after(async () => {
    for (const uri of [PACK, BROKEN]) await deletePack(uri);
  });

  it('completes built-in snippets by prefix, title and pinyin initials', async () => {
    const byInitials = (await complete('tzm')).find((i) => bodyOf(i) === '同志们：\n$0');
    assert.ok(byInitials, 'tzm → 同志们：');
    assert.equal(byInitials.kind, vscode.CompletionItemKind.Snippet);
    assert.equal(labelOf(byInitials), '同志们（讲话开场）', 'labelled by the Chinese title');
    assert.ok(!String((byInitials.documentation as vscode.MarkdownString).value).includes('$0'), 'the preview shows text, not snippet syntax');
    assert.match(String(byInitials.detail), /·/);
    const byTitle = await complete('同志');
    assert.ok(byTitle.some((i) => bodyOf(i).startsWith('同志们')), '同志 → 同志们');
    const byPinyin = await complete('gqyn');
    assert.ok(byPinyin.some((i) => bodyOf(i).includes('过去')), 'gqyn → 过去一年');
  });

  it('completes from a workspace pack and reloads it when it changes', async () => {
    const { snippets } = await api();
    await writePack(PACK, pack('衷心感谢各位代表！$0'));
    await waitFor(snippets.packs.onDidChange, () => snippets.packs.all().some((s) => s.id === 'team.thanks'), 'workspace pack loaded');
    const first = (await complete('xiexie')).find((i) => labelOf(i) === '感谢各位代表');
    assert.equal(first && bodyOf(first), '衷心感谢各位代表！$0');

    await writePack(PACK, pack('再次感谢各位代表！$0'));
    await waitFor(
      snippets.packs.onDidChange,
      () => snippets.packs.all().some((s) => s.id === 'team.thanks' && String(s.body).startsWith('再次')),
      'pack reloaded after an edit',
    );
    const second = (await complete('xiexie')).find((i) => labelOf(i) === '感谢各位代表');
    assert.equal(second && bodyOf(second), '再次感谢各位代表！$0');
  });

  it('reports a broken pack on its file and keeps loading the others', async () => {
    const { snippets } = await api();
    await writePack(PACK, pack('衷心感谢各位代表！$0'));
    await writePack(BROKEN, '{\n  "name": "broken",\n  "version": 1,\n  "snippets": []\n}\n');
    const diagnostics = await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const d = vscode.languages.getDiagnostics(BROKEN);
        return d.length > 0 ? d : undefined;
      },
      'diagnostics on the broken pack',
    );
    assert.ok(diagnostics.some((d) => d.message.includes('version')), diagnostics.map((d) => d.message).join('; '));
    assert.equal(diagnostics[0]!.range.start.line, 2, 'the problem points at "version"');
    assert.ok(snippets.packs.all().some((s) => s.id === 'team.thanks'), 'the good workspace pack still loads');
    assert.ok(snippets.packs.all().some((s) => s.source === 'builtin'), 'built-in packs still load');
    await deletePack(BROKEN);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(BROKEN).length === 0, 'diagnostics cleared');
  });

  it('inserts a snippet from the tree view with its Insert button, never on a click', async () => {
    const { snippets } = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const tree = snippets.tree;
    const find = (nodes: ReturnType<typeof tree.getChildren>): ReturnType<typeof tree.getChildren>[number] | undefined => {
      for (const n of nodes) {
        if (n.type === 'snippet' && n.snippet.title.startsWith('同志们')) return n;
        const hit = find(tree.getChildren(n));
        if (hit) return hit;
      }
      return undefined;
    };
    const node = find(tree.getChildren());
    assert.ok(node, 'a 同志们 snippet in the tree');
    const item = tree.getTreeItem(node);
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.ok(!String(item.tooltip.value).includes('$0'), 'the preview shows text, not snippet syntax');
    assert.equal(item.command, undefined, 'a click only selects');
    // The inline Insert button passes the tree node.
    await vscode.commands.executeCommand('govreport.snippets.insert', node);
    assert.ok(editor.document.getText().startsWith('同志们'), editor.document.getText());
  });

  it('filters the tree with the search box', async () => {
    const { snippets } = await api();
    await vscode.commands.executeCommand('govreport.snippets.search', 'tzm');
    try {
      const titles: string[] = [];
      const walk = (nodes: ReturnType<typeof snippets.tree.getChildren>) => {
        for (const n of nodes) {
          if (n.type === 'snippet') titles.push(n.snippet.title);
          walk(snippets.tree.getChildren(n));
        }
      };
      walk(snippets.tree.getChildren());
      assert.ok(titles.length >= 1 && titles.every((t) => t.startsWith('同志们')), titles.join(', '));
    } finally {
      await vscode.commands.executeCommand('govreport.snippets.clearSearch');
    }
  });

  it('saves the selection into a pack, keeping the file intact otherwise', async () => {
    const { snippets } = await api();
    await writePack(PACK, pack('衷心感谢各位代表！$0'));
    await waitFor(snippets.packs.onDidChange, () => snippets.packs.all().some((s) => s.id === 'team.thanks'), 'pack loaded');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(PACK));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '让我们携手并进，共创美好未来！' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, document.lineAt(0).text.length);
    await vscode.commands.executeCommand('govreport.snippets.saveSelection', {
      pack: PACK.fsPath,
      category: '结尾',
      title: '携手共创',
      prefix: 'xsgc',
    });
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(PACK));
    assert.ok(after.includes('"title": "携手共创"'));
    assert.ok(after.startsWith(before.slice(0, before.indexOf('"snippets"'))), 'pack fields untouched');
    assert.ok(after.includes('"title": "感谢各位代表"'), 'the existing snippet is kept');
    await waitFor(snippets.packs.onDidChange, () => snippets.packs.all().some((s) => s.title === '携手共创'), 'saved snippet loaded');
  });

  it('every built-in skeleton, inserted with its defaults, leaves only slots the placeholder rule reports', async () => {
    const { snippets, store } = await api();
    const uri = workspaceUri('skeleton.report.txt');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const skeletons = snippets.packs.all().filter((s) => s.source === 'builtin' && s.category === '模板');
      assert.ok(skeletons.length >= 5, `${skeletons.length} skeletons`);
      for (const skeleton of skeletons) {
        await editor.edit((b) => b.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
        await vscode.commands.executeCommand('govreport.snippets.insert', skeleton);
        await vscode.commands.executeCommand('leaveSnippet');
        const text = editor.document.getText();
        assert.ok(!text.includes('…'), `${skeleton.id} leaves an ellipsis slot`);
        const slots = text.match(/X+/g) ?? [];
        const reported = store.analyzeNow(editor.document)?.result.doc.placeholders.filter((p) => p.text.includes('X')) ?? [];
        assert.equal(reported.length, slots.length, `${skeleton.id}: every XX slot is a reported placeholder`);
      }
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
