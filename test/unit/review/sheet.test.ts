import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { rules } from '../../../src/core/rules';
import { headingLabel } from '../../../src/core/structure';
import { renderSheetHtml } from '../../../src/core/review/render/html';
import { renderSheetMarkdown } from '../../../src/core/review/render/md';
import { buildReviewSheet, type ReviewSheet } from '../../../src/core/review/sheet';
import { CONSISTENCY_RULES } from '../../../src/core/review/consistency';
import { cli, ROOT } from '../cli/helpers';
import { corpus, SAMPLE } from '../helpers';

const seed = corpus(SAMPLE).text;
const SAMPLE_ARG = `test/fixtures/corpus/${SAMPLE}`;
const sheetOf = (text: string, lang: 'zh' | 'en' = 'zh', format: 'text' | 'markdown' = 'text') =>
  buildReviewSheet(text, { file: 'drafts/报告.txt', format, lang, date: '2026-12-02' });

/** What could make the HTML load something: a src/href attribute, CSS url() or @import, any http(s) URL. */
const EXTERNAL = /<[a-z][^>]*\s(?:src|href)\s*=|url\s*\(|@import|https?:\/\//i;

describe('review: the review sheet', () => {
  const { doc, findings } = lint(seed, { format: 'text' });

  it('govreport review on the seed: 153 placeholders, every section title, a status line', () => {
    const { code, stdout, stderr } = cli(['review', SAMPLE_ARG], ROOT);
    assert.equal(code, 0, stderr);
    const other = findings.filter((f) => f.rule !== 'placeholder' && !CONSISTENCY_RULES.includes(f.rule)).length;
    const consistency = findings.filter((f) => CONSISTENCY_RULES.includes(f.rule)).length;
    assert.ok(stdout.includes(`**占位符 153 处未填；一致性问题 ${consistency} 处；格式问题 ${other} 处**`));
    assert.ok(stdout.includes('## 未填占位符（153）'));
    for (const h of doc.headings) assert.ok(stdout.includes(headingLabel(h)), headingLabel(h));
  });

  it('lists figure, count, period and name disagreements as consistency problems', () => {
    const sheet = sheetOf('二、2026年工作安排\n全年粮食产量稳定在1250万吨以上，新建高标准农田40万亩。\n确保粮食产量稳定在1320万吨以上。\n');
    assert.deepEqual(sheet.consistency.map((f) => f.rule), ['figure-mismatch']);
    for (const id of ['count-mismatch', 'figure-mismatch', 'official-figure', 'ratio-sum', 'part-exceeds-whole', 'period-mismatch', 'name-variant', 'percent-point']) {
      assert.ok(CONSISTENCY_RULES.includes(id), id);
    }
    assert.ok(!CONSISTENCY_RULES.includes('heading-form'));
  });

  it('groups every placeholder under its section path, with its line and the sentence around it', () => {
    const sheet = sheetOf(seed);
    assert.equal(sheet.counts.placeholders, 153);
    assert.equal(sheet.placeholders.reduce((n, g) => n + g.items.length, 0), 153);
    assert.equal(sheet.sections.reduce((n, s) => n + s.placeholders, 0) + sheet.placeholders.filter((g) => !g.section).reduce((n, g) => n + g.items.length, 0), 153);
    const first = sheet.placeholders[0]!;
    assert.equal(first.section, '');
    assert.deepEqual(first.items[0], {
      text: 'X',
      line: 2,
      column: 130,
      context: { before: '一会儿，', match: 'X', after: '书记还要作重要讲话，请大家抓好贯彻落实。' },
    });
    const plan = sheet.placeholders.find((g) => g.section === '四、2022年工作安排 / （二）坚持产业为基，加快推动转型升级');
    assert.ok(plan);
    for (const p of plan.items) assert.ok(p.line >= 42 && p.line < 47);
  });

  it('puts consistency findings first and groups the others by rule, titled by the rule description', () => {
    const text = '同志们：\n下面，我讲三点意见：\n一、抓发展\n内容。\n二、抓民生\n内容，要坚持以人民为中心,办好实事。\n';
    const sheet = sheetOf(text);
    assert.deepEqual(sheet.consistency.map((f) => [f.rule, f.line]), [['count-mismatch', 2]]);
    assert.equal(sheet.consistency[0]!.context.match, '三点意见');
    assert.deepEqual(sheet.findings.map((g) => [g.rule, g.items.length]), [['punctuation-width', 1]]);
    const rule = rules.find((r) => r.id === 'punctuation-width')!;
    assert.equal(sheet.findings[0]!.title, rule.description.zh);
    assert.equal(sheetOf(text, 'en').findings[0]!.title, rule.description.en);
    assert.deepEqual(sheet.counts, { placeholders: 0, consistency: 1, other: 1 });
    // The reviewer reads the rule's name, not its id.
    assert.match(renderSheetMarkdown(sheet), /\| 2 \| 数量与列项不符 \|/);
    assert.match(renderSheetHtml(sheetOf(text, 'en')), /<td>Stated count<\/td>/);
  });

  it('lists goals with indicator, value and comparator, and projects with investment and status', () => {
    const sheet = sheetOf(seed);
    const goal = (indicator: string) => sheet.goals.find((g) => g.indicator === indicator);
    assert.deepEqual(goal('高新技术企业'), {
      indicator: '高新技术企业',
      value: '10家',
      comparator: '力争',
      section: '四、2022年工作安排 / （一）坚持项目为王，着力扩大有效投资',
      line: 39,
    });
    assert.equal(goal('社会消费品零售总额')?.comparator, '左右');
    assert.equal(goal('建安产值')?.comparator, '以上');
    assert.ok(sheet.goals.every((g) => g.line >= 32), 'goals come from the plan part only');
    assert.deepEqual(
      sheet.projects.find((p) => p.name === '光远六期' && p.line === 44),
      { name: '光远六期', investment: 'XX亿元', status: '竣工投产', section: '四、2022年工作安排 / （二）坚持产业为基，加快推动转型升级', line: 44 },
    );
  });

  it('HTML: self-contained (no script, nothing external), every section title, A4 print rules, escaped text', () => {
    const html = renderSheetHtml(sheetOf(seed));
    assert.doesNotMatch(html, EXTERNAL);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /@page \{ size: A4/);
    assert.match(html, /break-before: page/);
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /占位符 153 处未填/);
    for (const h of doc.headings) assert.ok(html.includes(headingLabel(h)), headingLabel(h));

    const hostile = renderSheetHtml(sheetOf('同志们：\n一、工作<script>alert("XX")</script>回顾\n投资XX亿元<img src=x>。\n'));
    assert.doesNotMatch(hostile, /<script|<img/);
    assert.match(hostile, /&lt;script&gt;alert\(&quot;XX&quot;\)&lt;\/script&gt;/);
    assert.doesNotMatch(hostile, EXTERNAL);
  });

  it('Markdown: table cells escape pipes and emphasis, so each row keeps its columns', () => {
    const md = renderSheetMarkdown(sheetOf('同志们：\n一、工作回顾\n全年完成|投资*XX*亿元_元。\n'));
    const rows = md.split('\n').filter((l) => l.startsWith('| 3 |'));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.split(/(?<!\\)\|/).length - 2, 3);
    assert.ok(rows[0]!.includes('全年完成\\|投资\\***XX**\\*亿元\\_元。'));
  });

  it('English with --lang en; JSON is the sheet data; Markdown drafts take their title from the first heading', () => {
    const en = cli(['review', SAMPLE_ARG, '--lang', 'en'], ROOT);
    assert.equal(en.code, 0);
    assert.ok(en.stdout.includes('153 placeholders unfilled'));
    const json = cli(['review', SAMPLE_ARG, '--format', 'json'], ROOT);
    const sheet = JSON.parse(json.stdout) as ReviewSheet;
    assert.equal(sheet.counts.placeholders, 153);
    assert.equal(sheet.file, SAMPLE_ARG);
    assert.equal(sheet.title, SAMPLE);
    assert.match(sheet.date, /^\d{4}-\d{2}-\d{2}$/);
    const md = sheetOf('# 2024年政府工作报告\n\n各位代表：\n\n## 一、工作回顾\n\n完成投资XX亿元。\n', 'zh', 'markdown');
    assert.equal(md.title, '2024年政府工作报告');
    assert.deepEqual(md.sections.map((s) => s.label), ['2024年政府工作报告', '一、工作回顾']);
  });

  it('counts words as Word does for Chinese: characters and marks one each, Latin words and numbers once', () => {
    assert.equal(sheetOf('同志们：\nPM2.5 年均值 39 微克。\n').wordCount, 4 + 1 + 3 + 1 + 3);
  });

  it('exit 2 for an unreadable draft or a bad config', () => {
    assert.equal(cli(['review', 'nope.txt'], ROOT).code, 2);
    assert.equal(cli(['review', SAMPLE_ARG, '--config', 'nope.json'], ROOT).code, 2);
    assert.equal(cli(['review'], ROOT).code, 2);
  });
});
