// File access for snippet packs: the built-in packs, reading a pack file safely, and the
// `govreport.snippetPacks` setting (paths or globs, `~` allowed).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { limitMessages, PACK_LIMITS } from './load';
import { packFromBytes, READ_PROBLEMS, readProblem, type PackRead } from './read';
import { PACK_FILE_SUFFIX } from './schema';
// The CommonJS build: bundled, the ESM build's dependency (fdir) needs an import.meta.url that CJS lacks.
import tinyglobby = require('tinyglobby');

/** The built-in packs: `snippets/*.govsnippets.json` under the extension (or package) root, sorted. */
export function builtinPackFiles(root: string): string[] {
  return packsIn(path.join(root, 'snippets'));
}

/** The pack files directly in a directory, sorted. */
function packsIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith(PACK_FILE_SUFFIX))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/**
 * Reads and validates a pack file. The size is checked before reading; missing, unreadable, binary, UTF-16 and
 * non-UTF-8 files give one problem. `text` (BOM kept, so problem offsets index it) is set when the file was read.
 */
export function readPackFile(file: string): PackRead {
  const problem = readProblem(file);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return problem(READ_PROBLEMS.notAFile());
    if (stat.size > PACK_LIMITS.maxBytes) return problem(limitMessages.tooLarge(stat.size));
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return problem(code === 'ENOENT' ? READ_PROBLEMS.notFound() : READ_PROBLEMS.readFailed(code));
  }
  return packFromBytes(file, bytes);
}

/**
 * Pack files named by the `govreport.snippetPacks` setting: paths or globs; `~` is the home directory and
 * relative entries are relative to `base` (the home directory unless given). A directory stands for the packs
 * directly in it. Sorted within each entry, duplicates dropped; entries that match nothing are skipped.
 */
export function expandPackGlobs(patterns: readonly string[], home: string, base: string = home): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) (seen.add(file), files.push(file));
  };
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const tilde = pattern === '~' || /^~[\\/]/.test(pattern);
    const cwd = tilde ? home : base;
    const rel = tilde ? pattern.slice(2) || '.' : pattern;
    const abs = path.resolve(cwd, rel);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      packsIn(abs).forEach(add);
    } else if (stat?.isFile()) {
      add(abs);
    } else if (tinyglobby.isDynamicPattern(rel)) {
      const glob = path.sep === '\\' ? rel.replace(/\\/g, '/') : rel;
      tinyglobby
        .globSync(glob, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
        .map((m) => path.resolve(m))
        .sort()
        .forEach(add);
    }
  }
  return files;
}

function statOrUndefined(abs: string): fs.Stats | undefined {
  try {
    return fs.statSync(abs);
  } catch {
    return undefined;
  }
}
