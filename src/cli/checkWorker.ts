// A worker thread of `govreport check --jobs N` (bundled to dist/check-worker.js): checks the files it is
// sent exactly as the main thread would, with its own config resolver.
import { checkInput, type CheckOptions } from './check';
import { ConfigResolver } from './config';
import type { InputFile } from './files';
import { serveTasks } from './pool';

let resolver: ConfigResolver | undefined;

serveTasks((input: InputFile, data) => {
  const { cwd, options } = data as { cwd: string; options: CheckOptions };
  resolver ??= new ConfigResolver(cwd, options.config);
  return checkInput(input, resolver, options);
});
