import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { formatOutlineCsv } from '../../../src/core/outline/format/csv';
import { extractOutline } from '../../../src/core/outline';
import type { Outline } from '../../../src/core/outline/types';
import { parseReport } from '../../../src/core/parse';
import { corpus, SAMPLE } from '../helpers';
import { cli, put, ROOT, tempDir } from './helpers';

const SAMPLE_ARG = `test/fixtures/corpus/${SAMPLE}`;
const outline = extractOutline(parseReport(corpus(SAMPLE).text, { format: 'text' }));

/** Minimal RFC 4180 reader for the checks below. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('cli: outline', () => {
  it('prints Markdown by default: section tree, goals and achievements apart, projects', () => {
    const { code, stdout, stderr } = cli(['outline', SAMPLE_ARG], ROOT);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const lines = stdout.split('\n');
    assert.equal(lines[0], `# 提纲：${SAMPLE_ARG}`);
    assert.ok(lines.includes('- 一、2021年工作回顾（第 3 行）'));
    assert.ok(lines.includes('  - （一）产业转型蹄疾步稳（第 5 行）'));
    assert.ok(lines.includes(`## 目标（${outline.goals.length}）`));
    assert.ok(lines.includes(`## 成绩（${outline.achievements.length}）`));
    assert.ok(lines.includes(`## 项目（${outline.projects.length}）`));
    assert.ok(lines.includes('| 项目 | 投资 | 状态 | 章节 | 行 |'));
    const rows = lines.filter((l) => l.startsWith('| ') && !/^\| (章节|项目|---) \|/.test(l));
    assert.equal(rows.length, outline.goals.length + outline.achievements.length + outline.projects.length);
    assert.match(cli(['outline', SAMPLE_ARG, '--lang', 'en'], ROOT).stdout, /^# Outline: .*\n\n## Sections\n\n- 一、2021年工作回顾 \(line 3\)\n/);
  });

  it('prints JSON with 1-based lines', () => {
    const json = JSON.parse(cli(['outline', SAMPLE_ARG, '--format', 'json'], ROOT).stdout);
    assert.deepEqual(Object.keys(json), ['sections', 'goals', 'achievements', 'projects']);
    assert.deepEqual(
      { ...json.sections[0], children: json.sections[0].children.length },
      { marker: '一、', title: '2021年工作回顾', line: 3, children: 5 },
    );
    assert.equal(json.goals.length, outline.goals.length);
    assert.equal(json.achievements.length, outline.achievements.length);
    assert.deepEqual(Object.keys(json.projects[0]), ['name', 'investment', 'status', 'section', 'line', 'stage']);
    assert.deepEqual(Object.keys(json.goals[0]), [
      'text', 'section', 'line', 'indicator', 'value', 'amount', 'upper', 'unit', 'comparator', 'change', 'period', 'unfilled', 'column',
    ]);
    assert.equal(json.goals[0].line, outline.goals[0]!.range.startLine + 1);
    const firms = json.goals.find((g: { text: string }) => g.text === '力争新增高新技术企业10家');
    assert.deepEqual([firms.indicator, firms.value, firms.amount, firms.unit, firms.comparator, firms.unfilled], ['高新技术企业', '10', 10, '家', '力争', false]);
    assert.equal(json.goals.find((g: { indicator: string }) => g.indicator === '生产总值').unfilled, true);
  });

  it('prints one CSV table: UTF-8 BOM, CRLF, columns kind,section,item,amount,status,line,indicator,value,unit,comparator', () => {
    const { stdout } = cli(['outline', SAMPLE_ARG, '--format', 'csv'], ROOT);
    assert.ok(stdout.startsWith('\uFEFFkind,section,item,amount,status,line,indicator,value,unit,comparator\r\n'));
    const rows = parseCsv(stdout.slice(1));
    assert.ok(rows.every((r) => r.length === 10));
    const body = rows.slice(1);
    const count = (kind: string) => body.filter((r) => r[0] === kind).length;
    assert.equal(count('goal'), outline.goals.length);
    assert.equal(count('achievement'), outline.achievements.length);
    assert.equal(count('project'), outline.projects.length);
    assert.deepEqual(body.find((r) => r[0] === 'section' && r[2] === '（一）产业转型蹄疾步稳'), [
      'section',
      '一、2021年工作回顾',
      '（一）产业转型蹄疾步稳',
      '',
      '',
      '5',
      '',
      '',
      '',
      '',
    ]);
    assert.ok(body.some((r) => r[0] === 'goal' && r[2] === '力争新增高新技术企业10家' && r.slice(6).join('|') === '高新技术企业|10|家|力争'));
    const project = outline.projects.find((p) => p.investment)!;
    assert.ok(body.some((r) => r[0] === 'project' && r[2] === project.name && r[3] === project.investment));
  });

  it('quotes CSV fields per RFC 4180', () => {
    const range = { start: 0, end: 1, startLine: 0, startColumn: 0, endLine: 0, endColumn: 1 };
    const synthetic: Outline = {
      sections: [],
      goals: [],
      achievements: [],
      projects: [{ name: 'A "B", C', investment: '1,000万元', status: '在建\n续建', section: 'S', range }],
    };
    assert.equal(
      formatOutlineCsv(synthetic),
      '\uFEFFkind,section,item,amount,status,line,indicator,value,unit,comparator\r\nproject,S,"A ""B"", C","1,000万元","在建\n续建",1,,,,\r\n',
    );
  });

  it('fails with exit 2 on a missing, binary or directory input', () => {
    const dir = tempDir();
    try {
      put(dir, 'bin.txt', Buffer.from([0, 1, 2]));
      assert.deepEqual(cli(['outline', 'nope.txt'], dir), { code: 2, stdout: '', stderr: 'nope.txt：文件或目录不存在\n' });
      assert.equal(cli(['outline', 'bin.txt', '--lang', 'en'], dir).stderr, 'bin.txt: looks like a binary file (NUL bytes in the first 8 KB); skipped\n');
      assert.equal(cli(['outline', '.', '--lang', 'en'], dir).stderr, '.: is a directory, not a file\n');
      assert.equal(cli(['outline', 'a.txt', 'b.txt'], dir).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
