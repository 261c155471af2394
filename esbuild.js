// Bundles the CLI and the extension with esbuild.
// `node esbuild.js --production` minifies; otherwise source maps are emitted.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');

/**
 * Modules that load on first use, each bundled to its own file next to the entry bundles: a
 * `require('…')` of one of them stays a runtime require of `./NAME.js`, so the startup bundle holds only
 * what the first diagnostics need. (Static imports of them are bundled as usual.)
 */
const CHUNKS = {
  'src/core/parse/micromark.ts': 'micromark', // the Markdown tokenizer, on the first Markdown file checked
  'src/core/parse/remark.ts': 'remark', // the Markdown tree, on the first Markdown draft read into Word
  'src/core/config/index.ts': 'config-loader', // the config schema (zod), with the first .govreportrc.json
  'src/extension/snippets/index.ts': 'snippets', // snippet packs, completion and view, right after activation
  'src/core/review/index.ts': 'review', // the review sheet and draft comparison, on first use
  'src/core/word/index.ts': 'word', // .docx import, export and annotation, on the first .docx
  'src/core/docs/rulePage.ts': 'rule-page', // rule pages (micromark), when one is opened
  'src/core/outline/index.ts': 'outline', // goals and projects, when the outline view or a command asks
  'src/extension/globMatcher.ts': 'glob', // include/exclude patterns (picomatch), when a workspace sets some
  'src/cli/check.ts': 'cli-check', // each CLI command, when it runs
  'src/cli/outline.ts': 'cli-outline',
  'src/cli/review.ts': 'cli-review',
  'src/cli/snippets.ts': 'cli-snippets',
  'src/cli/convert.ts': 'cli-convert',
  'src/cli/word.ts': 'cli-word', // the Node side of .docx files (through lazy.ts), on the first .docx
  'src/cli/checkWorker.ts': 'check-worker', // a worker thread of `govreport check --jobs N`
};

function resolveSource(from) {
  for (const candidate of [from, `${from}.ts`, path.join(from, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(__dirname, candidate);
  }
  return undefined;
}

const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'require-call') return undefined;
      const chunk = CHUNKS[resolveSource(path.resolve(args.resolveDir, args.path))];
      return chunk ? { path: `./${chunk}.js`, external: true } : undefined;
    });
  },
};

/**
 * One namespace object for the `vscode` API in a bundle. esbuild's CommonJS interop copies an external
 * module's properties (about 250 for `vscode`) into a new object at every module that imports it: with
 * two dozen such modules that was most of the startup bundle's evaluation time.
 */
const sharedVscode = {
  name: 'shared-vscode',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'shared-vscode' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'shared-vscode' },
    );
    build.onLoad({ filter: /.*/, namespace: 'shared-vscode' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const targets = [
  { entry: 'src/cli/main.ts', outfile: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  {
    entry: 'src/extension/extension.ts',
    outfile: 'dist/extension.js',
    external: ['vscode'],
    // Marks when the bundle starts loading, so activation time includes module evaluation; the host's
    // creation of the `vscode` API object (on the first require) is timed apart, as it is not our code.
    banner:
      'globalThis.__govreportLoadStart = performance.now(); require("vscode"); ' +
      'globalThis.__govreportApiMs = performance.now() - globalThis.__govreportLoadStart;',
  },
  ...Object.entries(CHUNKS).map(([entry, name]) => ({ entry, outfile: `dist/${name}.js`, external: ['vscode'] })),
];

/**
 * The web build (package.json `browser`, dist/web/extension.js) for VS Code's web worker extension host
 * (vscode.dev, github.dev, a VS Code server's browser client): one file with every chunk inlined. Where
 * `NAME.web.ts` sits next to an imported `NAME.ts`, the web build takes it instead (file access through
 * `vscode.workspace.fs`). A Node built-in that reaches the bundle fails the build.
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const source = resolveSource(path.resolve(args.resolveDir, args.path));
      const web = source && source.replace(/\.ts$/, '.web.ts');
      return web && web !== source && fs.existsSync(web) ? { path: path.resolve(__dirname, web) } : undefined;
    });
    build.onResolve({ filter: /^(node:|(assert|buffer|child_process|crypto|events|fs|os|path|process|stream|url|util)(\/.*)?$)/ }, (args) => ({
      errors: [{ text: `the web build must not import the Node module "${args.path}" (imported by ${path.relative(__dirname, args.importer)})` }],
    }));
  },
};

const builtinPacks = fs.readdirSync(path.join(__dirname, 'snippets')).filter((n) => n.endsWith('.govsnippets.json')).sort();

const webTarget = {
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/web/extension.js',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  // The extension host is a web worker: no DOM (e.g. micromark's entity decoder has a `document` build for `browser`).
  conditions: ['worker'],
  external: ['vscode'],
  define: { GOVREPORT_BUILTIN_PACKS: JSON.stringify(builtinPacks) },
  banner: { js: targets[1].banner },
  plugins: [webVariants, sharedVscode],
  logLevel: 'warning',
};

async function main() {
  await Promise.all([
    esbuild.build({ ...webTarget, minify: production, sourcemap: !production }),
    ...targets.map((t) =>
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
        plugins: [lazyChunks, sharedVscode],
        logLevel: 'warning',
      }),
    ),
  ]);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
