import type { Range, ReportDocument } from '../model';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** Every user-facing text exists in both languages. */
export interface Message {
  zh: string;
  en: string;
}

/** One replacement of `[start, end)` in the original text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface TermEntry {
  wrong: string;
  right: string;
  /** Optional regular expression the text right after `wrong` must match (e.g. a date after 截止). */
  before?: string;
}

/** Settings a rule may read, resolved from config. */
export interface RuleSettings {
  terminology: TermEntry[];
}

export interface Report {
  start: number;
  end: number;
  message: Message;
  /** A safe fix: edits applied together. Omitted when no safe fix exists. */
  fix?: Edit[];
}

export interface RuleContext {
  doc: ReportDocument;
  settings: RuleSettings;
  report(report: Report): void;
}

export interface Rule {
  /** Stable public id, named by config files and CI scripts. */
  id: string;
  severity: Severity;
  description: Message;
  fixable: boolean;
  check(ctx: RuleContext): void;
}

export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fix?: Edit[];
}
