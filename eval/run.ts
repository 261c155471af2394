// `npm run eval`: checker and extraction quality on labelled real reports. Each part prints its own section.
// `--quiet` leaves out the per-document lines, the misses and the spurious items.
// `--labels DIR [DIR ...]` scores only the extraction, on labelled sets kept outside the repository.

import { printConventionsEvaluation } from './conventions';
import { printHeldOutEvaluation, printOutlineEvaluation } from './outline';

const args = process.argv.slice(2);
const verbose = !args.includes('--quiet');
const at = args.indexOf('--labels');
const labelDirs = at < 0 ? [] : args.slice(at + 1).filter((a) => !a.startsWith('--'));

if (at >= 0 && labelDirs.length === 0) {
  console.error('--labels needs at least one directory of .txt files with their .labels.json');
  process.exit(2);
}

if (labelDirs.length > 0) {
  try {
    printHeldOutEvaluation(labelDirs, verbose);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
} else {
  for (const part of [printConventionsEvaluation, printOutlineEvaluation]) part(verbose);
}
