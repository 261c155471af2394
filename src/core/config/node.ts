// Node file access for config: the nearest `.govreportrc.json` and a host for ConfigLoader.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigHost } from './resolve';
import { CONFIG_FILE_NAME } from './name';

export const nodeConfigHost: ConfigHost = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  resolve: (from, ref) => path.resolve(path.dirname(from), ref),
};

/** The nearest config file in `dir` or one of its ancestors, or undefined. */
export function findConfigFile(dir: string, exists: (file: string) => boolean = isFile): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
