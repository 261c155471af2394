import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readDraft } from '../../../src/core/word/draft';
import { GBT9704 } from '../../../src/core/word/layout';
import { readDocx } from '../../../src/core/word/read';
import { writeDocx } from '../../../src/core/word/write';
import { corpus, SAMPLE } from '../helpers';
import { build, cli, cliAsync, put, putSample, spawnCli, tempDir } from '../cli/helpers';
import { numberedDocx } from './fixtures';

const DRAFT = `关于2026年全县重点工作推进情况的报告
县委、县政府：
今年以来，全县上下坚持稳中求进工作总基调，现将有关情况报告如下。
一、总体进展情况
（一）经济运行稳中有进。全县地区生产总值完成年度目标的百分之七十六。
1.工业经济提质增效。新增规模以上工业企业十二家。
（1）交通项目
二、下一步工作打算
某某县人民政府办公室
2026年11月28日`;

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

describe('word: exporting a GB/T 9704 .docx', () => {
  it('splits a draft into title, body lines, 署名 and 成文日期', () => {
    const draft = readDraft(DRAFT, 'text');
    assert.equal(draft.title, '关于2026年全县重点工作推进情况的报告');
    assert.equal(draft.signature, '某某县人民政府办公室');
    assert.equal(draft.date, '2026年11月28日');
    assert.equal(draft.lines[0], '县委、县政府：');
    assert.equal(draft.lines.at(-1), '二、下一步工作打算');
    // A speech that opens with its salutation has no title line.
    assert.equal(readDraft(corpus(SAMPLE).text, 'text').title, undefined);
  });

  it('reads Markdown: the # heading is the title, list numbers are kept, syntax is dropped', () => {
    const draft = readDraft('# 报告标题\n\n## 一、总体情况\n\n正文**加粗**部分。\n\n1. 第一项\n2. 第二项\n', 'markdown');
    assert.equal(draft.title, '报告标题');
    assert.deepEqual(draft.lines, ['一、总体情况', '正文加粗部分。', '1.第一项', '2.第二项']);
  });

  it('writes the layout: A4, margins, exact 28.95 pt lines, condensed runs, two-character indent, odd/even page numbers', async () => {
    const bytes = await writeDocx(readDraft(DRAFT, 'text'));
    const doc = part(bytes, 'word/document.xml');
    const styles = part(bytes, 'word/styles.xml');
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(styles, /<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    assert.match(styles, /<w:spacing w:val="-5"\/>/);
    assert.match(styles, /<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    assert.match(part(bytes, 'word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    const footers = Object.keys(unzipSync(bytes)).filter((n) => /footer\d+\.xml$/.test(n)).map((n) => part(bytes, n));
    assert.equal(footers.length, 2);
    assert.ok(footers.some((f) => /<w:jc w:val="right"\/>/.test(f) && /w:right="280"/.test(f)));
    assert.ok(footers.some((f) => /<w:jc w:val="left"\/>/.test(f) && /w:left="280"/.test(f)));
    assert.ok(footers.every((f) => /— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/s.test(f)));
    // Run-in heading: only the title sentence wears the heading font.
    assert.match(
      doc,
      /<w:rFonts[^>]*w:eastAsia="楷体_GB2312"[^>]*\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">（一）经济运行稳中有进。<\/w:t><\/w:r><w:r><w:t xml:space="preserve">全县/,
    );
    assert.equal(GBT9704.linePitch * 22 <= GBT9704.page.height - GBT9704.margin.top - GBT9704.margin.bottom, true);
  });

  it('round trip: export then import gives the draft lines back', async () => {
    const text = corpus(SAMPLE).text;
    const back = readDocx(await writeDocx(readDraft(text, 'text'))).text.split('\n');
    const source = text.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(back, source);
    const titled = readDocx(await writeDocx(readDraft(DRAFT, 'text'))).text.split('\n');
    assert.deepEqual(titled, DRAFT.split('\n'));
  });

  it('takes fonts, weights, 署名, 成文日期 and 版记 from config', async () => {
    const bytes = await writeDocx(readDraft('一、总体情况\n正文。', 'text'), {
      settings: {
        fonts: { body: '方正仿宋_GBK', heading1: '方正黑体_GBK' },
        bold: { heading2: true },
        signature: '某某市人民政府',
        date: '2026年12月1日',
        colophon: { copyTo: '市委办公室', issuer: '某某市人民政府办公室', issued: '2026年12月1日' },
      },
    });
    const doc = part(bytes, 'word/document.xml');
    const styles = part(bytes, 'word/styles.xml');
    assert.match(styles, /w:eastAsia="方正仿宋_GBK"/);
    assert.match(styles, /w:eastAsia="方正黑体_GBK"/);
    assert.deepEqual(readDocx(bytes).text.split('\n').slice(-4), ['某某市人民政府', '2026年12月1日', '抄送：市委办公室。', '某某市人民政府办公室\t2026年12月1日印发']);
    assert.match(doc, /<w:pBdr><w:top w:val="single"/);
  });

  describe('govreport convert', () => {
    let dir: string;
    before(async () => {
      dir = tempDir();
      putSample(dir, 'seed.txt');
      writeFileSync(join(dir, 'numbered.docx'), await numberedDocx());
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('a draft to .docx, with the export section of the config; the seed keeps all 153 placeholders', async () => {
      put(dir, 'team.json', JSON.stringify({ export: { signature: '林州市人民政府', date: '2022年2月10日' } }));
      const r = await cliAsync(['convert', 'seed.txt', '-o', '公文.docx', '--config', 'team.json'], dir);
      assert.deepEqual([r.code, r.stderr], [0, '']);
      const lines = readDocx(readFileSync(join(dir, '公文.docx'))).text.split('\n');
      assert.deepEqual(lines.slice(-2), ['林州市人民政府', '2022年2月10日']);
      const check = JSON.parse(cli(['check', '公文.docx', '--format', 'json'], dir).stdout).files[0];
      assert.equal(check.findings.filter((f: { rule: string }) => f.rule === 'placeholder').length, 153);
    });

    it('a .docx to Markdown (heading levels as #) and to plain text', async () => {
      assert.equal((await cliAsync(['convert', 'numbered.docx', '-o', 'n.txt'], dir)).code, 0);
      assert.equal(readFileSync(join(dir, 'n.txt'), 'utf8'), `${readDocx(await numberedDocx()).text}\n`);
      await cliAsync(['convert', 'seed.txt', '-o', 'seed.docx'], dir);
      put(dir, 'titled.txt', DRAFT);
      await cliAsync(['convert', 'titled.txt', '-o', 'titled.docx'], dir);
      assert.equal((await cliAsync(['convert', 'titled.docx', '-o', 'titled.md'], dir)).code, 0);
      const md = readFileSync(join(dir, 'titled.md'), 'utf8');
      assert.match(md, /^# 关于2026年全县重点工作推进情况的报告\n\n县委、县政府：\n\n/);
      assert.match(md, /\n## 一、总体进展情况\n/);
      assert.match(md, /\n\n（一）经济运行稳中有进。全县/); // a run-in heading stays a paragraph
      assert.match(md, /\n##### （1）交通项目\n/);
      // Without Word heading styles, a paragraph that is only a numbered heading takes its marker's depth.
      assert.equal((await cliAsync(['convert', 'numbered.docx', '-o', 'n.md'], dir)).code, 0);
      const plain = readFileSync(join(dir, 'n.md'), 'utf8');
      assert.match(plain, /^关于XX县重点工作推进情况的报告\n\n## 一、总体情况\n\n### （一）经济运行\n\n#### 1\.工业经济\n\n##### （1）交通项目\n/);
      assert.match(plain, /\n\n全县地区生产总值增长百分之七点五，完成年度目标。\n\n/);
    });

    it('refuses other pairs and a missing -o with exit 2', async () => {
      assert.equal((await cliAsync(['convert', 'seed.txt', '-o', 'x.md'], dir)).code, 2);
      assert.equal((await cliAsync(['convert', 'numbered.docx', '-o', 'x.docx'], dir)).code, 2);
      assert.equal((await cliAsync(['convert', 'seed.txt'], dir)).code, 2);
    });

    it('a bad team style file is a clear error', async () => {
      put(dir, 'styles.json', JSON.stringify({ export: { styles: 'seed.txt' } }));
      const r = await cliAsync(['convert', 'seed.txt', '-o', 'x.docx', '--config', 'styles.json', '--lang', 'en'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /seed\.txt: not a \.docx file/);
    });

    it('the bundled CLI writes the .docx and exits when packing is done', function () {
      this.timeout(120_000);
      build();
      const r = spawnCli(['convert', 'seed.txt', '-o', 'bundled.docx'], dir);
      assert.deepEqual([r.code, r.stderr], [0, '']);
      assert.equal(readDocx(readFileSync(join(dir, 'bundled.docx'))).paragraphs.length, readDraft(corpus(SAMPLE).text, 'text').lines.length);
      assert.equal(spawnCli(['convert', 'missing.txt', '-o', 'x.docx'], dir).code, 2);
    });

    it("uses a team's own styles", async () => {
      put(dir, 'styles.json', JSON.stringify({ export: { styles: 'numbered.docx' } }));
      assert.equal((await cliAsync(['convert', 'seed.txt', '-o', 'styled.docx', '--config', 'styles.json'], dir)).code, 0);
      const styles = part(readFileSync(join(dir, 'styled.docx')), 'word/styles.xml');
      assert.equal(styles, part(readFileSync(join(dir, 'numbered.docx')), 'word/styles.xml'));
    });
  });
});
