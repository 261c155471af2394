// Runs the integration suites (dist/test/integration) in a real VS Code extension host:
// VS Code server (Node 24) + headless Debian chromium. Exits with the tests' exit code.
// Usage: node scripts/vscode/run-tests.mjs [--vsix FILE] [--extension-path DIR] [--grep RE]
//        [--timeout-min N] [--keep] [--suite test|bench|tour]   (which *.SUITE.ts files run; default test)
//        [--locale zh-cn]   (the display language; screenshots then go to test-results/screenshots/LOCALE/)
// A suite asks for a screenshot by logging `GOVREPORT_SHOT {"name","selector","text"?}`: this harness waits
// for the selector (with the text) to show, saves test-results/screenshots/NAME.png and answers with a
// NAME.done (or NAME.failed) file in GOVREPORT_SHOTS_DIR, which the suite waits for (test/integration/shots.ts).
// GOVREPORT_TEST_HOST=electron runs run-tests-electron.mjs (@vscode/test-electron) instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { failureSummary, hookAutomation, launchBrowser, openWorkbench, screenshot } from './browser.mjs';
import { ensureAll } from './install.mjs';
import { ROOT } from './paths.mjs';
import { builtinExtensionsWithCode, installVsix, startServer } from './server.mjs';
import { copyWorkspace } from './session.mjs';

export const TESTS_DIR = path.join(ROOT, 'dist', 'test', 'integration');

// Workbench and server chatter that says nothing about our tests (GOVREPORT_TEST_VERBOSE=1 shows it).
const NOISE = [
  /Could not locate the bindings file/, // spdlog native module: not installed, logging falls back
  /Cannot find module '\.\/build\/Release\/watchdog'/, // native-watchdog: not installed, not needed
  /ENOTFOUND open-vsx\.org/, // the gallery is unreachable here (and off: EXTENSIONS_GALLERY={})
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^No extension gallery service configured/, // the display-language pack of a --locale run asks the (absent) gallery
  /authentication provider 'github'/,
  /navigator is now a global in nodejs/,
  /^\[Service Worker\] registration/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^\[(AgentHost|AccountPolicyGate|ChatModelSelection)[\]:]/,
  /^\[driver\]/,
  /^Creation of workbench contribution/,
  /^Updating additional builtin extensions cache/,
];

const log = (msg) => console.log(`[run-tests] ${msg}`);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function checkExtensionBuilt(extPath) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extPath, 'package.json'), 'utf8'));
  if (pkg.main) {
    const main = path.resolve(extPath, pkg.main);
    const candidates = [main, `${main}.js`];
    if (!candidates.some((f) => fs.existsSync(f))) {
      throw new Error(`${path.relative(ROOT, main) || main} is missing: run npm run build first.`);
    }
  }
}

