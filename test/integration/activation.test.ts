// Proves the harness: the extension is present and activates, the fixture workspace is open,
// and its files open as documents in the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'govreport.govreport';
const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

describe('GovReport extension host', () => {
  it(`finds and activates ${EXTENSION_ID}`, async () => {
    const ext = await waitFor(`extension ${EXTENSION_ID}`, () => vscode.extensions.getExtension(EXTENSION_ID));
    await ext.activate();
    assert.equal(ext.isActive, true);
    console.log(`    (${EXTENSION_ID} ${ext.packageJSON.version} from ${ext.extensionUri.toString()})`);
    // run-tests.mjs --vsix sets this: the extension must come from the installed package.
    if (typeof process !== 'undefined' && process.env.GOVREPORT_TEST_VSIX) {
      assert.match(ext.extensionUri.path, /\/govreport\.govreport-[^/]+\/?$/, 'loaded from the extensions dir');
    }
  });

  it('opens the fixture workspace folder', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    const names = (await vscode.workspace.fs.readDirectory(workspaceRoot())).map(([name]) => name);
    for (const expected of [SAMPLE, 'report.md', 'README.md']) {
      assert.ok(names.includes(expected), `${expected} is in the workspace (found: ${names.join(', ')})`);
    }
  });

  it('opens the sample draft as a text document', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), SAMPLE);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(doc.lineCount > 10, `sample has ${doc.lineCount} lines`);
    assert.ok(doc.getText().startsWith('同志们：'), 'sample text is read as UTF-8 Chinese');
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(editor.document.uri.toString(), uri.toString());
  });
});
