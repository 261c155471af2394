// Bundles the CLI (and, once it exists, the extension) with esbuild.
// `node esbuild.js --production` minifies; otherwise source maps are emitted.
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');

const targets = [
  { entry: 'src/cli/main.ts', outfile: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  {
    entry: 'src/extension/extension.ts',
    outfile: 'dist/extension.js',
    // dist/word.js (below) is loaded at run time, only when a .docx is opened, exported or annotated.
    external: ['vscode', './word.js'],
    // Marks when the bundle starts loading, so activation time includes module evaluation; the host's
    // creation of the `vscode` API object (on the first require) is timed apart, as it is not our code.
    banner:
      'globalThis.__govreportLoadStart = performance.now(); require("vscode"); ' +
      'globalThis.__govreportApiMs = performance.now() - globalThis.__govreportLoadStart;',
  },
  { entry: 'src/core/word/index.ts', outfile: 'dist/word.js' },
].filter((t) => fs.existsSync(t.entry));

async function main() {
  await Promise.all(
    targets.map((t) =>
      esbuild.build({
        entryPoints: [t.entry],
        outfile: t.outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: production,
        sourcemap: !production,
        external: t.external ?? [],
        banner: t.banner ? { js: t.banner } : undefined,
        logLevel: 'warning',
      }),
    ),
  );
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
