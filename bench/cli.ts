// Whole-process figures of the bundled CLI (dist/cli.js, built by `npm run bench`): start-up against a bare
// `node -e 0`, 5.5 MB of reports against AutoCorrect and markdownlint each linting the same files in one process,
// and a directory of 200 reports (20 MB) on 1 thread and on 2, beside two processes checking half the files each at once
// and a fixed kernel on 1 and 2 threads. Runs alternate between the contenders so load from other work on the machine
// falls on all alike; the load average is recorded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthetic } from './corpus';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const KERNEL = join(import.meta.dirname, 'scaling-kernel.cjs');
const SAMPLE = join(import.meta.dirname, '..', 'samples', 'county-2022-three-level-cadre-meeting-speech.txt');
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.cjs');
const PEERS = { autocorrect: join(import.meta.dirname, 'peer-autocorrect.mjs'), markdownlint: join(import.meta.dirname, 'peer-markdownlint.mjs') };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (n: number) => Number(n.toFixed(1));

function wall(args: string[]): { ms: number; stdout: string; stderr: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const quoted = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

/** Wall time of several node processes started together, until the last one ends (their output is dropped). */
function wallTogether(commands: string[][]): number {
  const script = `${commands.map((args) => `${[process.execPath, ...args].map(quoted).join(' ')} >/dev/null &`).join(' ')} wait`;
  const t0 = process.hrtime.bigint();
  spawnSync('sh', ['-c', script]);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** A command is one node process, or several started together (see `wallTogether`). */
type Command = string[] | { together: string[][] };

/** Median wall time of each command over `runs` alternating runs. */
function race(commands: Record<string, Command>, runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, command] of Object.entries(commands)) times[name]!.push(Array.isArray(command) ? wall(command).ms : wallTogether(command.together));
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v))]));
}

export function startup() {
  const ms = race({ 'node -e 0': ['-e', '0'], 'govreport --version': [CLI, '--version'], 'govreport check (1 file)': [CLI, 'check', SAMPLE] }, 15);
  const overVersion = round(ms['govreport --version']! - ms['node -e 0']!);
  return { ms, overNode: { version: overVersion, check: round(ms['govreport check (1 file)']! - ms['node -e 0']!) }, target: { ms: 20, met: overVersion <= 20 } };
}

/** `files` files of about 100 KB each, cut at line ends from `mb` MB of synthetic reports; their paths, in order. */
function writeTree(dir: string, files: number, mb: number): string[] {
  const lines = synthetic(mb * 1024 * 1024).split('\n');
  const per = Math.ceil(lines.length / files);
  return Array.from({ length: files }, (_, i) => {
    const file = join(dir, `report-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, lines.slice(i * per, (i + 1) * per).join('\n'));
    return file;
  });
}

/** Runs `work` on a fresh temporary directory, removed afterwards. */
function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-tree-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Findings a run printed: a peer script prints the count alone, our CLI one `file:line:column …` line per finding. */
function findings(stdout: string): number {
  return /^\d+\n?$/.test(stdout) ? Number(stdout) : stdout.split('\n').filter((line) => /:\d+:\d+\s/.test(line)).length;
}

/** `mb` MB of reports in ~100 KB files, checked by our CLI on 1 thread and on the default jobs, and linted by each peer's library. */
export function wholeProcess(mb = 5.5) {
  return inTempDir((dir) => {
    const files = writeTree(dir, Math.round(mb * 10), mb).length;
    const commands: Record<string, string[]> = {
      'govreport --jobs 1': [CLI, 'check', dir, '--jobs', '1'],
      'govreport (default jobs)': [CLI, 'check', dir],
      autocorrect: [PEERS.autocorrect, dir],
      markdownlint: [PEERS.markdownlint, dir],
    };
    const found = Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, findings(wall(args).stdout)]));
    // A peer script that finds nothing has not linted: its time would be a no-op's.
    for (const peer of Object.keys(PEERS)) if (!(found[peer]! > 0)) throw new Error(`${peer} found nothing in the ${mb} MB directory`);
    const load = { before: round(loadavg()[0]!) };
    const ms = race(commands, 5);
    const ours = ms['govreport --jobs 1']!;
    const ratio = (peer: string) => Number((ours / ms[peer]!).toFixed(3));
    const judged = (peer: string, target: number) => ({ ratio: target, met: ratio(peer) <= target });
    return {
      files,
      mb,
      ms,
      findings: found,
      ratio: { autocorrect: ratio('autocorrect'), markdownlint: ratio('markdownlint') },
      load: { ...load, after: round(loadavg()[0]!) },
      target: { autocorrect: judged('autocorrect', 0.4), markdownlint: judged('markdownlint', 0.25) },
    };
  });
}

export function parallel() {
  return inTempDir((dir) => {
    const files = writeTree(dir, 200, 20);
    const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
    const load = { before: round(loadavg()[0]!) };
    const one = wall([CLI, 'check', dir, '--jobs', '1']);
    const two = wall([CLI, 'check', dir, '--jobs', '2']);
    if (one.stdout !== two.stdout || one.status !== two.status) throw new Error('--jobs 2 printed something else than --jobs 1');
    const ms = race(
      {
        'jobs 1': [CLI, 'check', dir, '--jobs', '1'],
        'jobs 2': [CLI, 'check', dir, '--jobs', '2'],
        // The same check split over two processes, which share nothing: what 2 cores give this work at best.
        '2 processes, half each': { together: halves.map((half) => [CLI, 'check', '--jobs', '1', ...half]) },
        'kernel 1': [KERNEL, dir, '1'],
        'kernel 2': [KERNEL, dir, '2'],
      },
      3,
    );
    const speedup = Number((ms['jobs 1']! / ms['jobs 2']!).toFixed(2));
    // What two threads of allocation-heavy work gain on this machine, measured alongside.
    const ceiling = Number((ms['kernel 1']! / ms['kernel 2']!).toFixed(2));
    // What two cores gain for the check itself: one process already keeps the second core busy compiling and collecting.
    const processes = Number((ms['jobs 1']! / ms['2 processes, half each']!).toFixed(2));
    return {
      files: files.length,
      mb: 20,
      ms,
      speedup,
      ceiling,
      processes,
      identicalOutput: true,
      load: { ...load, after: round(loadavg()[0]!) },
      target: { speedup: 1.7, met: speedup >= 1.7 },
    };
  });
}

/** A 100 MB tree of ~100 KB drafts checked on 1 thread and on the default jobs: time and peak memory (stays under 300 MB). */
export function scale(mb = 100) {
  return inTempDir((dir) => {
    const files = writeTree(dir, mb * 10, mb).length;
    const run = (jobs: string[]) => {
      const r = wall(['--require', PEAK_RSS, CLI, 'check', dir, ...jobs]);
      const kb = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
      if (kb === undefined) throw new Error(`the ${mb} MB check printed no peak memory:\n${r.stderr.slice(-2000)}`);
      return { ms: round(r.ms), peakMB: Math.round(Number(kb) / 1024), stdout: r.stdout };
    };
    const one = run(['--jobs', '1']);
    const all = run([]);
    if (one.stdout !== all.stdout) throw new Error(`the ${mb} MB check printed something else on the default jobs than on --jobs 1`);
    const peakMB = Math.max(one.peakMB, all.peakMB);
    return {
      files,
      mb,
      jobs1: { ms: one.ms, peakMB: one.peakMB },
      defaultJobs: { ms: all.ms, peakMB: all.peakMB },
      target: { peakMB: 300, met: peakMB < 300 },
    };
  });
}
