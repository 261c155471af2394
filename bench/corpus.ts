// Bench inputs, all built from the real reports in test/fixtures/corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchMarker } from '../src/core/parse/markers';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus');

function read(ext: string): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(ext) && f !== 'SOURCES.md')
    .sort()
    .map((f) => readFileSync(join(DIR, f), 'utf8').replace(/^\uFEFF/, ''));
}

export const reports: readonly string[] = read('.txt');
export const markdownReports: readonly string[] = read('.md');

export function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** All plain-text reports, one after another. */
export function plainText(): string {
  return reports.join('\n');
}

/** A plain-text report as Markdown: one paragraph per line; level-1 heading lines get `## `, level-2 `### `. */
export function toMarkdown(report: string): string {
  return report
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const content = line.replace(/^[ \u3000\t]+/, '');
      const level = matchMarker(content)?.level;
      if (level === 1) return `## ${content}`;
      if (level === 2) return `### ${content}`;
      return line;
    })
    .join('\n\n');
}

/** The seed draft (the speech this product was specified from, many works named) repeated to about `targetBytes`, cut at a line. */
export function seedDraft(targetBytes: number): string {
  const draft = readFileSync(join(DIR, 'county-2022-three-level-cadre-meeting-speech.txt'), 'utf8');
  const text = draft.repeat(Math.ceil(targetBytes / bytes(draft)));
  return text.slice(0, text.lastIndexOf('\n', Math.floor(text.length * (targetBytes / bytes(text)))));
}

/** The Markdown corpus plus every plain-text report turned into Markdown. */
export function markdownText(): string {
  return [...markdownReports, ...reports.map(toMarkdown)].join('\n\n');
}

/** A realistic report of about `targetBytes` UTF-8 bytes: the plain-text reports repeated, figures changed in each copy. */
export function synthetic(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < targetBytes; copy++) {
    const source = reports[copy % reports.length]!;
    const part = source.replace(/\d+/g, (d) => String((Number(d.slice(0, 6)) + copy) % 10 ** Math.min(d.length, 6)));
    parts.push(part);
    size += bytes(part) + 1;
  }
  let text = parts.join('\n');
  // Trim to the target at a line boundary.
  while (bytes(text) > targetBytes) {
    const cut = text.lastIndexOf('\n', Math.floor(text.length * (targetBytes / bytes(text))));
    if (cut <= 0) break;
    text = text.slice(0, cut);
  }
  return text;
}
