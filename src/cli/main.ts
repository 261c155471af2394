// Entry point of `govreport` (bundled to dist/cli.js).
import './tiering';
import { run } from './run';

// `govreport check | head` closes the pipe early: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

void Promise.resolve(
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  }),
).then((code) => {
  process.exitCode = code;
});
