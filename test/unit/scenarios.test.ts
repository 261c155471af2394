// Fixtures carry their expectations inline: a line ending in `⟦rule-id, rule-id⟧` must get
// exactly those findings (starting on that line); every other line must get none of the rules
// the fixture names in its first line `⟦rules: a, b⟧`. `⟦rule-id@12⟧` also pins the finding's
// column (0-based, UTF-16), for a check that must be told apart from another at the same line.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';

const DIR = join(__dirname, '..', 'fixtures', 'scenarios');
const MARK = /\s*⟦([^⟧]*)⟧\s*$/;

function parseFixture(raw: string) {
  const lines = raw.split('\n');
  const header = /^⟦rules:\s*([^⟧]*)⟧$/.exec(lines[0]!.trim());
  assert.ok(header, 'fixture must start with ⟦rules: …⟧');
  const rules = header[1]!.split(',').map((s) => s.trim());
  const expected: { line: number; rule: string; column?: number }[] = [];
  const body = lines.slice(1).map((line, i) => {
    const m = MARK.exec(line);
    if (!m) return line;
    for (const mark of m[1]!.split(',').map((s) => s.trim())) {
      const [rule, column] = mark.split('@');
      expected.push({ line: i, rule: rule!, ...(column ? { column: Number(column) } : {}) });
    }
    return line.slice(0, m.index);
  });
  return { rules, expected, text: body.join('\n') };
}

describe('scenario fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const { rules, expected, text } = parseFixture(readFileSync(join(DIR, name), 'utf8'));
      const { findings } = lint(text, { format: name.endsWith('.md') ? 'markdown' : 'text' });
      const kept = findings.filter((f) => rules.includes(f.rule));
      // A pinned column is compared only where the fixture pins one.
      const key = (line: number, rule: string, column?: number) => `${line}:${rule}${column === undefined ? '' : `@${column}`}`;
      const actual = kept.map((f) => {
        const pinned = expected.some((e) => e.line === f.range.startLine && e.rule === f.rule && e.column !== undefined);
        return key(f.range.startLine, f.rule, pinned ? f.range.startColumn : undefined);
      });
      assert.deepEqual(actual.sort(), expected.map((e) => key(e.line, e.rule, e.column)).sort());
    });
  }
});
