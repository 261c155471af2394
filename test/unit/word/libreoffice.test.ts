// Real renders and a second producer: LibreOffice (installed from Debian when missing) saves the seed and the
// numbered fixture as .docx, and renders exported files to PDF; poppler measures the pages. One conversion
// per kind, shared by every assertion.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDraft } from '../../../src/core/word/draft';
import { GBT9704 } from '../../../src/core/word/layout';
import { readDocx } from '../../../src/core/word/read';
import { writeDocx } from '../../../src/core/word/write';
import { cli, ROOT } from '../cli/helpers';
import { corpus, SAMPLE } from '../helpers';
import { NUMBERED_EXPECTED, numberedDocx } from './fixtures';
import { convertWithOffice, ensureOfficeTools, pageImages, pdfPages, type Page, type Row } from './office';

const twipsToMm = (t: number) => (t * 25.4) / 1440;
const TYPE_AREA = {
  left: twipsToMm(GBT9704.margin.left),
  right: twipsToMm(GBT9704.page.width - GBT9704.margin.right),
  top: twipsToMm(GBT9704.margin.top),
  bottom: twipsToMm(GBT9704.page.height - GBT9704.margin.bottom),
};
const TITLED = `关于2026年全县重点工作推进情况的报告
县委、县政府：
今年以来，全县上下坚持稳中求进工作总基调，统筹推进经济发展、民生改善和社会治理各项工作，主要指标保持平稳增长，重点项目建设进展顺利，现将有关情况报告如下。
一、总体进展情况
（一）经济运行稳中有进。全县地区生产总值完成年度目标的百分之七十六，规模以上工业增加值同比增长百分之八点二。
二、下一步工作打算
坚持问题导向和目标导向，聚焦薄弱环节精准发力，加快项目建设进度，持续优化营商环境，确保全面完成全年目标任务。
林州市人民政府办公室
2026年11月28日`;

type Located = { rule: string; line: number; column: number; endLine: number; endColumn: number };
const check = (file: string, dir: string) =>
  JSON.parse(cli(['check', file, '--format', 'json'], dir).stdout).files[0].findings as Located[];
