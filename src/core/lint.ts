import { useFigureMemo, type FigureMemo } from './figures';
import { JoinedSpan } from './joined';
import { TextMemo } from './memo';
import type { Format, ReportDocument } from './model';
import { parseReport } from './parse';
import { rules } from './rules';
import type { Finding, Lang, ParagraphRule, Report, Rule, RuleSettings, Severity, TextScope } from './rules/types';
import { EMPTY_CONFIG, type ResolvedConfig } from './settings';
import { parseDirectives, suppress } from './suppression';

/**
 * What one analysis of a document leaves for the next (an editor's open document): the figures of each
 * paragraph, and each paragraph's reports from the paragraph-scoped rules. Equal results with or without it.
 */
export class AnalysisMemo {
  readonly figures: FigureMemo = new TextMemo();
  /** By paragraph text: the reports of each enabled paragraph-scoped rule, in rule order. */
  readonly reports = new TextMemo<readonly (readonly Report[])[]>();
  /** What the reports were made with: other settings or rules start them afresh. */
  private made: { settings: RuleSettings; rules: string } | undefined;

  reportsFor(settings: RuleSettings, rules: readonly Rule[]): TextMemo<readonly (readonly Report[])[]> {
    const ids = rules.map((r) => r.id).join();
    const made = this.made;
    if (made && (made.rules !== ids || made.settings.terminology !== settings.terminology || made.settings.officialFigures !== settings.officialFigures)) {
      this.reports.clear();
    }
    this.made = { settings, rules: ids };
    return this.reports;
  }
}

export interface LintOptions {
  format: Format;
  config?: ResolvedConfig;
  /** Message language; Chinese by default. */
  lang?: Lang;
  memo?: AnalysisMemo;
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
  if (options.memo) useFigureMemo(doc, options.memo.figures);
  return { doc, findings: lintDocument(doc, config, lang, options.memo) };
}

export function lintDocument(doc: ReportDocument, config: ResolvedConfig, lang: Lang = 'zh', memo?: AnalysisMemo): Finding[] {
  const settings: RuleSettings = { terminology: config.terminology };
  if (config.officialFigures) settings.officialFigures = config.officialFigures;
  const levels = new Map<Rule, Severity>();
  for (const rule of rules) {
    const level = config.rules[rule.id] ?? rule.severity;
    if (level !== 'off') levels.set(rule, level);
  }
  const enabled = [...levels.keys()];
  // With a memo, paragraph-scoped rules run paragraph by paragraph and reuse what an unchanged paragraph found;
  // so they do where a paragraph runs over several lines, to read it as one line.
  const wholeText = !memo && !doc.paragraphs.some((p) => p.range.endLine > p.range.startLine);
  const byParagraph = wholeText ? undefined : paragraphReports(doc, enabled.filter(isParagraphRule), settings, memo ?? new AnalysisMemo());
  const findings: Finding[] = [];
  for (const [rule, level] of levels) {
    const report = (report: Report) => {
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
    };
    const reused = byParagraph?.get(rule);
    if (reused) reused.forEach(report);
    else rule.check({ doc, settings, report });
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return suppress(findings, parseDirectives(doc.text, (o) => doc.lines.lineAt(o)));
}

const isParagraphRule = (rule: Rule): rule is ParagraphRule => rule.scope === 'paragraph';

/**
 * The reports of paragraph-scoped rules on each paragraph read as one line (see `JoinedSpan`), placed in the
 * document; a paragraph's text seen last time is not checked again.
 */
function paragraphReports(doc: ReportDocument, rules: readonly ParagraphRule[], settings: RuleSettings, memo: AnalysisMemo): Map<Rule, Report[]> {
  const reports = memo.reportsFor(settings, rules);
  const placed = new Map<Rule, Report[]>(rules.map((rule) => [rule, []]));
  const blanked = doc.checkable !== doc.text;
  for (const { range } of doc.paragraphs) {
    const span = new JoinedSpan(doc.checkable, range.start, range.end);
    const checkable = span.slice(doc.checkable);
    const text = blanked ? span.slice(doc.text) : checkable;
    const key = blanked && text !== checkable ? `${checkable}\u0000${text}` : checkable;
    const found = reports.get(key, () => rules.map((rule) => checkText(rule, { checkable, text }, settings)));
    rules.forEach((rule, i) => {
      for (const r of found[i]!) placed.get(rule)!.push(place(r, span));
    });
  }
  reports.settle();
  return placed;
}

function checkText(rule: ParagraphRule, doc: TextScope, settings: RuleSettings): Report[] {
  const out: Report[] = [];
  rule.check({ doc, settings, report: (r) => out.push(r) });
  return out;
}

/** A report made on a paragraph's text, placed in the document (an edit over a line break takes the break out). */
function place(r: Report, span: JoinedSpan): Report {
  const moved: Report = { ...r, ...span.place(r.start, r.end) };
  if (r.fix) moved.fix = r.fix.map((e) => ({ ...e, ...span.place(e.start, e.end) }));
  if (r.related) moved.related = r.related.map((x) => ({ ...x, ...span.place(x.start, x.end) }));
  return moved;
}
