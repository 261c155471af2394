import { CJK_CLASS } from '../chars';
import type { Placeholder } from '../model';
import type { LineIndex } from '../lines';
import type { PlaceholderSettings } from '../settings';

/** Built-in placeholder patterns, by id (ids are public: config `placeholders.remove` names them). */
export const PLACEHOLDER_PATTERNS: Readonly<Record<string, string>> = {
  // XX, XXX, and a single X (X书记, 投资X亿元, 第X位); not inside Latin words (Windows XP) or X光/X射线.
  'x-run': '(?<![A-Za-z0-9+＋])(?:X+|x{2,})(?![A-Za-z0-9]|光|射线)',
  'multiplication-sign': `××+|(?<=[${CJK_CLASS}])×(?=[${CJK_CLASS}])`,
  'fullwidth-x': '[Ｘｘ]+',
  'mou-mou': '某某+',
  box: '□+',
  // ○○县, 增长○○%; not the numeral 〇 of 二〇二五年.
  circle: '○{2,}',
  // A value left as asterisks before its unit: 项目*个, 总投资**亿元, 高达*%; not emphasis (**重要**).
  asterisk: `(?<=[${CJK_CLASS}（\\(：:，,、])[*＊]{1,4}(?=[%％万亿千百个项家元人户所座条处次倍名吨亩米瓦辆台套件天年月日位期届批])`,
  'bracket-todo': '【[^【】\\n]{0,6}(?:待|补充|核实|TODO)[^【】\\n]{0,6}】',
  daiding: '待定',
  todo: '(?<![A-Za-z])(?:TODO|TBD)(?![A-Za-z])',
  underline: '＿{2,}|_{3,}',
};

/**
 * Every built-in pattern starts with one of these (keep in sync): with built-ins alone, the scan jumps
 * from one such character to the next and tries the patterns only there (about twice as fast as the
 * alternation tried at every position). Custom patterns may start with anything and take the full scan.
 */
const BUILTIN_FIRST = '[Xx×Ｘｘ某□○*＊【待T＿_]';
const BUILTIN_START = new RegExp(BUILTIN_FIRST, 'g');

interface Compiled {
  /** Every enabled pattern, each a named group `p<i>`: finds placeholders anywhere. */
  regex: RegExp;
  ids: string[];
  /** The same, sticky, when only built-ins are enabled: tried at the positions BUILTIN_START finds. */
  sticky?: RegExp;
}

const cache = new Map<string, Compiled>();

/** One combined regex for the enabled built-ins plus the config's own patterns. */
export function placeholderRegex(settings: PlaceholderSettings | undefined): Compiled {
  const ids = Object.keys(PLACEHOLDER_PATTERNS).filter((id) => !settings?.remove.includes(id));
  const sources = ids.map((id) => PLACEHOLDER_PATTERNS[id]!);
  for (const source of settings?.add ?? []) {
    ids.push('custom');
    sources.push(source);
  }
  const key = sources.join('\u0000');
  let compiled = cache.get(key);
  if (!compiled) {
    // Named groups tell which pattern matched, whatever groups a custom pattern has itself.
    const alternation = sources.map((s, i) => `(?<p${i}>${s})`).join('|');
    compiled = settings?.add.length
      ? { regex: new RegExp(alternation, 'g'), ids }
      : { regex: new RegExp(`(?=${BUILTIN_FIRST})(?:${alternation})`, 'g'), ids, sticky: new RegExp(alternation, 'y') };
    cache.set(key, compiled);
  }
  return compiled;
}

/** The next placeholder at or after `from`. */
function nextPlaceholder({ regex, sticky }: Compiled, text: string, from: number): RegExpExecArray | null {
  if (!sticky) {
    regex.lastIndex = from;
    return regex.exec(text);
  }
  BUILTIN_START.lastIndex = from;
  for (let start = BUILTIN_START.exec(text); start; start = BUILTIN_START.exec(text)) {
    sticky.lastIndex = start.index;
    const m = sticky.exec(text);
    if (m && m[0].length > 0) return m;
    BUILTIN_START.lastIndex = start.index + 1;
  }
  return null;
}

export function findPlaceholders(checkable: string, lines: LineIndex, settings: PlaceholderSettings | undefined): Placeholder[] {
  const compiled = placeholderRegex(settings);
  const found: Placeholder[] = [];
  for (let m = nextPlaceholder(compiled, checkable, 0); m; m = nextPlaceholder(compiled, checkable, m.index + Math.max(1, m[0].length))) {
    if (m[0].length === 0) continue;
    const groups = m.groups!;
    const index = compiled.ids.findIndex((_, i) => groups[`p${i}`] !== undefined);
    found.push({ range: lines.range(m.index, m.index + m[0].length), text: m[0], pattern: compiled.ids[index] ?? 'custom' });
  }
  return found;
}
