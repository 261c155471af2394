// UI-level screenshots of GovReport in a real VS Code (server + headless chromium): runs the tour
// suites (test/integration/tour/*.tour.ts) in the extension host. Each step opens files and views through
// the VS Code API, waits for the extension's analysis, then has the harness wait for what the picture
// must show and save it under test-results/screenshots/ (a step that does not see it fails).
// Usage: node scripts/vscode/screenshots.mjs [--extension-path DIR] [--vsix FILE] [--locale zh-cn]
import { parseArgs } from 'node:util';
import { runIntegrationTests } from './run-tests.mjs';

const { values } = parseArgs({ options: { 'extension-path': { type: 'string' }, vsix: { type: 'string' }, locale: { type: 'string' } } });
let code;
try {
  code = await runIntegrationTests({ suite: 'tour', extensionPath: values['extension-path'], vsix: values.vsix, locale: values.locale });
} catch (err) {
  console.error(`[screenshots] ${err.message ?? err}`);
  code = 1;
}
process.exit(code);