export async function runIntegrationTests(options) {
  const t0 = Date.now();
  const timeoutMs = Math.round(Number(options.timeoutMin ?? 10) * 60_000);
  ensureAll();
  const testsIndex = options.testsPath ?? path.join(TESTS_DIR, 'index.js');
  if (!fs.existsSync(testsIndex)) {
    throw new Error(`${path.relative(ROOT, testsIndex)} is missing: run node scripts/vscode/build-tests.mjs first.`);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-it-'));
  const extensionsDir = path.join(scratch, 'extensions');
  let extensionDevelopmentPath;
  if (options.vsix) {
    log(`installing ${options.vsix}`);
    log(installVsix(options.vsix, extensionsDir));
    // The workbench runs extensionTestsPath only in extension-development mode: an empty
    // development folder turns that on while the extension itself comes from the .vsix.
    extensionDevelopmentPath = path.join(scratch, 'no-dev-extension');
    fs.mkdirSync(extensionDevelopmentPath);
  } else {
    extensionDevelopmentPath = path.resolve(options.extensionPath ?? ROOT);
    checkExtensionBuilt(extensionDevelopmentPath);
  }
  const workspace = copyWorkspace();
  if (options.workspaceSettings) {
    const file = path.join(workspace, '.vscode', 'settings.json');
    const current = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...current, ...options.workspaceSettings }, null, 2));
  }
  const env = {};
  if (options.grep) env.GOVREPORT_TEST_GREP = options.grep;
  env.GOVREPORT_SUITE = options.suite ?? 'test';
  const shotsDir = path.join(scratch, 'shots');
  fs.mkdirSync(shotsDir);
  env.GOVREPORT_SHOTS_DIR = shotsDir;
  if (options.vsix) env.GOVREPORT_TEST_VSIX = path.resolve(options.vsix);

  let server;
  let browser;
  let timer;
  try {
    const ts = Date.now();
    server = await startServer({
      extensionsDir,
      env,
      keepTemp: options.keep,
      disableExtensions: builtinExtensionsWithCode(),
      locale: options.locale,
    });
    log(`server up on port ${server.port} in ${secs(ts)}`);
    const launched = await launchBrowser();
    browser = launched.browser;
    const { page } = launched;
    const shots = [];
    const automation = await hookAutomation(page, {
      noise: NOISE,
      onLine: (line) => {
        const shot = /^GOVREPORT_SHOT (\{.*\})$/.exec(line);
        if (shot) shots.push(takeShot(page, JSON.parse(shot[1]), shotsDir, options.locale));
        return !!shot;
      },
    });
    const closed = new Promise((resolve) => {
      page.on('crash', () => resolve('the page crashed'));
      page.on('close', () => resolve('the page closed'));
    });
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const url = server.url(workspace, { extensionDevelopmentPath, extensionTestsPath: testsIndex });
    log(`opening ${url}`);
    const tb = Date.now();
    const flow = (async () => {
      await openWorkbench(page, url);
      log(`workbench restored in ${secs(tb)}`);
      return { code: await automation.exit };
    })();
    flow.catch(() => {}); // a late rejection (after a timeout) is not news
    const outcome = await Promise.race([flow, closed.then((why) => ({ why })), timedOut.then((why) => ({ why }))]);
    if (outcome.why === 'timeout') {
      const png = await screenshot(page, 'integration-timeout').catch(() => undefined);
      throw new Error(
        `Integration tests did not finish within ${timeoutMs / 60_000} min` +
          ` (no codeAutomationExit). ${png ? `Screenshot: ${png}. ` : ''}Server output:\n${server.output()}`,
      );
    }
    if (outcome.why) throw new Error(`Integration tests aborted: ${outcome.why}.`);
    if (outcome.code !== 0) await screenshot(page, 'integration-failure').catch(() => undefined);
    await Promise.all(shots);
    log(`extension tests exited with ${outcome.code} after ${secs(tb)} (total ${secs(t0)})`);
    if (outcome.code !== 0) log(failureSummary(automation.summary()));
    return outcome.code;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!options.keep) {
      fs.rmSync(scratch, { recursive: true, force: true });
      fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
    } else {
      log(`kept ${scratch}, ${workspace}${server ? `, ${server.tempDir}` : ''}`);
    }
  }
}

/** Answers one GOVREPORT_SHOT request: waits for what it must show, saves the PNG, then writes NAME.done or NAME.failed. */
async function takeShot(page, { name, selector, text, type, webview = false, timeoutMs = 30_000 }, shotsDir, locale) {
  // Pictures of another display language go to their own folder (screenshots/zh-cn/NAME.png).
  const file = path.join('screenshots', ...(locale ? [locale] : []), `${name}.png`);
  try {
    // Keys typed first, as a user would (into a focused input box, say).
    if (type) await page.keyboard.type(type, { delay: 30 });
    if (selector) {
      // A webview's content lives two frames down (the host iframe, then its active frame).
      const root = webview ? page.frameLocator('iframe.webview.ready').frameLocator('#active-frame') : page;
      const target = root.locator(selector, text ? { hasText: new RegExp(text) } : {}).first();
      await target.waitFor({ state: 'visible', timeout: timeoutMs });
    }
    const saved = await screenshot(page, file);
    log(`screenshot ${path.relative(ROOT, saved)}`);
    fs.writeFileSync(path.join(shotsDir, `${name}.done`), saved);
  } catch (err) {
    await screenshot(page, path.join(path.dirname(file), `FAILED-${name}.png`)).catch(() => {});
    fs.writeFileSync(path.join(shotsDir, `${name}.failed`), String(err.message ?? err));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string' },
      'extension-path': { type: 'string' },
      grep: { type: 'string' },
      'timeout-min': { type: 'string' },
      keep: { type: 'boolean', default: false },
      suite: { type: 'string', default: 'test' },
      locale: { type: 'string' },
    },
  });
  if (process.env.GOVREPORT_TEST_HOST === 'electron') {
    const { runElectronTests } = await import('./run-tests-electron.mjs');
    process.exit(await runElectronTests({ vsix: values.vsix, extensionPath: values['extension-path'], grep: values.grep }));
  }
  let code;
  // Ctrl+C still ends the server's process group (stop() runs from the finally block).
  const interrupted = new Promise((resolve) => process.once('SIGINT', () => resolve(130)));
  try {
    code = await Promise.race([
      runIntegrationTests({
        vsix: values.vsix,
        extensionPath: values['extension-path'],
        grep: values.grep,
        timeoutMin: values['timeout-min'] ?? process.env.GOVREPORT_TEST_TIMEOUT_MIN,
        keep: values.keep,
        suite: values.suite,
        locale: values.locale,
      }),
      interrupted,
    ]);
  } catch (err) {
    console.error(`[run-tests] ${err.message ?? err}`);
    code = 1;
  }
  process.exit(code);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
