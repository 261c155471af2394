import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/core/word/read';
import { WordError } from '../../../src/core/word/errors';
import { unpack } from '../../../src/core/word/zip';
import { cli, tempDir, putSample } from '../cli/helpers';
import { handmadeDocx, NUMBERED_EXPECTED, numberedDocx, styleNumberedDocx } from './fixtures';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string) => `<w:p>${inner}</w:p>`;

function refusal(bytes: Uint8Array): string {
  try {
    readDocx(bytes);
  } catch (err) {
    assert.ok(err instanceof WordError, String(err));
    return err.text.en;
  }
  assert.fail('read without an error');
}

describe('word: reading .docx', () => {
  let numbered: Uint8Array;
  before(async () => {
    numbered = await numberedDocx();
  });

  it('gives one line per paragraph with the automatic numbering labels, table cells in reading order', () => {
    assert.deepEqual(readDocx(numbered).text.split('\n'), NUMBERED_EXPECTED);
  });

  it('keeps tracked insertions, leaves deletions out and records them', () => {
    const word = readDocx(numbered);
    assert.equal(word.insertions, 1);
    assert.deepEqual(word.deletions, [{ paragraph: 7, at: 13, text: '八' }]);
  });

  it('keeps comments and footnotes apart from the text, anchored where they are', () => {
    const word = readDocx(numbered);
    assert.deepEqual(
      word.comments.map(({ author, text, paragraph, start, end }) => ({ author, text, paragraph, start, end })),
      [{ author: '审稿人', text: '此处数据待核实，XX为占位', paragraph: 0, start: 0, end: 16 }],
    );
    assert.deepEqual(
      word.footnotes.map(({ text, paragraph, start }) => ({ text, paragraph, start })),
      [{ text: '数据来源：XX统计局。', paragraph: 7, start: NUMBERED_EXPECTED[7]!.length }],
    );
  });

  it('takes numbering and heading levels from paragraph styles, with the list start value', async () => {
    const word = readDocx(await styleNumberedDocx());
    assert.deepEqual(word.text.split('\n'), ['三、继续推进的工作', '（一）产业发展', '正文。', '四、保障措施']);
    assert.deepEqual(word.paragraphs.map((p) => p.heading), [1, 2, undefined, 1]);
  });

  it('honours a start override on a restarted list and skips numId 0', () => {
    const numbering =
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num>` +
      `</w:numbering>`;
    const numPr = (id: number, lvl: number) => `<w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr>`;
    const body =
      para(numPr(1, 0) + run('甲')) + para(numPr(1, 1) + run('乙')) + para(numPr(0, 0) + run('无编号')) +
      para(numPr(2, 0) + run('丙')) + para(numPr(2, 1) + run('丁'));
    const word = readDocx(handmadeDocx(body, { 'word/numbering.xml': numbering }));
    assert.deepEqual(word.text.split('\n'), ['一、甲', '1.乙', '无编号', '十一、丙', '1.丁']);
  });

  it('skips field codes, reads a text box once, and walks hyperlinks, content controls and insertions', () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('3') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const box = (text: string) => `<w:txbxContent>${para(run(text))}</w:txbxContent>`;
    const textBox =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('框内文字')}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box('框内文字')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body =
      para(run('第') + field + run('页')) +
      para(run('见') + textBox) +
      para(`<w:hyperlink r:id="rId9">${run('链接')}</w:hyperlink><w:sdt><w:sdtContent>${run('控件')}</w:sdtContent></w:sdt>`) +
      para(`<w:ins w:id="1" w:author="A">${run('新增')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>删去</w:delText></w:r></w:del>`) +
      para(`<w:moveFrom w:id="3" w:author="A">${run('移走')}</w:moveFrom><w:moveTo w:id="4" w:author="A">${run('移来')}</w:moveTo>`) +
      para('');
    assert.deepEqual(readDocx(handmadeDocx(body)).text.split('\n'), ['第3页', '见框内文字', '链接控件', '新增', '移来', '']);
  });

  it('finds a main part named otherwise through the package relationships', () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      ),
      'word/document2.xml': strToU8(`<w:document xmlns:w="w"><w:body>${para(run('第二种命名'))}</w:body></w:document>`),
    });
    const word = readDocx(bytes);
    assert.deepEqual([word.documentPart, word.text], ['word/document2.xml', '第二种命名']);
  });

  it('decodes entities and reads tabs and line breaks as one character each', () => {
    const body = para('<w:r><w:t>A&amp;B&#x4E00;</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r>');
    assert.equal(readDocx(handmadeDocx(body)).text, 'A&B一\tx y');
  });

  describe('hostile and broken files get a clear error', () => {
    it('an old .doc, a renamed binary, an empty file', () => {
      const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
      for (const bytes of [doc, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 2]), new Uint8Array()]) {
        assert.match(refusal(bytes), /not a \.docx file.*\.doc/);
      }
      assert.match(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), /not a \.docx file/);
    });

    it('a package without document.xml, or with broken XML', () => {
      assert.match(refusal(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') })), /lacks word\/document\.xml/);
      assert.match(refusal(handmadeDocx('<w:p><w:r><w:t>未闭合</w:r></w:p>')), /not well-formed/);
    });

    it('a DTD or entity declaration (billion laughs, external entities)', () => {
      const laughs = zipSync({
        'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "哈哈"><!ENTITY b "&a;&a;">]><w:document><w:body/></w:document>'),
      });
      assert.match(refusal(laughs), /DTD or entities/);
    });

    it('a zip bomb: a declared unpacked size beyond the cap is refused before unpacking', () => {
      const bytes = handmadeDocx(para(run('正文')));
      // Patch the central directory's "uncompressed size" of every entry to 2 GB.
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 4 <= bytes.length; i++) {
        if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0x7fffffff, true);
      }
      assert.match(refusal(bytes), /unpacks to more than 256 MB/);
    });

    it('too many entries', () => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 5000; i++) files[`media/${i}.bin`] = new Uint8Array(1);
      assert.match(refusal(zipSync(files, { level: 0 })), /more than 4096 entries/);
    });

    it('caps are checked on the entries actually unpacked', () => {
      const bytes = zipSync({ 'a.xml': new Uint8Array(2000), 'b.xml': new Uint8Array(2000) });
      assert.throws(() => unpack(bytes, () => true, { maxEntries: 10, maxUnpackedBytes: 3000 }), WordError);
      assert.equal(Object.keys(unpack(bytes, (n) => n === 'a.xml', { maxEntries: 10, maxUnpackedBytes: 3000 })).length, 1);
    });
  });

  describe('govreport check / outline on a .docx', () => {
    let dir: string;
    before(() => {
      dir = tempDir();
      writeFileSync(join(dir, 'numbered.docx'), numbered);
      writeFileSync(join(dir, 'old.docx'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      putSample(dir, 'seed.txt');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('reports the duplicate 三、 that only the recovered labels show, and a placeholder in a comment as info', () => {
      const { stdout } = cli(['check', 'numbered.docx', '--format', 'json'], dir);
      const findings = JSON.parse(stdout).files[0].findings as { rule: string; severity: string; line: number; column: number }[];
      const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.severity}@${f.line}:${f.column}`);
      assert.deepEqual(at('heading-sequence'), ['warning@12:1']);
      assert.deepEqual(at('placeholder'), ['info@1:1', 'warning@1:3', 'warning@16:1', 'warning@17:1']);
    });

    it('shows the recovered 一、/（一）/1. in the outline', () => {
      const { code, stdout } = cli(['outline', 'numbered.docx', '--format', 'json'], dir);
      assert.equal(code, 0);
      const markers = (sections: { marker: string; children: unknown[] }[]): string[] =>
        sections.flatMap((s) => [s.marker, ...markers(s.children as never)]);
      assert.deepEqual(markers(JSON.parse(stdout).sections).slice(0, 6), ['一、', '（一）', '1.', '（1）', '（2）', '2.']);
    });

    it('review and diff read a .docx the same way', () => {
      const review = cli(['review', 'numbered.docx', '--format', 'json'], dir);
      assert.equal(review.code, 0, review.stderr);
      assert.match(review.stdout, /XX亿元/);
      writeFileSync(join(dir, 'numbered.txt'), NUMBERED_EXPECTED.join('\n').replace('XX亿元', '12亿元'));
      const diff = cli(['diff', 'numbered.docx', 'numbered.txt', '--format', 'json'], dir);
      assert.equal(diff.code, 0, diff.stderr);
      const comparison = JSON.parse(diff.stdout);
      assert.deepEqual([comparison.old.placeholders, comparison.new.placeholders], [3, 2]);
    });

    it('an unreadable .docx exits 2 with a clear message, and the other files are still checked', () => {
      const { code, stdout, stderr } = cli(['check', '--lang', 'en', 'old.docx', 'numbered.docx', 'seed.txt'], dir);
      assert.equal(code, 2);
      assert.match(stderr, /^old\.docx: not a \.docx file/m);
      assert.match(stdout, /2 files checked: .*; 1 file could not be checked/);
    });
  });
});
