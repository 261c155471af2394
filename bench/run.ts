// `npm run bench` (bundled first by bench/build.cjs): our lint vs peers on the same text, Markdown overhead over remark-parse, growth on
// synthetic reports from 1 to 50 MB, then the whole-process figures (bench/cli.ts), each judged against
// issue 12's targets. Each in-process measurement runs in a fresh Node process (no heap or JIT state
// shared between contenders) and is the median of several runs after a warm-up. Tasks run in
// ROUNDS rounds of processes; figures are medians over rounds, ratios medians of same-round ratios.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { format as autocorrectFormat, lintFor as autocorrectLint } from 'autocorrect-node';
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractFigures } from '../src/core/figures';
import { lint } from '../src/core/lint';
import { extractOutline } from '../src/core/outline';
import { parseReport } from '../src/core/parse';
import { parallel, scale, startup, wholeProcess } from './cli';
import { bytes, markdownText, plainText, seedDraft, synthetic } from './corpus';
import { profiled, profileTask, profiling } from './profile';

const MB = 1024 * 1024;
/** Issue 12's in-process targets; growth is linear while the largest size's ms/100 KB is within `linear`× the smallest's. */
const TARGET = { textMsPer100KB: 1.5, markdownRatio: 1.1, linear: 1.3 };
/** Issue 7's: the outline of a 100 KB report, and what the figure model adds to a check that asks for no outline. */
const OUTLINE_TARGET = { msPer100KB: 10, figuresInCheckMsPer100KB: 1 };
const GROWTH_MB = [1, 5, 10, 25, 50];
/** Processes per task: machines running other jobs are noisy from one process to the next. */
const ROUNDS = 5;
const remark = unified().use(remarkParse);

interface Task {
  input: () => string;
  run: (input: string) => unknown;
  runs: number;
  warmup: number;
  /** Fewer than ROUNDS processes, for the slowest tasks. */
  rounds?: number;
}

/**
 * Runs per size. Linearity is judged against 1 MB, so it is warmed like the plain-text task (a short warm-up leaves
 * its JIT cold and its ms/100 KB high); a 50 MB run takes seconds, so the big sizes get one timed run in fewer rounds.
 */
function growthRuns(mb: number): Pick<Task, 'runs' | 'warmup' | 'rounds'> {
  if (mb >= 25) return { runs: 1, warmup: 1, rounds: 3 };
  return mb >= 5 ? { runs: 3, warmup: 2 } : { runs: 15, warmup: 15 };
}

const tasks: Record<string, Task> = {
  'text:govreport': { input: plainText, run: (s) => lint(s, { format: 'text' }), runs: 31, warmup: 15 },
  'text:markdownlint': { input: plainText, run: (s) => markdownlint({ strings: { report: s } }), runs: 15, warmup: 5 },
  'text:autocorrectLint': { input: plainText, run: (s) => autocorrectLint(s, 'report.txt'), runs: 15, warmup: 5 },
  'text:autocorrectFormat': { input: plainText, run: (s) => autocorrectFormat(s), runs: 15, warmup: 5 },
  // Reading the text is part of an outline: `govreport outline` and the editor's view parse it first.
  'outline:reports': { input: plainText, run: (s) => extractOutline(parseReport(s, { format: 'text' })), runs: 21, warmup: 10 },
  'outline:draft': { input: () => seedDraft(100 * 1024), run: (s) => extractOutline(parseReport(s, { format: 'text' })), runs: 41, warmup: 20 },
  'figures:reports': { input: plainText, run: (s) => extractFigures(parseReport(s, { format: 'text' })), runs: 21, warmup: 10 },
  'parse:reports': { input: plainText, run: (s) => parseReport(s, { format: 'text' }), runs: 21, warmup: 10 },
  'md:govreport': { input: markdownText, run: (s) => lint(s, { format: 'markdown' }), runs: 21, warmup: 10 },
  'md:remarkParse': { input: markdownText, run: (s) => remark.parse(s), runs: 21, warmup: 10 },
  ...Object.fromEntries(
    GROWTH_MB.map((mb): [string, Task] => [
      `growth:${mb}`,
      { input: () => synthetic(mb * MB), run: (s) => lint(s, { format: 'text' }), ...growthRuns(mb) },
    ]),
  ),
};

