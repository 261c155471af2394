import { unexpected } from './message';
import { escapeRegExp } from '../text';
import type { ParagraphRule, TermEntry } from './types';
import { matches } from '../matches';

/** What may follow 截止 when it means 截至 (“up to”): a date, a placeholder date or a period word. */
const DATE_AHEAD = String.raw`\s*(?:[0-9０-９XＸ×]|[一二三四五六七八九十〇零]+月|目前|当前|现在|今年|去年|上年|本年|明年|年底|年末|年初|月底|月末|本月|上月|上半年|下半年|前三季度|一季度|二季度|三季度|四季度)`;

/** Uncontroversial built-in corrections; config entries are checked alongside them. */
export const BUILTIN_TERMS: readonly TermEntry[] = [
  { wrong: '截止', right: '截至', before: DATE_AHEAD },
  // 既使…又使… (“both … and …”) is correct; only 即使 (“even if”) is meant when no 又 follows.
  { wrong: '既使', right: '即使', before: String.raw`(?![^。；！？\n]{0,60}又)` },
  { wrong: '做为', right: '作为', before: String.raw`(?!人民|群众)` },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '一如继往', right: '一如既往' },
  { wrong: '戮力同心', right: '勠力同心' },
  { wrong: '贯切落实', right: '贯彻落实' },
  { wrong: '自立更生', right: '自力更生' },
  { wrong: '精兵减政', right: '精兵简政' },
  { wrong: '按步就班', right: '按部就班' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '励精图志', right: '励精图治' },
  { wrong: '义不容词', right: '义不容辞' },
  { wrong: '相辅相承', right: '相辅相成' },
  { wrong: '一股作气', right: '一鼓作气' },
  { wrong: '人才倍出', right: '人才辈出' },
  { wrong: '好高鹜远', right: '好高骛远' },
  { wrong: '心无旁鹜', right: '心无旁骛' },
  { wrong: '通货膨涨', right: '通货膨胀' },
  { wrong: '震憾', right: '震撼' },
];

interface Compiled {
  regex: RegExp;
  /** Entry for each alternative, by the index of its capturing group. */
  byGroup: Map<number, TermEntry>;
}

const cache = new WeakMap<readonly TermEntry[], Compiled | null>();

/** Counts the capturing groups of a pattern, so each alternative's group index is known. */
function groupCount(pattern: string): number {
  return new RegExp(`${pattern}|`).exec('')!.length - 1;
}

/**
 * One alternation for all entries, longest `wrong` first. A config entry replaces the built-in one
 * with the same `wrong`; an entry whose `right` equals its `wrong` switches that term off.
 */
function compile(config: readonly TermEntry[]): Compiled | null {
  const configured = new Set(config.map((e) => e.wrong));
  const entries = [...config, ...BUILTIN_TERMS.filter((e) => !configured.has(e.wrong))]
    .filter((e) => e.wrong.length > 0 && e.wrong !== e.right)
    .map((e, order) => ({ e, order }))
    .sort((a, b) => b.e.wrong.length - a.e.wrong.length || a.order - b.order);
  const parts: string[] = [];
  const byGroup = new Map<number, TermEntry>();
  let group = 1;
  for (const { e } of entries) {
    const ahead = e.before ? `(?=${e.before})` : '';
    const part = `(${escapeRegExp(e.wrong)})${ahead}`;
    try {
      new RegExp(part);
    } catch {
      continue; // an invalid `before` from config: skip the entry
    }
    parts.push(part);
    byGroup.set(group, e);
    group += 1 + (e.before ? groupCount(e.before) : 0);
  }
  return parts.length ? { regex: new RegExp(parts.join('|'), 'g'), byGroup } : null;
}

function compiled(config: readonly TermEntry[]): Compiled | null {
  let c = cache.get(config);
  if (c === undefined) {
    c = compile(config);
    cache.set(config, c);
  }
  return c;
}

/** Whether `wrong` at `start` already lies inside an occurrence of `right` (e.g. wrong 开发区, right 经济开发区). */
function insideRight(s: string, start: number, { wrong, right }: TermEntry): boolean {
  for (let k = right.indexOf(wrong); k !== -1; k = right.indexOf(wrong, k + 1)) {
    if (start >= k && s.startsWith(right, start - k)) return true;
  }
  return false;
}

export const terminology: ParagraphRule = {
  id: 'terminology',
  scope: 'paragraph',
  title: { zh: '规范用词', en: 'Terminology' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '按术语表纠正错误用词（内置如“截止”→“截至”，可在配置中增补）',
    en: 'Corrects wrong terms from the term list (built-in e.g. 截止 → 截至; extend it in config)',
  },
  options: {
    schema: (z, { termEntry }) =>
      z.strictObject({
        entries: z.optional(z.array(termEntry)).register(z.globalRegistry, { description: 'Extra term pairs, added to `terminology`.' }),
      }),
    apply(options, settings) {
      settings.terminology.push(...((options.entries as TermEntry[] | undefined) ?? []));
    },
  },
  check({ doc, settings, report }) {
    const c = compiled(settings.terminology);
    if (!c) return;
    const s = doc.checkable;
    for (const m of matches(c.regex, s)) {
      let entry: TermEntry | undefined;
      for (const [g, e] of c.byGroup) {
        if (m[g] !== undefined) {
          entry = e;
          break;
        }
      }
      if (!entry || insideRight(s, m.index, entry)) continue;
      const start = m.index;
      const end = start + entry.wrong.length;
      report({ start, end, message: unexpected(entry.wrong, entry.right), fix: [{ start, end, text: entry.right }] });
    }
  },
};
