import assert from 'node:assert/strict';
import type { Section } from '../../src/core/model';
import { parseReport } from '../../src/core/parse';
import { opensNumberingScope } from '../../src/core/parse/conventions';
import { layoutMarkdown, markdownChunks } from '../../src/core/parse/markdown';
import { LineIndex } from '../../src/core/lines';
import { corpus, SAMPLE } from './helpers';

const titles = (sections: Section[]) =>
  sections.map((s) => (s.heading.kind === 'numbered' ? s.heading.marker.text : '') + s.heading.title.text);

describe('parseReport: plain text', () => {
  const { text } = corpus(SAMPLE);
  const doc = parseReport(text, { format: 'text' });

  it('reads the salutation and the section tree of the sample draft', () => {
    assert.equal(doc.salutation?.text, '同志们：');
    assert.deepEqual(titles(doc.sections), ['一、2021年工作回顾', '二、正视存在问题', '三、科学研判形势', '四、2022年工作安排']);
    assert.equal(doc.sections[0]!.children.length, 5);
    assert.deepEqual(titles(doc.sections[3]!.children).slice(0, 2), [
      '（一）坚持项目为王，着力扩大有效投资',
      '（二）坚持产业为基，加快推动转型升级',
    ]);
  });

  it('reads an item number run into a value (2.50个小区) as the next item after item 1, and a decimal opening other text as text', () => {
    const doc = parseReport('2022年实事\n1.既有多层住宅加装电梯新增400台。\n2.50个小区新增电动自行车充电设施。\n3.开设40个暑托班办班点。\n', { format: 'text' });
    assert.deepEqual(titles(doc.sections), ['1.既有多层住宅加装电梯新增400台', '2.50个小区新增电动自行车充电设施', '3.开设40个暑托班办班点']);
    assert.deepEqual(doc.headings.map((h) => (h.kind === 'numbered' ? h.marker.number : 0)), [1, 2, 3]);
    // Not the next number, or no item before: a decimal value.
    assert.equal(parseReport('1.既有住宅加装电梯400台。\n3.5万人参加培训。\n', { format: 'text' }).headings.length, 1);
    assert.equal(parseReport('2.5万人参加培训。\n', { format: 'text' }).headings.length, 0);
  });

  it('gives every node offsets and 0-based UTF-16 line/column', () => {
    const h = doc.sections[3]!.heading;
    assert.equal(h.range.startLine, 31);
    assert.equal(h.range.startColumn, 0);
    assert.equal(text.slice(h.range.start, h.range.end), '四、2022年工作安排');
    const sub = doc.sections[3]!.children[0]!;
    assert.equal(sub.heading.range.startLine, 35);
    // A section runs to the end of its last paragraph, before the next sibling heading.
    assert.equal(sub.range.endLine, 40);
  });

  it('finds leading 一是 runs per section and inline runs within a paragraph', () => {
    const leading = doc.enumerations.filter((e) => e.placement === 'leading');
    assert.deepEqual(leading.map((e) => e.items.length), [3, 3, 3, 3, 5, 4, 3, 3, 3, 3, 4]);
    const inline = doc.enumerations.filter((e) => e.placement === 'inline');
    assert.equal(inline.length, 1);
    assert.equal(inline[0]!.items[0]!.range.startLine, 28);
    assert.deepEqual(inline[0]!.items.map((i) => i.text), ['一是', '二是', '三是', '四是', '五是', '六是']);
  });

  it('reads items after half-width marks as after full-width ones (drafts copied from the web)', () => {
    // A blind set's 长安 2022 list and 卢龙 2022 review: `:一是`, `,二是`, `第一,`.
    const d = parseReport('拟从以下三个方面开展工作:一是加快教育提质。\n二是提高医疗水平。\n三是改善人居环境。\n几个鲜明特点:一是增长加快,二是项目提速。第一,稳增长;第二,调结构。\n', { format: 'text' });
    const runs = d.enumerations.map((e) => e.items.map((i) => i.text).join(''));
    assert.deepEqual(runs, ['一是二是三是', '一是二是', '第一第二']);
  });

  it('reads ordinals naming sectors (第二、第三产业, 第二、三产业) as no enumeration items, and 第一，第二、 as items', () => {
    const d = parseReport('与上年比，第一产业占比上升3.82个百分点，第二、第三产业占比分别回落2.16和1.66个百分点，第二、三产业增长较快。第一，稳增长；第二、调结构。\n', { format: 'text' });
    assert.deepEqual(d.enumerations.map((e) => e.items.map((i) => i.text).join('')), ['第一第二']);
  });

  it('splits run-in headings at the first 。', () => {
    const national = parseReport(corpus('02_national_2017_gwr.txt').text, { format: 'text' });
    const first = national.sections[2]!.children[0]!.heading;
    assert.equal(first.title.text, '用改革的办法深入推进“三去一降一补”');
    assert.ok(first.body?.text.startsWith('要在巩固成果基础上'));
  });

  it('handles CRLF, a BOM and full-width-space indentation', () => {
    const crlf = '\ufeff各位代表：\r\n\u3000\u3000一、工作回顾\r\n （一）经济发展。全年增长8%。\r\n';
    const d = parseReport(crlf, { format: 'text' });
    assert.equal(d.salutation?.text, '各位代表：');
    const [one] = d.sections;
    assert.equal(one!.heading.range.startColumn, 2);
    assert.equal(one!.heading.title.text, '工作回顾');
    const sub = one!.children[0]!.heading;
    assert.equal(sub.title.text, '经济发展');
    assert.equal(sub.body?.text, '全年增长8%。');
    assert.equal(sub.range.endLine, 2);
    assert.equal(sub.range.endColumn, crlf.split('\r\n')[2]!.length);
  });

  it('restarts numbering scopes in appendices, glossaries and regulation articles', () => {
    const d = parseReport('一、正文\n（一）甲\n（二）乙\n附件1\n一、附件一\n名词解释\n1.甲：释义。\n', { format: 'text' });
    assert.deepEqual(
      d.sections.map((s) => s.heading.kind === 'division' ? s.heading.division : 'numbered'),
      ['numbered', 'appendix', 'glossary'],
    );
    assert.equal(d.sections[1]!.children[0]!.heading.title.text, '附件一');
    const reg = parseReport(corpus('15_statecouncil_2019_major_admin_decision_regulation.md').text, { format: 'markdown' });
    const chapter = reg.sections[0]!.children[0]!;
    assert.equal(chapter.heading.title.text, '第一章 总则');
    const article3 = chapter.children[2]!;
    assert.equal(article3.heading.title.text, '第三条');
    assert.equal(article3.children.length, 5);
  });

  it('reads full-width digit markers as malformed level-3 and level-4 markers', () => {
    const d = parseReport('一、工作\n（一）产业\n１．第一项\n（２）细目\n', { format: 'text' });
    const third = d.sections[0]!.children[0]!.children[0]!;
    assert.equal(third.heading.kind === 'numbered' && third.heading.marker.canonical, '1.');
    const fourth = third.children[0]!.heading;
    assert.equal(fourth.kind === 'numbered' && `${fourth.marker.level}${fourth.marker.canonical}`, '4（2）');
  });

  it('finds the 153 placeholder runs of the sample draft', () => {
    const counts: Record<string, number> = {};
    for (const p of doc.placeholders) counts[p.text] = (counts[p.text] ?? 0) + 1;
    assert.deepEqual(counts, { XXX: 70, XX: 68, X: 15 });
    for (const p of doc.placeholders) assert.equal(text.slice(p.range.start, p.range.end), p.text);
  });
});

