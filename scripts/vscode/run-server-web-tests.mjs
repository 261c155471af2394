// Server route with the web build: the current VS Code server (run-tests.mjs) with the packaged extension and
// `"remote.extensionKind": {"govreport.govreport": ["web"]}` in the workspace settings, so the extension's
// `browser` bundle runs in the browser's web worker against the server's files (without the setting the
// remote Node host would run `main`). The web suites (dist/test/web/index.js) run there too; their worker
// suite fails unless they run without Node.
// Usage: node scripts/vscode/run-server-web-tests.mjs [--vsix FILE | --extension-path DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WEB_TESTS } from './build-tests.mjs';
import { EXTENSION_ID, ROOT } from './paths.mjs';
import { runIntegrationTests } from './run-tests.mjs';

const { values } = parseArgs({ options: { vsix: { type: 'string' }, 'extension-path': { type: 'string' } } });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-server-web-'));
let code;
try {
  // The development extension (so that the test payload runs) is the unpacked package; the tests are
  // served from inside it, as test-web does.
  let extensionPath = path.resolve(values['extension-path'] ?? ROOT);
  if (values.vsix) {
    const r = spawnSync('unzip', ['-q', '-o', path.resolve(values.vsix), 'extension/*', '-d', scratch], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`unzip ${values.vsix} failed: ${r.stderr || r.error}`);
    extensionPath = path.join(scratch, 'extension');
  }
  const testsDir = fs.mkdtempSync(path.join(extensionPath, '.web-tests-'));
  const testsPath = path.join(testsDir, 'index.js');
  fs.copyFileSync(WEB_TESTS, testsPath);
  try {
    code = await runIntegrationTests({
      extensionPath,
      testsPath,
      workspaceSettings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
      timeoutMin: 6,
    });
  } finally {
    fs.rmSync(testsDir, { recursive: true, force: true });
  }
} catch (err) {
  console.error(`[server-web-tests] ${err.message ?? err}`);
  code = 1;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
