// Rule declarations are checked facts: every rule is seen on the real texts and scenario fixtures, it
// offers fixes there exactly when it declares `fixable`, and a rule declared paragraph-scoped finds the
// same checked paragraph by paragraph (as the editor runs it) as over the whole text at once.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConfigLoader } from '../../../src/core/config';
import { nodeConfigHost } from '../../../src/core/config/node';
import { AnalysisMemo, lint } from '../../../src/core/lint';
import { rules } from '../../../src/core/rules';
import type { Finding } from '../../../src/core/rules/types';
import { EMPTY_CONFIG } from '../../../src/core/settings';

// `official` has a .govreportrc.json naming official figure tables (the official-figure rule needs one).
const FIXTURES = ['corpus', 'scenarios', 'official'].map((d) => join(__dirname, '..', '..', 'fixtures', d));
const ALL_ON = { ...EMPTY_CONFIG, rules: Object.fromEntries(rules.map((r) => [r.id, 'warning' as const])) };

type ByRule = Map<string, Finding[]>;

/** Findings by rule over every fixture: in one pass over each text, and paragraph by paragraph. */
function findingsByRule(): { whole: ByRule; byParagraph: ByRule } {
  const whole: ByRule = new Map();
  const byParagraph: ByRule = new Map();
  const add = (byRule: ByRule, findings: Finding[]) => {
    for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  };
  for (const dir of FIXTURES) {
    const configFile = join(dir, '.govreportrc.json');
    const config = existsSync(configFile) ? { ...createConfigLoader(nodeConfigHost).load(configFile), rules: ALL_ON.rules } : ALL_ON;
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && n !== 'SOURCES.md')) {
      const text = readFileSync(join(dir, name), 'utf8');
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      add(whole, lint(text, { format, config }).findings);
      add(byParagraph, lint(text, { format, config, memo: new AnalysisMemo() }).findings);
    }
  }
  return { whole, byParagraph };
}

describe('rule metadata', () => {
  const { whole, byParagraph } = findingsByRule();
  for (const rule of rules) {
    it(`${rule.id}: ${rule.fixable ? 'offers fixes' : 'offers no fix'}, as it declares`, () => {
      const findings = whole.get(rule.id) ?? [];
      assert.ok(findings.length > 0, `no finding of ${rule.id} in the corpus or scenario fixtures to judge by`);
      assert.equal(findings.some((f) => f.fix), rule.fixable);
    });
    if (rule.scope !== 'paragraph') continue;
    it(`${rule.id}: finds the same paragraph by paragraph as over the whole text, as it declares`, () => {
      assert.deepEqual(byParagraph.get(rule.id), whole.get(rule.id));
    });
  }
});
