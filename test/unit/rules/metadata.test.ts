// Rule declarations are checked facts: every rule is seen on the real texts and scenario fixtures, and
// it offers fixes there exactly when it declares `fixable`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConfigLoader } from '../../../src/core/config';
import { nodeConfigHost } from '../../../src/core/config/node';
import { lint } from '../../../src/core/lint';
import { rules } from '../../../src/core/rules';
import type { Finding } from '../../../src/core/rules/types';
import { EMPTY_CONFIG } from '../../../src/core/settings';

// `official` has a .govreportrc.json naming official figure tables (the official-figure rule needs one).
const FIXTURES = ['corpus', 'scenarios', 'official'].map((d) => join(__dirname, '..', '..', 'fixtures', d));
const ALL_ON = { ...EMPTY_CONFIG, rules: Object.fromEntries(rules.map((r) => [r.id, 'warning' as const])) };

function findingsByRule(): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const dir of FIXTURES) {
    const configFile = join(dir, '.govreportrc.json');
    const config = existsSync(configFile) ? { ...createConfigLoader(nodeConfigHost).load(configFile), rules: ALL_ON.rules } : ALL_ON;
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md')) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const f of lint(text, { format: name.endsWith('.md') ? 'markdown' : 'text', config }).findings) {
        byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
      }
    }
  }
  return byRule;
}

describe('rule metadata', () => {
  const byRule = findingsByRule();
  for (const rule of rules) {
    it(`${rule.id}: ${rule.fixable ? 'offers fixes' : 'offers no fix'}, as it declares`, () => {
      const findings = byRule.get(rule.id) ?? [];
      assert.ok(findings.length > 0, `no finding of ${rule.id} in the corpus or scenario fixtures to judge by`);
      assert.equal(findings.some((f) => f.fix), rule.fixable);
    });
  }
});
