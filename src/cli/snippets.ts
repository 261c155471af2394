// `govreport snippets validate PACK…` and `govreport snippets list [PACK…] [--pack NAME]`.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineIndex } from '../core/lines';
import type { Lang } from '../core/rules/types';
import { mergePacks, snippetPrefixes, type LoadedPack, type PackProblem, type ResolvedSnippet } from '../core/snippets';
import { builtinPackFiles, expandPackGlobs, readPackFile } from '../core/snippets/node';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { t } from './messages';

interface PackInput {
  display: string;
  /** Unset when the argument matched nothing. */
  abs?: string;
}

/** Pack arguments: files, directories (the packs directly in them) and globs, relative to the working directory. */
function expandPackArgs(args: readonly string[], cwd: string): PackInput[] {
  const seen = new Set<string>();
  return args.flatMap((arg): PackInput[] => {
    const files = expandPackGlobs([arg], os.homedir(), cwd);
    if (files.length === 0) return [{ display: arg }];
    return files.filter((abs) => !seen.has(abs) && seen.add(abs)).map((abs) => ({ display: path.isAbsolute(arg) ? abs : path.relative(cwd, abs), abs }));
  });
}

/** One line per problem: `file:line:col: json.path: message` (no line:col when the file could not be read). */
function problemLines(display: string, problems: readonly PackProblem[], text: string | undefined, lang: Lang): string {
  const lines = text === undefined ? undefined : new LineIndex(text);
  return problems
    .map((p) => {
      const r = lines?.range(p.start, p.start);
      const at = r ? `${display}:${r.startLine + 1}:${r.startColumn + 1}` : display;
      return `${t(lang, 'packProblem', at, p.path, p.message[lang])}\n`;
    })
    .join('');
}

/** Exit 0 when every pack is valid (one OK line each), else 2 with one line per problem. */
export function runSnippetsValidate(args: readonly string[], lang: Lang, io: CliIO): number {
  let failed = false;
  for (const input of expandPackArgs(args, io.cwd)) {
    if (!input.abs) {
      failed = true;
      io.stdout(`${t(lang, 'atFile', input.display, t(lang, 'noMatch'))}\n`);
      continue;
    }
    const { pack, problems, text } = readPackFile(input.abs);
    if (pack) io.stdout(`${t(lang, 'packOk', input.display, pack.name, pack.snippets.length)}\n`);
    else {
      failed = true;
      io.stdout(problemLines(input.display, problems, text, lang));
    }
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

export interface ListOptions {
  /** Extra pack files, loaded after the built-in ones (as user packs: same ids override). */
  files: readonly string[];
  /** Only this pack. */
  pack?: string;
  lang: Lang;
}

/**
 * Lists the effective snippets of the built-in packs and any packs given, grouped by pack, as
 * `id  title  prefixes` lines. Invalid packs are reported on stderr (exit 2) and the rest is still listed.
 */
export function runSnippetsList(options: ListOptions, io: CliIO): number {
  const { lang } = options;
  let failed = false;
  const loaded: LoadedPack[] = [];
  const displays = new Map<string, string>();
  const builtins = builtinPackFiles(packageRoot()).map((abs) => ({ display: path.relative(io.cwd, abs), abs }));
  for (const [source, inputs] of [['builtin', builtins], ['user', expandPackArgs(options.files, io.cwd)]] as const) {
    for (const input of inputs) {
      if (!input.abs) {
        failed = true;
        io.stderr(`${t(lang, 'atFile', input.display, t(lang, 'noMatch'))}\n`);
        continue;
      }
      if (displays.has(input.abs)) continue;
      displays.set(input.abs, input.display);
      const { pack, problems, text } = readPackFile(input.abs);
      if (pack) loaded.push({ pack, source, file: input.abs });
      else {
        failed = true;
        io.stderr(problemLines(input.display, problems, text, lang));
      }
    }
  }
  if (options.pack !== undefined && !loaded.some((p) => p.pack.name === options.pack)) {
    io.stderr(`${t(lang, 'noSuchPack', options.pack, loaded.map((p) => p.pack.name))}\n`);
    return EXIT_USAGE;
  }
  // Grouped by pack file: a snippet overridden by a later pack is listed under that pack.
  const groups = new Map<string, ResolvedSnippet[]>(loaded.map((p) => [p.file, []]));
  for (const s of mergePacks(loaded, [])) groups.get(s.file)!.push(s);
  const out: string[] = [];
  for (const { pack, source, file } of loaded) {
    if (options.pack !== undefined && pack.name !== options.pack) continue;
    const snippets = groups.get(file)!;
    out.push(t(lang, 'packHeader', pack.name, source === 'builtin', displays.get(file)!, snippets.length));
    for (const s of snippets) out.push(`  ${s.id}  ${s.title}  ${snippetPrefixes(s).join(', ')}`);
    out.push('');
  }
  io.stdout(out.join('\n'));
  return failed ? EXIT_USAGE : EXIT_OK;
}

/** The package (or extension) root: the nearest ancestor of this module with a package.json. */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return __dirname;
  }
}
