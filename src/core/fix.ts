import type { Edit, Finding } from './rules/types';

/**
 * Chooses the fixes of `findings` that can be applied together: a fix whose edits overlap one
 * already taken is skipped whole (the next run offers it again). Edits come back sorted.
 */
export function compatibleFixes(findings: readonly Finding[]): { edits: Edit[]; fixed: Finding[] } {
  const withFix = findings.filter((f) => f.fix && f.fix.length > 0);
  withFix.sort((a, b) => a.fix![0]!.start - b.fix![0]!.start);
  const edits: Edit[] = [];
  const fixed: Finding[] = [];
  for (const finding of withFix) {
    if (finding.fix!.some((e) => edits.some((t) => overlaps(e, t)))) continue;
    edits.push(...finding.fix!);
    fixed.push(finding);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, fixed };
}

/** Applies non-overlapping, sorted edits to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Applies every compatible fix of `findings`. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[] } {
  const { edits, fixed } = compatibleFixes(findings);
  return { text: applyEdits(text, edits), fixed };
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one point conflict too: their order would be arbitrary.
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}
