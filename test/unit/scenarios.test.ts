// Fixtures carry their expectations inline: a line ending in `⟦rule-id, rule-id⟧` must get
// exactly those findings (starting on that line); every other line must get none of the rules
// the fixture names in its first line `⟦rules: a, b⟧`.
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
  const expected: string[] = [];
  const body = lines.slice(1).map((line, i) => {
    const m = MARK.exec(line);
    if (!m) return line;
    for (const rule of m[1]!.split(',').map((s) => s.trim())) expected.push(`${i}:${rule}`);
    return line.slice(0, m.index);
  });
  return { rules, expected: expected.sort(), text: body.join('\n') };
}

describe('scenario fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const { rules, expected, text } = parseFixture(readFileSync(join(DIR, name), 'utf8'));
      const { findings } = lint(text, { format: name.endsWith('.md') ? 'markdown' : 'text' });
      const actual = findings
        .filter((f) => rules.includes(f.rule))
        .map((f) => `${f.range.startLine}:${f.rule}`)
        .sort();
      assert.deepEqual(actual, expected);
    });
  }
});
