import type { Finding, Lang, Message } from '../../core/rules/types';

/** What `check` found for one file (or one argument that matched nothing). */
export interface FileReport {
  /** The path as given or expanded. */
  file: string;
  abs: string;
  findings: Finding[];
  /** Unfilled placeholders in the document. */
  placeholders: number;
  /** Fixes applied (with --fix). */
  fixed?: number;
  /** Where the annotated copy of a .docx was written (with --annotate). */
  annotated?: string;
  /** Why the file could not be checked. */
  problem?: Message;
}

export interface FormatContext {
  lang: Lang;
  cwd: string;
}
