// On published reports the structure rules must report nothing but real defects.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { lint } from '../../src/core/lint';
import { CORPUS_DIR, corpus } from './helpers';

const STRUCTURE_RULES = ['heading-form', 'heading-sequence', 'heading-level', 'heading-singleton', 'enum-sequence'];

/**
 * The genuine defects: the regulation's Markdown copy writes its item markers with half-width
 * parentheses, `(一)` where GB/T 9704 and GB/T 15834 require `（一）`. Lines listed per file.
 */
const REAL_DEFECTS: Record<string, string[]> = {
  '15_statecouncil_2019_major_admin_decision_regulation.md': [
    17, 19, 21, 23, 25, 51, 53, 55, 89, 91, 93, 139, 141, 143, 151, 153, 155, 157, 159, 161, 185, 187, 189,
  ].map((line) => `${line}:heading-form`),
};

describe('structure rules on the published corpus', () => {
  for (const name of readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md')) {
    it(name, () => {
      const { text, format } = corpus(name);
      const { findings } = lint(text, { format });
      const actual = findings
        .filter((f) => STRUCTURE_RULES.includes(f.rule))
        .map((f) => `${f.range.startLine + 1}:${f.rule}`);
      assert.deepEqual(actual, REAL_DEFECTS[name] ?? []);
    });
  }
});
