// Which files to check (paths, directories, globs, .govreportignore) and how to read them safely.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { decodeUtf8 } from '../core/decode';
import type { Format } from '../core/model';
import type { Message } from '../core/rules/types';
import { messages } from './messages';
// The CommonJS build: bundled, the ESM build's dependency (fdir) needs an import.meta.url that CJS lacks.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

export const IGNORE_FILE = '.govreportignore';
const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.docx']);
/** Word's owner files (`~$draft.docx`), left beside a document while it is open. */
const WORD_LOCK = /^~\$/;

export interface InputFile {
  /** The path as the user gave it (or as expanded from a directory or glob). */
  display: string;
  abs: string;
  /** Set when the argument names nothing that exists or matches. */
  problem?: Message;
  /** Named on the command line itself (not found by walking a directory or matching a glob). */
  named?: boolean;
}

/**
 * Expands arguments in order: a file is taken as is (even if ignored), a directory is walked for
 * .txt/.md files, anything else that looks like a glob is matched. Directory and glob results honour
 * every `.govreportignore` in their directory and its ancestors.
 * An argument that names nothing comes back with a `problem`.
 */
export function expandPaths(args: readonly string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const rules = new IgnoreRules();
  const add = (display: string, abs: string, named = false) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ display, abs, ...(named ? { named } : {}) });
  };
  for (const arg of args.length ? args : ['.']) {
    const abs = path.resolve(cwd, arg);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      for (const rel of walk(abs, rules)) add(path.join(arg, rel), path.join(abs, rel));
    } else if (stat) {
      add(arg, abs, true);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'] }).sort();
      const kept = matches.map((m) => path.resolve(m)).filter((m) => !rules.ignores(m, false));
      if (kept.length === 0) files.push({ display: arg, abs: path.resolve(cwd, arg), problem: messages.noMatch() });
      for (const m of kept) add(path.isAbsolute(arg) ? m : path.relative(cwd, m), m);
    } else {
      files.push({ display: arg, abs, problem: messages.notFound() });
    }
  }
  return files;
}

function* walk(root: string, rules: IgnoreRules, rel = ''): Generator<string> {
  const dir = path.join(root, rel);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subdirectory is skipped, as git does
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(rel, entry.name);
    const abs = path.join(root, child);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || rules.ignores(abs, true)) continue;
      yield* walk(root, rules, child);
    } else if (
      (entry.isFile() || entry.isSymbolicLink()) &&
      EXTENSIONS.has(path.extname(entry.name).toLowerCase()) &&
      !WORD_LOCK.test(entry.name)
    ) {
      if (!rules.ignores(abs, false) && statOrUndefined(abs)?.isFile()) yield child;
    }
  }
}

/** `.govreportignore` files (gitignore syntax) in a path's ancestors; deeper files take precedence. */
class IgnoreRules {
  private readonly cache = new Map<string, Ignore | undefined>();

  ignores(abs: string, isDir: boolean): boolean {
    const dirs: string[] = [];
    for (let d = path.dirname(abs); ; d = path.dirname(d)) {
      dirs.unshift(d);
      if (path.dirname(d) === d) break;
    }
    let ignored = false;
    for (const dir of dirs) {
      const rules = this.load(dir);
      if (!rules) continue;
      const rel = path.relative(dir, abs).split(path.sep).join('/') + (isDir ? '/' : '');
      const result = rules.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private load(dir: string): Ignore | undefined {
    if (!this.cache.has(dir)) {
      let rules: Ignore | undefined;
      try {
        rules = ignore().add(fs.readFileSync(path.join(dir, IGNORE_FILE), 'utf8'));
      } catch {
        rules = undefined;
      }
      this.cache.set(dir, rules);
    }
    return this.cache.get(dir);
  }
}

export function statOrUndefined(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch {
    return undefined;
  }
}

export interface DecodedFile {
  /** The text without a BOM. */
  text: string;
  bom: boolean;
}

/** Reads a file's bytes; an unreadable file gives a problem instead. */
export function readFileBytes(file: Pick<InputFile, 'abs'>): Uint8Array | { problem: Message } {
  try {
    return fs.readFileSync(file.abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === 'ENOENT') return { problem: messages.notFound() };
    if (code === 'EISDIR') return { problem: messages.isDirectory() };
    return { problem: messages.readFailed(code) };
  }
}

/** Reads a UTF-8 text file; binary, UTF-16, non-UTF-8 and unreadable files give a problem instead. */
export function readTextFile(file: InputFile): DecodedFile | { problem: Message } {
  const bytes = readFileBytes(file);
  if ('problem' in bytes) return bytes;
  const decoded = decodeUtf8(bytes);
  if (!('problem' in decoded)) return decoded;
  if (decoded.problem === 'utf16') return { problem: messages.utf16() };
  if (decoded.problem === 'binary') return { problem: messages.binary() };
  return { problem: messages.notUtf8(file.display, decoded.problem === 'gbk') };
}
