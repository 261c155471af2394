// `govreport check`: expand paths, resolve configs, lint (and fix) each file, print one report.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../core/lint';
import type { Lang } from '../core/rules/types';
import { EMPTY_CONFIG, type ResolvedConfig } from '../core/settings';
import { ConfigResolver } from './config';
import { expandPaths, readTextFile, statOrUndefined, type InputFile } from './files';
import { decideCheck } from '../core/policy';
import { formatForPath, isWordPath } from '../core/formats';
import { loadWord } from './lazy';
import { fixUntilStable, writeFileAtomic } from './fix';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatTextReport, formatTextSummary } from './format/text';
import type { FileReport } from './format/types';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { messages, t, type Summary } from './messages';
import { defaultJobs, mapInWorkers } from './pool';

/** The worker bundle beside dist/cli.js (esbuild.js CHUNKS); run from sources, checks stay in this thread. */
const CHECK_WORKER = 'check-worker.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;

export interface CheckOptions {
  paths: string[];
  format: (typeof CHECK_FORMATS)[number];
  /** --config, as given. */
  config?: string;
  fix: boolean;
  /** --annotate: write a copy of each .docx with the findings as comments (to `output` when one file is given). */
  annotate?: { output?: string | undefined } | undefined;
  lang: Lang;
  /** Worker threads (--jobs); default every core the files' size keeps busy; 1 checks in this thread. */
  jobs?: number;
}

export type FileOptions = CheckOptions & { cwd: string };

/**
 * Throws ConfigError for a bad config (nothing is checked then). Exit code: 2 when any file could not
 * be read, decoded or written (the other files are still checked); else 1 when any finding has error
 * severity; else 0. Results are printed as they come, in file order; texts are never held past their check.
 */
export function runCheck(options: CheckOptions, io: CliIO): number {
  const { lang } = options;
  const inputs = expandPaths(options.paths, io.cwd);
  if (options.annotate?.output !== undefined && (inputs.length !== 1 || !isWordPath(inputs[0]!.abs))) {
    io.stderr(`${t(lang, 'annotateNeedsOne')}\n`);
    return EXIT_USAGE;
  }
  const resolver = new ConfigResolver(io.cwd, options.config);
  // Every config is resolved before any file is checked: a bad one (ConfigError) stops the run.
  resolver.preload();
  for (const input of inputs) if (!input.problem) resolver.forFile(input.abs);

  const context = { lang, cwd: io.cwd };
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0, placeholders: 0, failed: 0, skipped: 0 };
  if (options.fix) summary.fixed = 0;
  /** Kept for the JSON and SARIF documents only: findings, not texts. */
  const reports: FileReport[] = [];
  for (const r of checkAll(inputs, resolver, { ...options, cwd: io.cwd })) {
    if (r === undefined) {
      summary.skipped!++;
      continue;
    }
    addToSummary(summary, r);
    if (r.problem) io.stderr(`${t(lang, 'atFile', r.file, r.problem[lang])}\n`);
    else if (r.annotated) io.stderr(`${t(lang, 'annotated', r.file, r.annotated, r.findings.length)}\n`);
    else if (r.fixed && options.format !== 'text') io.stderr(`${t(lang, 'fixed', r.file, r.fixed)}\n`);
    if (options.format === 'text') io.stdout(formatTextReport(r, context));
    else reports.push(r);
  }

  if (options.format === 'json') io.stdout(formatJson(reports, context));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, context));
  else io.stdout(formatTextSummary(summary, context));

  if (summary.failed > 0) return EXIT_USAGE;
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Each input's report (undefined when skipped), in input order: on `options.jobs` worker threads when the bundle has them. */
function checkAll(inputs: InputFile[], resolver: ConfigResolver, options: FileOptions): Iterable<FileReport | undefined> {
  const jobs = Math.min(options.jobs ?? defaultJobs(inputSizes(inputs)), inputs.length);
  const worker = path.join(__dirname, CHECK_WORKER);
  if (jobs > 1 && fs.existsSync(worker)) return mapInWorkers<InputFile, FileReport | undefined>(inputs, jobs, worker, options);
  return inputs.map((input) => checkInput(input, resolver, options));
}

