import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDrafts, type DraftComparison } from '../../../src/core/review/diff';
import { renderDiffHtml } from '../../../src/core/review/render/diff-html';
import { renderDiffMarkdown } from '../../../src/core/review/render/diff-md';
import { cli, put, tempDir } from '../cli/helpers';
import { corpus, SAMPLE } from '../helpers';
import { applyEdits, fillPlaceholders, replaceIn, unique } from './drafts';

const seed = corpus(SAMPLE).text;
const compare = (oldText: string, newText: string) =>
  compareDrafts({ text: oldText, file: 'old.txt', format: 'text' }, { text: newText, file: 'new.txt', format: 'text' });

describe('review: diff between two drafts', () => {
  // The second draft of the issue: 20 placeholders filled, 10家 → 12家, one （三） heading renamed,
  // one project dropped from a list (none of the last three touches a placeholder).
  const fills = fillPlaceholders(seed, 20, 7);
  const second = applyEdits(seed, [
    ...fills,
    replaceIn(seed, '力争新增高新技术企业10家', '10家', '12家'),
    replaceIn(seed, '（三）坚持品质为重，不断提升城市能级', '不断提升城市能级', '全面提升城市品质'),
    replaceIn(seed, '保康铝轮毂一期、林镁铝轮毂一期、', '林镁铝轮毂一期、', ''),
  ]);

  it('govreport diff --format json: 20 filled, 133 remaining, the changed target, the renamed section, the dropped project', () => {
    const dir = tempDir();
    put(dir, 'v1.txt', seed);
    put(dir, 'v2.txt', second);
    const { code, stdout, stderr } = cli(['diff', 'v1.txt', 'v2.txt', '--format', 'json'], dir);
    assert.equal(code, 0, stderr);
    const d = JSON.parse(stdout) as DraftComparison;

    assert.equal(d.placeholders.filled.length, 20);
    assert.equal(d.placeholders.remaining, 133);
    assert.deepEqual(d.placeholders.added, []);
    assert.deepEqual(d.placeholders.removed, []);
    assert.deepEqual(
      d.placeholders.filled.map((f) => [f.placeholder, f.oldLine, f.text]),
      fills.map((f) => [f.placeholder, f.line, f.text]),
    );
    for (const f of d.placeholders.filled) assert.equal(f.newLine, f.oldLine); // no line was added or removed

    assert.deepEqual(
      d.figures.changed.map(({ indicator, oldValue, newValue, oldLine, newLine }) => ({ indicator, oldValue, newValue, oldLine, newLine })),
      [{ indicator: '高新技术企业', oldValue: '10家', newValue: '12家', oldLine: 39, newLine: 39 }],
    );
    assert.deepEqual(d.figures.added, []);
    assert.deepEqual(d.figures.removed, []);

    assert.deepEqual(d.sections.renamed, [
      { oldTitle: '（三）坚持品质为重，不断提升城市能级', newTitle: '（三）坚持品质为重，全面提升城市品质', oldLine: 47, newLine: 47 },
    ]);
    assert.deepEqual(d.sections.added, []);
    assert.deepEqual(d.sections.removed, []);

    assert.deepEqual(d.projects.removed.map((p) => [p.name, p.line]), [['林镁铝轮毂一期', 6]]);
    assert.deepEqual(d.projects.added, []);
    assert.deepEqual(d.projects.changed, []);
  });

  it('the same draft twice: nothing changed, every placeholder remains', () => {
    const d = compare(seed, seed);
    assert.equal(d.placeholders.remaining, 153);
    assert.deepEqual([d.placeholders.filled, d.placeholders.added, d.figures.changed, d.sections.renamed, d.projects.removed, d.paragraphs], [[], [], [], [], [], []]);
  });

  it('is robust to inserted and deleted paragraphs: lines shift, nothing else is reported as changed', () => {
    const lines = seed.split('\n');
    const inserted = '同时，要做好XX工作，确保全年新增规上企业20家。';
    // Delete line 29 (the one body paragraph of 二、正视存在问题) and insert a paragraph after line 5.
    const bodyOf28 = lines[28]!;
    const next = [...lines.slice(0, 5), inserted, ...lines.slice(5, 28), ...lines.slice(29)].join('\n');
    const d = compare(seed, next);
    assert.deepEqual(
      d.paragraphs.map((p) => [p.kind, p.oldLine, p.newLine]),
      [
        ['added', undefined, 6],
        ['removed', 29, undefined],
      ],
    );
    assert.deepEqual(d.placeholders.filled, []);
    assert.deepEqual(d.placeholders.added.map((p) => [p.placeholder, p.line]), [['XX', 6]]);
    assert.equal(d.placeholders.removed.length, (bodyOf28.match(/X+/g) ?? []).length);
    assert.deepEqual(d.figures.changed, []);
    assert.deepEqual(d.sections, { added: [], removed: [], renamed: [] });
  });

  it('a dropped section and its figures are reported as removed, the rest still pairs up', () => {
    const start = unique(seed, '（五）坚持绿色为要');
    const end = unique(seed, '（六）坚持民生为本');
    const d = compare(seed, seed.slice(0, start) + seed.slice(end));
    assert.deepEqual(d.sections.removed.map((s) => s.title), ['（五）坚持绿色为要，持续改善生态环境']);
    assert.deepEqual(d.sections.renamed, []);
    // The （六） section was renumbered (marker only): not a rename.
    assert.ok(d.figures.removed.some((f) => f.value === '1.5万亩' && f.indicator === '造林'));
    assert.ok(d.figures.removed.every((f) => f.line >= 57 && f.line < 62));
    assert.deepEqual(d.figures.changed, []);
    assert.deepEqual(d.projects.removed.map((p) => p.name).sort(), ['中国电力', '华润电力', '开发区污水处理厂扩建', '弓上水库抽水蓄能电站', '振林街道铅蓄电池厂', '桂东', '横水镇吴家井地灾治理项目', '洹河横水段及三孝河综合治理', '露水河综合整治'].sort());
  });

  it('a placeholder replaced by another is still unfilled; a project status change is reported', () => {
    const next = applyEdits(seed, [
      replaceIn(seed, '全市生产总值XXX亿元', 'XXX', 'XX'),
      replaceIn(seed, '光远六期等项目竣工投产', '竣工投产', '开工建设'),
    ]);
    const d = compare(seed, next);
    assert.deepEqual(d.placeholders.filled, []);
    assert.equal(d.placeholders.remaining, 153);
    assert.deepEqual(
      d.projects.changed.map((p) => [p.name, p.oldStatus, p.newStatus]),
      [
        ['凤宝管业清洁煤制气', '竣工投产', '开工建设'],
        ['凤宝管业出口专用管', '竣工投产', '开工建设'],
        ['光远六期', '竣工投产', '开工建设'],
      ],
    );
  });

  it('Markdown and HTML mark the changed character runs; HTML loads nothing and escapes the text', () => {
    const next = applyEdits(seed, [replaceIn(seed, '力争新增高新技术企业10家', '10家', '12家'), replaceIn(seed, '同志们：', '同志们：', '同志们：<b>&')]);
    const d = compare(seed, next);
    const md = renderDiffMarkdown(d, 'zh');
    assert.match(md, /力争新增高新技术企业1~~0~~\*\*2\*\*家/);
    const html = renderDiffHtml(d, 'en');
    assert.match(html, /力争新增高新技术企业1<del>0<\/del><ins>2<\/ins>家/);
    assert.match(html, /<ins>&lt;b&gt;&amp;<\/ins>/);
    assert.doesNotMatch(html, /<b>|<script|(?:src|href)\s*=|url\(/i);
    assert.match(html, /Changed figures \(1\)/);
  });

  it('compares Markdown drafts (.md) by their prose, not their syntax', () => {
    const dir = tempDir();
    put(dir, 'v1.md', '# 工作报告\n\n## 一、工作回顾\n\n全年完成投资XX亿元，新建**学校**3所。\n\n## 二、工作安排\n\n力争新增企业10家。\n');
    put(dir, 'v2.md', '# 工作报告\n\n## 一、过去一年工作回顾\n\n全年完成投资56亿元，新建**学校**3所。\n\n## 二、工作安排\n\n力争新增企业12家。\n');
    const d = JSON.parse(cli(['diff', 'v1.md', 'v2.md', '--format', 'json'], dir).stdout) as DraftComparison;
    assert.deepEqual(d.placeholders.filled.map((f) => [f.placeholder, f.text, f.oldLine, f.newLine]), [['XX', '56', 5, 5]]);
    assert.deepEqual(d.sections.renamed.map((r) => [r.oldTitle, r.newTitle]), [['一、工作回顾', '一、过去一年工作回顾']]);
    assert.deepEqual(d.figures.changed.map((f) => [f.indicator, f.oldValue, f.newValue]), [['企业', '10家', '12家']]);
  });

  it('exit 2 when a draft cannot be read, and the other is not compared', () => {
    const dir = tempDir();
    put(dir, 'v1.txt', seed);
    put(dir, 'gbk.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
    const missing = cli(['diff', 'v1.txt', 'nope.txt'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /nope\.txt：文件或目录不存在/);
    const gbk = cli(['diff', 'gbk.txt', 'v1.txt', '--lang', 'en'], dir);
    assert.equal(gbk.code, 2);
    assert.match(gbk.stderr, /gbk\.txt: not valid UTF-8/);
    assert.equal(cli(['diff', 'v1.txt'], dir).code, 2);
  });

  it('-o writes the report to a file', () => {
    const dir = tempDir();
    put(dir, 'v1.txt', seed);
    put(dir, 'v2.txt', second);
    const r = cli(['diff', 'v1.txt', 'v2.txt', '--format', 'html', '-o', 'out.html'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /填写占位符 20 处，尚余 133 处/);
  });
});
