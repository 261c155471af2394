// The machine's own ceiling for `--jobs 2`: a fixed, allocation-heavy kernel (split every file into sentences
// and clauses, as any reader of Chinese text does) over the same files on JOBS worker threads.
// Usage: node bench/scaling-kernel.cjs DIR JOBS. Prints the clause count (the same for any JOBS).
const fs = require('node:fs');
const path = require('node:path');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

function clauses(files) {
  let n = 0;
  for (let round = 0; round < 4; round++) {
    for (const file of files) {
      for (const sentence of fs.readFileSync(file, 'utf8').matchAll(/[^。！？；\n]+/g)) n += sentence[0].split(/[，、：]/).length;
    }
  }
  return n;
}

if (isMainThread) {
  const [dir, jobs] = [process.argv[2], Number(process.argv[3])];
  const files = fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
  const shares = Array.from({ length: jobs }, (_, i) => files.filter((_, k) => k % jobs === i));
  let total = 0;
  let left = jobs;
  for (const share of shares) {
    new Worker(__filename, { workerData: share }).on('message', (n) => {
      total += n;
      if (--left === 0) console.log(total);
    });
  }
} else {
  parentPort.postMessage(clauses(workerData));
}
