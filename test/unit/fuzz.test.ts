// Property tests over random and mutated text, both formats. A fixed seed makes failures reproduce;
// FUZZ_SEED and FUZZ_RUNS override it for longer explorations (fast-check prints seed and path).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { applyFixes } from '../../src/core/fix';
import { extractFigures } from '../../src/core/figures';
import { lint } from '../../src/core/lint';
import type { Format, Range, ReportDocument, Section, TextNode } from '../../src/core/model';
import { PLACEHOLDER_PATTERNS } from '../../src/core/parse/placeholders';
import { UNITS, unitAt, UNIT_PATTERN } from '../../src/core/figures/units';
import { ENUMERATION_ITEM_SOURCE, itemsIn } from '../../src/core/parse/enumerations';
import { parseChineseNumeral } from '../../src/core/numerals';
import { eachMatch, matches, matchesAfter, matchesInLines, matchesNotAfter } from '../../src/core/matches';
import { CharSet, WHITE_SPACE_RANGES } from '../../src/core/chars';
import { firstOccurrences, phases } from '../../src/core/rules/name-variant';
import { isSentenceEnd, runStart, sentenceStarts } from '../../src/core/text';
import type { Finding } from '../../src/core/rules/types';
import { corpus, CORPUS_DIR } from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? 9704);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const FORMATS: readonly Format[] = ['text', 'markdown'];
const MAX_FIX_ROUNDS = 5;

// --- Generators -----------------------------------------------------------------------------

/** Fragments that trigger the parser and the rules, plus Markdown syntax and odd characters. */
const TOKENS = [
  '一、', '二、', '三、', '十一、', '一，', '（一）', '（二）', '(三)', '（ 四 ）', '1.', '2．', '3、', '10.', '（1）', '(2)', '（3)',
  '一是', '二是', '三是', '第一，', '第二，', '首先，', '其次，', '再次，', '最后，', '第一章', '第二节', '第三条 ', '附件1', '名词解释',
  '各位代表：', '同志们：', '三个方面：', '两项工作：', '三大产业', '分别', '分别为', '和', '与',
  'XX', 'XXX', 'X书记', 'xx', '××', 'Ｘ', '某某', '□□', '【待补充】', '待定', 'TODO', '___', '＿＿',
  'XX亿元', '3.5%', '12个百分点', '1-2家', '67%-89%', '2020-2022年', '１２３', '３．５', '％', '%',
  '，', '。', '；', '：', '、', '！', '？', '，，', '。。', '的的', '是是', '“', '”', '‘', '’', '（', '）', '《', '》', '【', '】',
  ',', '.', ';', ':', '!', '?', '(', ')', '——', '……', '～', '~', '-', ' ', '  ', '\t', '\u3000', '\u3000\u3000', '\u00a0',
  '截止2022年', '既使', '做为', '再接再励', 'https://example.com/a?b=(c)',
  '\n', '\n', '\n\n', '\r\n', '\r', '\uFEFF', '\u0000', '\uD83D\uDE00', '\u200B',
  '<!-- govreport-disable -->', '<!-- govreport-enable -->', '<!-- govreport-disable-next-line -->', '<!--', '-->',
  '# ', '## ', '### ', '#### ', '- ', '* ', '1. ', '> ', '`', '```\n', '~~~\n', '**', '_', '[', ']', '](', '![', '<br>', '---\n', '|', '\\', '    ',
];

const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: char(0x4e00, 0x9fff) }, // CJK
  { weight: 1, arbitrary: char(0xff01, 0xff5e) }, // full-width ASCII
  { weight: 1, arbitrary: char(0x3000, 0x303f) }, // CJK punctuation
  { weight: 1, arbitrary: char(0xd800, 0xdfff) }, // lone surrogate
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const fragments = (maxLength: number) => fc.array(fragment, { maxLength }).map((parts) => parts.join(''));

/** A line as reports have them: indentation, a heading or item marker, then content. */
const LINE_STARTS = ['', '', '\u3000\u3000', '  ', '# ', '## ', '### ', '#### ', '- ', '1. ', '> '];
const MARKERS = ['', '', '一、', '二、', '四、', '（一）', '（二）', '(三)', '1.', '2．', '（1）', '(2)', '一是', '二是', '第一，', '首先，', '最后，', '第一章 ', '第二条 '];
const line = fc
  .tuple(fc.constantFrom(...LINE_STARTS), fc.constantFrom(...MARKERS), fragments(12))
  .map(([indent, marker, content]) => indent + marker + content);
