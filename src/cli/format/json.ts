import type { FileReport, FormatContext } from './types';

/**
 * `{"files":[{"file","findings":[{"rule","severity","line","column","endLine","endColumn","message"}]}]}`.
 * Lines and columns are 1-based, columns in UTF-16 code units, the end exclusive. A file that could not
 * be checked has `"error"` and no findings.
 */
export function formatJson(reports: readonly FileReport[], { lang }: FormatContext): string {
  const files = reports.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      line: f.range.startLine + 1,
      column: f.range.startColumn + 1,
      endLine: f.range.endLine + 1,
      endColumn: f.range.endColumn + 1,
      message: f.message,
    })),
    ...(r.problem ? { error: r.problem[lang] } : {}),
  }));
  return `${JSON.stringify({ files })}\n`;
}
