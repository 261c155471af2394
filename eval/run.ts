// `npm run eval`: checker quality on labelled real reports. Each part prints its own section.
// `--quiet` leaves out the per-document lines and the misses.

import { printConventionsEvaluation } from './conventions';

const verbose = !process.argv.includes('--quiet');

const parts: Array<(verbose: boolean) => void> = [printConventionsEvaluation];

for (const part of parts) part(verbose);
