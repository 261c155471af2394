// Argument parsing and dispatch. Every outcome is an exit code; nothing here throws to the caller.

import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config/errors';
import type { Lang } from '../core/rules/types';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { t } from './messages';
import { VERSION } from './meta';

const LANGS = ['zh', 'en'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  fix: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  annotate: { type: 'boolean' },
  pack: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Options each command accepts (`''`: no command). */
const ALLOWED: Record<string, readonly OptionName[]> = {
  '': ['help', 'version', 'lang'],
  check: ['format', 'config', 'fix', 'jobs', 'annotate', 'output', 'lang', 'help'],
  convert: ['output', 'config', 'lang', 'help'],
  outline: ['format', 'config', 'lang', 'help'],
  snippets: ['pack', 'lang', 'help'],
  review: ['format', 'output', 'config', 'lang', 'help'],
  diff: ['format', 'output', 'config', 'lang', 'help'],
};

class UsageError extends Error {}

/** Exit code; a promise for commands that write a .docx (packing it is asynchronous). */
export function run(argv: readonly string[], io: CliIO): number | Promise<number> {
  const lang = langOf(argv);
  const fail = (err: unknown) => {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${t(lang, 'usage')}\n`);
    } else if (err instanceof ConfigError) {
      io.stderr(`${err.text[lang]}\n`);
    } else {
      io.stderr(`${t(lang, 'internalError', err instanceof Error ? err.message : String(err))}\n`);
    }
    return EXIT_USAGE;
  };
  try {
    const code = dispatch(argv, io, lang);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (err) {
    return fail(err);
  }
}

function dispatch(argv: readonly string[], io: CliIO, lang: Lang): number | Promise<number> {
  const { values, positionals } = parse(argv, lang);
  const [command = '', ...paths] = positionals;
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(t(lang, 'unknownCommand', command));
  for (const name of Object.keys(values) as OptionName[]) {
    if (!allowed.includes(name)) throw new UsageError(t(lang, 'unknownOption', `--${name}`));
  }
  if (values.lang !== undefined) oneOf(lang, '--lang', values.lang, LANGS);
  if (values.help) {
    io.stdout(`${t(lang, 'usage')}\n`);
    return EXIT_OK;
  }
  if (command === '') {
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    throw new UsageError(t(lang, 'missingCommand'));
  }
  // Each command's code loads when it runs (a lazy chunk in the bundle: esbuild.js CHUNKS).
  if (command === 'check') {
    const { CHECK_FORMATS, runCheck } = require('./check') as typeof import('./check');
    const format = oneOf(lang, '--format', values.format ?? 'text', CHECK_FORMATS);
    if (values.output !== undefined && !values.annotate) throw new UsageError(t(lang, 'unknownOption', '--output'));
    if (values.annotate && values.fix) throw new UsageError(t(lang, 'annotateWithFix'));
    const annotate = values.annotate ? { output: values.output } : undefined;
    const jobs = values.jobs === undefined ? undefined : positiveInteger(lang, '--jobs', values.jobs);
    return runCheck({ paths, format, config: values.config, fix: values.fix ?? false, annotate, jobs, lang }, io);
  }
  if (command === 'convert') {
    if (paths.length !== 1 || values.output === undefined) throw new UsageError(t(lang, 'convertNeedsInOut'));
    const { runConvert } = require('./convert') as typeof import('./convert');
    return runConvert({ input: paths[0]!, output: values.output, config: values.config, lang }, io);
  }
  if (command === 'snippets') {
    const { runSnippetsList, runSnippetsValidate } = require('./snippets') as typeof import('./snippets');
    const [sub = '', ...packs] = paths;
    if (sub === 'list') return runSnippetsList({ files: packs, pack: values.pack, lang }, io);
    if (sub !== 'validate') throw new UsageError(t(lang, 'unknownSnippetsCommand', sub));
    if (values.pack !== undefined) throw new UsageError(t(lang, 'unknownOption', '--pack'));
    if (packs.length === 0) throw new UsageError(t(lang, 'validateNeedsPack'));
    return runSnippetsValidate(packs, lang, io);
  }
  if (command === 'review' || command === 'diff') {
    const { REVIEW_FORMATS, runDiff, runReview } = require('./review') as typeof import('./review');
    const format = oneOf(lang, '--format', values.format ?? 'md', REVIEW_FORMATS);
    const common = { format, output: values.output, config: values.config, lang };
    if (command === 'review') {
      if (paths.length !== 1) throw new UsageError(t(lang, 'reviewNeedsOneFile'));
      return runReview({ ...common, file: paths[0]! }, io);
    }
    if (paths.length !== 2) throw new UsageError(t(lang, 'diffNeedsTwoFiles'));
    return runDiff({ ...common, oldFile: paths[0]!, newFile: paths[1]! }, io);
  }
  const { OUTLINE_FORMATS, runOutline } = require('./outline') as typeof import('./outline');
  const format = oneOf(lang, '--format', values.format ?? 'md', OUTLINE_FORMATS);
  if (paths.length !== 1) throw new UsageError(t(lang, 'outlineNeedsOneFile'));
  return runOutline({ file: paths[0]!, format, config: values.config, lang }, io);
}

function parse(argv: readonly string[], lang: Lang) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = (err as Error).message;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(t(lang, 'missingValue', /--[a-z]+/.exec(message)?.[0] ?? message));
    }
    throw new UsageError(t(lang, 'unknownOption', /'(-[^'\s]*)'/.exec(message)?.[1] ?? message));
  }
}

function oneOf<T extends string>(lang: Lang, option: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(t(lang, 'invalidValue', option, value, allowed));
  return value as T;
}

function positiveInteger(lang: Lang, option: string, value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(t(lang, 'invalidValue', option, value, ['1, 2, …']));
  return Number(value);
}

/** The message language, read before full parsing so usage errors are in it too. Chinese by default. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i]!.startsWith('--lang=') ? argv[i]!.slice(7) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  return 'zh';
}
