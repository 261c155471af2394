// Drives the VS Code web workbench in Debian's headless chromium through playwright-core.
// Shared by run-tests.mjs (tests, bench and the screenshot tour) and start.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
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

/** Keeps the first frames of each stack trace in a log message. */
function shortenStacks(text, keep = 4) {
  const out = [];
  let frames = 0;
  let dropped = 0;
  const flush = () => {
    if (dropped) out.push(`    … ${dropped} more frame(s)`);
    dropped = 0;
  };
  for (const l of text.split('\n')) {
    if (/^\s+at /.test(l)) {
      if (++frames <= keep) out.push(l);
      else dropped++;
      continue;
    }
    flush();
    frames = 0;
    out.push(l);
  }
  flush();
  return out.join('\n');
}

/**
 * Hooks the smoke-test driver callbacks (before page.goto()) and relays the extension host's console here:
 * `noise` lines are dropped and stack traces shortened unless GOVREPORT_TEST_VERBOSE is set; `onLine` sees
 * every line first and swallows it by returning true. `exit` is the extension tests' exit code; `summary()`
 * the suites' closing block (test/integration/settle.ts), for the runner to repeat last.
 */
export async function hookAutomation(page, { noise = [], onLine } = {}) {
  const verbose = !!process.env.GOVREPORT_TEST_VERBOSE;
  let resolveExit;
  let summary;
  const exit = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const line = (Array.isArray(message) ? format(...message) : String(message)).replace(/\s+$/, '');
    if (onLine?.(line)) return;
    if (/^(web )?integration: \d+ passed/.test(line)) summary = line;
    if (verbose) return void (level === 'error' ? console.error : console.log)(line);
    if (noise.some((re) => re.test(line))) return;
    (level === 'error' ? console.error : console.log)(shortenStacks(line));
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  return { exit, summary: () => summary };
}

/** What a runner prints last when the suites failed: their closing block, or that they never got there. */
export function failureSummary(summary) {
  return summary ? `summary of the failed run:\n${summary}` : 'the suites printed no summary: they did not finish (see above)';
}

/** Loads the workbench URL and waits until the workbench is restored. */
export async function openWorkbench(page, url, { timeoutMs = 90_000 } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  // The smoke-test driver (--enable-smoke-test-driver) knows when restoring has finished.
  await page.waitForFunction(() => !!globalThis.driver, null, { timeout: timeoutMs });
  let timer;
  await Promise.race([
    page.evaluate(() => globalThis.driver.whenWorkbenchRestored()),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`workbench not restored within ${timeoutMs / 1000} s`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The activity bar label of an extension's first view container (package.json + package.nls.json),
 * a visible sign that the extension host has registered the extension. undefined when none.
 */
export function activityBarLabel(extensionPath) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
    let title = pkg.contributes?.viewsContainers?.activitybar?.[0]?.title;
    const key = /^%(.+)%$/.exec(title ?? '')?.[1];
    if (key) {
      const nls = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.nls.json'), 'utf8'));
      title = typeof nls[key] === 'string' ? nls[key] : nls[key]?.message;
    }
    return title || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the remote extension host runs and startup activation has settled:
 * the server reports the launched process; the extension's activity bar entry (if given) shows;
 * then the status bar's "Activating Extensions…" stays away for `settleMs`.
 */
export async function waitForExtensionHost(server, page, { timeoutMs = 90_000, activityBar, settleMs = 1500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  await server.waitForLine(/Launched Extension Host Process/, timeoutMs);
  if (activityBar) {
    await page
      .locator(`.part.activitybar .action-item [aria-label^="${activityBar.replace(/"/g, '\\"')}"]`)
      .first()
      .waitFor({ state: 'attached', timeout: Math.max(1000, deadline - Date.now()) });
  }
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const busy = await page
      .locator('.part.statusbar')
      .textContent()
      .then((t) => /Activating Extensions|正在激活扩展/.test(t ?? ''))
      .catch(() => true);
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= settleMs) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`Extension activation did not settle within ${timeoutMs / 1000} s`);
}

/** Saves a PNG (a name goes under test-results/, an absolute path stays) and returns its path. */
export async function screenshot(page, name) {
  const file = path.resolve(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
