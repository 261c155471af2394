import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../src/core/lint';
import { ruleIds, rules } from '../../../src/core/rules';
import { corpus, CORPUS_DIR, SAMPLE } from '../helpers';
import { cli, put, putSample, ROOT, tempDir } from './helpers';

const SAMPLE_ARG = `test/fixtures/corpus/${SAMPLE}`;
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

describe('cli: check output', () => {
  it('prints the exact JSON shape for the sample draft: 1-based, UTF-16 columns, end exclusive', () => {
    const { code, stdout, stderr } = cli(['check', SAMPLE_ARG, '--format', 'json'], ROOT);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const json = JSON.parse(stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    assert.equal(json.files.length, 1);
    const [file] = json.files;
    assert.deepEqual(Object.keys(file), ['file', 'findings']);
    assert.equal(file.file, SAMPLE_ARG);

    const { text } = corpus(SAMPLE);
    const expected = lint(text, { format: 'text' }).findings;
    assert.equal(file.findings.length, expected.length);
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    }
    // The first placeholder: `X书记` on line 2, 0-based column 129 in the core.
    const first = file.findings.find((f: { rule: string }) => f.rule === 'placeholder');
    assert.deepEqual(first, {
      rule: 'placeholder',
      severity: 'warning',
      line: 2,
      column: 130,
      endLine: 2,
      endColumn: 131,
      message: '未填写的占位符“X”',
    });
    const line2 = text.split('\n')[1]!;
    assert.equal(line2.slice(first.column - 1, first.endColumn - 1), 'X');
    assert.equal(file.findings.filter((f: { rule: string }) => f.rule === 'placeholder').length, 153);
  });

  it('counts columns in UTF-16 code units (a character outside the BMP counts two)', () => {
    const dir = tempDir();
    try {
      put(dir, 'a.txt', '𠀀𠀀投资XX亿元\n');
      const [f] = JSON.parse(cli(['check', 'a.txt', '--format', 'json'], dir).stdout).files[0].findings;
      assert.deepEqual([f.rule, f.line, f.column, f.endColumn], ['placeholder', 1, 7, 9]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints file:line:col  severity  rule  message, then a summary, in Chinese by default', () => {
    const { code, stdout } = cli(['check', SAMPLE_ARG], ROOT);
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    const placeholderLine = lines.find((l) => l.startsWith(`${SAMPLE_ARG}:2:130  `));
    assert.equal(placeholderLine, `${SAMPLE_ARG}:2:130  警告  placeholder  未填写的占位符“X”`);
    for (const line of lines.slice(0, -1)) assert.match(line, /^test\/fixtures\/corpus\/[^:]+:\d+:\d+ {2}(错误|警告|提示) {2}[a-z-]+ {2}\S/);
    const warnings = lines.length - 1;
    assert.equal(lines.at(-1), `检查了 1 个文件：错误 0 个，警告 ${warnings} 个，提示 0 个，占位符 153 处`);
  });

  it('switches to English with --lang en', () => {
    const { stdout } = cli(['check', SAMPLE_ARG, '--lang', 'en'], ROOT);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(lines.includes(`${SAMPLE_ARG}:2:130  warning  placeholder  Unfilled placeholder "X"`));
    assert.equal(lines.at(-1), `1 file checked: 0 errors, ${lines.length - 1} warnings, 0 infos, 153 placeholders`);
  });

  it('prints SARIF 2.1.0 that GitHub code scanning accepts', () => {
    const dir = tempDir();
    try {
      putSample(dir, '报告/草稿 一.txt');
      const { code, stdout } = cli(['check', '--format', 'sarif', '--lang', 'en'], dir);
      assert.equal(code, 0);
      const sarif = JSON.parse(stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
      assert.equal(sarif.runs.length, 1);
      const [runLog] = sarif.runs;
      assert.equal(runLog.columnKind, 'utf16CodeUnits');
      const { driver } = runLog.tool;
      assert.equal(driver.name, 'govreport');
      assert.match(driver.informationUri, /^https:\/\//);
      assert.equal(driver.version, VERSION);
      assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), ruleIds);
      driver.rules.forEach((r: Record<string, any>, i: number) => {
        assert.ok(r.shortDescription.text.length > 0);
        assert.equal(r.helpUri, `${driver.informationUri}/blob/main/docs/rules/${r.id}.md`);
        assert.equal(r.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note' }[rules[i]!.severity]);
      });
      assert.equal(runLog.results.length, lint(corpus(SAMPLE).text, { format: 'text' }).findings.length);
      for (const result of runLog.results) {
        assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(result.level));
        assert.ok(result.message.text.length > 0);
        assert.equal(result.locations.length, 1);
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.equal(artifactLocation.uri, `${encodeURIComponent('报告')}/${encodeURIComponent('草稿 一.txt')}`);
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
      }
      const first = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'placeholder');
      assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 2, startColumn: 130, endLine: 2, endColumn: 131 });
      assert.deepEqual(runLog.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies the nearest .govreportrc.json to each file, and --config to all', () => {
    const dir = tempDir();
    try {
      putSample(dir, 'final/a.txt');
      putSample(dir, 'draft/a.txt');
      put(dir, 'final/.govreportrc.json', JSON.stringify({ placeholderSeverity: 'error' }));
      put(dir, 'strict.json', JSON.stringify({ rules: { placeholder: 'error', 'number-range': 'off' } }));
      const json = JSON.parse(cli(['check', '--format', 'json'], dir).stdout);
      const severities = (i: number) => new Set(json.files[i].findings.filter((f: any) => f.rule === 'placeholder').map((f: any) => f.severity));
      assert.deepEqual(json.files.map((f: { file: string }) => f.file), ['draft/a.txt', 'final/a.txt']);
      assert.deepEqual(severities(0), new Set(['warning']));
      assert.deepEqual(severities(1), new Set(['error']));

      const strict = cli(['check', 'draft', '--config', 'strict.json', '--format', 'json'], dir);
      assert.equal(strict.code, 1);
      const findings = JSON.parse(strict.stdout).files[0].findings;
      assert.ok(findings.every((f: { rule: string }) => f.rule !== 'number-range'));
      assert.ok(findings.some((f: { severity: string }) => f.severity === 'error'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli: exit codes', () => {
  it('0 without error findings, 1 with one, 2 on a bad config (one message, nothing checked)', () => {
    const dir = tempDir();
    try {
      putSample(dir, 'a.txt');
      assert.equal(cli(['check', 'a.txt'], dir).code, 0);
      put(dir, '.govreportrc.json', '{"placeholderSeverity": "error"}');
      const withErrors = cli(['check', 'a.txt'], dir);
      assert.equal(withErrors.code, 1);
      assert.match(withErrors.stdout.trimEnd().split('\n').at(-1)!, /^检查了 1 个文件：错误 153 个/);

      put(dir, '.govreportrc.json', '{"rules": {"placeholder": "warn"}}');
      const bad = cli(['check', 'a.txt', '--lang', 'en'], dir);
      assert.equal(bad.code, 2);
      assert.equal(bad.stdout, '');
      assert.equal(
        bad.stderr,
        `${join(dir, '.govreportrc.json')}:1:27: rules.placeholder: expected one of "off", "info", "warning", "error", or a [level, options] pair, found "warn"\n`,
      );

      put(dir, '.govreportrc.json', '{"rules": {');
      const broken = cli(['check', 'a.txt'], dir);
      assert.equal(broken.code, 2);
      assert.equal(broken.stderr, `${join(dir, '.govreportrc.json')}:1:12：JSON 语法错误：应为“}”，实际为文件结束\n`);

      const missing = cli(['check', 'a.txt', '--config', 'nope.json', '--lang', 'en'], dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, `${join(dir, 'nope.json')}: cannot read the config file (ENOENT)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('2 on usage errors, with the usage on stderr', () => {
    for (const argv of [['lint'], ['check', '--frobnicate'], ['check', '--format', 'xml'], ['check', '--format'], ['outline'], ['outline', 'a.txt', '--fix'], []]) {
      const { code, stdout, stderr } = cli(argv, CORPUS_DIR);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '', argv.join(' '));
      assert.match(stderr, /用法：\n {2}govreport check/, argv.join(' '));
    }
    assert.match(cli(['check', '--frobnicate'], CORPUS_DIR).stderr, /^未知选项：--frobnicate\n/);
    assert.match(cli(['lint', '--lang', 'en'], CORPUS_DIR).stderr, /^Unknown command: lint\n\nUsage:/);
    assert.match(cli(['check', '--format', 'xml', '--lang=en'], CORPUS_DIR).stderr, /^Invalid value for --format: xml \(expected text, json, sarif\)/);
    assert.match(cli(['check', '--format'], CORPUS_DIR).stderr, /^选项 --format 需要一个值/);
    assert.match(cli(['outline', 'a.txt', '--fix'], CORPUS_DIR).stderr, /^未知选项：--fix/);
  });

  it('--help and --version print to stdout and exit 0', () => {
    const help = cli(['--help'], CORPUS_DIR);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^用法：/);
    assert.match(cli(['check', '--help', '--lang', 'en'], CORPUS_DIR).stdout, /^Usage:\n {2}govreport check/);
    const version = cli(['--version'], CORPUS_DIR);
    assert.deepEqual(version, { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('cli: unreadable input', () => {
  it('reports binary, non-UTF-8, UTF-16 and missing files and still checks the others (exit 2)', () => {
    const dir = tempDir();
    try {
      putSample(dir, 'good.txt');
      put(dir, 'binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
      put(dir, 'gbk.txt', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6])); // 中文报告 in GBK
      put(dir, 'utf16.txt', Buffer.from('\uFEFF报告', 'utf16le'));
      const args = ['check', 'binary.txt', 'gbk.txt', 'missing.txt', 'utf16.txt', 'good.txt', '*.nothing', '--format', 'json', '--lang', 'en'];
      const { code, stdout, stderr } = cli(args, dir);
      assert.equal(code, 2);
      const files = JSON.parse(stdout).files;
      assert.deepEqual(
        files.map((f: { file: string; error?: string }) => [f.file, f.error?.split(/[;(]/)[0]]),
        [
          ['binary.txt', 'looks like a binary file '],
          ['gbk.txt', 'not valid UTF-8 '],
          ['missing.txt', 'no such file or directory'],
          ['utf16.txt', 'the file is UTF-16'],
          ['good.txt', undefined],
          ['*.nothing', 'no files match'],
        ],
      );
      assert.equal(files[4].findings.length, lint(corpus(SAMPLE).text, { format: 'text' }).findings.length);
      assert.ok(files.filter((f: { error?: string }) => f.error).every((f: { findings: unknown[] }) => f.findings.length === 0));
      assert.match(files[1].error, /it looks like GBK\/GB18030.*iconv -f GBK -t UTF-8 "gbk\.txt"/);
      assert.deepEqual(stderr.trimEnd().split('\n').map((l) => l.split(':')[0]), ['binary.txt', 'gbk.txt', 'missing.txt', 'utf16.txt', '*.nothing']);

      const text = cli(['check', 'gbk.txt', 'good.txt'], dir);
      assert.equal(text.code, 2);
      assert.match(text.stderr, /^gbk\.txt：不是有效的 UTF-8 文本（看起来是 GBK\/GB18030 编码）/);
      assert.match(text.stdout.trimEnd().split('\n').at(-1)!, /^检查了 1 个文件：.*；1 个文件无法检查$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('strips a BOM for checking: columns on the first line are not shifted', () => {
    const dir = tempDir();
    try {
      put(dir, 'bom.txt', '\uFEFF投资XX亿元\n');
      const [f] = JSON.parse(cli(['check', 'bom.txt', '--format', 'json'], dir).stdout).files[0].findings;
      assert.deepEqual([f.line, f.column], [1, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks a 10 MB file', function () {
    this.timeout(60000);
    const dir = tempDir();
    try {
      const { text } = corpus(SAMPLE);
      const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(text));
      put(dir, 'big.txt', text.repeat(copies));
      const { code, stdout } = cli(['check', 'big.txt', '--lang', 'en'], dir);
      assert.equal(code, 0);
      assert.match(stdout.trimEnd().split('\n').at(-1)!, new RegExp(`^1 file checked: 0 errors, \\d+ warnings, 0 infos, ${153 * copies} placeholders$`));
      assert.ok(readFileSync(join(dir, 'big.txt')).length >= 10 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
