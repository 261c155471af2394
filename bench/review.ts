// `npm run bench:review`: the review sheet and the draft comparison on a 1 MB report (target < 1 s each).
// The new draft fills every seventh placeholder, changes every fifth number and drops every fiftieth line.
import { compareDrafts } from '../src/core/review/diff';
import { renderDiffHtml } from '../src/core/review/render/diff-html';
import { renderSheetHtml } from '../src/core/review/render/html';
import { buildReviewSheet } from '../src/core/review/sheet';
import { parseReport } from '../src/core/parse';
import { bytes, synthetic } from './corpus';

const MB = 1024 * 1024;
const RUNS = 5;

function nextDraft(text: string): string {
  const doc = parseReport(text, { format: 'text' });
  let out = '';
  let at = 0;
  doc.placeholders.forEach((p, i) => {
    if (i % 7 !== 0) return;
    out += text.slice(at, p.range.start) + String(i % 1000);
    at = p.range.end;
  });
  out += text.slice(at);
  let n = 0;
  out = out.replace(/\d+(?=[家个%])/g, (d) => (n++ % 5 === 0 ? String(Number(d) + 1) : d));
  return out
    .split('\n')
    .filter((_, i) => i % 50 !== 49)
    .join('\n');
}

function time(run: () => unknown): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const oldText = synthetic(MB);
const newText = nextDraft(oldText);
const review = () => renderSheetHtml(buildReviewSheet(oldText, { file: 'report.txt', format: 'text', lang: 'zh', date: '2026-01-01' }));
const compare = () =>
  renderDiffHtml(compareDrafts({ text: oldText, file: 'old.txt', format: 'text' }, { text: newText, file: 'new.txt', format: 'text' }), 'zh');

for (const [name, run] of [['review', review], ['diff', compare]] as const) {
  const cold = time(run);
  const ms = median(Array.from({ length: RUNS }, () => time(run)));
  console.log(`${name}: ${(bytes(oldText) / MB).toFixed(2)} MB, first run ${cold.toFixed(0)} ms, median ${ms.toFixed(0)} ms (target < 1000: ${cold < 1000 ? 'met' : 'MISSED'})`);
}
