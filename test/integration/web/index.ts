// Test runner for the web worker extension host (VS Code for the Web: scripts/vscode/run-web-tests.mjs; the
// server route with the web bundle). Mocha's browser build, then the suites that make sense without Node,
// bundled in (there is no file system to find them on). The harness reads the console through codeAutomationLog.

import { settleRun, type Runner } from '../settle';

/** The worker's globals before anything of ours or mocha's ran. */
export const hostGlobals = {
  process: typeof process,
  scope: (globalThis as { constructor?: { name?: string } }).constructor?.name ?? 'unknown',
};

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): Runner;
}

export function run(): Promise<void> {
  require('mocha/mocha.js');
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // The suites register with mocha's globals when they load: after setup.
  require('./worker.web');
  require('../activation.test');
  require('../diagnostics.test');
  require('../codeActions.test');
  require('../navigation.test');
  require('../placeholders.test');
  require('../commands.test');
  require('../snippets.test');
  require('../consistency.test');
  require('../review.test');
  return settleRun('web integration', (done) => mocha.run(done));
}
