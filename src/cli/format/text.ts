import { severityLabel, t, type Summary } from '../messages';
import type { FileReport, FormatContext } from './types';

/** `file:line:col  severity  rule  message` per finding (1-based), one line each. */
export function formatTextReport(report: FileReport, { lang }: FormatContext): string {
  let out = report.fixed ? `${t(lang, 'fixed', report.file, report.fixed)}\n` : '';
  for (const f of report.findings) {
    const at = `${report.file}:${f.range.startLine + 1}:${f.range.startColumn + 1}`;
    out += `${at}  ${severityLabel(lang, f.severity)}  ${f.rule}  ${f.message}\n`;
    for (const r of f.related ?? []) out += `    ↳ ${report.file}:${r.range.startLine + 1}:${r.range.startColumn + 1}  ${r.message}\n`;
  }
  return out;
}

/** The closing summary line. */
export function formatTextSummary(summary: Summary, { lang }: FormatContext): string {
  return `${t(lang, 'summary', summary)}\n`;
}
