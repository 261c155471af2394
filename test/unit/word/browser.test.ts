import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { build as buildDist, ROOT } from '../cli/helpers';
import { numberedDocx, NUMBERED_EXPECTED } from './fixtures';

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

  it('dist/word.js, the bundle the extension loads on first use, reads and writes .docx', async function () {
    this.timeout(120_000);
    buildDist();
    const word = require(join(ROOT, 'dist', 'word.js')) as typeof import('../../../src/core/word');
    assert.deepEqual(word.readDocx(await numberedDocx()).text.split('\n'), NUMBERED_EXPECTED);
    const bytes = await word.writeDocx(word.readDraft('一、总体情况\n正文。', 'text'));
    assert.equal(word.readDocx(bytes).text, '一、总体情况\n正文。');
  });
});
