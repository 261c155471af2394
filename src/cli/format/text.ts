import { severityLabel, t, type Summary } from '../messages';
import type { FileReport, FormatContext } from './types';

/** `file:line:col  severity  rule  message` per finding (1-based), then the summary line. */
export function formatText(reports: readonly FileReport[], summary: Summary, { lang }: FormatContext): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.fixed) lines.push(t(lang, 'fixed', report.file, report.fixed));
    for (const f of report.findings) {
      const at = `${report.file}:${f.range.startLine + 1}:${f.range.startColumn + 1}`;
      lines.push(`${at}  ${severityLabel(lang, f.severity)}  ${f.rule}  ${f.message}`);
    }
  }
  lines.push(t(lang, 'summary', summary));
  return `${lines.join('\n')}\n`;
}