interface Measure {
  bytes: number;
  /** The first run, JIT cold. */
  coldMs: number;
  ms: number;
  msPer100KB: number;
  /** The child's peak resident memory. */
  maxRssMB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function time(run: () => unknown): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** In a child process: the median wall time of one task after the warm-up. */
function measure(task: Task): Measure {
  const input = task.input();
  const coldMs = time(() => task.run(input));
  for (let i = 1; i < task.warmup; i++) task.run(input);
  const ms = median(Array.from({ length: task.runs }, () => time(() => task.run(input))));
  const size = bytes(input);
  return { bytes: size, coldMs, ms, msPer100KB: (ms * 100 * 1024) / size, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/** In a child started by profileTask: the CPU profile of the task's timed runs, after the warm-up. */
function profile(task: Task) {
  const input = task.input();
  for (let i = 0; i < task.warmup; i++) task.run(input);
  return profiled(() => Array.from({ length: task.runs }, () => task.run(input)));
}

function inChild(name: string): Measure {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, name], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench task ${name} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measure;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const ok = (met: boolean) => (met ? 'met' : 'MISSED');

/** Every task in a fresh process, ROUNDS times round-robin, so contenders of a round run back to back. */
function measureAll(): Record<string, Measure[]> {
  const rounds: Record<string, Measure[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, task] of Object.entries(tasks)) if (r < (task.rounds ?? ROUNDS)) rounds[name]!.push(inChild(name));
  }
  return rounds;
}

function main(): void {
  const m = measureAll();
  /** Median ms/100 KB of a task over the rounds. */
  const t = (name: string) => median(m[name]!.map((x) => x.msPer100KB));
  /** Median over the rounds of the ratio of two tasks measured in the same round. */
  const ratio = (a: string, b: string) => median(m[a]!.map((x, r) => x.msPer100KB / m[b]![r]!.msPer100KB));

  const ours = t('text:govreport');
  const mdRatio = ratio('md:govreport', 'md:remarkParse');
  const growth = GROWTH_MB.map((mb) => {
    const g = m[`growth:${mb}`]!;
    const ms = (pick: (x: Measure) => number) => round(median(g.map(pick)), 1);
    return {
      mb,
      bytes: g[0]!.bytes,
      coldMs: ms((x) => x.coldMs),
      ms: ms((x) => x.ms),
      msPer100KB: round(t(`growth:${mb}`)),
      maxRssMB: ms((x) => x.maxRssMB),
    };
  });
  const growthRatio = t(`growth:${GROWTH_MB.at(-1)}`) / t(`growth:${GROWTH_MB[0]}`);
  const outlineReports = t('outline:reports');
  const outlineDraft = m['outline:draft']!.map((x) => x.ms);
  const draftMs = median(outlineDraft);
  // The figure model over the parse alone, per round: what a check pays for it when the outline is not asked for.
  const figuresInCheck = median(m['figures:reports']!.map((x, r) => x.msPer100KB - m['parse:reports']![r]!.msPer100KB));

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    plainText: {
      bytes: m['text:govreport']![0]!.bytes,
      msPer100KB: {
        govreport: round(ours),
        markdownlint: round(t('text:markdownlint')),
        autocorrectLint: round(t('text:autocorrectLint')),
        autocorrectFormat: round(t('text:autocorrectFormat')),
      },
      ratio: {
        markdownlint: round(ratio('text:govreport', 'text:markdownlint'), 3),
        autocorrectLint: round(ratio('text:govreport', 'text:autocorrectLint'), 3),
        autocorrectFormat: round(ratio('text:govreport', 'text:autocorrectFormat'), 3),
      },
      target: { msPer100KB: TARGET.textMsPer100KB, met: ours <= TARGET.textMsPer100KB },
    },
    markdown: {
      bytes: m['md:govreport']![0]!.bytes,
      msPer100KB: { govreport: round(t('md:govreport')), remarkParse: round(t('md:remarkParse')) },
      ratio: round(mdRatio, 3),
      target: { ratio: TARGET.markdownRatio, met: mdRatio <= TARGET.markdownRatio },
    },
    growth,
    // ms/100 KB of the largest size over the smallest's.
    linearity: {
      fromMB: GROWTH_MB[0]!,
      toMB: GROWTH_MB.at(-1)!,
      ratio: round(growthRatio),
      target: { ratio: TARGET.linear, met: growthRatio <= TARGET.linear },
    },
    outline: {
      reportsMsPer100KB: round(outlineReports),
      seedDraft: { bytes: m['outline:draft']![0]!.bytes, ms: round(draftMs) },
      figuresInCheckMsPer100KB: round(figuresInCheck),
      parseMsPer100KB: round(t('parse:reports')),
      target: {
        msPer100KB: OUTLINE_TARGET.msPer100KB,
        met: outlineReports <= OUTLINE_TARGET.msPer100KB && draftMs <= OUTLINE_TARGET.msPer100KB,
        figuresInCheckMsPer100KB: OUTLINE_TARGET.figuresInCheckMsPer100KB,
        figuresInCheckMet: figuresInCheck <= OUTLINE_TARGET.figuresInCheckMsPer100KB,
      },
    },
    // Self time by function while linting the plain-text and Markdown bench texts (node --cpu-prof).
    profile: { text: profileTask(process.argv[1]!, 'text:govreport'), markdown: profileTask(process.argv[1]!, 'md:govreport') },
    cores: availableParallelism(),
    startup: startup(),
    wholeProcess: wholeProcess(),
    parallel: parallel(),
    scale: scale(),
  };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const { plainText: plain, markdown: md, linearity: lin, startup: st, wholeProcess: whole, parallel: par, scale: big } = results;
  const goals = {
    'plain text in-process, all rules': [`${plain.msPer100KB.govreport} ms/100 KB`, `≤ ${TARGET.textMsPer100KB} ms/100 KB`, plain.target.met],
    'Markdown / remark-parse alone': [`${md.ratio}×`, `≤ ${TARGET.markdownRatio}×`, md.target.met],
    [`whole process ${whole.mb} MB / AutoCorrect`]: [`${whole.ratio.autocorrect}×`, `≤ ${whole.target.autocorrect.ratio}×`, whole.target.autocorrect.met],
    [`whole process ${whole.mb} MB / markdownlint`]: [`${whole.ratio.markdownlint}×`, `≤ ${whole.target.markdownlint.ratio}×`, whole.target.markdownlint.met],
    'govreport --version over node -e 0': [`${st.overNode.version} ms`, `≤ ${st.target.ms} ms`, st.target.met],
    [`${par.files} files (${par.mb} MB): --jobs 1 / --jobs 2`]: [`${par.speedup}×, same output`, `≥ ${par.target.speedup}×`, par.target.met],
    [`linear growth: ms/100 KB at ${lin.toMB} MB / at ${lin.fromMB} MB`]: [`${lin.ratio}×`, `≤ ${TARGET.linear}×`, lin.target.met],
    [`${big.mb} MB tree: peak memory`]: [`${Math.max(big.jobs1.peakMB, big.defaultJobs.peakMB)} MB`, `< ${big.target.peakMB} MB`, big.target.met],
  } satisfies Record<string, [string, string, boolean]>;
  const { outline } = results;
  const outlineGoals = {
    'outline of the real reports (parse included)': [`${outline.reportsMsPer100KB} ms/100 KB`, `< ${OUTLINE_TARGET.msPer100KB} ms/100 KB`, outlineReports <= OUTLINE_TARGET.msPer100KB],
    [`outline of the seed draft, ${kb(outline.seedDraft.bytes)}`]: [`${outline.seedDraft.ms} ms`, `< ${OUTLINE_TARGET.msPer100KB} ms`, draftMs <= OUTLINE_TARGET.msPer100KB],
    'figure model in a check (consistency rules)': [`${outline.figuresInCheckMsPer100KB} ms/100 KB`, `≤ ${OUTLINE_TARGET.figuresInCheckMsPer100KB} ms/100 KB`, outline.target.figuresInCheckMet],
  } satisfies Record<string, [string, string, boolean]>;
  const issue7 = Object.entries(outlineGoals).map(([goal, [figure, target, met]]) => ({ goal, figure, target, met }));
  const issue12 = Object.entries(goals).map(([goal, [figure, target, met]]) => ({ goal, figure, target, met }));

