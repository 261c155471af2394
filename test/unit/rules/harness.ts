// Shared helpers for per-rule tests: one rule's findings, its fixes, and its findings on the corpus.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { applyFixes } from '../../../src/core/fix';
import { lint } from '../../../src/core/lint';
import type { Format } from '../../../src/core/model';
import type { Finding } from '../../../src/core/rules/types';
import { EMPTY_CONFIG, type ResolvedConfig } from '../../../src/core/settings';
import { CORPUS_DIR, corpus } from '../helpers';

export const CORPUS_FILES = readdirSync(CORPUS_DIR).filter((name) => /\.(txt|md)$/.test(name) && name !== 'SOURCES.md');

export function ruleHarness(id: string, config: ResolvedConfig = EMPTY_CONFIG) {
  const check = (text: string, format: Format = 'text', cfg = config): Finding[] =>
    lint(text, { format, config: cfg }).findings.filter((f) => f.rule === id);
  return {
    check,
    /** `[start, end, covered text]` of each finding. */
    spans: (text: string, format: Format = 'text', cfg = config) =>
      check(text, format, cfg).map((f) => [f.range.start, f.range.end, text.slice(f.range.start, f.range.end)]),
    /** Applies the rule's fixes, and checks a second run changes nothing. */
    fixed(text: string, format: Format = 'text', cfg = config): string {
      const once = applyFixes(text, check(text, format, cfg)).text;
      assert.equal(applyFixes(once, check(once, format, cfg)).text, once);
      return once;
    },
    /** `file:line:covered text` of every finding on the published corpus. */
    corpusFindings: (): string[] =>
      CORPUS_FILES.flatMap((name) => {
        const { text, format } = corpus(name);
        return check(text, format).map((f) => `${name}:${f.range.startLine + 1}:${text.slice(f.range.start, f.range.end)}`);
      }),
  };
}
