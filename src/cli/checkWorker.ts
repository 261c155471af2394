// A worker thread of `govreport check --jobs N` (bundled to dist/check-worker.js): checks the files it is
// sent exactly as the main thread would, with its own config resolver.
import { checkInput, type FileOptions } from './check';
import { ConfigResolver } from './config';
import type { InputFile } from './files';
import { serveTasks } from './pool';

let resolver: ConfigResolver | undefined;

serveTasks((input: InputFile, data) => {
  const options = data as FileOptions;
  resolver ??= new ConfigResolver(options.cwd, options.config);
  return checkInput(input, resolver, options);
});
