// A whole-process peer for `npm run bench`: markdownlint (`markdownlint/sync`, default rules) over every file of
// a directory in one process, as its CLI would. Usage: node bench/peer-markdownlint.mjs DIR. Prints the finding count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';

const dir = process.argv[2];
const strings = Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
console.log(Object.values(lint({ strings })).reduce((n, errors) => n + errors.length, 0));
