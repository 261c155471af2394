// UI-level screenshots of GovReport in a real VS Code (server + headless chromium):
// opens a fresh copy of test/integration/workspace, opens the sample draft with Quick Open,
// opens the Problems panel, the Report Outline view and a quick fix menu, waits for what each must
// show (a step that does not see it fails), and saves PNGs under test-results/screenshots/.
// Usage: node scripts/vscode/screenshots.mjs [--extension-path DIR]
// Steps are plain functions over the page (see browser.mjs) so the extension author can add more.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { quickOpen, runCommand, screenshot, showProblems } from './browser.mjs';
import { ROOT } from './paths.mjs';
import { copyWorkspace, statusBarProblems, withWorkbench } from './session.mjs';

const SAMPLE = 'county-2022-three-level-cadre-meeting-speech.txt';
const OUT = 'screenshots';
const log = (m) => console.log(`[screenshots] ${m}`);

/** Waits until the status bar counts at least one problem (the extension has checked a file). */
async function waitForProblems(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const p = await statusBarProblems(page);
    if (p.errors + p.warnings + p.infos > 0) return p;
    if (Date.now() > deadline) throw new Error(`no problems reported within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** The default tour; each entry saves one PNG. */
export const STEPS = [
  {
    name: '01-workbench',
    run: async () => {},
  },
  {
    name: '02-sample-draft',
    run: async (page) => {
      await quickOpen(page, SAMPLE);
      // Squiggles are drawn once diagnostics arrive.
      await page.locator('.part.editor .monaco-editor .squiggly-warning, .part.editor .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: '03-problems',
    run: async (page) => {
      await waitForProblems(page);
      await showProblems(page, { minRows: 2 });
    },
  },
  {
    name: '04-markdown-report',
    run: async (page) => {
      await quickOpen(page, 'report.md');
      await showProblems(page, { file: 'report.md' });
    },
  },
  {
    name: '05-quick-fix-menu',
    run: async (page) => {
      await quickOpen(page, 'report.md');
      // The half-width comma in `80%,新增` (line 21): go there and open the quick fix menu.
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
      await page.keyboard.type('21:20');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget', { hasText: /修复|Fix/ }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: '06-report-outline',
    run: async (page) => {
      await page.keyboard.press('Escape');
      await quickOpen(page, SAMPLE);
      await runCommand(page, 'Focus on Report Outline View');
      // Sections open expanded, with their goals, achievements and projects.
      const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Report Outline|报告大纲/ }) });
      await view.locator('.monaco-list-row', { hasText: '一、2021年工作回顾' }).waitFor({ timeout: 30_000 });
      await view.locator('.monaco-list-row', { hasText: '全市生产总值XXX亿元' }).waitFor({ timeout: 30_000 });
    },
  },
];

export async function takeScreenshots({ extensionDevelopmentPath = ROOT, steps = STEPS } = {}) {
  const workspace = copyWorkspace();
  const files = [];
  try {
    await withWorkbench({ folder: workspace, extensionDevelopmentPath, log }, async ({ page }) => {
      for (const step of steps) {
        const t0 = Date.now();
        try {
          await step.run(page);
        } catch (err) {
          // What the page showed when the step gave up.
          await screenshot(page, path.join(OUT, `FAILED-${step.name}.png`)).catch(() => {});
          throw err;
        }
        const file = await screenshot(page, path.join(OUT, `${step.name}.png`));
        files.push(file);
        log(`${step.name}: ${path.relative(ROOT, file)} (${Date.now() - t0} ms)`);
      }
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'extension-path': { type: 'string' } } });
  try {
    const files = await takeScreenshots({ extensionDevelopmentPath: values['extension-path'] ? path.resolve(values['extension-path']) : ROOT });
    log(`${files.length} screenshot(s) in ${path.relative(ROOT, path.join(ROOT, 'test-results', OUT))}/`);
  } catch (err) {
    console.error(`[screenshots] ${err.message ?? err}`);
    process.exit(1);
  }
}
