// Preloaded into a CLI run by the bench (`node --require`): prints the process's peak resident memory
// (its worker threads included) to stderr on exit, as `peak-rss-kb <n>`.
const { writeSync } = require('node:fs');

process.on('exit', () => writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
