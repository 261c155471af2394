// Outline evaluation: goals and projects extracted from real reports against hand labels in
// test/fixtures/extraction/ (see SOURCES.md there). Prints precision/recall/F1 per kind and per
// document, with the misses and spurious items.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../src/core/lint';
import { extractOutline, type Outline } from '../src/core/outline';
import { numeralValue } from '../src/core/figures/normalize';
import { SCALES } from '../src/core/figures/units';
import { parseReport } from '../src/core/parse';
import { WORK_SUFFIX } from '../src/core/outline/works';

export const LABEL_DIR = resolve(__dirname, '..', 'test', 'fixtures', 'extraction');

interface Labels {
  file: string;
  level: string;
  year: number;
  /** Labelled after the extractor was tuned on the others (see SOURCES.md). */
  heldOut?: boolean;
  /** 1-based inclusive line span that was labelled; whole text when absent. */
  lines?: [number, number];
  goals: [indicator: string, value: string, unit: string][];
  projects: ([name: string] | [name: string, status: string])[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentResult {
  name: string;
  level: string;
  year: number;
  heldOut: boolean;
  goals: Score;
  projects: Score;
  /** Matched projects whose labelled status the extractor gave the same stage. */
  stages: { agree: number; labelled: number };
  misses: string[];
  spurious: string[];
}

/** Abbreviations read as the words they stand for: `GDP` is `生产总值` (`地区生产总值`, `国内生产总值`). */
const spelledOut = (s: string) => s.replace(/GDP/gi, '生产总值');
const chars = (s: string) => new Set(spelledOut(s).replace(/[“”"‘’（）()、\s]/g, ''));

/** Dice coefficient on character sets: indicators are worded differently but share their words. */
function similar(a: string, b: string): number {
  const x = chars(a);
  const y = chars(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const c of x) if (y.has(c)) common++;
  return (2 * common) / (x.size + y.size);
}

const normValue = (v: string) =>
  v
    .replace(/[—–~～至到]/g, '-')
    .replace(/\s/g, '')
    .split('-')
    .map((part) => String(numeralValue(part) ?? part))
    .join('-');
/** Units compare without a parenthesised alternative: `万套（间）` is `万套`. */
const normUnit = (u: string) => u.replace(/（.*?）|\(.*?\)/g, '').replace('％', '%');
/** A scale word opening a unit (`亿元`, `万吨`), not `百分点`. */
const UNIT_SCALE = /^(万亿|千万|百万|亿|万|千|百)(?!分)(?=.)/;

/** A scale or an approximation a label wrote into the value: `29万 名` is `29 万名`, `5000余 万元` is `5000 万元`. */
const SCALED_VALUE = /^(\d+(?:\.\d+)?)(万亿|千万|百万|亿|万)?[余多]?$/;

/** Value and unit with the unit's scale moved into the value, so `百亿 元`, `百 亿元` and `100 亿元` compare equal. */
export function normFigure(written: string, writtenUnit: string): string {
  const scaled = SCALED_VALUE.exec(written.trim());
  const [value, unit] = scaled ? [scaled[1]!, (scaled[2] ?? '') + writtenUnit] : [written, writtenUnit];
  const u = normUnit(unit);
  const scale = UNIT_SCALE.exec(u)?.[1];
  const values = normValue(value).split('-');
  if (!scale || values.some((v) => !/^\d+(?:\.\d+)?$/.test(v))) return `${values.join('-')} ${u}`;
  return `${values.map((v) => Number((Number(v) * SCALES[scale]!).toPrecision(12))).join('-')} ${u.slice(scale.length)}`;
}
/** Names compare without quotes and spaces, and with parentheses of either width (`格力电器(赣州)` is `格力电器（赣州）`). */
const normName = (s: string) => s.replace(/[“”"‘’\s]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** A stretch or place in brackets ending a name. */
const TRAILING_STRETCH = /（[^（）]*）$/;

/**
 * Both names are the same work: equal, one holds the other and covers most of it, or one is the other
 * named with its kind (`京津塘` and `京津塘高速公路`, from `京津塘、津沧等高速公路`).
 */
function sameWork(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x === y) return true;
  // One names the stretch in brackets after the work, the other not: `瓜星高速（瓜州至星星峡）` and `瓜星高速`.
  const [bareX, bareY] = [x.replace(TRAILING_STRETCH, ''), y.replace(TRAILING_STRETCH, '')];
  if ((bareX !== x || bareY !== y) && bareX === bareY) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2) return false;
  const kind = long.startsWith(short) ? long.slice(short.length) : '';
  if (kind.length <= 8 && WORK_SUFFIX.test(kind) && !/[至、—-]/.test(kind)) return true;
  return long.includes(short) && short.length / long.length >= 0.5;
}

/** Greedy one-to-one matching of gold to predicted items, best pairs first. */
function match<G, P>(gold: G[], predicted: P[], score: (g: G, p: P) => number): { pairs: [G, P][]; misses: G[]; spurious: P[] } {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const s = score(g, p);
    if (s > 0) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([gold[i]!, predicted[j]!]);
  }
  return { pairs, misses: gold.filter((_, i) => !usedG.has(i)), spurious: predicted.filter((_, j) => !usedP.has(j)) };
}

function inSpan(labels: Labels, line0: number): boolean {
  if (!labels.lines) return true;
  return line0 + 1 >= labels.lines[0] && line0 + 1 <= labels.lines[1];
}

function readLabels(path: string): Labels {
  let labels: Labels;
  try {
    labels = JSON.parse(readFileSync(path, 'utf8')) as Labels;
  } catch (e) {
    throw new Error(`${path}: not readable JSON (${(e as Error).message})`);
  }
  if (typeof labels.file !== 'string' || !Array.isArray(labels.goals) || !Array.isArray(labels.projects)) {
    throw new Error(`${path}: needs "file", "goals" and "projects" (see test/fixtures/extraction/SOURCES.md, Label format)`);
  }
  return labels;
}

export function evaluateDocument(labelFile: string, dir = LABEL_DIR): DocumentResult {
  const labels = readLabels(join(dir, labelFile));
  const text = readFileSync(join(dir, labels.file), 'utf8');
  const outline: Outline = extractOutline(parseReport(text, { format: labels.file.endsWith('.md') ? 'markdown' : 'text' }));
  const goals = outline.goals.filter((g) => inSpan(labels, g.range.startLine));
  const projects = outline.projects.filter((p) => inSpan(labels, p.range.startLine));

  const g = match(labels.goals, goals, ([indicator, value, unit], p) => {
    if (normFigure(p.value, p.unit) !== normFigure(value, unit)) return 0;
    const s = similar(indicator, p.indicator);
    return s >= 0.5 ? s : 0;
  });
  const pr = match(labels.projects, projects, ([name], p) => (sameWork(name, p.name) ? 1 + similar(name, p.name) : 0));
  const withStatus = pr.pairs.filter(([gold]) => gold[1] !== undefined);
  return {
    name: labelFile.replace(/\.labels\.json$/, ''),
    level: labels.level,
    year: labels.year,
    heldOut: labels.heldOut === true,
    goals: { tp: g.pairs.length, fp: g.spurious.length, fn: g.misses.length },
    projects: { tp: pr.pairs.length, fp: pr.spurious.length, fn: pr.misses.length },
    stages: { agree: withStatus.filter(([gold, p]) => p.stage === gold[1]).length, labelled: withStatus.length },
    misses: [
      ...g.misses.map(([i, v, u]) => `goal    ${i} = ${v} ${u}`),
      ...pr.misses.map(([name, status]) => `project ${name}${status ? ` (${status})` : ''}`),
    ],
    spurious: [
      ...g.spurious.map((p) => `goal    ${p.indicator} = ${p.value} ${p.unit}  [line ${p.range.startLine + 1}: ${p.text}]`),
      ...pr.spurious.map((p) => `project ${p.name}${p.stage ? ` (${p.stage})` : ''}  [line ${p.range.startLine + 1}]`),
    ],
  };
}

export function evaluateAll(dir = LABEL_DIR): DocumentResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => evaluateDocument(f, dir));
}

export const sum = (scores: Score[]): Score => scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });

