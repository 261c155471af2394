// --fix: apply safe fixes until stable, then replace the file atomically.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../core/fix';
import type { LintResult } from '../core/lint';
import type { Finding } from '../core/rules/types';

export const MAX_FIX_PASSES = 5;

export interface FixOutcome {
  text: string;
  /** Number of findings whose fix was applied, over all passes. */
  fixed: number;
  /** Lint result for the final text. */
  result: LintResult;
}

/** Lints, applies every safe fix, re-lints, until nothing changes or MAX_FIX_PASSES is reached. */
export function fixUntilStable(text: string, lint: (text: string) => LintResult): FixOutcome {
  let result = lint(text);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, fixed: applied } = applyFixes(text, result.findings.filter((f) => keepsLineBreaks(text, f)));
    if (applied.length === 0 || next === text) break;
    text = next;
    fixed += applied.length;
    result = lint(text);
  }
  return { text, fixed, result };
}

/** Line endings are never changed by --fix: a fix that would add, remove or replace one is not applied. */
function keepsLineBreaks(text: string, finding: Finding): boolean {
  return (finding.fix ?? []).every((e) => !/[\r\n]/.test(e.text) && !/[\r\n]/.test(text.slice(e.start, e.end)));
}

/**
 * Replaces `file` with `content`: writes a temporary file in the same directory (same mode), flushes it
 * and renames it over the original, so readers see the old or the new file, never a partial one.
 * A symlink is followed: its target is replaced and the link kept.
 */
export function writeFileAtomic(file: string, content: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeFileSync(fd, content);
      fs.fchmodSync(fd, mode); // the umask may have narrowed the mode given to open
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
