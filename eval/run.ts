// `npm run eval`: extraction quality on labelled real reports. Each part prints its own section.
// `--quiet` leaves out the lists of misses and spurious items.

import { printOutlineEvaluation } from './outline';

const verbose = !process.argv.includes('--quiet');

const parts: Array<(verbose: boolean) => void> = [printOutlineEvaluation];

for (const part of parts) part(verbose);
