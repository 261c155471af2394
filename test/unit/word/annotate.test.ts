import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { annotateDocx } from '../../../src/core/word/annotate';
import { readDocx } from '../../../src/core/word/read';
import { cli, tempDir } from '../cli/helpers';
import { handmadeDocx, numberedDocx } from './fixtures';

describe('word: annotating a copy with findings as comments', () => {
  let dir: string;
  let original: Uint8Array;
  before(async () => {
    dir = tempDir();
    original = await numberedDocx();
    writeFileSync(join(dir, 'draft.docx'), original);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('adds one comment per finding, anchored on its text; the text, the reviewer comment and every other part stay', () => {
    const r = cli(['check', 'draft.docx', '--annotate', '-o', 'draft-审核.docx', '--format', 'json'], dir);
    assert.equal(r.code, 0);
    const findings = JSON.parse(r.stdout).files[0].findings as { rule: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
    const copy = new Uint8Array(readFileSync(join(dir, 'draft-审核.docx')));
    const before = readDocx(original);
    const after = readDocx(copy);
    assert.equal(after.text, before.text);
    assert.deepEqual(after.deletions, before.deletions);
    const ours = after.comments.filter((c) => c.author === 'GovReport');
    assert.equal(ours.length, findings.length);
    assert.deepEqual(
      after.comments.filter((c) => c.author !== 'GovReport').map((c) => c.text),
      before.comments.map((c) => c.text),
    );
    const lines = after.text.split('\n');
    for (const f of findings) {
      const c = ours.find((o) => o.text === `${f.rule}：${f.message}` && o.paragraph === f.line - 1);
      assert.ok(c, `no comment for ${f.rule} at ${f.line}:${f.column}`);
      const label = after.paragraphs[c.paragraph]!.label.length;
      const wanted = lines[f.line - 1]!.slice(Math.max(f.column - 1, label), f.endColumn - 1);
      // A finding on an automatic label (not text in the file) is anchored on the paragraph's text.
      const anchored = lines[c.paragraph]!.slice(c.start, c.end);
      if (f.endColumn - 1 <= label) assert.equal(anchored, lines[c.paragraph]!.slice(label));
      else assert.equal(anchored, wanted);
    }
    const a = unzipSync(original);
    const b = unzipSync(copy);
    assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort());
    for (const name of Object.keys(a)) {
      if (name === 'word/document.xml' || name === 'word/comments.xml') continue;
      assert.deepEqual(b[name], a[name], name);
    }
  });

  it('keeps run properties when it splits a run, and creates the comments part with its type and relationship', () => {
    const bytes = handmadeDocx('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>投资XX亿元&amp;</w:t></w:r></w:p>', {
      'word/_rels/document.xml.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    });
    const copy = annotateDocx(bytes, readDocx(bytes), [{ start: 2, end: 4, text: 'placeholder：未填写的占位符“XX”' }]);
    const files = unzipSync(copy);
    const doc = strFromU8(files['word/document.xml']!);
    assert.match(
      doc,
      /<w:t>投资<\/w:t><\/w:r><w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">亿元&amp;<\/w:t>/,
    );
    assert.match(strFromU8(files['[Content_Types].xml']!), /PartName="\/word\/comments\.xml"/);
    assert.match(strFromU8(files['word/_rels/document.xml.rels']!), /Target="comments\.xml"/);
    const back = readDocx(copy);
    assert.equal(back.text, '投资XX亿元&');
    assert.deepEqual(back.comments.map((c) => [c.author, c.start, c.end]), [['GovReport', 2, 4]]);
  });

  it('refuses -o with several files, and --annotate with --fix', () => {
    writeFileSync(join(dir, 'b.docx'), original);
    assert.equal(cli(['check', 'draft.docx', 'b.docx', '--annotate', '-o', 'x.docx'], dir).code, 2);
    assert.equal(cli(['check', 'draft.docx', '--annotate', '--fix'], dir).code, 2);
    assert.equal(cli(['check', 'draft.docx', '-o', 'x.docx'], dir).code, 2);
  });
});
