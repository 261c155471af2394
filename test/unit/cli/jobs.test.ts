import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultJobs } from '../../../src/cli/pool';
import { CORPUS_DIR } from '../helpers';
import { build, cli, put, ROOT, spawnCli, tempDir } from './helpers';

/** The corpus plus files that cannot be checked or are skipped, in nested directories. */
function tree(): string {
  const dir = tempDir();
  cpSync(CORPUS_DIR, join(dir, 'corpus'), { recursive: true });
  cpSync(CORPUS_DIR, join(dir, 'copy', 'again'), { recursive: true });
  put(dir, 'corpus/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  put(dir, 'copy/gbk.txt', Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]));
  put(dir, 'copy/README.md', '# Notes\n\nEnglish notes, not a report.\n');
  return dir;
}

function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      out[f] = readFileSync(join(dir, f), 'latin1');
    } catch {
      // a directory
    }
  }
  return out;
}

describe('cli: check --jobs (worker threads, bundled CLI)', () => {
  before(function () {
    this.timeout(60000);
    build();
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same ${format} output, errors and exit code on 2 threads as on 1`, function () {
      this.timeout(60000);
      const dir = tree();
      try {
        put(dir, 'strict.json', '{"placeholderSeverity":"error"}');
        for (const extra of format === 'text' ? [[], ['--config', 'strict.json']] : [[]]) {
          const one = spawnCli(['check', '.', '--format', format, '--jobs', '1', ...extra], dir);
          const two = spawnCli(['check', '.', '--format', format, '--jobs', '2', ...extra], dir);
          assert.equal(two.stdout, one.stdout);
          assert.equal(two.stderr, one.stderr);
          assert.equal(two.code, one.code);
          assert.equal(one.code, 2); // the binary and GBK files, even with error findings
          assert.match(one.stderr, /binary\.txt/);
          assert.ok(one.stdout.length > 10000);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('fixes the same files the same way on 2 threads as on 1', function () {
    this.timeout(60000);
    const [a, b] = [tree(), tree()];
    try {
      const one = spawnCli(['check', '.', '--fix', '--jobs', '1'], a);
      const two = spawnCli(['check', '.', '--fix', '--jobs', '2'], b);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.code, one.code);
      assert.match(one.stdout, /已修复|fixed/);
      assert.deepEqual(contents(b), contents(a));
      assert.notDeepEqual(contents(a), contents(tree()));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('takes a positive thread count only', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = cli(['check', 'samples', '--jobs', bad], ROOT);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--jobs/);
    }
  });
});

describe('cli: the default --jobs', () => {
  const MB = 1024 * 1024;

  it('checks in this thread until the files pay for a second one', () => {
    assert.equal(defaultJobs([0], 8), 1);
    assert.equal(defaultJobs([5.5 * MB], 2), 1);
    assert.equal(defaultJobs([20 * MB], 2), 1);
  });

  it('starts one worker per 16 MB, up to the cores', () => {
    assert.equal(defaultJobs([40 * MB], 2), 2);
    assert.equal(defaultJobs([100 * MB], 2), 2);
    assert.equal(defaultJobs([100 * MB], 8), 6);
  });

  it('reads sizes only until every core has its share', () => {
    const read: number[] = [];
    const sizes = function* () {
      for (let i = 0; i < 10; i++) yield read.push(i) && 10 * MB;
    };
    assert.equal(defaultJobs(sizes(), 2), 2);
    assert.deepEqual(read, [0, 1, 2, 3]);
  });
});
