// Test runner loaded by the extension host (extensionTestsPath): runs every bundled *.test.js
// next to this file with mocha and settles by failures. Console output reaches the harness
// (codeAutomationLog in the server + Chromium route, stdout with @vscode/test-electron).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { settleRun } from './settle';

/** GOVREPORT_SUITE=bench runs the *.bench.js suites (npm run bench), =tour the screenshot tour, instead of the tests. */
const SUFFIX = `.${process.env.GOVREPORT_SUITE ?? 'test'}.js`;

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith(SUFFIX)) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.GOVREPORT_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);
  console.log(`GovReport integration: ${files.length} suite file(s) in ${__dirname}`);
  return settleRun('integration', (done) => mocha.run(done));
}