export function prf({ tp, fp, fn }: Score): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const fmt = (s: Score) => {
  const { p, r, f1 } = prf(s);
  return `P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};

/**
 * Best of 20 outlines of 100 KB made of the county draft (the most project-dense text): on a freshly parsed
 * document (figures and projects), and after a check has extracted the figures (what the editor pays).
 */
function outlineMilliseconds(): { parsed: number; afterCheck: number } {
  const base = readFileSync(resolve(LABEL_DIR, '..', 'corpus', 'county-2022-three-level-cadre-meeting-speech.txt'), 'utf8');
  // 100 KB of UTF-8, as the budget and `npm run bench` count (a Chinese character takes 3 bytes).
  const bytes = Buffer.from(base.repeat(Math.ceil((100 * 1024) / Buffer.byteLength(base))));
  const text = new TextDecoder().decode(bytes.subarray(0, 100 * 1024)).replace(/\uFFFD$/, '');
  let parsed = Infinity;
  let afterCheck = Infinity;
  for (let i = 0; i < 20; i++) {
    const doc = parseReport(text, { format: 'text' });
    let t0 = performance.now();
    extractOutline(doc);
    parsed = Math.min(parsed, performance.now() - t0);
    const checked = lint(text, { format: 'text' }).doc;
    t0 = performance.now();
    extractOutline(checked);
    afterCheck = Math.min(afterCheck, performance.now() - t0);
  }
  return { parsed, afterCheck };
}

function printDocument(r: DocumentResult, verbose: boolean): void {
  console.log(`## ${r.name} (${r.level}, ${r.year}${r.heldOut ? ', held out' : ''})`);
  console.log(`  goals     ${fmt(r.goals)}`);
  console.log(`  projects  ${fmt(r.projects)}`);
  if (r.stages.labelled > 0) console.log(`  stage agreement on matched projects: ${r.stages.agree}/${r.stages.labelled}`);
  if (verbose) {
    for (const m of r.misses) console.log(`  - miss      ${m}`);
    for (const s of r.spurious) console.log(`  + spurious  ${s}`);
  }
  console.log('');
}

