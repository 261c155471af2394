// Drives the VS Code web workbench in Debian's headless chromium through playwright-core.
// Shared by run-tests.mjs, start.mjs and screenshots.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, RESULTS_DIR } from './paths.mjs';

export const VIEWPORT = { width: 1440, height: 900 };

export async function launchBrowser({ viewport = VIEWPORT } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run node scripts/vscode/install.mjs (or apt-get install -y chromium)`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  return { browser, context, page };
}

/**
 * Hooks the smoke-test driver callbacks. Must run before page.goto().
 * Returns a promise of the extension tests' exit code.
 */
export async function hookAutomation(page, { onLog } = {}) {
  let resolveExit;
  const exit = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (level, message) => onLog?.(level, message));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  return exit;
}

/** Loads the workbench URL and waits until the workbench is restored. */
export async function openWorkbench(page, url, { timeoutMs = 90_000 } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  // The smoke-test driver (--enable-smoke-test-driver) knows when restoring has finished.
  await page.waitForFunction(() => !!globalThis.driver, null, { timeout: timeoutMs });
  await page.evaluate(() => globalThis.driver.whenWorkbenchRestored());
}

/**
 * Waits until the remote extension host runs and startup activation has settled:
 * the server reports the launched process, then the status bar's "Activating Extensions…" goes.
 */
export async function waitForExtensionHost(server, page, { timeoutMs = 90_000 } = {}) {
  await server.waitForLine(/Launched Extension Host Process/, timeoutMs);
  await page.waitForFunction(
    () => {
      const bar = document.querySelector('.part.statusbar');
      return !!bar && !/Activating Extensions|正在激活扩展/.test(bar.textContent ?? '');
    },
    null,
    { timeout: timeoutMs, polling: 250 },
  );
}

/** Focuses the editor area so keyboard shortcuts reach the workbench. */
async function focusWorkbench(page) {
  const target = (await page.$('.part.editor')) ?? (await page.$('.monaco-workbench'));
  await target?.click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
}

/** Opens a workspace file by name with Quick Open (Ctrl+P) and waits for its editor. */
export async function quickOpen(page, fileName, { timeoutMs = 30_000 } = {}) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: fileName })
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: timeoutMs });
  await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Runs a command by its palette label (Ctrl+Shift+P). */
export async function runCommand(page, label, { timeoutMs = 30_000 } = {}) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${label}`);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: label })
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Opens the Problems panel (Ctrl+Shift+M); optionally waits for at least `minRows` markers. */
export async function showProblems(page, { minRows = 0, timeoutMs = 30_000 } = {}) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await focusWorkbench(page);
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: timeoutMs });
  if (minRows > 0) {
    await page.waitForFunction(
      (n) => document.querySelectorAll('.markers-panel .monaco-list-row').length >= n,
      minRows,
      { timeout: timeoutMs, polling: 250 },
    );
  }
}

/** Saves a PNG under test-results/ and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
