import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../../src/cli/run';
import { CORPUS_DIR, SAMPLE } from '../helpers';

export const ROOT = join(__dirname, '..', '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process, as `node dist/cli.js` would, with `cwd` as the working directory. */
export function cli(argv: string[], cwd: string): CliResult {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  if (typeof code !== 'number') throw new Error('an asynchronous command: use cliAsync');
  return { code, stdout, stderr };
}

/** Like `cli`, for commands that write a .docx (asynchronous). */
export async function cliAsync(argv: string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

/** Runs the bundled CLI in a child process. */
export function spawnCli(argv: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...argv], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Builds dist/cli.js so child-process tests run the current sources. */
export function build(): void {
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'govreport-cli-'));
}

/** Writes a file (creating its directories); strings as UTF-8, buffers as is. */
export function put(dir: string, rel: string, content: string | Buffer): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Copies the sample draft into `dir` under `rel`. */
export function putSample(dir: string, rel = SAMPLE): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(join(CORPUS_DIR, SAMPLE), file);
  return file;
}
