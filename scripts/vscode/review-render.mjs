// The review sheet as a reviewer opens it: `govreport review --format html` on the seed draft, loaded in
// headless chromium with every network request refused and counted. It must show the 153 unfilled
// placeholders and every section title, and load nothing. Saves test-results/screenshots/08-review-sheet-html.png.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchBrowser, screenshot } from './browser.mjs';
import { ROOT } from './paths.mjs';

const SEED = path.join(ROOT, 'test', 'fixtures', 'corpus', 'county-2022-three-level-cadre-meeting-speech.txt');
const cli = (...args) => execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

export async function checkReviewRender() {
  const html = cli('review', SEED, '--format', 'html');
  const outline = JSON.parse(cli('outline', SEED, '--format', 'json'));
  const titles = [];
  const walk = (sections) => sections.forEach((s) => (titles.push(s.title), walk(s.children)));
  walk(outline.sections);
  const { browser, page } = await launchBrowser();
  const requests = [];
  try {
    await page.route('**/*', (route) => (requests.push(route.request().url()), route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const text = await page.locator('body').innerText();
    const missing = titles.filter((t) => !text.includes(t));
    const problems = [];
    if (!/占位符\s*153\s*处未填/.test(text)) problems.push('no "占位符 153 处未填" in the page');
    if (missing.length > 0) problems.push(`section titles missing: ${missing.join(', ')}`);
    if (requests.length > 0) problems.push(`network requests: ${requests.join(', ')}`);
    const png = await screenshot(page, path.join('screenshots', '08-review-sheet-html.png'));
    if (problems.length > 0) throw new Error(`review sheet HTML: ${problems.join('; ')} (see ${png})`);
    return { titles: titles.length, png };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { titles, png } = await checkReviewRender();
    console.log(`[review-render] review sheet HTML shows 153 placeholders and all ${titles} section titles, loads nothing: ${path.relative(ROOT, png)}`);
  } catch (err) {
    console.error(`[review-render] ${err.message ?? err}`);
    process.exit(1);
  }
}
