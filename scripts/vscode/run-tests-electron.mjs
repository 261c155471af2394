// Integration tests through @vscode/test-electron, for machines that can download VS Code
// (selected by GOVREPORT_TEST_HOST=electron in run-tests.mjs; the default route is server + chromium).
// On a headless Linux box run it under xvfb-run.
// Usage: GOVREPORT_TEST_HOST=electron node scripts/vscode/run-tests.mjs [--vsix FILE] [--grep RE]
//    or: node scripts/vscode/run-tests-electron.mjs [--vsix FILE] [--extension-path DIR] [--grep RE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { CACHE_DIR, ROOT } from './paths.mjs';
import { copyWorkspace } from './session.mjs';

const TESTS_INDEX = path.join(ROOT, 'dist', 'test', 'integration', 'index.js');
const log = (msg) => console.log(`[run-tests-electron] ${msg}`);

export async function runElectronTests({ vsix, extensionPath, grep, version = process.env.GOVREPORT_VSCODE_VERSION ?? 'stable' } = {}) {
  if (!fs.existsSync(TESTS_INDEX)) {
    console.error(`${path.relative(ROOT, TESTS_INDEX)} is missing: run node scripts/vscode/build-tests.mjs first.`);
    return 1;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-electron-'));
  const workspace = copyWorkspace();
  try {
    const cachePath = CACHE_DIR;
    const vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath });
    let extensionDevelopmentPath = path.resolve(extensionPath ?? ROOT);
    if (vsix) {
      // Same --extensions-dir/--user-data-dir that runTests() uses (both live under cachePath).
      const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
      log(`installing ${vsix}`);
      const r = spawnSync(cli, [...args, '--install-extension', path.resolve(vsix), '--force'], {
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
      if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status ?? r.signal})`);
      // extensionTestsPath needs development mode: an empty development folder gives it
      // while the extension itself comes from the .vsix.
      extensionDevelopmentPath = path.join(scratch, 'no-dev-extension');
      fs.mkdirSync(extensionDevelopmentPath);
    }
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath: TESTS_INDEX,
      extensionTestsEnv: {
        ...(grep ? { GOVREPORT_TEST_GREP: grep } : {}),
        ...(vsix ? { GOVREPORT_TEST_VSIX: path.resolve(vsix) } : {}),
      },
      launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-telemetry'],
    });
  } catch (err) {
    console.error(`[run-tests-electron] ${err.message ?? err}`);
    return typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { vsix: { type: 'string' }, 'extension-path': { type: 'string' }, grep: { type: 'string' } },
  });
  process.exit(await runElectronTests({ vsix: values.vsix, extensionPath: values['extension-path'], grep: values.grep }));
}
