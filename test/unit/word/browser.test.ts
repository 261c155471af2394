import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../cli/helpers';

describe('word: browser-safe core', () => {
  it('bundles for the browser (VS Code for the Web) with no Node built-ins', async function () {
    this.timeout(60_000);
    const result = await build({
      entryPoints: [join(ROOT, 'src', 'core', 'word', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual([result.errors, result.warnings], [[], []]);
    assert.doesNotMatch(result.outputFiles[0]!.text, /require\(["'](?:node:)?(?:fs|path|os|child_process|buffer)["']\)/);
  });
});
