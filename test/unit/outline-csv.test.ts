import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { extractOutline } from '../../src/core/outline';
import { formatOutlineCsv } from '../../src/core/outline/format/csv';

const report = readFileSync(join(__dirname, '..', 'integration', 'workspace', 'report.md'), 'utf8');
const outline = extractOutline(lint(report, { format: 'markdown' }).doc);

describe('outline CSV for the editor export', () => {
  it('keeps the CLI table by default: id headers, section rows, the title in paths', () => {
    const lines = formatOutlineCsv(outline).split('\r\n');
    assert.equal(lines[0], '\uFEFFkind,section,item,amount,status,line,indicator,value,unit,comparator');
    assert.ok(lines.includes('section,,2024年政府工作报告,,,1,,,,'));
  });

  it('itemsOnly: Chinese headers and kinds, no section rows, paths without the document title', () => {
    const csv = formatOutlineCsv(outline, {
      headers: { kind: '类别', section: '章节', item: '事项', amount: '金额', status: '状态', line: '行', indicator: '指标', value: '数值', unit: '单位', comparator: '限定词' },
      kinds: { section: '章节', goal: '目标', achievement: '成绩', project: '项目' },
      itemsOnly: true,
    });
    assert.ok(csv.startsWith('\uFEFF类别,章节,事项,金额,状态,行,指标,数值,单位,限定词\r\n'));
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    assert.ok(rows.length > 5);
    assert.ok(rows.every((r) => /^(目标|成绩|项目),/.test(r)), rows.join('\n'));
    assert.ok(rows.includes('目标,二、2024年主要目标和重点工作,地区生产总值增长6%左右,,,29,地区生产总值,6,%,左右'));
    assert.ok(!csv.includes('2024年政府工作报告'), 'the title is not repeated on every row');
  });
});