function printTotals(title: string, results: DocumentResult[]): void {
  console.log(`## ${title}`);
  console.log(`  goals     ${fmt(sum(results.map((r) => r.goals)))}`);
  console.log(`  projects  ${fmt(sum(results.map((r) => r.projects)))}`);
}

export function printOutlineEvaluation(verbose: boolean): void {
  const results = evaluateAll();
  console.log('# Outline extraction (goals, projects)\n');
  for (const r of results) printDocument(r, verbose);
  printTotals('overall', results);
  const ms = outlineMilliseconds();
  console.log(
    `\noutline of 100 KB: ${ms.parsed.toFixed(1)} ms on a parsed document, ${ms.afterCheck.toFixed(1)} ms after a check (figures already extracted); best of 20, budget 10 ms`,
  );
}

/**
 * Labelled sets kept outside the repository (held-out text never tuned on), each a directory of `.txt`
 * files with their `.labels.json`: every document, then each set's totals and all sets' together.
 */
export function printHeldOutEvaluation(dirs: string[], verbose: boolean): void {
  const sets = dirs.map((dir) => ({ dir, results: evaluateAll(resolve(dir)) }));
  console.log('# Outline extraction on labelled sets (goals, projects)\n');
  for (const { results } of sets) for (const r of results) printDocument(r, verbose);
  for (const { dir, results } of sets) printTotals(`${dir} (${results.length} documents)`, results);
  if (sets.length > 1) printTotals('all sets', sets.flatMap((s) => s.results));
}