describe('parseReport: Markdown', () => {
  const md = [
    '---',
    'title: XX报告',
    '---',
    '# 政府工作报告',
    '',
    '## 一、工作回顾',
    '',
    '**一是**经济增长XX%。二是[链接](https://example.com/XX)就业稳定。',
    '',
    '```',
    '二、代码里不是标题 XX',
    '```',
    '',
    '<!-- XX 注释 -->',
    '1. 第一项',
    '2. 第二项',
    '',
    '## 二、今年安排',
    '第一段',
    '（一）软换行后的标题',
  ].join('\n');
  const doc = parseReport(md, { format: 'markdown' });

  it('keeps offsets while blanking syntax, code, comments, link URLs and front matter', () => {
    assert.equal(doc.checkable.length, md.length);
    assert.deepEqual(doc.placeholders.map((p) => p.range.startLine), [7]);
    assert.deepEqual(titles(doc.sections), ['政府工作报告']);
    assert.deepEqual(titles(doc.sections[0]!.children), ['一、工作回顾', '二、今年安排']);
  });

  it('records # depth and reads ordered-list markers as structure', () => {
    const [one, two] = doc.sections[0]!.children;
    assert.equal(one!.heading.markdownDepth, 2);
    assert.deepEqual(titles(one!.children), ['1.第一项', '2.第二项']);
    assert.deepEqual(titles(two!.children), ['（一）软换行后的标题']);
  });

  it('finds enumerations through emphasis', () => {
    const e = doc.enumerations[0]!;
    assert.deepEqual(e.items.map((i) => i.text), ['一是', '二是']);
  });

  it('keeps the prose of every inline form and blanks the syntax around it', () => {
    const text = [
      '标题一',
      '===',
      '副标题',
      '---',
      '文&amp;字\\*号 `代码` <b>粗</b> ![图](a.png) [链接](https://x.y "题") <https://u.v>',
      '硬换行\\',
      '下一行',
      '',
      '    缩进代码',
      '',
      '> 引用第一行，',
      '> 引用第二行。',
      '',
      '- 无序项',
      '3. 有序项',
    ].join('\n');
    const parsed = parseReport(text, { format: 'markdown' });
    assert.deepEqual(parsed.checkable.split('\n'), [
      '标题一',
      '   ',
      '副标题',
      '   ',
      '文&amp;字\\*号         粗                  链接                    https://u.v ',
      '硬换行 ',
      '下一行',
      '',
      '        ',
      '',
      '  引用第一行，',
      '  引用第二行。',
      '',
      '  无序项',
      '3. 有序项',
    ]);
    assert.deepEqual(parsed.headings.filter((h) => h.markdownDepth !== undefined).map((h) => [h.range.startLine, h.markdownDepth]), [[0, 1], [2, 2]]);
    // A quote's paragraph runs on over its `>` lines: they read as one line.
    assert.equal(parsed.paragraphs.find((p) => p.range.startLine === 10)?.range.endLine, 11);
  });
});

