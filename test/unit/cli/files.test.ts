import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expandPaths } from '../../../src/cli/files';
import { formatForPath } from '../../../src/core/formats';
import { cli, put, tempDir } from './helpers';

const REPORT = '同志们：\n一、工作回顾\n投资XX亿元，全市经济社会发展稳中向好，各项事业全面进步。\n';

describe('cli: which files are checked', () => {
  let dir: string;
  const displayed = (args: string[], cwd = dir) => expandPaths(args, cwd).map((f) => (f.problem ? `!${f.display}` : f.display));

  beforeEach(() => {
    dir = tempDir();
    for (const rel of [
      'a.txt',
      'b.md',
      'c.markdown',
      'notes.odt',
      '~$a.docx', // Word's owner file beside an open document
      'drafts/old.txt',
      'drafts/keep.txt',
      'sub/x.bak.md',
      'sub/y.md',
      'sub/deep/z.txt',
      'sub/deep/secret.txt',
      'node_modules/pkg/readme.md',
      '.git/info.txt',
      '.hidden/h.txt',
    ]) {
      put(dir, rel, REPORT);
    }
    put(dir, '.govreportignore', '# drafts are not reviewed\ndrafts/*\n!drafts/keep.txt\n*.bak.md\n');
    put(dir, 'sub/.govreportignore', 'deep/secret.txt\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks directories for .txt/.md, honouring nested .govreportignore files and skipping node_modules and dot-dirs', () => {
    assert.deepEqual(displayed([]), ['a.txt', 'b.md', 'c.markdown', 'drafts/keep.txt', 'sub/deep/z.txt', 'sub/y.md']);
    assert.deepEqual(displayed(['sub']), ['sub/deep/z.txt', 'sub/y.md']);
    // Run from a subdirectory, the ignore files of its ancestors still apply (*.bak.md).
    assert.deepEqual(displayed(['.'], join(dir, 'sub')), ['deep/z.txt', 'y.md']);
  });

  it('checks an explicitly named file even when it is ignored; deduplicates', () => {
    assert.deepEqual(displayed(['drafts/old.txt', 'a.txt', '.', 'a.txt']), [
      'drafts/old.txt',
      'a.txt',
      'b.md',
      'c.markdown',
      'drafts/keep.txt',
      'sub/deep/z.txt',
      'sub/y.md',
    ]);
  });

  it('expands globs, honouring .govreportignore, and reports a glob or path that matches nothing', () => {
    assert.deepEqual(displayed(['**/*.md']), ['b.md', 'sub/y.md']);
    assert.deepEqual(displayed(['drafts/*.txt']), ['drafts/keep.txt']);
    assert.deepEqual(displayed([join(dir, 'sub/**/*.txt')]), [join(dir, 'sub/deep/z.txt')]);
    assert.deepEqual(displayed(['*.pdf', 'nope.txt']), ['!*.pdf', '!nope.txt']);
  });

  it('picks the format by extension', () => {
    assert.deepEqual(['a.md', 'a.MARKDOWN', 'a.txt', 'a'].map(formatForPath), ['markdown', 'markdown', 'text', 'text']);
  });

  it('skips walked files that are not Chinese reports, but checks them when named', () => {
    put(dir, 'README.md', '# Notes\n\nThis folder holds drafts (see below): one, two; three.\n');
    const walked = JSON.parse(cli(['check', '--format', 'json'], dir).stdout).files.map((f: { file: string }) => f.file);
    assert.ok(!walked.includes('README.md'));
    const { stdout } = cli(['check', '--lang', 'en', '.'], dir);
    assert.match(stdout, /1 file skipped \(not a Chinese report\)/);
    const named = JSON.parse(cli(['check', '--format', 'json', 'README.md'], dir).stdout).files;
    assert.deepEqual(named.map((f: { file: string }) => f.file), ['README.md']);
  });

  it('runs check over the expanded set', () => {
    const { code, stdout } = cli(['check', '--format', 'json'], dir);
    assert.equal(code, 0);
    const files = JSON.parse(stdout).files;
    assert.deepEqual(
      files.map((f: { file: string }) => f.file),
      ['a.txt', 'b.md', 'c.markdown', 'drafts/keep.txt', 'sub/deep/z.txt', 'sub/y.md'],
    );
    assert.ok(files.every((f: { findings: Array<{ rule: string }> }) => f.findings.some((x) => x.rule === 'placeholder')));
  });
});
