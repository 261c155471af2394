import type { Edit, Finding } from './rules/types';

/**
 * Applies edits to `text`. Edits are sorted; an edit overlapping one already taken is skipped
 * (it is re-offered on the next run). Returns the new text and the edits that were applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Edit[] = [];
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    if (edit.start === edit.end && edit.text === '') continue;
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied.push(edit);
  }
  return { text: out + text.slice(cursor), applied };
}

/** Applies every fix of `findings`; a fix whose edits conflict with a taken one is skipped whole. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[] } {
  const taken: Edit[] = [];
  const fixed: Finding[] = [];
  const withFix = findings.filter((f) => f.fix && f.fix.length > 0);
  withFix.sort((a, b) => a.fix![0]!.start - b.fix![0]!.start);
  for (const finding of withFix) {
    const edits = finding.fix!;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    fixed.push(finding);
  }
  return { text: applyEdits(text, taken).text, fixed };
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start < b.end && b.start < a.end || a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
