import type { ExportSettings } from './config/export';
import type { OfficialFigure } from './config/officialRow';
import type { Severity, TermEntry } from './rules/types';

/** Placeholder pattern changes from config: extra regular expressions and built-in pattern ids to drop. */
export interface PlaceholderSettings {
  add: string[];
  remove: string[];
}

export type RuleLevel = Severity | 'off';

/** Config after `extends` and defaults are applied: what the engine runs with. */
export interface ResolvedConfig {
  rules: Record<string, RuleLevel>;
  placeholders: PlaceholderSettings;
  terminology: TermEntry[];
  /** The `export` section (.docx layout), when any config in the chain has one. */
  export?: ExportSettings;
  /** Rows of the `officialFigures` tables of the chain (base tables first, a later row for the same key wins). */
  officialFigures?: OfficialFigure[];
}

export const EMPTY_CONFIG: ResolvedConfig = {
  rules: {},
  placeholders: { add: [], remove: [] },
  terminology: [],
};