/** Each input's size, read when asked (a file that cannot be read counts nothing). */
function* inputSizes(inputs: readonly InputFile[]): Generator<number> {
  for (const input of inputs) yield input.problem ? 0 : (statOrUndefined(input.abs)?.size ?? 0);
}

/** Checks one input with the config that applies to it. */
export function checkInput(input: InputFile, resolver: ConfigResolver, options: FileOptions): FileReport | undefined {
  return checkFile(input, input.problem ? undefined : resolver.forFile(input.abs), options);
}

/**
 * Checks one file; undefined when the check policy skips it: a file found by walking a directory or
 * matching a glob that does not look like a Chinese report (an English README, say). Files named on the
 * command line are always checked.
 */
function checkFile(input: InputFile, config: ResolvedConfig | undefined, options: FileOptions): FileReport | undefined {
  const base = { file: input.display, abs: input.abs, findings: [], placeholders: 0 };
  if (input.problem) return { ...base, problem: input.problem };
  if (isWordPath(input.abs)) return checkWordFile(input, config, options);
  const read = readTextFile(input);
  if ('problem' in read) return { ...base, problem: read.problem };
  const decision = decideCheck({ supported: true, requested: input.named, size: read.text.length, text: () => read.text });
  if (!decision.checked) return undefined;
  const lintText = (text: string) => lint(text, { format: formatForPath(input.abs), config, lang: options.lang });
  if (!options.fix) {
    const { doc, findings } = lintText(read.text);
    return { ...base, findings, placeholders: doc.placeholders.length };
  }
  const outcome = fixUntilStable(read.text, lintText);
  if (outcome.text !== read.text) {
    try {
      writeFileAtomic(input.abs, (read.bom ? '\uFEFF' : '') + outcome.text);
    } catch (err) {
      return { ...base, problem: messages.writeFailed((err as NodeJS.ErrnoException).code ?? String(err)) };
    }
  }
  const { doc, findings } = outcome.result;
  return { ...base, findings, placeholders: doc.placeholders.length, fixed: outcome.fixed };
}

/** A .docx: its text is checked as plain text (line = paragraph); fixes are not applied to Word files. */
function checkWordFile(input: InputFile, config: ResolvedConfig | undefined, options: FileOptions): FileReport | undefined {
  const base = { file: input.display, abs: input.abs, findings: [], placeholders: 0 };
  const word = loadWord();
  const read = word.readDocxFile(input.abs);
  if ('problem' in read) return { ...base, problem: read.problem };
  const text = read.word.text;
  if (!decideCheck({ supported: true, requested: input.named, size: text.length, text: () => text }).checked) return undefined;
  const { doc, findings } = lint(text, { format: 'text', config, lang: options.lang });
  const all = [...findings, ...word.commentPlaceholderFindings(read.word, config ?? EMPTY_CONFIG, options.lang)];
  all.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const report = { ...base, findings: all, placeholders: doc.placeholders.length };
  if (!options.annotate) return report;
  const out = options.annotate.output ?? input.display.replace(/\.docx$/i, '-审核.docx');
  const annotations = all.map((f) => ({ start: f.range.start, end: f.range.end, text: `${f.rule}：${f.message}` }));
  const copy = word.annotateDocx(read.bytes, read.word, annotations);
  const problem = word.writeBytes(path.resolve(options.cwd, out), copy);
  return problem ? { ...report, problem } : { ...report, annotated: out };
}

function addToSummary(summary: Summary, r: FileReport): void {
  if (r.problem) {
    summary.failed++;
    return;
  }
  summary.files++;
  summary.placeholders += r.placeholders;
  if (summary.fixed !== undefined) summary.fixed += r.fixed ?? 0;
  for (const f of r.findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
}
