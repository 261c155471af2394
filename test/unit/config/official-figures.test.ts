// Official figure tables: CSV (RFC 4180, either header language, BOM, CRLF) and JSON, read through the config
// loader; a broken table is a ConfigError naming the file, the row and the column.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { ConfigError, createConfigLoader } from '../../../src/core/config';
import { parseOfficialTable } from '../../../src/core/config/officialFigures';

/** A loader over in-memory files under /team/. */
function loaderOf(files: Record<string, string>) {
  return createConfigLoader({
    readFile: (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    resolve: (from, ref) => posix.resolve(posix.dirname(from), ref),
  });
}

/** The ConfigError `fn` throws. */
function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a ConfigError');
}

const HEADER = '指标,数值,单位,期间,口径,来源,别名';

describe('config: official figure tables', () => {
  it('reads a CSV with the Chinese header: units in the value or their column, periods, aliases, RFC 4180 quoting', () => {
    const rows = parseOfficialTable(
      [
        HEADER,
        '地区生产总值,192.3,亿元,2018年,,海拉尔区2018年统计公报,GDP|生产总值',
        '"粮食产量",1.4亿斤,,2018,,"统计局, ""快报""",',
        '社会消费品零售总额,"1,586",亿元,2018年1-11月,,"月报',
        '（修订）",',
        '工业增加值增速,11.1,%,2018年,规模以上,,',
      ].join('\n'),
      'a.csv',
    );
    assert.deepEqual(
      rows.map((r) => [r.indicator, r.value, r.unit, r.amount, r.year, r.months, r.scope, r.source, r.aliases, r.line]),
      [
        ['地区生产总值', '192.3', '亿元', 192.3e8, 2018, undefined, undefined, '海拉尔区2018年统计公报', ['GDP', '生产总值'], 2],
        ['粮食产量', '1.4', '亿斤', 1.4e8, 2018, undefined, undefined, '统计局, "快报"', [], 3],
        ['社会消费品零售总额', '1586', '亿元', 1586e8, 2018, [1, 11], undefined, '月报\n（修订）', [], 4],
        ['工业增加值增速', '11.1', '%', 11.1, 2018, undefined, '规模以上', undefined, [], 6],
      ],
    );
  });

  it('reads the English header, a BOM and CRLF, and a JSON table with either language', () => {
    const csv = parseOfficialTable('\uFEFFindicator,value,unit\r\nGDP,1.2万亿元,\r\n\r\n', 'a.csv');
    assert.deepEqual(csv.map((r) => [r.indicator, r.amount, r.unit, r.line]), [['GDP', 1.2e12, '万亿元', 2]]);
    const json = parseOfficialTable('[\n {"指标":"优良天数","数值":225,"单位":"天","期间":"2021年"},\n {"indicator":"x","value":"5","unit":"%","period":"2021"}\n]', 't.json');
    assert.deepEqual(json.map((r) => [r.indicator, r.value, r.unit, r.year, r.line]), [['优良天数', '225', '天', 2021, 2], ['x', '5', '%', 2021, 3]]);
  });

  it('names the file, the row and the column of a broken CSV, in both languages', () => {
    const cases: [string, string, string][] = [
      [`${HEADER}\n地区生产总值,abc,亿元,2018年,,,`, 't.csv:2:8: row 2, column 2 (数值): expected a number (e.g. 5.2 or 1.2万亿元), found "abc"', 't.csv:2:8：第2行第2列（数值）：应为数值（如 5.2 或 1.2万亿元），实际为"abc"'],
      [`${HEADER}\n地区生产总值,5,斤斤,2018年,,,`, 't.csv:2:10: row 2, column 3 (单位): expected a known unit (e.g. 亿元, 万吨, %, 个百分点), found "斤斤"', ''],
      [`${HEADER}\n地区生产总值,5,亿元,2018年,,`, 't.csv:2:21: row 2, column 7 (别名): expected 7 cells as in the header, found 6', ''],
      [`${HEADER}\n地区生产总值,5,亿元,2018年,,,,`, 't.csv:2:22: row 2, column 8 (—): expected 7 cells as in the header, found 8', ''],
      [`${HEADER}\n地区生产总值,5,亿元,18年,,,`, 't.csv:2:13: row 2, column 4 (期间): expected a period like 2025年, 2025 or 2025年1-11月, found "18年"', ''],
      ['指标,值,单位\n', 't.csv:1:4: row 1, column 2 (值)', ''],
      ['指标;数值;单位\n', 't.csv:1:1: row 1, column 1 (指标;数值;单位): expected columns separated by commas, not by ;', ''],
      [`${HEADER}\n"地区生产总值,5,亿元,2018年,,,`, 't.csv:2:1: row 2: invalid CSV: a quoted field is not closed (a " is missing)', ''],
      ['', 't.csv:1:1: row 1: expected a header row', ''],
      [`${HEADER}\n粮食产量,1.4亿斤,万吨,2018年,,,`, 't.csv:2:12: row 2, column 3 (单位): expected the unit the value carries (亿斤), found "万吨"', ''],
      ['指标,数值,单位\n\ufffd\ufffd,5,亿元', 't.csv:1:1: row 1: expected UTF-8 text', ''],
    ];
    for (const [text, en, zh] of cases) {
      const err = thrown(() => parseOfficialTable(text, 't.csv'));
      assert.ok(err.text.en.startsWith(en), `${err.text.en}\n  should start with\n${en}`);
      if (zh) assert.equal(err.text.zh, zh);
      assert.equal(err.location.file, 't.csv');
    }
    // Cells counted after a quoted multi-line field: the next row is on its own line.
    const err = thrown(() => parseOfficialTable(`${HEADER}\n"a\nb",5,亿元,2018年,,,\nc,x,亿元,2018年,,,`, 't.csv'));
    assert.equal(err.location.line, 4);
    assert.match(err.text.en, /row 4, column 2 \(数值\)/);
  });

  it('lists every broken row, and the missing required columns', () => {
    const err = thrown(() => parseOfficialTable(`${HEADER}\na,x,亿元,,,,\nb,1,米粒,,,,\nc,2,亿元,,,,`, 't.csv'));
    assert.deepEqual(err.problems.map((p) => p.location.line), [2, 3]);
    assert.match(thrown(() => parseOfficialTable('指标,来源\n', 't.csv')).text.zh, /表头缺少列 数值\/value, 单位\/unit/);
  });

  it('names the row (line) and key of a broken JSON table', () => {
    const err = thrown(() => parseOfficialTable('[\n {"指标":"a","数值":"1","单位":"亿元"},\n {"指标":"b","数值":"1","单位":"亿元","颜色":"红"}\n]', 't.json'));
    assert.match(err.text.en, /^t\.json:3:\d+: row 3, key "颜色": expected a known key/);
    assert.match(thrown(() => parseOfficialTable('[{"指标":"a","数值":true,"单位":"亿元"}]', 't.json')).text.en, /key "数值": expected a number or a string, found true/);
    assert.match(thrown(() => parseOfficialTable('{"指标":"a"}', 't.json')).text.en, /expected an array of rows/);
    assert.match(thrown(() => parseOfficialTable('[\n"地区生产总值"\n]', 't.json')).text.en, /^t\.json:2:1: row 2: expected an object, found "地区生产总值"/);
    assert.match(thrown(() => parseOfficialTable('[{"指标":"a",}]', 't.json')).text.en, /^t\.json:1:\d+: row 1: invalid JSON/);
  });

  it('loads tables relative to the config that names them; extends puts base rows first, a later row for the same key wins', () => {
    const loader = loaderOf({
      '/team/shared/base.json': '{"officialFigures":["stats/2018.csv"]}',
      '/team/shared/stats/2018.csv': `${HEADER}\n地区生产总值,192.3,亿元,2018年,,统计公报,\n粮食产量,1.4,亿斤,2018年,,统计公报,`,
      '/team/draft/.govreportrc.json': '{"extends":"../shared/base.json","officialFigures":["fix.json"]}',
      '/team/draft/fix.json': '[{"指标":"地区生产总值","数值":"193","单位":"亿元","期间":"2018年","来源":"修订"}]',
    });
    const rows = loader.load('/team/draft/.govreportrc.json').officialFigures!;
    assert.deepEqual(rows.map((r) => [r.indicator, r.value, r.file]), [
      ['粮食产量', '1.4', '/team/shared/stats/2018.csv'],
      ['地区生产总值', '193', '/team/draft/fix.json'],
    ]);
    assert.equal(loader.load('/team/shared/base.json').officialFigures!.length, 2);
  });

  it('a missing or broken table fails load (the CLI) and is set aside by loadKeepingGoing (the editor)', () => {
    const files = {
      '/team/.govreportrc.json': '{"rules":{"placeholder":"error"},"officialFigures":["good.csv","missing.csv","bad.csv"]}',
      '/team/good.csv': '指标,数值,单位\n粮食产量,1.4,亿斤',
      '/team/bad.csv': '指标,数值,单位\n粮食产量,很多,亿斤',
    };
    const err = thrown(() => loaderOf(files).load('/team/.govreportrc.json'));
    assert.deepEqual(err.problems.map((p) => p.location.file), ['/team/.govreportrc.json', '/team/bad.csv']);
    assert.match(err.text.en, /officialFigures\[1\]: expected a readable official figures table, found "\/team\/missing\.csv" \(ENOENT\)/);
    assert.match(err.text.zh, /\/team\/bad\.csv:2:\d+：第2行第2列（数值）：应为数值/);
    const kept = loaderOf(files).loadKeepingGoing('/team/.govreportrc.json');
    assert.equal(kept.config.rules.placeholder, 'error');
    assert.deepEqual(kept.config.officialFigures!.map((r) => r.indicator), ['粮食产量']);
    assert.equal(kept.tableErrors.length, 2);
  });
});