describe('layoutMarkdown: long texts read in chunks', () => {
  const layout = (text: string, chunkChars?: number) => {
    const lines = new LineIndex(text);
    const l = layoutMarkdown(text, (o) => lines.lineAt(o), chunkChars);
    return [l.checkable, [...l.headingDepth].sort((a, b) => a[0] - b[0]), [...l.continuation].sort((a, b) => a - b)];
  };
  const section = (i: number) =>
    `## ${i}、第${i}部分\n\n> 引用第一行，\n> 第二行。\n\n1. 有序项\n   续行\n2. 又一项\n\n**一是**经济增长XX%，[链接](https://example.com/${i})就业稳定。\n硬换行  \n下一行\n\n`;

  it('cuts a long report at blank lines before headings, and reads it as it reads it whole', () => {
    const text = Array.from({ length: 200 }, (_, i) => section(i + 1)).join('');
    const chunks = markdownChunks(text, 4096);
    assert.ok(chunks.length >= 4);
    for (const [from] of chunks.slice(1)) assert.ok(text.startsWith('## ', from) && text.slice(from - 2, from) === '\n\n');
    assert.deepEqual(layout(text, 4096), layout(text, Infinity));
  });

  it('reads whole a text whose blocks or links run over a cut: code fences, HTML blocks, open comments, definitions, front matter', () => {
    for (const tricky of ['```\n代码\n\n# 代码里\n```', '<pre>\n\n# 不是标题\n</pre>', '<!--\n\n# 注释里\n-->', '见[注释]。\n\n# 标题\n\n[注释]: https://x', '---\ntitle: x\n\n# y\n---']) {
      const text = `${tricky}\n\n# 一\n\n正文。\n\n# 二\n\n正文。`;
      assert.deepEqual(markdownChunks(text, 1), [[0, text.length]], tricky);
      assert.deepEqual(layout(text, 1), layout(text, Infinity), tricky);
    }
    // A one-line comment closes before the cut: the text may be cut.
    assert.equal(markdownChunks('<!-- govreport-disable -->\n\n# 一\n\n正文', 1).length, 2);
  });
});

