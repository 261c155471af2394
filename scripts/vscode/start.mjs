// `npm start`: opens GovReport in a real VS Code on samples/ (run after `npm run build`).
// - A desktop `code` on PATH: code --extensionDevelopmentPath=<repo> <repo>/samples
// - Otherwise: the VS Code server (installed into .vscode-test/ if needed) with the extension
//   in development mode; prints the URL and runs until Ctrl+C.
// - CI=true or --smoke: opens the URL once in headless chromium, waits for the workbench and
//   the extension host, checks the sample shows problems, saves test-results/start.png, exits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { screenshot } from './browser.mjs';
import { ensureServer } from './install.mjs';
import { ROOT } from './paths.mjs';
import { startServer } from './server.mjs';
import { statusBarProblems, withWorkbench } from './session.mjs';

const SAMPLES = path.join(ROOT, 'samples');
const SAMPLE = path.join(SAMPLES, 'county-2022-three-level-cadre-meeting-speech.txt');
const say = (zh, en) => console.log(`GovReport: ${zh}\nGovReport: ${en}`);

function onPath(bin) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, bin);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function checkBuilt() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    say('缺少 dist/extension.js，请先运行 npm run build。', 'dist/extension.js is missing: run npm run build first.');
    process.exit(1);
  }
}

async function smoke() {
  const t0 = Date.now();
  const out = await withWorkbench(
    { folder: SAMPLES, openFile: SAMPLE, log: (m) => console.log(`[start] ${m}`) },
    async ({ page, url }) => {
      console.log(`[start] ${url}`);
      // The sample is full of XX placeholders: a working extension reports problems for it.
      let problems = await statusBarProblems(page);
      const deadline = Date.now() + 60_000;
      while (problems.errors + problems.warnings + problems.infos === 0 && Date.now() < deadline) {
        await page.waitForTimeout(250);
        problems = await statusBarProblems(page);
      }
      await page.locator('.tabs-container .tab.active', { hasText: path.basename(SAMPLE) }).waitFor({ timeout: 30_000 });
      const png = await screenshot(page, 'start.png');
      return { problems, png };
    },
  );
  const total = out.problems.errors + out.problems.warnings + out.problems.infos;
  if (total === 0) {
    say(
      `VS Code 已启动，但扩展没有报告示例文稿中的任何问题（截图：${out.png}）。`,
      `VS Code started but the extension reported no problems in the sample (screenshot: ${out.png}).`,
    );
    process.exit(1);
  }
  say(
    `冒烟检查通过：工作台与扩展宿主已启动，示例文稿有 ${total} 个问题（${out.problems.label}），截图 ${out.png}`,
    `smoke check passed: workbench and extension host up, sample shows ${total} problems (${out.problems.label}), screenshot ${out.png}`,
  );
  console.log(`OK (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function serve() {
  ensureServer();
  const port = process.env.GOVREPORT_PORT ? Number(process.env.GOVREPORT_PORT) : undefined;
  const server = await startServer({ port });
  const url = server.url(SAMPLES, { extensionDevelopmentPath: ROOT, openFile: SAMPLE });
  say(`在浏览器中打开 ${url}`, `open ${url}`);
  say('按 Ctrl+C 停止。', 'press Ctrl+C to stop.');
  const stop = async () => {
    await server.stop();
    say('已停止。', 'stopped.');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => {}); // run until a signal
}

async function main() {
  checkBuilt();
  const ci = /^(1|true)$/i.test(process.env.CI ?? '');
  if (process.argv.includes('--smoke') || ci) return smoke();
  const code = process.argv.includes('--web') ? undefined : onPath('code');
  if (code) {
    say('用 VS Code 打开示例（扩展开发模式）……', 'opening the samples in VS Code (extension development mode)…');
    const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, SAMPLES], { stdio: 'inherit' });
    child.on('exit', (c) => process.exit(c ?? 0));
    return;
  }
  return serve();
}

main().catch((err) => {
  console.error(`GovReport: ${err.message ?? err}`);
  process.exit(1);
});
