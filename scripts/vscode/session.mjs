// One workbench session: server + headless chromium on a folder, with our extension loaded.
// Used by start.mjs (and its --smoke check); UI-level scripts can reuse withWorkbench().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { activityBarLabel, launchBrowser, openWorkbench, waitForExtensionHost } from './browser.mjs';
import { ensureAll } from './install.mjs';
import { ROOT } from './paths.mjs';
import { startServer } from './server.mjs';

export const WORKSPACE_FIXTURE = path.join(ROOT, 'test', 'integration', 'workspace');

/** A fresh temp copy of a fixture folder (default: test/integration/workspace). */
export function copyWorkspace(fixture = WORKSPACE_FIXTURE) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ws-'));
  const ws = path.join(dir, path.basename(fixture));
  fs.cpSync(fixture, ws, { recursive: true });
  return ws;
}

/**
 * Starts the server, opens `folder` in chromium with the extension, waits for the workbench
 * and the extension host, runs fn({ page, server, url }), and always cleans up.
 * @param {object} opts
 * @param {string} opts.folder absolute folder to open
 * @param {string} [opts.extensionDevelopmentPath] default: the repo
 * @param {string} [opts.openFile] absolute path of a file to open at start
 * @param {string} [opts.extensionsDir]
 * @param {(msg: string) => void} [opts.log]
 */
export async function withWorkbench(opts, fn) {
  const log = opts.log ?? (() => {});
  ensureAll();
  const t0 = Date.now();
  const server = await startServer({ extensionsDir: opts.extensionsDir, env: opts.env });
  log(`server up on port ${server.port} in ${server.startMs} ms`);
  let browser;
  try {
    const launched = await launchBrowser();
    browser = launched.browser;
    const { page } = launched;
    const extensionPath = opts.extensionDevelopmentPath ?? ROOT;
    const payload = { extensionDevelopmentPath: extensionPath };
    if (opts.openFile) payload.openFile = opts.openFile;
    const url = server.url(opts.folder, payload);
    await openWorkbench(page, url);
    log(`workbench restored after ${Date.now() - t0} ms`);
    await waitForExtensionHost(server, page, { activityBar: activityBarLabel(extensionPath) });
    log(`extension host up after ${Date.now() - t0} ms`);
    return await fn({ page, server, url });
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

/** Problem counts shown by the status bar item (errors, warnings, infos). */
export async function statusBarProblems(page) {
  const label = await page
    .locator('.statusbar-item#status\\.problems')
    .first()
    .evaluate((el) => el.getAttribute('aria-label') ?? el.textContent ?? '')
    .catch(() => '');
  const num = (re) => Number(label.match(re)?.[1] ?? 0);
  return { errors: num(/Errors?:\s*(\d+)/i), warnings: num(/Warnings?:\s*(\d+)/i), infos: num(/Infos?:\s*(\d+)/i), label };
}
