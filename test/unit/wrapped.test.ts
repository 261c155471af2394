// Text wrapped at a fixed width (a draft pasted from a PDF, a Markdown paragraph over several lines) reads
// as the paragraphs it wraps: the same outline and the same findings as the text with one line per paragraph.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { JoinedSpan } from '../../src/core/joined';
import { LineIndex } from '../../src/core/lines';
import { lint } from '../../src/core/lint';
import { extractOutline, type Outline, type OutlineSection } from '../../src/core/outline';
import { parseReport } from '../../src/core/parse';
import { wrappedLayout } from '../../src/core/parse/wrapped';
import { readDraft } from '../../src/core/word/draft';
import { corpus, CORPUS_DIR, SAMPLE } from './helpers';

/** Marks a page layout keeps from opening a line: they stay at the end of the line before. */
const NO_LINE_START = new Set('，。、；：？！”）》’');

/**
 * Each line laid out on lines of `columns` (a Chinese character takes two), as a PDF's text comes out; with
 * `pageLines`, a page number between blank lines after every so many lines.
 */
function wrapAt(text: string, columns: number, indent: boolean, pageLines = 0): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const content = line.trim();
    let current = indent && content ? '\u3000\u3000' : '';
    let width = current.length * 2;
    for (const ch of content) {
      const w = ch.charCodeAt(0) >= 0x2000 ? 2 : 1;
      if (width + w > columns && !NO_LINE_START.has(ch)) {
        out.push(current);
        current = '';
        width = 0;
      }
      current += ch;
      width += w;
    }
    out.push(current);
  }
  if (!pageLines) return out.join('\n');
  const pages: string[] = [];
  for (let i = 0; i < out.length; i += pageLines) pages.push(out.slice(i, i + pageLines).join('\n'));
  return pages.map((page, i) => `${page}\n\n— ${i + 1} —\n`).join('\n');
}

const sectionTitles = (sections: OutlineSection[]): string[] => sections.flatMap((s) => [s.marker + s.title, ...sectionTitles(s.children)]);

/** What a reader sees of an outline and of the findings, without positions (nor page numbers in a quote). */
function reading(text: string): { outline: string[]; findings: string[] } {
  const { doc, findings } = lint(text, { format: 'text' });
  const o: Outline = extractOutline(doc);
  return {
    outline: [
      ...sectionTitles(o.sections),
      ...[...o.goals, ...o.achievements].map((f) => `${f.kind} ${f.indicator} ${f.value}${f.unit} ${f.text.replace(/\s+/g, '').replace(/—\d+—/g, '')}`),
      ...o.projects.map((p) => `${p.name} ${p.status ?? ''} ${p.investment ?? ''}`),
    ].sort(),
    findings: findings.map((f) => `${f.rule} ${f.message.replace(/第\d+行/g, '')}`).sort(),
  };
}

describe('text wrapped at a fixed width', () => {
  const reports = ['10_hailar_district_2012_gwr.txt', '05_national_2022_gwr.txt', '09_zhejiang_2026_gwr.txt'];
  const layouts: Array<[columns: number, indent: boolean, pageLines: number]> = [
    [56, false, 0],
    [72, true, 0],
    [60, false, 22],
  ];
  for (const name of reports) {
    const { text } = corpus(name);
    const original = reading(text);
    for (const [columns, indent, pageLines] of layouts) {
      const layout = `${columns} columns${indent ? ', paragraphs indented' : ''}${pageLines ? `, a page number every ${pageLines} lines` : ''}`;
      it(`${name} on lines of ${layout}: same outline and findings`, () => {
        const wrapped = wrapAt(text, columns, indent, pageLines);
        assert.ok(wrapped.split('\n').length > text.split('\n').length * 3);
        const read = reading(wrapped);
        assert.ok(original.outline.length > 50);
        assert.deepEqual(read.outline, original.outline);
        assert.deepEqual(read.findings, original.findings);
      });
    }
  }

  it('exports a wrapped draft with indented paragraphs to .docx as the paragraphs it wraps, page numbers left out', () => {
    for (const name of [SAMPLE, '10_hailar_district_2012_gwr.txt']) {
      const { text } = corpus(name);
      const draft = readDraft(text, 'text');
      assert.ok(draft.lines.length > 30);
      assert.deepEqual(readDraft(wrapAt(text, 60, true, 22), 'text'), draft, name);
      assert.deepEqual(readDraft(wrapAt(text, 72, true), 'text'), draft, name);
    }
  });

  it('leaves every published text of the corpus with one paragraph per line', () => {
    const names = readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.txt'));
    assert.ok(names.length >= 20);
    for (const name of names) {
      const { text } = corpus(name);
      assert.equal(wrappedLayout(text, new LineIndex(text), () => false), undefined, name);
    }
  });

  it('joins a Markdown paragraph over several lines: a value and a name cut by a line break are whole', () => {
    const text = '# 二、2026年工作安排\n\n全年地区生产总值增长6%左右，一般公共预算收\n入增长5%。开工建设城东污水处理厂、城西\n污水处理厂等项目。\n';
    const outline = extractOutline(parseReport(text, { format: 'markdown' }));
    assert.deepEqual(
      outline.goals.map((g) => [g.indicator, g.value + g.unit, g.text, g.range.startLine, g.range.endLine]),
      [
        ['地区生产总值', '6%', '全年地区生产总值增长6%左右', 2, 2],
        ['一般公共预算收入', '5%', '一般公共预算收\n入增长5%', 2, 3],
      ],
    );
    assert.deepEqual(
      outline.projects.map((p) => [p.name, p.range.startLine, p.range.endLine]),
      [
        ['城东污水处理厂', 3, 3],
        ['城西污水处理厂', 3, 4],
      ],
    );
  });
});

describe('JoinedSpan', () => {
  const text = '甲乙\n  丙丁，in \nChina，5\n27人';
  const span = new JoinedSpan(text, 0, text.length);

  it('takes out the breaks and the spaces around them, keeping a space between two Latin words', () => {
    assert.equal(span.slice(text), '甲乙丙丁，in China，527人');
  });

  it('maps offsets both ways', () => {
    const joined = span.slice(text);
    for (let i = 0; i < joined.length; i++) {
      assert.equal(text[span.at(i)], joined[i], `at ${i}`);
      assert.equal(span.offsetOf(span.at(i)), i);
    }
    const value = joined.indexOf('527人');
    assert.equal(text.slice(span.at(value), span.endAt(value + 4)), '5\n27人');
    assert.equal(span.endAt(2), 2);
    assert.equal(span.offsetOf(3), 2);
    // An empty stretch after a break stays after it.
    assert.deepEqual(span.place(2, 2), { start: 5, end: 5 });
  });

  it('is the text itself where it has no break', () => {
    const line = new JoinedSpan(text, 5, 8);
    assert.equal(line.slice(text), '丙丁，');
    assert.equal(line.at(1), 6);
    assert.deepEqual(line.place(1, 3), { start: 6, end: 8 });
    assert.deepEqual(line.place(2, 2), { start: 7, end: 7 });
  });
});
