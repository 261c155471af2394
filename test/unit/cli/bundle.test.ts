import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../helpers';
import { build, put, putSample, ROOT, spawnCli, tempDir } from './helpers';

describe('cli: the bundled dist/cli.js', () => {
  before(function () {
    this.timeout(60000);
    build();
  });

  it('checks the sample draft: exit 0, findings on stdout, nothing on stderr', () => {
    const { code, stdout, stderr } = spawnCli(['check', `samples/${SAMPLE}`, '--format', 'json'], ROOT);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(JSON.parse(stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'placeholder').length, 153);
  });

  it('exits 1 on error findings and 2 on usage, config and file errors, without a stack trace', () => {
    const dir = tempDir();
    try {
      putSample(dir, 'a.txt');
      put(dir, 'strict.json', '{"placeholderSeverity":"error"}');
      put(dir, 'bad.json', '{"rules":{"no-such-rule":"off"}}');
      assert.equal(spawnCli(['check', 'a.txt', '--config', 'strict.json'], dir).code, 1);
      for (const argv of [['check', 'a.txt', '--config', 'bad.json'], ['check', 'missing.txt'], ['bogus'], ['check', '--nope']]) {
        const r = spawnCli(argv, dir);
        assert.equal(r.code, 2, argv.join(' '));
        assert.doesNotMatch(r.stderr, /\n\s+at /, argv.join(' '));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the version and help', () => {
    assert.match(spawnCli(['--version'], ROOT).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = spawnCli(['--help', '--lang', 'en'], ROOT);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /govreport outline FILE/);
  });

  it('loads only argument parsing at start-up: commands, rules, zod and remark are chunks loaded on use', () => {
    const startup = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8');
    for (const absent of ['checkBackward', 'function lint(', '$ZodType', 'node_modules/micromark', 'extractOutline']) {
      assert.ok(!startup.includes(absent), absent);
    }
    for (const chunk of ['cli-check', 'cli-outline', 'cli-review', 'cli-snippets']) assert.match(startup, new RegExp(`require\\("\\./${chunk}\\.js"\\)`));
  });

  it('prints an outline as CSV', () => {
    const { code, stdout } = spawnCli(['outline', `samples/${SAMPLE}`, '--format', 'csv'], ROOT);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('\uFEFFkind,section,item,amount,status,line,indicator,value,unit,comparator\r\n'));
  });
});
