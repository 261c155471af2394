// Word bridge timings: reading a 1 MB .docx (target < 300 ms) and exporting the seed draft (target < 500 ms).
// Medians of several runs after a warm-up, plus the first (cold) run. `node --import tsx bench/word.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
import { readDraft } from '../src/core/word/draft';
import { readDocx } from '../src/core/word/read';
import { writeDocx } from '../src/core/word/write';
import { plainText } from './corpus';

const SEED = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus', 'county-2022-three-level-cadre-meeting-speech.txt');
const MB = 1024 * 1024;

async function time(runs: number, f: () => unknown): Promise<{ cold: number; median: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    samples.push(performance.now() - t0);
  }
  const cold = samples[0]!;
  const warm = samples.slice(1).sort((a, b) => a - b);
  return { cold, median: warm[warm.length >> 1]! };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const seed = readFileSync(SEED, 'utf8');
  const exported = await time(11, () => writeDocx(readDraft(seed, 'text')));
  console.log(`export seed (${seed.length} chars): cold ${fmt(exported.cold)}, median ${fmt(exported.median)} (target < 500 ms)`);

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
      `cold ${fmt(read.cold)}, median ${fmt(read.median)} (target < 300 ms)`,
  );
  const checked = await time(5, () => lint(readDocx(bytes).text, { format: 'text' }));
  console.log(`import + check of the same file: cold ${fmt(checked.cold)}, median ${fmt(checked.median)}`);
}

void main();
