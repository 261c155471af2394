import { type FigureMemo, useFigureMemo } from './figures';
import type { Format, ReportDocument } from './model';
import { parseReport } from './parse';
import { rules } from './rules';
import type { Finding, Lang, Report, Rule, RuleSettings } from './rules/types';
import { EMPTY_CONFIG, type ResolvedConfig } from './settings';
import { parseDirectives, suppress } from './suppression';

export interface LintOptions {
  format: Format;
  config?: ResolvedConfig;
  /** Message language; Chinese by default. */
  lang?: Lang;
  /** What one analysis of a document leaves for the next (an editor's open document): see `FigureMemo`. */
  memo?: FigureMemo;
}

export interface LintResult {
  doc: ReportDocument;
  findings: Finding[];
}

/** Parses once, runs every enabled rule on the shared model, applies severities and suppressions. */
export function lint(text: string, options: LintOptions): LintResult {
  const config = options.config ?? EMPTY_CONFIG;
  const lang = options.lang ?? 'zh';
  const doc = parseReport(text, { format: options.format, placeholders: config.placeholders });
  if (options.memo) useFigureMemo(doc, options.memo);
  return { doc, findings: lintDocument(doc, config, lang) };
}

export function lintDocument(doc: ReportDocument, config: ResolvedConfig, lang: Lang = 'zh'): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = config.rules[rule.id] ?? rule.severity;
    if (level === 'off') continue;
    runRule(rule, doc, config, (report) => {
      findings.push({
        rule: rule.id,
        severity: level,
        range: doc.lines.range(report.start, report.end),
        message: report.message[lang],
        ...(report.fix ? { fix: report.fix } : {}),
        ...(report.related
          ? { related: report.related.map((r) => ({ range: doc.lines.range(r.start, r.end), message: r.message[lang] })) }
          : {}),
      });
    });
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return suppress(findings, parseDirectives(doc.text, (o) => doc.lines.lineAt(o)));
}

function runRule(rule: Rule, doc: ReportDocument, config: ResolvedConfig, report: (r: Report) => void): void {
  const settings: RuleSettings = { terminology: config.terminology };
  if (config.officialFigures) settings.officialFigures = config.officialFigures;
  rule.check({ doc, settings, report });
}
