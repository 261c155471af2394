import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll } from './util';

describe('snippets', () => {
  before(api);
  afterEach(closeAll);

  it('completes the starter snippets in plain text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'tzm' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(0, 3),
    );
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'tzm');
    assert.ok(item, `tzm among ${list.items.length} items`);
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
    const body = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
    assert.equal(body, '同志们：\n$0');
  });
});
