// Starts the VS Code server (from code-server's lib/vscode) under Node 24, detached in its
// own process group, and returns { port, url(), remoteUri(), stop() }.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NODE24, SERVER_MAIN, VSCODE_DIR } from './paths.mjs';

const HOST = '127.0.0.1';
const READY = /Web UI available at/;
// Stack and search-path lines of the known, harmless "spdlog/watchdog native module missing" errors.
const NOISE = /^\s+at |^\s*→|^\s*'\/.*\.node',?$|^\s*tries: \[|^\s*\]$|^\}$|Could not locate the bindings file|^Require stack:|^- \/.*\.js$/;

/** User and machine settings so the workbench starts quiet and the same every time. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/**
 * Ids of the built-in extensions that run code (a `main` or `browser` entry): the test profile switches
 * them off so that nothing but GovReport competes for the two cores while the suites run (language
 * servers, git, Copilot). Grammar and theme extensions stay.
 */
export function builtinExtensionsWithCode() {
  const dir = path.join(VSCODE_DIR, 'extensions');
  const ids = [];
  for (const name of fs.readdirSync(dir)) {
    let pkg;
    try {
      pkg = JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (pkg.main || pkg.browser) ids.push(`${pkg.publisher}.${pkg.name}`);
  }
  return ids.sort();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function commonArgs({ serverDataDir, userDataDir, extensionsDir }) {
  return [
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--server-data-dir', serverDataDir,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
}

/**
 * A display language without a language pack: VS Code runs in `locale` (vscode.env.language, so extensions
 * load their own bundle.l10n.LOCALE.json and package.nls.LOCALE.json) while its own texts, untranslated,
 * stay English. The server finds language packs through languagepacks.json in its data directories.
 */
function writeEmptyLanguagePack(locale, tmp, dataDirs) {
  const translations = path.join(tmp, `empty-language-pack.${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = JSON.stringify({
    [locale]: {
      hash: `govreport-test-${locale}`,
      label: locale,
      extensions: [{ extensionIdentifier: { id: `govreport-test.language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
    },
  });
  for (const dir of dataDirs) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'languagepacks.json'), packs);
  }
}

