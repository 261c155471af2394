import { isCjk } from '../chars';
import type { ReportDocument } from '../model';
import { parseChineseNumeral } from '../numerals';
import { isGenericWork } from '../outline/works';
import { isTitleLine } from '../parse/conventions';
import type { Rule, RuleContext } from './types';
import { eachMatch } from '../matches';

/** How names of bodies and works end (`红旗渠景区`, `市发改委`, `光伏产业园区`). */
const BODY_END = /中心|公司|园区|景区|工程|项目|局|委|办/g;
/**
 * A phase or line of a work (`光远六期`, `地铁3号线`, `二标段`): found from its ending, rarer than a numeral,
 * with up to two digits or three Chinese numerals read back from it.
 */
const PHASE_END = /期|号线|标段/g;
const CHINESE_DIGITS = new Set('一二三四五六七八九十');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isChineseDigit = (c: string | undefined) => c !== undefined && CHINESE_DIGITS.has(c);
const QUOTED = /“([^“”\n]{3,20})”/g;
/** `（以下简称“自贸试验区”）`, `(以下简称决策事项)`. */
const ABBREVIATION = /[（(](?:以下|下文|下)?(?:简称|称)[“"《]?([^“”"《》（）()，、。；\s]{2,12})[”"》]?[）)]/g;

/** Mentions compared per key, bounding the work on a document that repeats one name a lot. */
const MAX_PER_KEY = 8;
/** Context before a name's fixed end, in characters. */
const MAX_CONTEXT = 10;
/** Chars whose insertion names another body or work (a level, a branch, a phase, a direction, a facility), or is grammar. */
const NOT_INSERTED = new Set('省市县区镇乡村旗盟党纪政团工总分副子一二三四五六七八九十〇零两的之和与及或等其了把将从向以在是为对东西南北中上下前后内外大小新老期号段园馆站厂场院校所室楼');
/** Grammar inside a context: a stem never spans these. */
const FUNCTION_CHARS = /[的了和与及或等在是为对把将从向以]/;
/** Verbs and adverbs before a name (`加快建设红旗渠景区`, `坚持项目…`): never part of a stem. */
const VERB = /建设|推进|加快|实施|完成|提升|打造|启动|开工|建成|推动|支持|依托|围绕|做好|抓好|加强|新建|改造|争取|引进|落地|签约|投产|运营|坚持|积极|全力|全面|继续|重点|大力|深入|着力|持续|加大|扩大/;
const LEADING_VERB = new RegExp(`^.*(?:${VERB.source})`);
const VERB_BEFORE = new RegExp(`(?:${VERB.source})$`);
/** Trades and fields that name a kind of work, not one work (`物流项目`, `景观改造工程`). */
const FIELD = /物流|景观|旅游|文化|商贸|休闲|康养|健康|养老|体育|教育|科技|创新|创业|服务|商务|会展|金融|电商|仓储|冷链|农业|工业|林业|牧业|畜牧|水产|种植|养殖|招商/g;

/** A body ending in the text and what precedes it. */
interface Mention {
  /** The CJK characters before the ending, at most MAX_CONTEXT. */
  context: string;
  ending: string;
}

/** Two spellings of one name. */
type Pair = [string, string];

/** A spelling where it first occurs. */
interface Spelling {
  text: string;
  start: number;
}

/** Pairs of spellings, each pair once (in either order). */
class Pairs {
  private readonly seen = new Set<string>();
  readonly list: Pair[] = [];

  add(a: string, b: string): void {
    const key = [a, b].sort().join('|');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push([a, b]);
  }
}

function contextBefore(s: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < MAX_CONTEXT && isCjk(s[j - 1])) j--;
  return s.slice(j, i);
}

/** Length of the common tail of two strings. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** A stem names one thing when it is more than category words and grammar: `红旗渠`, not `示范` or `产业`. */
function distinctive(stem: string): boolean {
  return stem.length >= 2 && !FUNCTION_CHARS.test(stem) && !VERB.test(stem) && !isGenericWork(stem.replace(FIELD, ''));
}

/** The stem without a leading verb. */
function trimStem(stem: string): string {
  const verb = LEADING_VERB.exec(stem);
  return verb && stem.length - verb[0].length >= 2 ? stem.slice(verb[0].length) : stem;
}

