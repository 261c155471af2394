// How a mocha run in an extension host ends: one closing block on the console (the harness repeats it last,
// so the tail of a CI log names the failures), then the promise the host awaits settles by the outcome.

export interface Runner {
  stats?: { passes: number; tests: number; pending: number };
  on(event: 'fail', listener: (test: { fullTitle(): string }, err: unknown) => void): unknown;
}

/** Collects failures from `start()` (which runs mocha with the given callback) and settles by them. */
export function settleRun(label: string, start: (done: (failures: number) => void) => Runner): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed: string[] = [];
    const runner = start((failures) => {
      const s = runner.stats;
      const skipped = s?.pending ? `, ${s.pending} skipped` : '';
      console.log([`${label}: ${s?.passes ?? 0} passed, ${failures} failed${skipped}`, ...failed].join('\n'));
      if (failures > 0) reject(new Error(`${failures} ${label} test(s) failed.`));
      else if ((s?.tests ?? 0) === 0) reject(new Error(`No ${label} tests ran.`));
      else resolve();
    });
    runner.on('fail', (test, err) => {
      const message = err instanceof Error ? err.message : String(err);
      failed.push(`  ✗ ${test.fullTitle()}: ${message.split('\n')[0]}`);
    });
  });
}