describe('parseReport: numbering conventions', () => {
  const runs = (text: string) =>
    parseReport(text, { format: 'text' }).numbering.map((r) => ({
      level: r.level,
      numbers: r.headings.map((h) => h.marker.number),
      continuous: r.continuous,
      levels: [...r.levels].sort(),
    }));

  it('tells numbers that run on across parents from numbers that restart under each', () => {
    const continuous = '一、甲\n（一）a\n（二）b\n二、乙\n（三）c\n三、丙\n（四）d';
    assert.deepEqual(runs(continuous), [
      { level: 1, numbers: [1, 2, 3], continuous: false, levels: [1, 2] },
      { level: 2, numbers: [1, 2, 3, 4], continuous: true, levels: [1, 2] },
    ]);
    const restarting = '一、甲\n（一）a\n（二）b\n二、乙\n（一）c\n（二）d';
    assert.equal(runs(restarting)[1]!.continuous, false);
  });

  it('opens a new scope where numbering restarts after a title, a name line, a note or a lead-in', () => {
    const text = [
      '甲局局长 张三',
      '一、工作',
      '二、打算',
      '乙局局长 李四',
      '一、工作',
      '1.收入',
      '2.支出',
      '重点抓好以下工作：',
      '1.开源',
      '二、打算',
    ].join('\n');
    assert.deepEqual(
      runs(text).map((r) => [r.level, r.numbers]),
      [
        [1, [1, 2]],
        [1, [1, 2]],
        [3, [1, 2]],
        [3, [1]],
      ],
    );
  });

  it('keeps a restart without such a line in the run, for the rules to report', () => {
    assert.deepEqual(runs('一、甲\n二、乙\n在此基础上继续推进各项工作。\n一、丙').map((r) => r.numbers), [[1, 2, 1]]);
  });

  it('lets a lead-in open a scope only for the list that follows it directly', () => {
    // Ningxia 2026 GWR: the lead-in introduces 一是… paragraphs, so a second 一、 is a duplicate.
    const gwr = [
      '一、2025年工作总结和“十四五”发展成就',
      '过去一年，全区各项事业取得了一系列标志性成果。一年来，我们重点抓了五个方面工作：',
      '一是突出打好“六个攻坚战”，经济高质量发展跃上新台阶。',
      '一、“十五五”时期主要任务',
      '三、2026年重点工作',
    ].join('\n');
    assert.deepEqual(runs(gwr).map((r) => r.numbers), [[1, 1, 3]]);
    // Henan 2016 measures: each article's lead-in opens the (一)… list right below it.
    const measures = [
      '第七条各级党委、政府对本地社会治安综合治理工作负总责，履行下列职责：',
      '(一)贯彻落实党中央、国务院以及上级党委、政府关于社会治安综合治理的决策部署；',
      '(二)其他应当履行的社会治安综合治理方面的职责。',
      '第八条各部门各单位对本部门本单位社会治安综合治理工作负总责，履行下列职责：',
      '(一)认真落实党委、政府和社会治安综合治理委员会的安排部署；',
    ].join('\n');
    assert.deepEqual(runs(measures).map((r) => r.numbers), [[1, 2], [1]]);
  });

  it('reads a title-like line, a signature, a date, a note label and a lead-in as scope openers, and a sentence as none', () => {
    for (const line of ['关于做好安全工作的实施方案', '县长 王五', '国务院办公厅', '2024年1月5日', '注：', '说明：以上数据为快报数', '有下列情形之一的：']) {
      assert.ok(opensNumberingScope(line), line);
    }
    for (const line of ['全年完成投资5亿元。', '坚持稳中求进，统筹发展和安全，', '']) assert.ok(!opensNumberingScope(line), line);
  });
});
