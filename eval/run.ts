// `npm run eval`: checker and extraction quality on labelled real reports. Each part prints its own section.
// `--quiet` leaves out the per-document lines, the misses and the spurious items.

import { printConventionsEvaluation } from './conventions';
import { printOutlineEvaluation } from './outline';

const verbose = !process.argv.includes('--quiet');

const parts: Array<(verbose: boolean) => void> = [printConventionsEvaluation, printOutlineEvaluation];

for (const part of parts) part(verbose);