/** Installs a .vsix into extensionsDir (run before startServer with the same dir). */
export function installVsix(vsix, extensionsDir) {
  const file = path.resolve(vsix);
  if (!fs.existsSync(file)) throw new Error(`No such .vsix: ${file}`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vsix-'));
  const args = [SERVER_MAIN, '--install-extension', file, '--force',
    ...commonArgs({ serverDataDir: path.join(tmp, 'server-data'), userDataDir: path.join(tmp, 'user-data'), extensionsDir })];
  const r = spawnSync(NODE24, args, {
    encoding: 'utf8',
    timeout: 120_000,
    env: { EXTENSIONS_GALLERY: '{}', ...process.env },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`Installing ${file} failed (exit ${r.status ?? r.signal}):\n${out.trim()}`);
  }
  return out.split('\n').find((l) => /successfully installed/i.test(l))?.trim();
}

/**
 * @param {object} [opts]
 * @param {string} [opts.extensionsDir] extensions dir (default: a fresh temp dir)
 * @param {number} [opts.timeoutMs] how long to wait for "Web UI available"
 * @param {(line: string) => void} [opts.onLine] receives each server output line
 * @param {Record<string, unknown>} [opts.settings] extra user settings
 * @param {Record<string, string>} [opts.env] extra environment (reaches the extension host)
 * @param {boolean} [opts.keepTemp] keep the temp dirs (and server.log) after stop()
 * @param {string[]} [opts.disableExtensions] extension ids to switch off (see builtinExtensionsWithCode)
 */
export async function startServer(opts = {}) {
  for (const f of [NODE24, SERVER_MAIN]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run node scripts/vscode/install.mjs`);
  }
  const t0 = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vscode-'));
  const dirs = {
    serverDataDir: path.join(tmp, 'server-data'),
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: opts.extensionsDir ? path.resolve(opts.extensionsDir) : path.join(tmp, 'extensions'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // code-server's web client keeps user settings on the server (<user-data-dir>/User);
  // Machine settings cover the remote scope.
  const settings = JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2);
  for (const dir of [path.join(dirs.userDataDir, 'User'), path.join(dirs.serverDataDir, 'data', 'Machine')]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), settings);
  }

  if (opts.locale) writeEmptyLanguagePack(opts.locale, tmp, [dirs.userDataDir, dirs.serverDataDir, path.join(dirs.serverDataDir, 'data')]);

  const port = opts.port ?? (await freePort());
  const logFile = path.join(tmp, 'server.log');
  const logStream = fs.createWriteStream(logFile);
  const args = [SERVER_MAIN, '--host', HOST, '--port', String(port), '--without-connection-token',
    '--enable-smoke-test-driver', ...commonArgs(dirs),
    ...(opts.disableExtensions ?? []).flatMap((id) => ['--disable-extension', id]),
    // The display language (vscode.env.language): extensions show their own zh-cn texts without a language pack.
    ...(opts.locale ? ['--locale', opts.locale] : [])];
  const child = spawn(NODE24, args, {
    cwd: tmp,
    detached: true, // own process group: stop() ends the server and its extension hosts
    stdio: ['ignore', 'pipe', 'pipe'],
    // No extension gallery: it is unreachable here and nothing needs it.
    env: { EXTENSIONS_GALLERY: '{}', ...process.env, ...opts.env },
  });
  const pgid = child.pid;
  const tail = []; // last lines, for error messages
  const history = []; // lines seen so far (capped), for waitForLine
  const waiters = new Set();
  let exited = null;
  let addrInUse = false;
  let readyResolve;
  const ready = new Promise((r) => (readyResolve = r));
  const onData = (buf) => {
    logStream.write(buf);
    for (const line of buf.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (!NOISE.test(line)) {
        tail.push(line);
        if (tail.length > 80) tail.shift();
      }
      if (history.length < 20_000) history.push(line);
      for (const w of waiters) if (w.re.test(line)) w.resolve(line);
      opts.onLine?.(line);
      if (READY.test(line)) readyResolve(true);
      if (/EADDRINUSE/.test(line)) {
        addrInUse = true;
        readyResolve(false);
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('error', (err) => {
    exited = { code: err.message };
    readyResolve(false);
  });
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    readyResolve(false);
  });

  const killGroup = (signal) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      /* already gone */
    }
  };
  // Never leave the server behind if this process exits without calling stop().
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    killGroup('SIGTERM');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && groupAlive(pgid)) await sleep(100);
    if (groupAlive(pgid)) killGroup('SIGKILL');
    logStream.end();
    if (!opts.keepTemp) fs.rmSync(tmp, { recursive: true, force: true });
  }

  const timeoutMs = opts.timeoutMs ?? 60_000;
  let timer;
  const ok = await Promise.race([ready, new Promise((r) => (timer = setTimeout(() => r(false), timeoutMs)))]);
  clearTimeout(timer);
  if (!ok && addrInUse && !opts.port && (opts.attempt ?? 0) < 3) {
    // Someone took the free port between our probe and the server's listen: try another.
    await stop();
    return startServer({ ...opts, attempt: (opts.attempt ?? 0) + 1 });
  }
  if (!ok) {
    const reason = addrInUse
      ? `could not listen on port ${port} (EADDRINUSE)`
      : exited
        ? `exited early (${exited.code ?? exited.signal})`
        : `did not print "Web UI available" within ${timeoutMs / 1000} s`;
    const output = tail.join('\n');
    await stop();
    throw new Error(`VS Code server ${reason}. Command:\n  ${NODE24} ${args.join(' ')}\nLast output:\n${output}`);
  }


  const base = `http://${HOST}:${port}`;
  const remoteUri = (absPath) => `vscode-remote://${HOST}:${port}${encodeURI(path.resolve(absPath))}`;
  /**
   * Workbench URL for a folder (absolute path) and optional payload:
   * { extensionDevelopmentPath?: string, extensionTestsPath?: string } (absolute paths).
   */
  const url = (folder, payload) => {
    const params = [];
    if (folder) params.push(`folder=${encodeURIComponent(remoteUri(folder))}`);
    const pairs = Object.entries(payload ?? {})
      .filter(([, v]) => v)
      .map(([k, v]) => [k, remoteUri(v)]);
    if (pairs.length) params.push(`payload=${encodeURIComponent(JSON.stringify(pairs))}`);
    return `${base}/${params.length ? `?${params.join('&')}` : ''}`;
  };
  /** Resolves with the first server output line matching `re` (already seen or future). */
  const waitForLine = (re, ms = 60_000) => {
    const seen = history.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = {
        re,
        resolve: (line) => {
          clearTimeout(w.timer);
          waiters.delete(w);
          resolve(line);
        },
      };
      w.timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`VS Code server did not print ${re} within ${ms / 1000} s. Last output:\n${tail.join('\n')}`));
      }, ms);
      waiters.add(w);
    });
  };
  return {
    port,
    waitForLine,
    pid: pgid,
    base,
    url,
    remoteUri,
    logFile,
    tempDir: tmp,
    extensionsDir: dirs.extensionsDir,
    startMs: Date.now() - t0,
    output: () => tail.join('\n'),
    stop,
  };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
