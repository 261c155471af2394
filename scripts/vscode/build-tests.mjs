// Bundles test/integration/index.ts and every test/integration/**/*.{test,bench,tour}.ts into
// dist/test/integration/ as CommonJS for the extension host (`vscode` and `mocha` stay external;
// mocha resolves from the repo's node_modules). With --web, also test/integration/web/index.ts into
// dist/test/web/index.js for the web worker extension host: one file with mocha's browser build and the
// suites it lists, `node:assert/strict` mapped to test/integration/web/assert.ts.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

const SRC = path.join(ROOT, 'test', 'integration');
export const OUT = path.join(ROOT, 'dist', 'test', 'integration');
export const WEB_TESTS = path.join(ROOT, 'dist', 'test', 'web', 'index.js');

function findSuites(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'workspace' && entry.name !== 'node_modules') out.push(...findSuites(full));
    } else if (/\.(test|bench|tour)\.ts$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

export async function buildTests() {
  const suites = findSuites(SRC);
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(SRC, 'index.ts'), ...suites],
    outdir: OUT,
    outbase: SRC,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { outDir: OUT, suites: suites.map((s) => path.relative(ROOT, s)) };
}

/** The in-worker bundle: a Node module (other than assert, mapped) fails the build. */
export async function buildWebTests() {
  const nodeInWorker = {
    name: 'node-in-worker',
    setup(build) {
      build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: path.join(SRC, 'web', 'assert.ts') }));
      build.onResolve({ filter: /^node:/ }, (args) => ({
        errors: [{ text: `the web test bundle must not import ${args.path} (from ${path.relative(ROOT, args.importer)})` }],
      }));
    },
  };
  await esbuild.build({
    entryPoints: [path.join(SRC, 'web', 'index.ts')],
    outfile: WEB_TESTS,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    plugins: [nodeInWorker],
    logLevel: 'warning',
  });
  return WEB_TESTS;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { suites } = await buildTests();
  console.log(`[build-tests] ${suites.length} suite(s) -> ${path.relative(ROOT, OUT)}: ${suites.join(', ')}`);
  if (process.argv.includes('--web')) console.log(`[build-tests] web suites -> ${path.relative(ROOT, await buildWebTests())}`);
}
