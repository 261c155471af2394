// A whole-process peer for `npm run bench`: AutoCorrect's linter (autocorrect-node `lintFor`) over every file of
// a directory in one process, as its CLI would. Usage: node bench/peer-autocorrect.mjs DIR. Prints the finding count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFor } from 'autocorrect-node';

const dir = process.argv[2];
let findings = 0;
for (const name of readdirSync(dir).sort()) findings += lintFor(readFileSync(join(dir, name), 'utf8'), name).lines.length;
console.log(findings);
