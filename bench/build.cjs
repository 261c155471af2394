// Bundles bench/run.ts (and the engine it measures) the way esbuild.js bundles the product: plain esbuild
// output for Node 20, so the bench times the code users run. Under tsx every function is wrapped to keep its
// name (esbuild's keepNames), which costs 5–10% in the engine's hot paths and is not in any shipped bundle.
// The bundle sits beside run.ts, so its paths to the corpus and results stay the same.
const esbuild = require('esbuild');

esbuild
  .build({
    entryPoints: ['bench/run.ts'],
    outfile: 'bench/run.bundle.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
