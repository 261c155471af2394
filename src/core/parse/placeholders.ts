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
  'bracket-todo': '【[^【】\\n]{0,6}(?:待|补充|核实|TODO)[^【】\\n]{0,6}】',
  daiding: '待定',
  todo: '(?<![A-Za-z])(?:TODO|TBD)(?![A-Za-z])',
  underline: '＿{2,}|_{3,}',
};

/**
 * Every built-in pattern starts with one of these (keep in sync): a cheap first test before the
 * alternation makes the scan ~3x faster. Not used with custom patterns, which may start with anything.
 */
const BUILTIN_FIRST = '[Xx×Ｘｘ某□【待T＿_]';

const cache = new Map<string, RegExp>();

/** One combined regex for the enabled built-ins plus the config's own patterns. */
export function placeholderRegex(settings: PlaceholderSettings | undefined): { regex: RegExp; ids: string[] } {
  const ids = Object.keys(PLACEHOLDER_PATTERNS).filter((id) => !settings?.remove.includes(id));
  const sources = ids.map((id) => PLACEHOLDER_PATTERNS[id]!);
  for (const source of settings?.add ?? []) {
    ids.push('custom');
    sources.push(source);
  }
  const key = sources.join('\u0000');
  let regex = cache.get(key);
  if (!regex) {
    // Named groups tell which pattern matched, whatever groups a custom pattern has itself.
    const alternation = sources.map((s, i) => `(?<p${i}>${s})`).join('|');
    regex = new RegExp(settings?.add.length ? alternation : `(?=${BUILTIN_FIRST})(?:${alternation})`, 'g');
    cache.set(key, regex);
  }
  return { regex, ids };
}

export function findPlaceholders(checkable: string, lines: LineIndex, settings: PlaceholderSettings | undefined): Placeholder[] {
  const { regex, ids } = placeholderRegex(settings);
  const found: Placeholder[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(checkable); m; m = regex.exec(checkable)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const groups = m.groups!;
    const index = ids.findIndex((_, i) => groups[`p${i}`] !== undefined);
    found.push({ range: lines.range(m.index, m.index + m[0].length), text: m[0], pattern: ids[index] ?? 'custom' });
  }
  return found;
}