const lines = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n'))
  .map(([ls, eol]) => ls.join(eol));

const randomText = fc
  .tuple(fc.boolean(), fc.oneof(fragments(100), lines))
  .map(([bom, s]) => (bom ? '\uFEFF' : '') + s);

const CORPUS = readdirSync(CORPUS_DIR)
  .filter((f) => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md')
  .map((f) => corpus(f).text);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 30 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragments(6) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'swap': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

/** A slice of a real report (up to ~3000 chars), mutated, possibly with CRLF line breaks. */
const corpusText = fc
  .record({
    doc: fc.nat({ max: CORPUS.length - 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: 3000 }),
    mutations: fc.array(mutation, { maxLength: 12 }),
    crlf: fc.boolean(),
  })
  .map(({ doc, start, length, mutations, crlf }) => {
    const source = CORPUS[doc]!;
    const from = start % (source.length + 1);
    let text = source.slice(from, from + length);
    for (const m of mutations) text = mutate(text, m);
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

const anyText = fc.oneof(randomText, corpusText);

// --- Oracles --------------------------------------------------------------------------------

/**
 * Line/column of every offset, counted directly as VS Code does: lines end at `\n`, `\r\n` or a
 * lone `\r`; columns in UTF-16 units.
 */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const lineOf = new Int32Array(text.length + 1);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    lineOf[i] = lineStarts.length - 1;
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  lineOf[text.length] = lineStarts.length - 1;
  return (offset) => {
    const line = lineOf[offset]!;
    return { line, column: offset - lineStarts[line]! };
  };
}

function checkRange(range: Range, text: string, at: ReturnType<typeof positions>, what: string): void {
  const { start, end } = range;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: [${start}, ${end}) outside [0, ${text.length}]`);
  const s = at(start);
  const e = at(end);
  assert.deepEqual(
    [range.startLine, range.startColumn, range.endLine, range.endColumn],
    [s.line, s.column, e.line, e.column],
    `${what}: line/column of [${start}, ${end})`,
  );
}

function checkNode(node: TextNode, text: string, at: ReturnType<typeof positions>, what: string): void {
  checkRange(node.range, text, at, what);
  assert.equal(node.text, text.slice(node.range.start, node.range.end), `${what}: text is the slice of its range`);
}

function checkFindings(findings: Finding[], text: string): void {
  const at = positions(text);
  for (const f of findings) {
    checkRange(f.range, text, at, `finding ${f.rule}`);
    for (const edit of f.fix ?? []) {
      assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, `fix of ${f.rule}: edit outside the text`);
    }
  }
}

function checkDocument(doc: ReportDocument, text: string): void {
  const at = positions(text);
  assert.equal(doc.text, text);
  assert.equal(doc.checkable.length, text.length, 'checkable keeps the length');
  assert.equal(doc.checkable.replace(/[^\r\n]/g, ''), text.replace(/[^\r\n]/g, ''), 'checkable keeps the line breaks');
  if (doc.salutation) checkNode(doc.salutation, text, at, 'salutation');
  for (const h of doc.headings) {
    checkNode(h, text, at, `heading ${h.kind}`);
    checkNode(h.title, text, at, 'heading title');
    if (h.body) checkNode(h.body, text, at, 'heading body');
    if (h.kind === 'numbered') checkNode(h.marker, text, at, 'heading marker');
  }
  const checkSection = (s: Section, parent: Section | undefined) => {
    checkRange(s.range, text, at, 'section');
    if (parent) assert.ok(parent.range.start <= s.range.start && s.range.end <= parent.range.end, 'section inside its parent');
    for (const child of s.children) checkSection(child, s);
  };
  for (const s of doc.sections) checkSection(s, undefined);
  for (const p of doc.paragraphs) checkNode(p, text, at, 'paragraph');
  for (const e of doc.enumerations) for (const item of e.items) checkNode(item, text, at, `enumeration item (${e.style})`);
  for (const p of doc.placeholders) checkNode(p, text, at, `placeholder ${p.pattern}`);
  // The parser's scan (with its first-character prefilter) finds exactly the built-in patterns' matches.
  const expected = [...doc.checkable.matchAll(BUILTIN_PLACEHOLDERS)].filter((m) => m[0] !== '').map((m) => [m.index, m[0]]);
  assert.deepEqual(doc.placeholders.map((p) => [p.range.start, p.text]), expected, 'placeholders');
  for (const f of extractFigures(doc)) {
    checkRange(f.range, text, at, 'figure');
    checkRange(f.valueRange, text, at, 'figure value');
    assert.equal(f.text, text.slice(f.range.start, f.range.end), 'figure text');
  }
}

/** Applies all fixes until none applies, at most MAX_FIX_ROUNDS times. */
function fixAll(text: string, format: Format): string {
  let current = text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const next = applyFixes(current, lint(current, { format }).findings).text;
    if (next === current) break;
    current = next;
  }
  return current;
}

const BUILTIN_PLACEHOLDERS = new RegExp(Object.values(PLACEHOLDER_PATTERNS).join('|'), 'g');

const lineBreaks = (s: string) => s.replace(/[^\r\n]/g, '');

// --- Properties -----------------------------------------------------------------------------

describe('fuzz: lint on random and mutated text', () => {
  for (const format of FORMATS) {
    describe(`format ${format}`, () => {
      it('never throws', () => {
        fc.assert(
          fc.property(anyText, (text) => {
            lint(text, { format });
          }),
          { seed: SEED, numRuns: RUNS },
        );
      });

      it('reports findings and fixes inside the text, with line/column matching the offsets', () => {
        fc.assert(
          fc.property(anyText, (text) => checkFindings(lint(text, { format }).findings, text)),
          { seed: SEED, numRuns: RUNS },
        );
      });

      it('parses nodes inside the text whose text is the slice of their range', () => {
        fc.assert(
          fc.property(anyText, (text) => checkDocument(lint(text, { format }).doc, text)),
          { seed: SEED, numRuns: RUNS },
        );
      });

      it('applies fixes to a fixed point that keeps the line breaks', () => {
        fc.assert(
          fc.property(anyText, (text) => {
            const fixed = fixAll(text, format);
            const again = applyFixes(fixed, lint(fixed, { format }).findings).text;
            assert.equal(again, fixed, `fixes still change the text after ${MAX_FIX_ROUNDS} rounds`);
            assert.equal(lineBreaks(fixed), lineBreaks(text), 'fixes changed the line breaks');
          }),
          { seed: SEED, numRuns: RUNS },
        );
      });
    });
  }
});

// Shortcuts of a scan agree with the plain scan they replace (placeholders: checkDocument above).
describe('fuzz: scan shortcuts', () => {
  it('phases read back from their endings are the matches of the pattern they replace', () => {
    const PHASE = /(\d{1,2}|[一二三四五六七八九十]{1,3})(期|号线|标段)/g;
    const phaseText = fc.array(fc.constantFrom('1', '23', '456', '一', '十二', '二十三', '一二三四', '期', '号线', '标段', '号', '第', '光远', '，'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, phaseText), (text) => {
        const expected = [...text.matchAll(PHASE)].map((m) => ({ index: m.index, numeral: m[1], ending: m[2] }));
        assert.deepEqual(phases(text), expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the unit looked up after a value is the one the alternation of all units matches there', () => {
    const UNIT = new RegExp(`(?:${UNIT_PATTERN})`, 'y');
    const unitText = fc.array(fc.oneof(fc.constantFrom(...UNITS.map((u) => u.unit)), fragment), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, unitText), (text) => {
        for (let at = 0; at <= text.length; at++) {
          UNIT.lastIndex = at;
          assert.equal(unitAt(text, at), UNIT.exec(text)?.[0] ?? '', `at ${at}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('enumeration items tried only where one can start are those a scan of the whole text finds', () => {
    const ITEM = new RegExp(ENUMERATION_ITEM_SOURCE, 'g');
    fc.assert(
      fc.property(anyText, (text) => {
        const numbered = (m: RegExpExecArray) => m[3] !== undefined || parseChineseNumeral(m[1] ?? m[2]!) !== undefined;
        const expected = [...text.matchAll(ITEM)].filter(numbered).map((m) => [m.index, m.index + m[0].length]);
        assert.deepEqual(itemsIn(text, 0, 0).map((i) => [i.start, i.end]), expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('first occurrences found from the spellings\' last characters are those indexOf finds', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { maxLength: 12 }), fragments(2), (text, cuts, absent) => {
        const spellings = new Set(cuts.map(([at, length]) => text.slice(at % (text.length + 1), (at % (text.length + 1)) + length)).concat(absent).filter((s) => s !== ''));
        const found = firstOccurrences(text, spellings);
        for (const s of spellings) assert.equal(found.get(s), text.includes(s) ? text.indexOf(s) : undefined, JSON.stringify(s));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a pattern that needs a sign and spans no line finds on the lines holding the sign what it finds in the whole text', () => {
    const RATE = /(?:率|比重)(?:提高|下降)(?:近|约)?\d+(?:\.\d+)?[%％](?=[，。]|$)/g;
    const statement = fc.tuple(fc.constantFrom('率', '比重', '值'), fc.constantFrom('提高', '下降约', '增长'), fc.constantFrom('1.5', '2', ''), fc.constantFrom('%', '％', ''), fc.constantFrom('，', '。', '\n', '\r\n', ''));
    const rateText = fc.array(fc.oneof(statement.map((p) => p.join('')), fragment), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, rateText), (text) => {
        const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
        assert.deepEqual(at(matchesInLines(RATE, text, ['%', '％'])), at(matches(RATE, text)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('matches tested for the character before them are those of the pattern with a leading look-behind', () => {
    const counts = fc.array(fc.oneof(fc.constantFrom('第', '三', '十二', '两', '百', '7', '大', '方面', '类', '个', '所', '方'), fragment), { maxLength: 12 }).map((p) => p.join(''));
    const letters = fc.array(fc.constantFrom('a', 'bb', 'b', 'c'), { maxLength: 8 }).map((p) => p.join(''));
    const cases: [RegExp, RegExp, string][] = [
      [/(?<![第一二三四五六七八九十两百千万零〇\d])([一二三四五六七八九十两]{1,2})(?:大|方面|类|种)/g, /([一二三四五六七八九十两]{1,2})(?:大|方面|类|种)/g, '第一二三四五六七八九十两百千万零〇0123456789'],
      [/(?<![第一二三四五六七八九十两“"这那每前后头])([两二三四五六七八九十]{1,3})([所个座])(?![方大])/g, /([两二三四五六七八九十]{1,3})([所个座])(?![方大])/g, '第一二三四五六七八九十两“"这那每前后头'],
      // A rejected match whose tail matches on its own (`abbc` holds `bc`).
      [/(?<!a)b+c/g, /b+c/g, 'a'],
    ];
    fc.assert(
      fc.property(fc.oneof(anyText, counts, letters), (text) => {
        const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
        for (const [lookBehind, bare, notAfter] of cases) assert.deepEqual(at(matchesNotAfter(bare, text, new Set(notAfter))), at(matches(lookBehind, text)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('matches tried at the start and after a set of marks are those of the pattern with a leading look-behind on them', () => {
    const opening = fc.array(fc.oneof(fc.constantFrom('。', '；', '？', '2025年', '这五年', '“十四五”时期', '过去的', '月', ' ', '\u3000', '\n', '建设', 'A区，'), fragment), { maxLength: 12 }).map((p) => p.join(''));
    const cases: [RegExp, RegExp, CharSet][] = [
      [/(?<=^|[。！？；])[\s\u3000]*(?:(?:这|近|过去)五年|“?十[一二三四五六七八九]五”?(?:时期|期间)|(?:过去的)?\d{4}年(?![\d月]))/g, /[\s\u3000]*(?:(?:这|近|过去)五年|“?十[一二三四五六七八九]五”?(?:时期|期间)|(?:过去的)?\d{4}年(?![\d月]))/y, new CharSet('。！？；')],
      // A match that ends with a mark: the position after it is tried too.
      [/(?<=^|[。；])建设[^，。]{0,3}[，。]/g, /建设[^，。]{0,3}[，。]/y, new CharSet('。；')],
    ];
    const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
    const same = (text: string) => {
      for (const [lookBehind, sticky, after] of cases) assert.deepEqual(at(matchesAfter(sticky, text, after)), at(matches(lookBehind, text)), text);
    };
    for (const text of ['建设。建设，', '建设甲。建设乙，。', '；2025年，这五年。\u30002024年']) same(text);
    assert.deepEqual(at(matchesAfter(cases[1]![1], '建设。建设，', cases[1]![2])), [[0, '建设。'], [3, '建设，']]);
    fc.assert(
      fc.property(fc.oneof(anyText, opening), same),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('positions of a character set, walked one after another, are the indexes of the matches of its class', () => {
    const MARKS = /[“”‘’《》（）【】()\s，]/g;
    const marks = new CharSet('“”‘’《》（）【】()，', WHITE_SPACE_RANGES);
    fc.assert(
      fc.property(anyText, (text) => {
        const positions: number[] = [];
        for (let i = marks.indexIn(text); i !== -1; i = marks.indexIn(text, i + 1)) positions.push(i);
        assert.deepEqual(positions, matches(MARKS, text).map((m) => m.index));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('matches found one at a time are those found at once, and a loop left early leaves the pattern as it found it', () => {
    // The second pattern can match the empty string, which moves the search on by one.
    for (const re of [/[“”‘’《》（）【】()]+|\d+/g, /[，。]*/g]) {
      fc.assert(
        fc.property(anyText, fc.nat(), (text, stop) => {
          const at = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
          assert.deepEqual(at(eachMatch(re, text)), at(matches(re, text)));
          let seen = 0;
          for (const m of eachMatch(re, text)) if (m.index >= stop % (text.length + 1) || ++seen > 3) break;
          assert.equal(re.lastIndex, 0);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
  });

  it('sentence starts asked in document order are those found by walking back from each offset', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (text, picks, max) => {
        const offsets = picks.map((n) => n % (text.length + 1)).sort((a, b) => a - b);
        // Mostly in order, with one step back as figures of a distributed list can take.
        if (offsets.length > 2) offsets.push(offsets[1]!);
        const starts = sentenceStarts(text, max);
        for (const at of offsets) assert.equal(starts(at), runStart(text, at, isSentenceEnd, max), `at ${at}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// Super-linear scans show up as timeouts here; mocha's timeout is the only clock. Inputs are linted
// in a worker so that a runaway scan can be stopped (a synchronous loop would block mocha itself).
describe('fuzz: pathological 200 KB inputs complete', function () {
  this.timeout(20_000);
  const SIZE = 200 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
  const half = (unit: string) => fill(unit).slice(0, SIZE / 2);
  const cases: Record<string, string> = {
    'X': fill('X'),
    '、': fill('、'),
    '（': fill('（'),
    '一是': fill('一是'),
    '（一）': fill('（一）'),
    '1.': fill('1.'),
    '1': fill('1'),
    '，': fill('，'),
    ', ': fill(', '),
    'spaces then a comma': `${' '.repeat(SIZE)}，,`,
    'no punctuation': fill('推进经济高质量发展'),
    'XX亿元': fill('XX亿元'),
    '第一，': fill('第一，'),
    '三个方面：一是': fill('三个方面：一是'),
    '【': fill('【'),
    '分别': fill('分别'),
    '甲、乙分别': fill('甲、乙分别'),
    '既使': fill('既使'),
    '（ then 》': half('（') + half('》'),
    '“ then （ then ”': `“${half('（')}${half('”')}`,
    'lines of 两个方面： then 一、': fill('两个方面：\n一、\n'),
  };

  let worker: LintWorker | undefined;
  afterEach(function () {
    // A timed-out input may still be running: stop it, the next test starts a fresh worker.
    if (this.currentTest?.state !== 'passed') void worker?.stop();
  });
  after(() => worker?.stop());

  for (const [name, text] of Object.entries(cases)) {
    it(name.startsWith('lines') ? name : `a line of ${name}`, async () => {
      if (!worker?.alive) worker = new LintWorker();
      await worker.lint(text);
    });
  }
});

/** Lints texts in both formats on a worker thread, one at a time. */
class LintWorker {
  private readonly worker: Worker;
  private pending: { resolve: () => void; reject: (e: unknown) => void } | undefined;
  alive = true;

  constructor() {
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      require(workerData.tsx).register();
      const { lint } = require(workerData.lint);
      parentPort.on('message', (text) => {
        for (const format of ['text', 'markdown']) lint(text, { format });
        parentPort.postMessage('done');
      });`;
    const workerData = { tsx: require.resolve('tsx/cjs/api'), lint: join(__dirname, '..', '..', 'src', 'core', 'lint.ts') };
    this.worker = new Worker(code, { eval: true, workerData });
    this.worker.on('message', () => this.settle());
    this.worker.on('error', (e) => this.settle(e));
    this.worker.on('exit', () => {
      this.alive = false;
      this.settle(new Error('lint worker exited'));
    });
  }

  lint(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(text);
    });
  }

  async stop(): Promise<void> {
    this.alive = false;
    await this.worker.terminate();
  }

  private settle(error?: unknown): void {
    const pending = this.pending;
    this.pending = undefined;
    if (error) pending?.reject(error);
    else pending?.resolve();
  }
}