  console.log(`\nPlain text (${kb(plain.bytes)}), ms per 100 KB`);
  console.table({
    govreport: { 'ms/100KB': plain.msPer100KB.govreport, 'ours/peer': 1 },
    markdownlint: { 'ms/100KB': plain.msPer100KB.markdownlint, 'ours/peer': plain.ratio.markdownlint },
    'autocorrect lintFor': { 'ms/100KB': plain.msPer100KB.autocorrectLint, 'ours/peer': plain.ratio.autocorrectLint },
    'autocorrect format': { 'ms/100KB': plain.msPer100KB.autocorrectFormat, 'ours/peer': plain.ratio.autocorrectFormat },
  });
  console.log(`target ≤ ${TARGET.textMsPer100KB} ms/100 KB: ${ok(plain.target.met)}`);

  console.log(`\nMarkdown (${kb(md.bytes)}), ms per 100 KB`);
  console.table({
    'govreport lint': { 'ms/100KB': md.msPer100KB.govreport },
    'remark-parse alone': { 'ms/100KB': md.msPer100KB.remarkParse },
  });
  console.log(`ratio ${md.ratio} (target ≤ ${TARGET.markdownRatio}: ${ok(md.target.met)})`);

  console.log('\nSynthetic reports (plain text)');
  console.table(
    Object.fromEntries(
      growth.map((g) => [`${g.mb} MB`, { bytes: g.bytes, 'first run ms': g.coldMs, ms: g.ms, 'ms/100KB': g.msPer100KB, 'peak RSS MB': g.maxRssMB }]),
    ),
  );
  console.log(`ms/100 KB at ${lin.toMB} MB is ${lin.ratio}× that at ${lin.fromMB} MB (linear: target ≤ ${TARGET.linear}: ${ok(lin.target.met)})`);

