import type { Range } from '../../core/model';
import type { FileReport, FormatContext } from './types';

/**
 * `{"files":[{"file","findings":[{"rule","severity","line","column","endLine","endColumn","message","related"?}]}]}`,
 * `related` being `[{"line","column","endLine","endColumn","message"}]` (other places a finding refers to).
 * Lines and columns are 1-based, columns in UTF-16 code units, the end exclusive. A file that could not
 * be checked has `"error"` and no findings.
 */
export function formatJson(reports: readonly FileReport[], { lang }: FormatContext): string {
  const files = reports.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ...position(f.range),
      message: f.message,
      ...(f.related ? { related: f.related.map((rel) => ({ ...position(rel.range), message: rel.message })) } : {}),
    })),
    ...(r.problem ? { error: r.problem[lang] } : {}),
  }));
  return `${JSON.stringify({ files })}\n`;
}

/** 1-based lines and columns, the end exclusive. */
function position(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: range.startLine + 1, column: range.startColumn + 1, endLine: range.endLine + 1, endColumn: range.endColumn + 1 };
}
