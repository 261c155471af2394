import type * as Zod from 'zod/mini';
import type { OfficialFigure } from '../config/officialRow';
import type { Range, ReportDocument, TextScope } from '../model';

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
  /** The team's official figures (`officialFigures` tables); absent when the config names none. */
  officialFigures?: readonly OfficialFigure[];
}

/** Another place a report refers to, such as the earlier mention of the same indicator. */
export interface RelatedReport {
  start: number;
  end: number;
  message: Message;
}

export interface Report {
  start: number;
  end: number;
  message: Message;
  /** A safe fix: edits applied together. Omitted when no safe fix exists. */
  fix?: Edit[];
  related?: RelatedReport[];
}

export interface RuleContext {
  doc: ReportDocument;
  settings: RuleSettings;
  report(report: Report): void;
}

export type { TextScope } from '../model';

export interface TextRuleContext {
  doc: TextScope;
  settings: RuleSettings;
  report(report: Report): void;
}

/** Options a rule takes in the config's `[level, options]` form. */
export interface RuleOptions {
  /**
   * The options' schema, built with the zod/mini namespace the config loader passes in (so that zod stays
   * out of the editor's startup bundle); `parts` are schemas shared with the rest of the config.
   */
  schema(z: typeof Zod, parts: { termEntry: Zod.ZodMiniType<TermEntry> }): Zod.ZodMiniObject;
  /** Folds validated options into the settings the rules read. */
  apply(options: Record<string, unknown>, settings: RuleSettings): void;
}

interface RuleMeta {
  /** Stable public id, named by config files and CI scripts. */
  id: string;
  /** Short name for menus and lists (ids stay machine names: config keys and diagnostic codes). */
  title: Message;
  severity: Severity;
  description: Message;
  /** Findings are consistency problems (figures, counts, periods or names that disagree), not form: the review sheet lists them apart. */
  consistency?: true;
  /** Whether findings come with fixes (a checked fact: test/unit/rules/metadata.test.ts). */
  fixable: boolean;
  /** Options beyond the level; a rule without them takes none. */
  options?: RuleOptions;
}

/** A rule that reads the parsed document: sections, numbering, figures across paragraphs. */
export interface DocumentRule extends RuleMeta {
  scope?: 'document';
  check(ctx: RuleContext): void;
}

/**
 * A rule whose findings in a paragraph depend on that paragraph's text alone (a checked fact:
 * test/unit/rules/scope.test.ts). The editor re-checks only the paragraphs an edit changed.
 */
export interface ParagraphRule extends RuleMeta {
  scope: 'paragraph';
  check(ctx: TextRuleContext): void;
}

export type Rule = DocumentRule | ParagraphRule;

export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fix?: Edit[];
  /** Other places the finding refers to, in the finding's language. */
  related?: { range: Range; message: string }[];
}
