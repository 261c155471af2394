// `govreport convert IN -o OUT`: a .docx to Markdown or plain text, or a draft to a GB/T 9704 .docx.

import * as path from 'node:path';
import { formatForPath, isWordPath } from '../core/formats';
import type { Lang, Message } from '../core/rules/types';
import { ConfigResolver } from './config';
import { readTextFile } from './files';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { loadWord } from './lazy';
import { t } from './messages';

export interface ConvertOptions {
  input: string;
  output: string;
  config?: string;
  lang: Lang;
}

/** Throws ConfigError for a bad config; a file problem prints `file: message` and gives exit code 2. */
export async function runConvert(options: ConvertOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const input = { display: options.input, abs: path.resolve(io.cwd, options.input) };
  const out = path.resolve(io.cwd, options.output);
  const fail = (file: string, problem: Message) => {
    io.stderr(`${t(lang, 'atFile', file, problem[lang])}\n`);
    return EXIT_USAGE;
  };
  const word = loadWord();
  if (isWordPath(input.abs)) {
    if (!/\.(md|markdown|txt)$/i.test(out)) return fail(options.output, convertTargets());
    const read = word.readDocxFile(input.abs);
    if ('problem' in read) return fail(input.display, read.problem);
    const text = formatForPath(out) === 'markdown' ? word.wordToMarkdown(read.word) : `${read.word.text}\n`;
    const problem = word.writeBytes(out, text);
    return problem ? fail(options.output, problem) : EXIT_OK;
  }
  if (!isWordPath(out)) return fail(options.output, convertTargets());
  const read = readTextFile(input);
  if ('problem' in read) return fail(input.display, read.problem);
  const settings = new ConfigResolver(io.cwd, options.config).forFile(input.abs).export;
  const bytes = await word.exportDraft(read.text, formatForPath(input.abs), settings);
  if ('problem' in bytes) return fail(settings?.styles ?? input.display, bytes.problem);
  const problem = word.writeBytes(out, bytes);
  return problem ? fail(options.output, problem) : EXIT_OK;
}

function convertTargets(): Message {
  return {
    zh: '只能将 .docx 转为 .md 或 .txt，或将 .txt/.md 转为 .docx',
    en: 'convert turns a .docx into .md or .txt, or a .txt/.md into .docx',
  };
}