  console.log('\nStart-up (whole process, ms)');
  console.table(st.ms);
  console.log(`--version ${st.overNode.version} ms over node -e 0 (target ≤ ${st.target.ms}: ${ok(st.target.met)}); a 1-file check ${st.overNode.check} ms over`);

  console.log(`\nWhole process on ${whole.files} files (${whole.mb} MB) of reports, load average ${whole.load.before} → ${whole.load.after}`);
  const ourMs = whole.ms['govreport --jobs 1']!;
  console.table(
    Object.fromEntries(Object.entries(whole.ms).map(([name, ms]) => [name, { ms, findings: whole.findings[name], 'ours (--jobs 1)/this': round(ourMs / ms, 3) }])),
  );
  console.log(
    `govreport --jobs 1 ${whole.ratio.autocorrect}× AutoCorrect (target ≤ ${whole.target.autocorrect.ratio}: ${ok(whole.target.autocorrect.met)}), ` +
      `${whole.ratio.markdownlint}× markdownlint (target ≤ ${whole.target.markdownlint.ratio}: ${ok(whole.target.markdownlint.met)})`,
  );

  console.log(`\n${par.files} files (${par.mb} MB) in a directory, ${results.cores} cores, load average ${par.load.before} → ${par.load.after}`);
  console.table(par.ms);
  console.log(`--jobs 2 ${par.speedup}× faster than --jobs 1, same output (target ≥ ${par.target.speedup}: ${ok(par.target.met)})`);
  console.log(`  this machine's ceiling: the same check as 2 processes on half the files each ${par.processes}×; a sentence-splitting kernel ${par.ceiling}× on 2 threads`);

  console.log(`\n${big.files} files (${big.mb} MB) in a directory`);
  console.table({ 'jobs 1': big.jobs1, 'default jobs': big.defaultJobs });
  console.log(`peak memory under ${big.target.peakMB} MB: ${ok(big.target.met)}; the default jobs ${round(big.jobs1.ms / big.defaultJobs.ms)}× as fast as --jobs 1, same output`);

  for (const [name, costs] of Object.entries(results.profile)) {
    console.log(`\nTop costs, ${name} (self time, node --cpu-prof)`);
    console.table(Object.fromEntries(costs.map((c) => [c.where, { '%': c.selfPercent, ms: c.selfMs }])));
  }

  console.log('\nIssue 7 targets (this run)');
  console.table(Object.fromEntries(issue7.map((g) => [g.goal, { figure: g.figure, target: g.target, verdict: ok(g.met) }])));

  console.log('\nIssue 12 targets (this run)');
  console.table(Object.fromEntries(issue12.map((g) => [g.goal, { figure: g.figure, target: g.target, verdict: ok(g.met) }])));

  const out = join(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ ...results, issue7, issue12 }, null, 2)}\n`);
  console.log('\nwritten bench/results/latest.json');
}

const task = process.argv[2];
if (task === undefined) main();
else if (tasks[task]) process.stdout.write(JSON.stringify(profiling ? profile(tasks[task]) : measure(tasks[task])));
else throw new Error(`unknown bench task ${task}; one of ${Object.keys(tasks).join(', ')}`);
