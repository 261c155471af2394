// Word bridge timings: reading a 1 MB .docx (target < 300 ms) and exporting the seed draft (target < 500 ms).
// Medians of several runs after a warm-up, plus the first (cold) run; wall time and, as the machine is often
// shared, the process's CPU time (less sensitive to other jobs). `npm run bench:word`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
import { readDraft } from '../src/core/word/draft';
import { readDocx } from '../src/core/word/read';
import { writeDocx } from '../src/core/word/write';
import { plainText } from './corpus';

const SEED = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus', 'county-2022-three-level-cadre-meeting-speech.txt');
const MB = 1024 * 1024;

interface Timing {
  cold: number;
  median: number;
  cpuMedian: number;
}

async function time(runs: number, f: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.slice(1).sort((a, b) => a - b)[(xs.length - 1) >> 1]!;
  return { cold: wall[0]!, median: median(wall), cpuMedian: median(cpu) };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const show = (t: Timing) => `cold ${fmt(t.cold)}, median ${fmt(t.median)} (CPU ${fmt(t.cpuMedian)})`;

async function main() {
  const seed = readFileSync(SEED, 'utf8');
  const exported = await time(11, () => writeDocx(readDraft(seed, 'text')));
  console.log(`export seed (${seed.length} chars): ${show(exported)}; target < 500 ms`);

  // A .docx of at least 1 MB on disk, from the corpus reports repeated.
  const corpus = plainText();
  let text = corpus;
  let bytes = await writeDocx(readDraft(text, 'text'));
  while (bytes.length < MB) {
    text += `\n${corpus}`;
    bytes = await writeDocx(readDraft(text, 'text'));
  }
  const read = await time(11, () => readDocx(bytes));
  const word = readDocx(bytes);
  console.log(
    `import ${(bytes.length / MB).toFixed(2)} MB .docx (${word.paragraphs.length} paragraphs, ${word.text.length} chars): ` +
      `${show(read)}; target < 300 ms`,
  );
  const checked = await time(5, () => lint(readDocx(bytes).text, { format: 'text' }));
  console.log(`import + check of the same file: ${show(checked)}`);
}

void main();
