// Bundles test/integration/index.ts and every test/integration/**/*.{test,bench,tour}.ts into
// dist/test/integration/ as CommonJS for the extension host (`vscode` and `mocha` stay external;
// mocha resolves from the repo's node_modules).
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

const SRC = path.join(ROOT, 'test', 'integration');
export const OUT = path.join(ROOT, 'dist', 'test', 'integration');

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { suites } = await buildTests();
  console.log(`[build-tests] ${suites.length} suite(s) -> ${path.relative(ROOT, OUT)}: ${suites.join(', ')}`);
}
