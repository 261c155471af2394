// `govreport check --config` with officialFigures tables (test/fixtures/official): the seed draft, a Markdown
// report, --fix, and a malformed CSV (exit 2 naming file, row and column), through the real CLI.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE } from '../helpers';
import { build, cli, put, ROOT, spawnCli, tempDir } from './helpers';

const OFFICIAL = 'test/fixtures/official';
const DRAFT = `test/fixtures/corpus/${SAMPLE}`;
const MD = `${OFFICIAL}/hailar-2019-review.md`;

interface JsonFinding {
  rule: string;
  line: number;
  column: number;
  message: string;
}

function findings(argv: string[], cwd = ROOT): { code: number; byFile: Map<string, JsonFinding[]> } {
  const { code, stdout, stderr } = cli(['check', ...argv, '--format', 'json'], cwd);
  assert.equal(stderr, '');
  const files = JSON.parse(stdout).files as { file: string; findings: JsonFinding[] }[];
  return { code, byFile: new Map(files.map((f) => [f.file, f.findings])) };
}

const official = (list: JsonFinding[] = []) => list.filter((f) => f.rule === 'official-figure');

describe('cli: check with official figure tables', () => {
  it('reports the planted rows on the seed draft and on a Markdown report; placeholders stay placeholders', () => {
    const { code, byFile } = findings([DRAFT, MD, '--config', `${OFFICIAL}/.govreportrc.json`]);
    assert.equal(code, 0);
    const draft = byFile.get(DRAFT)!;
    assert.deepEqual(
      official(draft).map((f) => [f.line, f.column, f.message]),
      [[14, 136, '与官方数据不一致：“优良天数”2021年官方数据为230天（来源：planted: the draft says 225天），此处为“225天”']],
    );
    assert.equal(draft.filter((f) => f.rule === 'placeholder').length, 153);
    assert.deepEqual(official(byFile.get(MD)).map((f) => [f.line, f.message]), [
      [13, '与官方数据不一致：“社会消费品零售总额”2018年官方数据为176.4亿元（来源：planted: the report says 174.2亿元），此处为“174.2亿元”'],
    ]);
  });

  it('finds the nearest config for a file, and is quiet with the true tables', () => {
    assert.equal(official(findings([MD]).byFile.get(MD)).length, 1);
    const { byFile } = findings([DRAFT, MD, '--config', `${OFFICIAL}/base.govreportrc.json`]);
    assert.deepEqual([...byFile.values()].flatMap(official), []);
  });

  it('--fix writes the official value', () => {
    const dir = tempDir();
    try {
      for (const f of ['base.govreportrc.json', 'hailar-2018.csv', 'county-2021.csv', 'planted.csv', 'planted.json', '.govreportrc.json', 'hailar-2019-review.md']) {
        copyFileSync(join(ROOT, OFFICIAL, f), join(dir, f));
      }
      assert.equal(cli(['check', 'hailar-2019-review.md', '--fix'], dir).code, 0);
      assert.match(readFileSync(join(dir, 'hailar-2019-review.md'), 'utf8'), /社会消费品零售总额完成176\.4亿元/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the bundled dist/cli.js', () => {
    before(function () {
      this.timeout(60000);
      build();
    });

    it('exits 2 on a malformed CSV, naming the file, the row and the column, in the message language', () => {
      const dir = tempDir();
      try {
        copyFileSync(join(ROOT, MD), join(dir, 'report.md'));
        put(dir, '统计/2018年主要指标.csv', '指标,数值,单位,期间,口径,来源\n地区生产总值,192.3,亿元,2018年,,统计公报\n粮食产量,很多,亿斤,2018年,,统计公报\n');
        put(dir, 'x.json', '{"officialFigures":["统计/2018年主要指标.csv"]}');
        const table = join(dir, '统计', '2018年主要指标.csv');
        const zh = spawnCli(['check', 'report.md', '--config', 'x.json'], dir);
        assert.equal(zh.code, 2);
        assert.equal(zh.stdout, '');
        assert.equal(zh.stderr, `${table}:3:6：第3行第2列（数值）：应为数值（如 5.2 或 1.2万亿元），实际为"很多"\n`);
        const en = spawnCli(['check', 'report.md', '--config', 'x.json', '--lang', 'en'], dir);
        assert.equal(en.code, 2);
        assert.equal(en.stderr, `${table}:3:6: row 3, column 2 (数值): expected a number (e.g. 5.2 or 1.2万亿元), found "很多"\n`);
        // A table the config names but that is not there: the config entry is named.
        put(dir, 'y.json', '{"officialFigures":["统计/missing.csv"]}');
        const missing = spawnCli(['check', 'report.md', '--config', 'y.json', '--lang', 'en'], dir);
        assert.equal(missing.code, 2);
        assert.match(missing.stderr, /y\.json: officialFigures\[0\]: expected a readable official figures table, found ".*missing\.csv" \(ENOENT\)/);
        // The good table works through the bundle too.
        put(dir, '统计/2018年主要指标.csv', '指标,数值,单位,期间\n社会消费品零售总额,176.4,亿元,2018年\n');
        const ok = spawnCli(['check', 'report.md', '--config', 'x.json', '--format', 'json'], dir);
        assert.equal(ok.code, 0);
        assert.deepEqual(official(JSON.parse(ok.stdout).files[0].findings).map((f: JsonFinding) => f.line), [13]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
