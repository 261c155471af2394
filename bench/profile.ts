// Where the engine spends its time: a bench task runs in a child process under the V8 CPU profiler (the
// profile `node --cpu-prof` writes, taken after the warm-up so module loading and JIT warm-up stay out),
// and its samples are summed by function (self time), the costliest first.
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector';
import { relative } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  /** `function (file)`; a regular expression by its source, shortened. */
  where: string;
  /** Share of all samples, in percent. */
  selfPercent: number;
  selfMs: number;
}

const ROOT = relative('/', `${import.meta.dirname}/..`);
const BUNDLE = `${ROOT}/bench/run.bundle.mjs`;
const PROFILE_FLAG = '--profile';

/** Runs `work` under the CPU profiler (synchronous: the in-thread inspector answers at once). */
export function profiled(work: () => void): CpuProfile {
  const session = new Session();
  session.connect();
  let profile: CpuProfile | undefined;
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  work();
  session.post('Profiler.stop', (err, result) => {
    if (err) throw err;
    profile = result.profile as CpuProfile;
  });
  session.disconnect();
  if (!profile) throw new Error('the profiler returned no profile');
  return profile;
}

/** Self time per function from a V8 CPU profile, the `top` costliest. */
export function topCosts(profile: CpuProfile, top: number): Cost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    const where = describe(byId.get(id)!);
    self.set(where, (self.get(where) ?? 0) + delta);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => ({ where, selfPercent: Number(((100 * us) / total).toFixed(1)), selfMs: Number((us / 1000).toFixed(1)) }));
}

/** Our functions by name alone (the bench bundle holds them all); others with their file. */
function describe({ functionName, url }: { functionName: string; url: string }): string {
  const name = functionName.length > 60 ? `${functionName.slice(0, 57)}…` : functionName || '(anonymous)';
  const path = url.replace(/^file:\/\/\//, '');
  if (!path || path === BUNDLE) return name;
  return `${name} (${path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path})`;
}

/** True in the child that `profileTask` starts. */
export const profiling = process.argv.includes(PROFILE_FLAG);

/** Runs bench task `task` of `script` in a child with PROFILE_FLAG; the child prints its profile as JSON. */
export function profileTask(script: string, task: string, top = 12): Cost[] {
  const child = spawnSync(process.execPath, [...process.execArgv, script, task, PROFILE_FLAG], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`profiling ${task} failed:\n${child.stderr}`);
  return topCosts(JSON.parse(child.stdout) as CpuProfile, top);
}
