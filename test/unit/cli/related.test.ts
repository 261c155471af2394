// A finding that names another place (figure-mismatch's earlier mention) carries it in every output format.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { cli, put, tempDir } from './helpers';

// 05_national_2022_gwr.txt: the 2022 targets, then the plan part restating 粮食产量 with another value.
const DRAFT =
  '二、2022年经济社会发展总体要求和政策取向\n' +
  '今年发展主要预期目标是：国内生产总值增长5.5%左右；粮食产量保持在1.3万亿斤以上。\n' +
  '三、2022年政府工作任务\n' +
  '加强粮食等重要农产品稳产保供。稳定粮食播种面积，确保粮食产量保持在1.4万亿斤以上。\n';
const LATER = { line: 4, column: DRAFT.split('\n')[3]!.indexOf('确保') + 1 };
const EARLIER = { line: 2, column: DRAFT.split('\n')[1]!.indexOf('粮食产量') + 1 };
const EARLIER_TEXT = '粮食产量保持在1.3万亿斤以上';

function withDraft(test: (dir: string) => void): void {
  const dir = tempDir();
  try {
    put(dir, '报告/草稿.txt', DRAFT);
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cli: related places of a finding', () => {
  it('prints a ↳ line with the earlier mention under the finding in text output', () => {
    withDraft((dir) => {
      const { code, stdout } = cli(['check', '报告/草稿.txt'], dir);
      assert.equal(code, 0);
      const lines = stdout.split('\n');
      const at = lines.findIndex((l) => l.includes('  figure-mismatch  '));
      assert.ok(at !== -1, stdout);
      assert.ok(lines[at]!.startsWith(`报告/草稿.txt:${LATER.line}:${LATER.column}  警告  figure-mismatch  “粮食产量”前后数值不一致`), lines[at]);
      assert.equal(lines[at + 1], `    ↳ 报告/草稿.txt:${EARLIER.line}:${EARLIER.column}  此前的提法：“${EARLIER_TEXT}”`);
      // Findings without related places have no ↳ line.
      assert.equal(lines.filter((l) => l.includes('↳')).length, 1);
    });
  });

  it('gives `related` with 1-based positions and the message in JSON', () => {
    withDraft((dir) => {
      const json = JSON.parse(cli(['check', '报告/草稿.txt', '--format', 'json', '--lang', 'en'], dir).stdout);
      const findings = json.files[0].findings;
      const f = findings.find((x: { rule: string }) => x.rule === 'figure-mismatch');
      assert.deepEqual([f.line, f.column], [LATER.line, LATER.column]);
      assert.deepEqual(f.related, [
        {
          line: EARLIER.line,
          column: EARLIER.column,
          endLine: EARLIER.line,
          endColumn: EARLIER.column + EARLIER_TEXT.length,
          message: `Earlier mention: "${EARLIER_TEXT}"`,
        },
      ]);
      for (const other of findings.filter((x: { rule: string }) => x.rule !== 'figure-mismatch')) assert.equal(other.related, undefined);
    });
  });

  it('gives SARIF relatedLocations with ids, the same file and messages', () => {
    withDraft((dir) => {
      const sarif = JSON.parse(cli(['check', '--format', 'sarif'], dir).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'figure-mismatch');
      assert.ok(result);
      const uri = `${encodeURIComponent('报告')}/${encodeURIComponent('草稿.txt')}`;
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, uri);
      assert.deepEqual(result.locations[0].physicalLocation.region.startLine, LATER.line);
      assert.deepEqual(result.relatedLocations, [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: EARLIER.line, startColumn: EARLIER.column, endLine: EARLIER.line, endColumn: EARLIER.column + EARLIER_TEXT.length },
          },
          message: { text: `此前的提法：“${EARLIER_TEXT}”` },
        },
      ]);
      assert.match(result.message.text, /第2行为“粮食产量保持在1\.3万亿斤以上”/);
    });
  });
});
