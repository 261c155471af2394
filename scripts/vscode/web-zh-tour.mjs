// The Chinese workbench: VS Code for the Web (no server, web worker extension host) with the display language
// zh-cn, the packaged extension loaded as a development extension. Drives the UI as a person would and saves
// test-results/screenshots/zh-*.png: the GovReport views (报告大纲, 占位符), the status bar and the command palette filtered to GovReport. Fails unless GovReport's view and command titles show in Chinese
// (package.nls.zh-cn.json); VS Code's own menus stay English (no language pack).
// VS Code for the Web 1.91 localizes a *development* extension's manifest with package.nls.json only
// (scanExtensionsUnderDevelopment passes no packageNLSUris; the marketplace route passes package.nls.LANG.json),
// so this run serves package.nls.zh-cn.json in its place, as the marketplace does for a Chinese client. The
// runtime texts (vscode.l10n, l10n/bundle.l10n.zh-cn.json) are chosen by VS Code itself from the language.
// Usage: node scripts/vscode/web-zh-tour.mjs [--vsix FILE | --extension-path DIR]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, screenshot } from './browser.mjs';
import { ensureBrowser } from './install.mjs';
import { ROOT } from './paths.mjs';
import { copyWorkspace } from './session.mjs';
import { openSampleFromExplorer, startWebServer, unpackVsix, useDisplayLanguage } from './web-server.mjs';

const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';
const TIMEOUT = 120_000;
const log = (msg) => console.log(`[web-zh-tour] ${msg}`);

const { values } = parseArgs({ options: { vsix: { type: 'string' }, 'extension-path': { type: 'string' } } });
const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const shot = (page, name) => screenshot(page, path.join('screenshots', `zh-${name}.png`)).then((f) => log(path.relative(ROOT, f)));

async function tour(page) {
  await openSampleFromExplorer(page, SAMPLE, TIMEOUT);
  const status = page.locator('[id="status.problems"]').first();
  await page.waitForFunction(
    (el) => (el?.textContent?.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0) >= 153,
    await status.elementHandle(),
    { timeout: TIMEOUT },
  );

  // The GovReport container with its views.
  await page.locator(`.part.activitybar .action-item [aria-label^="${zh['viewsContainer.govreport']}"]`).first().click({ force: true }); // the badge covers it
  const headers = page.locator('.part.sidebar .pane-header');
  await headers.filter({ hasText: zh['view.placeholders'] }).first().waitFor({ timeout: TIMEOUT });
  const titles = (await headers.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  log(`view titles: ${titles.join(' | ')}`);
  for (const key of ['view.outline', 'view.placeholders', 'view.snippets']) {
    assert.ok(titles.some((t) => t.toUpperCase().includes(zh[key])), `view title ${zh[key]} (${key}) shows; found ${titles.join(', ')}`);
    assert.ok(!titles.some((t) => t.toUpperCase().includes(en[key].toUpperCase())), `English view title ${en[key]} does not show`);
  }
  await shot(page, 'views');

  // Status bar: GovReport's items (their tooltips are the aria-labels).
  const items = await page.locator('.part.statusbar .statusbar-item').evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') ?? '').filter((l) => /GovReport|XX|占位符/.test(l)),
  );
  log(`status bar items: ${items.join(' | ')}`);
  assert.ok(items.some((l) => /[\u4e00-\u9fff]/.test(l)), `a GovReport status bar item speaks Chinese; found ${items.join(', ')}`);
  await shot(page, 'status-bar');

  const quickOpen = () => page.locator('.part.titlebar').getByText('[Test Files]').first().click(); // the title bar's search box

  // The command palette filtered to GovReport.
  await quickOpen();
  const input = page.locator('.quick-input-box input').first();
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill('>GovReport');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(500);
  const commands = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  log(`command palette: ${commands.join(' | ')}`);
  for (const key of ['command.checkWorkspace', 'command.nextPlaceholder', 'command.toggleChecking']) {
    assert.ok(commands.some((c) => c.includes(`GovReport: ${zh[key]}`)), `command title "GovReport: ${zh[key]}" shows`);
  }
  assert.ok(!commands.some((c) => c.includes(en['command.checkWorkspace'])), 'no English command title');
  await shot(page, 'command-palette');
  await page.keyboard.press('Escape');
}

ensureBrowser();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-zh-'));
const workspace = copyWorkspace();
let code = 0;
let browser;
let server;
try {
  const extensionDevelopmentPath = values.vsix ? unpackVsix(values.vsix, scratch) : path.resolve(values['extension-path'] ?? ROOT);
  const started = await startWebServer({ extensionDevelopmentPath, folderMountPath: workspace });
  server = started.server;
  const launched = await launchBrowser();
  browser = launched.browser;
  await useDisplayLanguage(launched.page, 'zh-cn');
  const zhManifest = fs.readFileSync(path.join(extensionDevelopmentPath, 'package.nls.zh-cn.json'));
  await launched.page.route(/\/static\/devextensions\/package\.nls\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: zhManifest }),
  );
  await launched.page.goto(started.url);
  await tour(launched.page).catch(async (err) => {
    await screenshot(launched.page, path.join('screenshots', 'zh-FAILED.png')).catch(() => {});
    throw err;
  });
  log('ok: GovReport view, command and status bar texts show in Chinese');
} catch (err) {
  console.error(`[web-zh-tour] ${err.message ?? err}`);
  code = 1;
} finally {
  await browser?.close().catch(() => {});
  server?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
}
process.exit(code);
