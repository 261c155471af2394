import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { fixUntilStable, MAX_FIX_PASSES } from '../../../src/cli/fix';
import type { LintResult } from '../../../src/core/lint';
import type { Finding } from '../../../src/core/rules/types';
import { cli, put, putSample, tempDir } from './helpers';

const DRAFT = '一、总体要求\r\n（一）工作目标\r\n力争培育1-2家企业(试点)，增长１２%。。\r\n（二）保障措施\r\n投资XX亿元。\r\n';
const FIXED = '一、总体要求\r\n（一）工作目标\r\n力争培育1～2家企业（试点），增长12%。\r\n（二）保障措施\r\n投资XX亿元。\r\n';

describe('cli: --fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies every safe fix, keeps the BOM, CRLF line endings and file mode, and reports the count', () => {
    const file = put(dir, 'draft.txt', `\uFEFF${DRAFT}`);
    chmodSync(file, 0o640);
    const { code, stdout } = cli(['check', 'draft.txt', '--fix', '--lang', 'en'], dir);
    assert.equal(code, 0);
    assert.equal(readFileSync(file, 'utf8'), `\uFEFF${FIXED}`);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^draft\.txt: \d+ fixes applied$/);
    assert.match(lines.at(-1)!, /^1 file checked: 0 errors, 0 warnings, 2 infos, 1 placeholder, \d+ fixes applied$/);
    // What remains is what has no safe fix.
    assert.deepEqual(lines.slice(1, -1), [
      'draft.txt:1:1  info  heading-singleton  "一、" has no sibling "二、"',
      'draft.txt:5:3  info  placeholder  Unfilled placeholder "XX"',
    ]);
  });

  it('replaces the file by rename (a new inode) and leaves no temporary file behind', () => {
    const file = put(dir, 'draft.txt', DRAFT);
    const before = statSync(file).ino;
    cli(['check', 'draft.txt', '--fix'], dir);
    assert.notEqual(statSync(file).ino, before);
    assert.deepEqual(readdirSync(dir), ['draft.txt']);
  });

  it('is idempotent: a second run changes nothing and reports no fix', () => {
    const original = `# 报告\n\n## ${DRAFT.replace(/\r\n/g, '\n\n')}`;
    const file = put(dir, 'draft.md', original);
    cli(['check', 'draft.md', '--fix'], dir);
    const once = readFileSync(file);
    assert.notEqual(once.toString('utf8'), original);
    const ino = statSync(file).ino;
    const second = cli(['check', 'draft.md', '--fix'], dir);
    assert.deepEqual(readFileSync(file), once);
    assert.equal(statSync(file).ino, ino, 'an unchanged file is not rewritten');
    assert.doesNotMatch(second.stdout, /已修复 [1-9]/);
    assert.match(second.stdout.trimEnd().split('\n').at(-1)!, /已修复 0 处$/);
  });

  it('fixes the sample draft and keeps its line count and every line ending', () => {
    const file = putSample(dir, 'a.txt');
    const original = readFileSync(file, 'utf8');
    const first = cli(['check', 'a.txt', '--fix', '--format', 'json'], dir);
    assert.match(first.stderr, /^a\.txt：已修复 [1-9]\d* 处\n$/);
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, original);
    assert.deepEqual(fixed.match(/\r?\n/g), original.match(/\r?\n/g));
    const again = cli(['check', 'a.txt', '--fix', '--format', 'json'], dir);
    assert.equal(again.stderr, '');
    assert.equal(readFileSync(file, 'utf8'), fixed);
    assert.deepEqual(JSON.parse(again.stdout), JSON.parse(first.stdout));
  });

  it('writes through a symlink: the link stays a link, its target is fixed', () => {
    const target = put(dir, 'real.txt', DRAFT);
    symlinkSync('real.txt', join(dir, 'link.txt'));
    cli(['check', 'link.txt', '--fix'], dir);
    assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), FIXED);
  });

  it('never touches a file it could not decode', () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x31, 0x2d, 0x32, 0xbc, 0xd2]);
    const file = put(dir, 'gbk.txt', gbk);
    const ino = statSync(file).ino;
    assert.equal(cli(['check', 'gbk.txt', '--fix'], dir).code, 2);
    assert.deepEqual(readFileSync(file), gbk);
    assert.equal(statSync(file).ino, ino);
  });
});

describe('cli: fixUntilStable', () => {
  const finding = (start: number, end: number, text: string): Finding => ({
    rule: 'test',
    severity: 'warning',
    range: { start, end, startLine: 0, startColumn: start, endLine: 0, endColumn: end },
    message: 'm',
    fix: [{ start, end, text }],
  });
  const result = (findings: Finding[]) => ({ doc: {}, findings }) as unknown as LintResult;

  it('never applies a fix that adds, removes or replaces a line break', () => {
    const lintText = (text: string) =>
      result([finding(1, 2, 'b'), finding(2, 3, ''), finding(4, 4, '\r\n')].filter((f) => text[1] === 'a' || f.fix![0]!.text !== 'b'));
    const out = fixUntilStable('xa\nyz', lintText);
    assert.deepEqual([out.text, out.fixed], ['xb\nyz', 1]);
  });

  it('stops after MAX_FIX_PASSES when fixes keep coming', () => {
    let calls = 0;
    const out = fixUntilStable('a', (text) => (calls++, result([finding(0, 1, text === 'a' ? 'b' : 'a')])));
    assert.equal(out.fixed, MAX_FIX_PASSES);
    assert.equal(calls, MAX_FIX_PASSES + 1);
  });
});
