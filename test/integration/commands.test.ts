import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './util';

describe('contributed commands', () => {
  before(api);

  it('every command in package.json has a registered handler', async () => {
    const ext = vscode.extensions.getExtension('govreport.govreport')!;
    const contributed: { command: string }[] = ext.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });
});
