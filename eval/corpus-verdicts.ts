// Every finding on the real-text corpus, and the verdict a reader gave it (genuine or false alarm).
// The unit test holds the checker to the verdicts; `npm run eval` reports the rates.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
import { ruleIds } from '../src/core/rules';

export const CORPUS_DIR = join(__dirname, '..', 'test', 'fixtures', 'corpus');
export const VERDICTS_FILE = join(CORPUS_DIR, 'verdicts.tsv');

/** Placeholders are left out: the corpus drafts fill them on purpose, the placeholder tests count them. */
export const JUDGED_RULES = ruleIds.filter((id) => id !== 'placeholder');

export type Verdict = 'genuine' | 'false';

export interface CorpusFinding {
  /** `file:line:column:rule`, 1-based line and column. */
  key: string;
  file: string;
  text: string;
  message: string;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'SOURCES.md')
    .sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}

export function findingsOf(name: string, text = readCorpus(name)): CorpusFinding[] {
  const { findings } = lint(text, { format: name.endsWith('.md') ? 'markdown' : 'text' });
  return findings
    .filter((f) => JUDGED_RULES.includes(f.rule))
    .map((f) => ({
      key: `${name}:${f.range.startLine + 1}:${f.range.startColumn + 1}:${f.rule}`,
      file: name,
      text: text.slice(f.range.start, f.range.end),
      message: f.message,
    }));
}

/** Lines of `file  line  column  rule  text  verdict  reason`, tab-separated; `#` starts a comment. */
export function readVerdicts(): Map<string, { verdict: Verdict; reason: string }> {
  const verdicts = new Map<string, { verdict: Verdict; reason: string }>();
  readFileSync(VERDICTS_FILE, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const cells = line.split('\t');
      const [file, row, column, rule, , verdict, reason] = cells;
      if (cells.length !== 7 || (verdict !== 'genuine' && verdict !== 'false') || !reason) {
        throw new Error(`${VERDICTS_FILE}:${i + 1}: expected 7 tab-separated cells with verdict genuine|false and a reason`);
      }
      verdicts.set(`${file}:${row}:${column}:${rule}`, { verdict, reason });
    });
  return verdicts;
}
