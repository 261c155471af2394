// Runs tasks on worker threads and hands the results back in task order, synchronously: the caller
// blocks (Atomics.wait) until the next result in order arrives, so commands stay plain functions and
// output streams in order. Workers read their tasks themselves; only small task and result objects
// cross threads, and at most WINDOW tasks per worker are in flight, so memory stays flat in the number
// of tasks.

import { availableParallelism } from 'node:os';
import { MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

/** Tasks queued per worker, so a worker never waits for the caller between two tasks. */
const WINDOW = 2;

interface Setup {
  results: MessagePort;
  /** Bumped after each posted result; the caller waits on it. */
  signal: Int32Array;
  data: unknown;
}

type Reply<R> = { index: number; result: R } | { index: number; error: string };

/**
 * Bytes of input that pay for one worker. A worker compiles the engine afresh and runs its first megabytes
 * cold, so on 2 cores 200 files of 100 KB (20 MB) take as long on 2 workers as on one thread, 400 files
 * (40 MB) 0.92× as long and 1000 (100 MB) 0.71×.
 */
const BYTES_PER_WORKER = 16 * 1024 * 1024;

/**
 * The default for --jobs: every core, but no more workers than the inputs' `sizes` keep busy (1: this thread).
 * Reads sizes only until every core has its share.
 */
export function defaultJobs(sizes: Iterable<number>, cores = availableParallelism()): number {
  let bytes = 0;
  for (const size of sizes) {
    bytes += size;
    if (bytes >= cores * BYTES_PER_WORKER) return cores;
  }
  return Math.max(1, Math.floor(bytes / BYTES_PER_WORKER));
}

/**
 * Yields `handle(task)` for each task in order, computed by `jobs` workers running `workerFile`, which
 * calls `serveTasks`. `data` reaches every worker's handler. A task that throws ends the run with its
 * error. Stop early with the generator's `return` (workers are terminated either way).
 */
export function* mapInWorkers<T, R>(tasks: readonly T[], jobs: number, workerFile: string, data: unknown): Generator<R> {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => {
    const { port1, port2 } = new MessageChannel();
    const setup: Setup = { results: port2, signal, data };
    const worker = new Worker(workerFile, { workerData: setup, transferList: [port2] });
    return { worker, results: port1, inFlight: 0 };
  });
  const done = new Map<number, R>();
  let sent = 0;
  const feed = (w: (typeof workers)[number]) => {
    while (w.inFlight < WINDOW && sent < tasks.length) {
      w.worker.postMessage({ index: sent, task: tasks[sent++] });
      w.inFlight++;
    }
  };
  try {
    workers.forEach(feed);
    for (let next = 0; next < tasks.length; next++) {
      while (!done.has(next)) {
        const seen = Atomics.load(signal, 0);
        let received = false;
        for (const w of workers) {
          for (let m = receiveMessageOnPort(w.results); m; m = receiveMessageOnPort(w.results)) {
            const reply = m.message as Reply<R>;
            if ('error' in reply) throw new Error(reply.error);
            done.set(reply.index, reply.result);
            w.inFlight--;
            received = true;
          }
          feed(w);
        }
        if (!received) Atomics.wait(signal, 0, seen);
      }
      const result = done.get(next)!;
      done.delete(next);
      yield result;
    }
  } finally {
    for (const w of workers) {
      w.results.close();
      void w.worker.terminate();
    }
  }
}

/** In a worker started by `mapInWorkers`: answers each task with `handle(task, data)`. */
export function serveTasks<T, R>(handle: (task: T, data: unknown) => R): void {
  const { results, signal, data } = workerData as Setup;
  parentPort!.on('message', ({ index, task }: { index: number; task: T }) => {
    let reply: Reply<R>;
    try {
      reply = { index, result: handle(task, data) };
    } catch (err) {
      reply = { index, error: err instanceof Error ? err.message : String(err) };
    }
    results.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
