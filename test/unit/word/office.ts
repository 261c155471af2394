// LibreOffice (headless) and poppler for render tests: installed from Debian when missing, run with a
// private profile and font aliases (the 公文 fonts are not free; Noto CJK and AR PL UKai stand in).

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-noto-cjk', 'fonts-arphic-ukai', 'fonts-liberation2'];

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Installs LibreOffice and poppler with apt-get when `soffice` or `pdftotext` is missing (needs root). */
export function ensureOfficeTools(): void {
  if (has('soffice') && has('pdftotext') && has('pdftoppm')) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
}

const ALIASES: Record<string, string> = {
  仿宋_GB2312: 'Noto Serif CJK SC',
  方正仿宋_GBK: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  方正黑体_GBK: 'Noto Sans CJK SC',
  楷体_GB2312: 'AR PL UKai CN',
  方正楷体_GBK: 'AR PL UKai CN',
};

/** Runs `soffice --headless --convert-to TARGET` on `files` into `outDir`, in a profile of its own under `work`. */
export function convertWithOffice(work: string, target: string, files: string[], outDir: string): void {
  const xdg = join(work, 'xdg');
  mkdirSync(join(xdg, 'fontconfig'), { recursive: true });
  const aliases = Object.entries(ALIASES)
    .map(([from, to]) => `<alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`)
    .join('');
  writeFileSync(join(xdg, 'fontconfig', 'fonts.conf'), `<?xml version="1.0"?><fontconfig>${aliases}</fontconfig>`);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', target, '--outdir', outDir, ...files],
    { env: { ...process.env, XDG_CONFIG_HOME: xdg }, stdio: 'pipe', timeout: 600_000 },
  );
}

export interface Row {
  text: string;
  /** Millimetres from the page's top-left corner. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Page {
  width: number;
  height: number;
  rows: Row[];
}

const mm = (pt: string) => (Number(pt) * 25.4) / 72;

/** Rows of text per page from `pdftotext -bbox-layout`, pieces on one baseline merged (LibreOffice splits rows). */
export function pdfPages(pdf: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, w, h, body]) => {
    const rows: Row[] = [];
    for (const [, x0, y0, x1, y1, words] of body!.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const text = [...words!.matchAll(/>([^<]*)<\/word>/g)].map((m) => m[1]).join('');
      const row = { text: decode(text), x0: mm(x0!), y0: mm(y0!), x1: mm(x1!), y1: mm(y1!) };
      const same = rows.find((r) => Math.abs(r.y0 - row.y0) < 1.5);
      if (same) {
        const [left, right] = same.x0 <= row.x0 ? [same, row] : [row, same];
        same.text = left.text + right.text;
        same.x0 = Math.min(same.x0, row.x0);
        same.x1 = Math.max(same.x1, row.x1);
      } else rows.push(row);
    }
    rows.sort((a, b) => a.y0 - b.y0);
    return { width: mm(w!), height: mm(h!), rows };
  });
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Page images for people to look at. */
export function pageImages(pdf: string, prefix: string): void {
  mkdirSync(join(prefix, '..'), { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, prefix]);
}
