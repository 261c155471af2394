// Proves the web run used the web bundle in a web worker: no Node globals, the extension's `browser` entry.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GovReportApi } from '../../../src/extension/extension';
import { hostGlobals } from './index';

describe('GovReport in the web worker extension host', () => {
  it('runs without Node (typeof process is undefined) in a dedicated worker of a web workbench', () => {
    assert.equal(hostGlobals.process, 'undefined');
    assert.equal(typeof process, 'undefined');
    assert.equal(hostGlobals.scope, 'DedicatedWorkerGlobalScope');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('activates the extension from its browser entry', async () => {
    const ext = vscode.extensions.getExtension('govreport.govreport');
    assert.ok(ext, 'govreport.govreport is installed');
    const { activation } = (await ext.activate()) as GovReportApi;
    assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
    assert.ok(activation.moduleMs >= 0 && activation.activateMs > 0, 'the web bundle timed its own activation');
    // npm run bench reads this line (scripts/vscode/bench-extension.mjs).
    console.log(`GOVREPORT_WEB_ACTIVATION ${JSON.stringify(activation)}`);
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI);
  });
});
