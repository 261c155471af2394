// `govreport review FILE` (the review sheet) and `govreport diff OLD NEW` (what changed between two drafts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatForPath } from '../core/formats';
import { compareDrafts } from '../core/review/diff';
import { renderDiffHtml } from '../core/review/render/diff-html';
import { renderDiffMarkdown } from '../core/review/render/diff-md';
import { renderSheetHtml } from '../core/review/render/html';
import { renderJson } from '../core/review/render/json';
import { renderSheetMarkdown } from '../core/review/render/md';
import { buildReviewSheet } from '../core/review/sheet';
import type { Lang } from '../core/rules/types';
import { ConfigResolver } from './config';
import { readDraftText } from './drafts';
import type { DecodedFile } from './files';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { messages, t } from './messages';

export const REVIEW_FORMATS = ['md', 'html', 'json'] as const;
type ReviewFormat = (typeof REVIEW_FORMATS)[number];

interface CommonOptions {
  format: ReviewFormat;
  /** -o: write here instead of stdout. */
  output?: string;
  config?: string;
  lang: Lang;
}

export interface ReviewOptions extends CommonOptions {
  file: string;
  /** The date printed in the header; today by default. */
  date?: string;
}

export interface DiffOptions extends CommonOptions {
  oldFile: string;
  newFile: string;
}

interface Input extends DecodedFile {
  display: string;
  abs: string;
}

/** Reads a draft; undefined (after a message on stderr) when it cannot be read or decoded. */
function read(file: string, io: CliIO, lang: Lang): Input | undefined {
  const input = { display: file, abs: path.resolve(io.cwd, file) };
  const read = readDraftText(input);
  if ('problem' in read) {
    io.stderr(`${t(lang, 'atFile', input.display, read.problem[lang])}\n`);
    return undefined;
  }
  return { ...input, ...read };
}

function emit(text: string, options: CommonOptions, io: CliIO): number {
  if (options.output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, options.output), text);
    return EXIT_OK;
  } catch (err) {
    const problem = messages.writeFailed((err as NodeJS.ErrnoException).code ?? String(err));
    io.stderr(`${t(options.lang, 'atFile', options.output, problem[options.lang])}\n`);
    return EXIT_USAGE;
  }
}

/** Throws ConfigError for a bad config. Exit 0, or 2 when the draft cannot be read or the output written. */
export function runReview(options: ReviewOptions, io: CliIO): number {
  const { lang } = options;
  const input = read(options.file, io, lang);
  if (!input) return EXIT_USAGE;
  const config = new ConfigResolver(io.cwd, options.config).forFile(input.abs);
  const sheet = buildReviewSheet(input.text, {
    file: input.display,
    format: formatForPath(input.abs),
    config,
    lang,
    date: options.date ?? new Date().toISOString().slice(0, 10),
  });
  const text = options.format === 'json' ? renderJson(sheet) : options.format === 'html' ? renderSheetHtml(sheet) : renderSheetMarkdown(sheet);
  return emit(text, options, io);
}

/** Throws ConfigError for a bad config. Exit 0, or 2 when either draft cannot be read or the output written. */
export function runDiff(options: DiffOptions, io: CliIO): number {
  const { lang } = options;
  const oldInput = read(options.oldFile, io, lang);
  const newInput = read(options.newFile, io, lang);
  if (!oldInput || !newInput) return EXIT_USAGE;
  const resolver = new ConfigResolver(io.cwd, options.config);
  const draft = (input: Input) => ({ text: input.text, file: input.display, format: formatForPath(input.abs), config: resolver.forFile(input.abs) });
  const comparison = compareDrafts(draft(oldInput), draft(newInput));
  const text =
    options.format === 'json' ? renderJson(comparison) : options.format === 'html' ? renderDiffHtml(comparison, lang) : renderDiffMarkdown(comparison, lang);
  return emit(text, options, io);
}