const at = (f: Located) => `${f.rule}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
const isFullWidth = (c: string) => c.charCodeAt(0) >= 0x2e80;
/**
 * Punctuation that may not start a row (禁则): LibreOffice hangs it at the end of a full row, past the 版心, rather
 * than start the next row with it. Such a mark is measured apart.
 */
const HANGING = /[，。、；：！？”’）》」』】]$/;
const hangingWidth = (r: Row) => (HANGING.test(r.text.trimEnd()) && r.x1 > TYPE_AREA.right + 0.5 ? twipsToMm(320) : 0);

describe('word: LibreOffice as a second producer and as the renderer', function () {
  this.timeout(15 * 60_000);
  let dir: string;
  let seedPages: Page[];
  let titledPages: Page[];

  before(async () => {
    ensureOfficeTools();
    dir = mkdtempSync(join(tmpdir(), 'govreport-office-'));
    writeFileSync(join(dir, 'seed.txt'), corpus(SAMPLE).text);
    writeFileSync(join(dir, 'numbered.docx'), await numberedDocx());
    mkdirSync(join(dir, 'export'));
    writeFileSync(join(dir, 'export', 'seed.docx'), await writeDocx(readDraft(corpus(SAMPLE).text, 'text'), { settings: { signature: '林州市人民政府', date: '2022年2月10日' } }));
    writeFileSync(join(dir, 'export', 'titled.docx'), await writeDocx(readDraft(TITLED, 'text')));
    convertWithOffice(dir, 'docx:MS Word 2007 XML', [join(dir, 'seed.txt'), join(dir, 'numbered.docx')], join(dir, 'lo'));
    convertWithOffice(dir, 'pdf', [join(dir, 'export', 'seed.docx'), join(dir, 'export', 'titled.docx')], join(dir, 'pdf'));
    seedPages = pdfPages(join(dir, 'pdf', 'seed.pdf'));
    titledPages = pdfPages(join(dir, 'pdf', 'titled.pdf'));
    const results = join(ROOT, 'test-results', 'word');
    pageImages(join(dir, 'pdf', 'seed.pdf'), join(results, 'seed'));
    pageImages(join(dir, 'pdf', 'titled.pdf'), join(results, 'titled'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the seed saved as .docx by LibreOffice gets its 153 placeholder findings at the same line:column as the .txt', () => {
    const txt = check('seed.txt', dir);
    const docx = check('lo/seed.docx', dir);
    assert.equal(docx.filter((f) => f.rule === 'placeholder').length, 153);
    assert.deepEqual(docx.map(at), txt.map(at));
  });

  it('a LibreOffice copy of the numbered fixture reads the same: labels, revisions', () => {
    const word = readDocx(readFileSync(join(dir, 'lo', 'numbered.docx')));
    assert.deepEqual(word.text.split('\n'), NUMBERED_EXPECTED);
    assert.deepEqual(word.deletions.map((d) => d.text), ['八']);
  });

  it('the annotated seed carries one comment per finding, each on its placeholder or marker; its text is unchanged', () => {
    const r = cli(['check', 'lo/seed.docx', '--annotate', '-o', 'seed-审核.docx', '--format', 'json'], dir);
    const findings = JSON.parse(r.stdout).files[0].findings as Located[];
    assert.equal(findings.length, 156);
    const before = readDocx(readFileSync(join(dir, 'lo', 'seed.docx')));
    const after = readDocx(readFileSync(join(dir, 'seed-审核.docx')));
    assert.equal(after.text, before.text);
    assert.equal(after.comments.length, 156);
    const lines = after.text.split('\n');
    const anchored = after.comments.map((c) => `${c.paragraph + 1}:${c.start + 1}-${c.end + 1}`).sort();
    assert.deepEqual(anchored, findings.map((f) => `${f.line}:${f.column}-${f.endColumn}`).sort());
    for (const c of after.comments.filter((c) => c.text.startsWith('placeholder'))) {
      assert.equal(`“${lines[c.paragraph]!.slice(c.start, c.end)}”`, /“.*”/.exec(c.text)![0]);
    }
    // Converting the exported seed back keeps every placeholder too.
    assert.equal(check('export/seed.docx', dir).filter((f) => f.rule === 'placeholder').length, 153);
  });

  it('renders A4 with 22 rows on every full page and never more, inside the 版心', () => {
    for (const pages of [seedPages, titledPages]) {
      for (const page of pages) {
        assert.ok(Math.abs(page.width - 210) < 0.5 && Math.abs(page.height - 297) < 0.5, `${page.width}×${page.height}`);
        const body = page.rows.filter((r) => r.y0 < TYPE_AREA.bottom);
        assert.ok(body.length <= 22, `${body.length} rows`);
        for (const r of body) {
          const x1 = r.x1 - hangingWidth(r);
          assert.ok(r.x0 >= TYPE_AREA.left - 0.5 && x1 <= TYPE_AREA.right + 0.5, `row outside the 版心: ${r.x0}–${r.x1} ${r.text}`);
          assert.ok(r.y0 >= TYPE_AREA.top - 0.5 && r.y1 <= TYPE_AREA.bottom + 0.5, `row outside the 版心: ${r.y0}–${r.y1} ${r.text}`);
        }
      }
    }
    assert.ok(seedPages.length > 10);
    for (const page of seedPages.slice(0, -1)) assert.equal(page.rows.filter((r) => r.y0 < TYPE_AREA.bottom).length, 22);
  });

  it('sets at most 28 characters a row, and 28 on full rows of Hanzi', () => {
    const rows = seedPages.flatMap((p) => p.rows.filter((r) => r.y0 < TYPE_AREA.bottom));
    let full = 0;
    let hanging = 0;
    for (const row of rows) {
      const text = row.text.replace(/\s/g, '');
      const hangs = hangingWidth(row) > 0;
      if (hangs) hanging++;
      const chars = [...text].slice(0, hangs ? -1 : undefined);
      const width = chars.reduce((n, c) => n + (isFullWidth(c) ? 1 : 0.5), 0);
      assert.ok(width <= 28, `${width} characters: ${text}`);
      if (chars.length === 28 && chars.every(isFullWidth)) full++;
    }
    assert.ok(full > rows.length / 5, `${full} full rows of ${rows.length}`);
    assert.ok(hanging < rows.length / 10, `${hanging} rows with hanging punctuation`);
  });

  it('numbers pages "— N —", right on odd pages and left on even ones, one character in', () => {
    seedPages.forEach((page, i) => {
      const footer = page.rows.filter((r) => r.y0 >= TYPE_AREA.bottom);
      assert.equal(footer.length, 1, `page ${i + 1}`);
      const f = footer[0]!;
      assert.equal(f.text.replace(/\s/g, ''), `—${i + 1}—`);
      assert.ok(f.y0 > TYPE_AREA.bottom + 3 && f.y0 < TYPE_AREA.bottom + 12, `page number at ${f.y0} mm`);
      if ((i + 1) % 2 === 1) assert.ok(Math.abs(TYPE_AREA.right - f.x1 - 4.9) < 1.5, `odd page ends ${TYPE_AREA.right - f.x1} mm in`);
      else assert.ok(Math.abs(f.x0 - TYPE_AREA.left - 4.9) < 1.5, `even page starts ${f.x0 - TYPE_AREA.left} mm in`);
    });
  });

  it('centres the title on one row, and sets 署名 and 成文日期 at the right', () => {
    const [title, salutation] = titledPages[0]!.rows;
    assert.equal(title!.text.replace(/\s/g, ''), '关于2026年全县重点工作推进情况的报告');
    assert.ok(Math.abs((title!.x0 + title!.x1) / 2 - (TYPE_AREA.left + TYPE_AREA.right) / 2) < 1.5);
    assert.ok(salutation!.x0 < TYPE_AREA.left + 1, 'the 主送机关 starts flush left');
    const rows = titledPages.at(-1)!.rows.filter((r) => r.y0 < TYPE_AREA.bottom);
    const [organ, date] = rows.slice(-2);
    assert.equal(date!.text.replace(/\s/g, ''), '2026年11月28日');
    const charMm = twipsToMm(320);
    assert.ok(Math.abs(TYPE_AREA.right - date!.x1 - 4 * charMm) < 1.5, `date ends ${TYPE_AREA.right - date!.x1} mm in`);
    assert.ok(Math.abs((organ!.x0 + organ!.x1) / 2 - (date!.x0 + date!.x1) / 2) < 1.5, '署名 centred over the date');
  });
});
