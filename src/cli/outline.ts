// `govreport outline FILE`: the section tree, goals, achievements and projects of one report.

import * as path from 'node:path';
import { extractOutline } from '../core/outline';
import { parseReport } from '../core/parse';
import type { Lang } from '../core/rules/types';
import { ConfigResolver } from './config';
import { readDraftText } from './drafts';
import { formatForPath } from '../core/formats';
import { formatOutlineCsv } from '../core/outline/format/csv';
import { formatOutlineJson } from '../core/outline/format/json';
import { formatOutlineMarkdown } from '../core/outline/format/md';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { t } from './messages';

export const OUTLINE_FORMATS = ['md', 'json', 'csv'] as const;

export interface OutlineOptions {
  file: string;
  format: (typeof OUTLINE_FORMATS)[number];
  config?: string;
  lang: Lang;
}

/** Throws ConfigError for a bad config. */
export function runOutline(options: OutlineOptions, io: CliIO): number {
  const { lang } = options;
  const input = { display: options.file, abs: path.resolve(io.cwd, options.file) };
  const read = readDraftText(input);
  if ('problem' in read) {
    io.stderr(`${t(lang, 'atFile', input.display, read.problem[lang])}\n`);
    return EXIT_USAGE;
  }
  const resolver = new ConfigResolver(io.cwd, options.config);
  const { placeholders } = resolver.forFile(input.abs);
  const outline = extractOutline(parseReport(read.text, { format: formatForPath(input.abs), placeholders }));
  if (options.format === 'json') io.stdout(formatOutlineJson(outline));
  else if (options.format === 'csv') io.stdout(formatOutlineCsv(outline));
  else io.stdout(formatOutlineMarkdown(outline, input.display, lang));
  return EXIT_OK;
}