function bodyMentions(s: string): Mention[] {
  const found: Mention[] = [];
  for (const m of eachMatch(BODY_END, s)) {
    const context = contextBefore(s, m.index);
    if (context.length >= 2) found.push({ context, ending: m[0] });
  }
  return found;
}

const OFFSETS_ONE = [2, 3];
const OFFSETS_TWO = [0, 2, 3];
/** Where an inserted character may stand, counted back from the ending: right before a two-character one, or two or three characters before. */
const insertionOffsets = (m: Mention): readonly number[] => (m.ending.length === 1 ? OFFSETS_ONE : OFFSETS_TWO);

/**
 * Pairs of body names where one has one more character than the other, inserted right before a
 * two-character ending (`红旗渠景区` / `红旗渠风景区`) or inside the stem with at least two
 * characters after it; found through keys, so each mention is looked at a constant number of times.
 */
function insertedVariants(mentions: Mention[]): Pair[] {
  // A key is the text the two spellings share around the insertion: two characters of stem, the `k`
  // characters after the inserted one, and the ending (whose last character and the key's length tell k).
  const shorter = new Map<string, { k: number; mentions: Mention[] }>();
  for (const m of mentions) {
    const c = m.context;
    for (const k of insertionOffsets(m)) {
      if (c.length < k + 2) continue;
      const key = c.slice(c.length - k - 2) + m.ending;
      const entry = shorter.get(key);
      if (entry) entry.mentions.push(m);
      else shorter.set(key, { k, mentions: [m] });
    }
  }
  // The longer spelling's key leaves its inserted character out; only keys a shorter spelling has are kept.
  const longer = new Map<string, Mention[]>();
  for (const m of mentions) {
    const c = m.context;
    for (const k of insertionOffsets(m)) {
      if (c.length < k + 3 || NOT_INSERTED.has(c[c.length - k - 1]!)) continue;
      const key = c.slice(c.length - k - 3, c.length - k - 1) + c.slice(c.length - k) + m.ending;
      if (!shorter.has(key)) continue;
      const list = longer.get(key);
      if (list) list.push(m);
      else longer.set(key, [m]);
    }
  }
  // Per key and inserted character, the pair with the longest common stem (`伊敏河景观`, not `景观`).
  const best = new Map<string, { short: string; long: string; stem: number }>();
  for (const [key, longs] of longer) {
    const { k, mentions: shorts } = shorter.get(key)!;
    // Mentions of one key are few (two characters of stem, the ending and what lies between agree).
    for (const a of shorts.slice(0, MAX_PER_KEY)) {
      for (const b of longs.slice(0, MAX_PER_KEY)) {
        const ca = a.context.slice(0, a.context.length - k);
        const cb = b.context.slice(0, b.context.length - k - 1);
        const stem = trimStem(ca.slice(ca.length - commonTail(ca, cb)));
        if (!distinctive(stem)) continue;
        const inserted = b.context[b.context.length - k - 1]!;
        const tail = a.context.slice(a.context.length - k) + a.ending;
        const previous = best.get(key + inserted);
        if (!previous || previous.stem < stem.length) best.set(key + inserted, { short: stem + tail, long: stem + inserted + tail, stem: stem.length });
      }
    }
  }
  const pairs = new Pairs();
  for (const { short, long } of best.values()) pairs.add(short, long);
  return pairs.list;
}

/** A key of a spelling's last two characters (`ONE` before the last for a one-character spelling). */
const ONE = 0x10000;
const endKey = (last: number, before: number) => last * 0x10001 + before;

/**
 * Where each spelling first occurs: one scan for the characters they end with, each hit checked
 * against the spellings ending with the two characters there (a search of the whole text per spelling
 * made a long document's check grow with the square of its length; a slice per hit, with its length).
 */
export function firstOccurrences(text: string, spellings: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const byEnd = new Map<number, string[]>();
  const lastChars = new Set<string>();
  for (const s of spellings) {
    const key = endKey(s.charCodeAt(s.length - 1), s.length > 1 ? s.charCodeAt(s.length - 2) : ONE);
    const list = byEnd.get(key);
    if (list) list.push(s);
    else byEnd.set(key, [s]);
    lastChars.add(s[s.length - 1]!);
  }
  if (lastChars.size === 0) return found;
  const hits = new RegExp(`[${[...lastChars].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
  const visit = (list: string[] | undefined, end: number) => {
    if (!list) return;
    for (const s of list) if (s.length <= end && !found.has(s) && text.startsWith(s, end - s.length)) found.set(s, end - s.length);
  };
  while (found.size < spellings.size && hits.test(text)) {
    const end = hits.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (end > 1) visit(byEnd.get(endKey(last, text.charCodeAt(end - 2))), end);
    visit(byEnd.get(endKey(last, ONE)), end);
  }
  return found;
}

function normaliseNumber(n: string): string {
  return /\d/.test(n) ? String(Number(n)) : String(parseChineseNumeral(n) ?? n);
}

interface Phase {
  index: number;
  numeral: string;
  ending: string;
}

/** The phases of a text, each with the numeral read back from its ending. */
export function phases(s: string): Phase[] {
  const found: Phase[] = [];
  for (const m of eachMatch(PHASE_END, s)) {
    const end = m.index;
    const digits = isDigit(s[end - 1]);
    const inNumeral = digits ? isDigit : isChineseDigit;
    const longest = digits ? 2 : 3;
    let start = end;
    while (start > 0 && end - start < longest && inNumeral(s[start - 1])) start--;
    if (start < end) found.push({ index: start, numeral: s.slice(start, end), ending: m[0] });
  }
  return found;
}

/** The same phase written with Chinese and Arabic numerals: `光远六期` / `光远6期`. */
function phaseVariants(doc: ReportDocument): Pair[] {
  const s = doc.checkable;
  const byKey = new Map<string, { stem: string; text: string }[]>();
  for (const m of phases(s)) {
    const before = s[m.index - 1];
    if (before === '第' || /[\d.]/.test(before ?? '')) continue;
    const context = contextBefore(s, m.index);
    if (context.length < 2) continue;
    const text = m.numeral + m.ending;
    const key = `${context.slice(-2)}|${normaliseNumber(m.numeral)}|${m.ending}`;
    const list = byKey.get(key);
    if (list) list.push({ stem: context, text });
    else byKey.set(key, [{ stem: context, text }]);
  }
  const pairs = new Pairs();
  for (const list of byKey.values()) {
    const digits = list.find((x) => /\d/.test(x.text));
    const chinese = list.find((x) => !/\d/.test(x.text));
    if (!digits || !chinese) continue;
    const stem = trimStem(digits.stem.slice(digits.stem.length - commonTail(digits.stem, chinese.stem)));
    const a = stem + digits.text;
    const b = stem + chinese.text;
    if (!distinctive(stem)) continue;
    pairs.add(a, b);
  }
  return pairs.list;
}

/** Quoted names that differ by one inserted character inside, or only in how a number is written. */
function quotedVariants(doc: ReportDocument): Pair[] {
  const names = new Set<string>();
  for (const m of eachMatch(QUOTED, doc.checkable)) names.add(m[1]!);
  const byNumber = new Map<string, string>();
  const byEnds = new Map<string, string[]>();
  const pairs = new Pairs();
  const quoted = (n: string) => `“${n}”`;
  for (const name of names) {
    const numeric = name.replace(/[一二三四五六七八九十]+/g, (n) => normaliseNumber(n));
    const same = byNumber.get(numeric);
    if (same !== undefined) pairs.add(quoted(same), quoted(name));
    else byNumber.set(numeric, name);
    const key = `${name.slice(0, 2)}|${name.slice(-1)}`;
    const list = byEnds.get(key);
    if (list) list.push(name);
    else byEnds.set(key, [name]);
  }
  for (const list of byEnds.values()) {
    if (list.length < 2) continue;
    // Names sharing their first two and last characters are few: compare them pairwise.
    for (const a of list) {
      for (const b of list) {
        if (b.length !== a.length + 1 || a.length < 4) continue;
        // The character inserted inside the name, at least two characters from its start (`“三个80%”`): not added at an end.
        const head = a.length - commonTail(a, b);
        const inserted = b[head]!;
        if (b.slice(0, head) !== a.slice(0, head) || head < 2 || head >= a.length || NOT_INSERTED.has(inserted)) continue;
        if (distinctive(a.slice(0, head))) pairs.add(quoted(a), quoted(b));
      }
    }
  }
  return pairs.list;
}

/** Where the title lines opening the document end: a title names its matter in short (`…合作备忘录协调会议纪要`) before the text defines it. */
function titleEnd(doc: ReportDocument): number {
  let end = 0;
  for (const p of doc.paragraphs) {
    const text = doc.checkable.slice(p.range.start, p.range.end).trim();
    // A line with a colon is a salutation or a lead-in, no title.
    if (p.heading || !isTitleLine(text) || /[：:]/.test(text)) break;
    end = p.range.end;
  }
  return end;
}

/** An abbreviation used alone before the parenthesis that defines it, outside the title. */
function abbreviationsUsedEarly(ctx: RuleContext): void {
  const s = ctx.doc.checkable;
  const defined = new Set<string>();
  let title: number | undefined;
  for (const m of eachMatch(ABBREVIATION, s)) {
    const short = m[1]!;
    if (defined.has(short)) continue;
    defined.add(short);
    const full = contextBefore(s, m.index);
    const inFull = full.lastIndexOf(short);
    title ??= titleEnd(ctx.doc);
    for (let j = s.indexOf(short, title); j !== -1 && j < m.index; j = s.indexOf(short, j + 1)) {
      // Part of the full name (`重大行政决策…（以下简称决策）`), or of a longer word.
      if (inFull !== -1 && s.slice(j - inFull, j - inFull + full.length) === full) continue;
      // A word of its own: after a mark, a function word or a verb (`推进自贸区建设`), not inside a longer name.
      if (isCjk(s[j - 1]) && !/[在对和与及将把由从为是向以等各]/.test(s[j - 1]!) && !VERB_BEFORE.test(s.slice(Math.max(0, j - 2), j))) continue;
      const line = ctx.doc.lines.lineAt(m.index) + 1;
      ctx.report({
        start: j,
        end: j + short.length,
        message: {
          zh: `简称“${short}”在第${line}行定义之前已使用`,
          en: `The abbreviation "${short}" is used before it is defined on line ${line}`,
        },
        related: [{ start: m.index, end: m.index + m[0].length, message: { zh: `“${short}”在此定义`, en: `"${short}" is defined here` } }],
      });
      break;
    }
  }
}

/** A name in quotes, unless it is quoted already. */
function quote(name: string): string {
  return name.startsWith('“') ? name : `“${name}”`;
}

export const nameVariant: Rule = {
  id: 'name-variant',
  title: { zh: '名称前后不一', en: 'Name variant' },
  severity: 'info',
  fixable: false,
  consistency: true,
  description: {
    zh: '同一项目或单位前后写法不一（红旗渠景区 / 红旗渠风景区，光远六期 / 光远6期），或简称在定义之前已使用',
    en: 'One project or body written two ways (红旗渠景区 / 红旗渠风景区, 光远六期 / 光远6期), or an abbreviation used before it is defined',
  },
  check(ctx) {
    const { doc } = ctx;
    const pairs = [...insertedVariants(bodyMentions(doc.checkable)), ...phaseVariants(doc), ...quotedVariants(doc)];
    const at = firstOccurrences(doc.checkable, new Set(pairs.flat()));
    for (const [x, y] of pairs) {
      const ix = at.get(x);
      const iy = at.get(y);
      if (ix === undefined || iy === undefined) continue;
      // Reported at the first mention of the later spelling, with the earlier one as related.
      const [first, second]: [Spelling, Spelling] = ix < iy ? [{ text: x, start: ix }, { text: y, start: iy }] : [{ text: y, start: iy }, { text: x, start: ix }];
      const line = doc.lines.lineAt(first.start) + 1;
      const [later, earlier] = [quote(second.text), quote(first.text)];
      ctx.report({
        start: second.start,
        end: second.start + second.text.length,
        message: {
          zh: `${later}与第${line}行${earlier}写法不一，应统一`,
          en: `${later} is written ${earlier} on line ${line}: use one name`,
        },
        related: [{ start: first.start, end: first.start + first.text.length, message: { zh: `写作${earlier}`, en: `Written ${earlier}` } }],
      });
    }
    abbreviationsUsedEarly(ctx);
  },
};
